import type { ResolutionDocument } from '#libs/text';
import { ContentionAmendment, contentionFigures, lastEventBy, undecidedAt } from './contention-figures';

const text: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'Role of administrations',
  body: '',
  preamble: [],
  operative: [
    {
      id: 'op-1',
      heading: 'resolves',
      provisions: [
        { id: 'op-1-1', text: 'to encourage all stakeholders;', children: [], footnotes: [] },
        { id: 'op-1-2', text: 'to invite [Member States] [all stakeholders] to contribute;', children: [], footnotes: [] },
      ],
    },
  ],
  metadata: {} as ResolutionDocument['metadata'],
};

function amendment(id: string, fields: Partial<ContentionAmendment> = {}): ContentionAmendment {
  return {
    id,
    operation: { kind: 'suppress', provisionId: 'op-1-1' },
    placement: { provisionId: 'op-1-1', role: 'suppress' },
    proposers: ['egypt'],
    coSponsors: [],
    onBehalfOf: null,
    contributionId: null,
    status: 'pending',
    proposedPosition: 10,
    proposedAt: new Date('2026-03-02T10:00:00Z'),
    decisions: [],
    withdrawal: null,
    ...fields,
  };
}

const rejectedAt20 = amendment('ruled', {
  status: 'rejected',
  decisions: [{ id: 'd', kind: 'ruling', ruling: 'rejected', decidedBy: 'chair', recordedAt: '2026-03-03T10:00:00Z', position: 20 }],
});

describe('the contention map’s figures', () => {
  it('counts an amendment undecided from its proposal until a decision or withdrawal, a deferral leaving it undecided', () => {
    expect(undecidedAt(rejectedAt20, { kind: 'position', position: 9 })).toBe(false);
    expect(undecidedAt(rejectedAt20, { kind: 'position', position: 19 })).toBe(true);
    expect(undecidedAt(rejectedAt20, { kind: 'position', position: 20 })).toBe(false);
    expect(undecidedAt(rejectedAt20, { kind: 'time', at: new Date('2026-03-02T23:59:59Z') })).toBe(true);
    expect(undecidedAt(rejectedAt20, { kind: 'now' })).toBe(false);
    const deferred = amendment('deferred', {
      decisions: [{ id: 'd', kind: 'ruling', ruling: 'deferred', decidedBy: 'chair', recordedAt: '2026-03-03T10:00:00Z', position: 20 }],
    });
    expect(undecidedAt(deferred, { kind: 'now' })).toBe(true);
    const withdrawn = amendment('withdrawn', { withdrawal: { by: 'egypt', recordedAt: '2026-03-04T10:00:00Z', position: 30 } });
    expect(undecidedAt(withdrawn, { kind: 'position', position: 29 })).toBe(true);
    expect(undecidedAt(withdrawn, { kind: 'position', position: 30 })).toBe(false);
  });

  it('counts on each provision its undecided amendments, their conflicts and proposers, and its brackets, and shades it', () => {
    const amendments = [
      amendment('a', { proposers: ['egypt'], coSponsors: ['kenya'] }),
      amendment('b', { proposers: ['brazil'], proposedPosition: 11 }),
      rejectedAt20,
    ];
    const figures = contentionFigures({
      documentId: 'doc',
      symbol: 'Resolution 1334',
      text,
      versionNumber: 1,
      versionLabel: 'Modified 2023',
      asOf: lastEventBy({ kind: 'position', position: 15 }, { position: 5, recordedAt: '2026-03-01T00:00:00.000Z' }, amendments),
      moment: { kind: 'position', position: 15 },
      amendments,
    });
    const [first, second] = figures.sections[0].provisions;
    // Three suppressions of the same provision, pairwise in conflict, from four stakeholders.
    expect(first).toMatchObject({ pendingAmendments: 3, conflicts: 3, proposers: 3, brackets: 0, level: 4 });
    expect(first.citation).toBe('resolves, 1');
    expect(second).toMatchObject({ pendingAmendments: 0, conflicts: 0, proposers: 0, brackets: 1, level: 1 });
    expect(figures.totals).toEqual({ provisions: 2, contested: 2, pendingAmendments: 3, conflicts: 3, brackets: 1, proposers: 3 });
    expect(figures.asOf).toEqual({ position: 11, recordedAt: '2026-03-02T10:00:00.000Z' });
  });
});
