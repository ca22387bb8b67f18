import type { ResolutionDocument } from '#libs/text';
import { progressMarks, progressPoints } from './progress-figures';

function textWith(second: string): ResolutionDocument {
  return {
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
          { id: 'op-1-2', text: second, children: [], footnotes: [] },
          { id: 'op-1-3', text: 'to report;', children: [], footnotes: [] },
        ],
      },
    ],
    metadata: {} as ResolutionDocument['metadata'],
  };
}

describe('the progress figures', () => {
  it('counts at the end of each day the provisions bracketed, else open, else agreed', () => {
    const texts = [
      { documentId: 'doc', recordedAt: new Date('2026-03-01T09:00:00Z'), text: textWith('to invite [Member States] [all] to act;') },
      { documentId: 'doc', recordedAt: new Date('2026-03-05T09:00:00Z'), text: textWith('to invite Member States to act;') },
    ];
    const amendment = {
      id: 'a',
      documentId: 'doc',
      operation: { kind: 'suppress' as const, provisionId: 'op-1-1' },
      placement: { provisionId: 'op-1-1', role: 'suppress' as const },
      proposers: ['egypt'],
      coSponsors: [],
      onBehalfOf: null,
      contributionId: null,
      status: 'rejected',
      proposedPosition: 10,
      proposedAt: new Date('2026-03-02T10:00:00Z'),
      decisions: [
        {
          id: 'd',
          kind: 'ruling' as const,
          ruling: 'rejected' as const,
          decidedBy: 'chair',
          recordedAt: '2026-03-04T10:00:00Z',
          position: 20,
        },
      ],
      withdrawal: null,
    };
    expect(progressPoints(texts, [amendment])).toEqual([
      { date: '2026-03-01', open: 0, bracketed: 1, agreed: 2 },
      { date: '2026-03-02', open: 1, bracketed: 1, agreed: 1 },
      { date: '2026-03-04', open: 0, bracketed: 1, agreed: 2 },
      { date: '2026-03-05', open: 0, bracketed: 0, agreed: 3 },
    ]);
  });

  it('follows the statuses the chair recorded once a state of play exists, a revision reopening what it reworded', () => {
    const bracketedText = textWith('to invite [Member States] [all] to act;');
    const revisedText = textWith('to invite Member States to act;');
    const texts = [
      { documentId: 'doc', recordedAt: new Date('2026-03-01T09:00:00Z'), text: bracketedText },
      { documentId: 'doc', recordedAt: new Date('2026-03-05T09:00:00Z'), text: revisedText },
    ];
    const play = {
      rounds: [
        {
          documentId: 'doc',
          recordedAt: new Date('2026-03-03T15:00:00Z'),
          statuses: [
            { provisionId: 'op-1-1', status: 'agreed' as const },
            { provisionId: 'op-1-2', status: 'bracketed' as const },
          ],
        },
        {
          documentId: 'doc',
          recordedAt: new Date('2026-03-06T15:00:00Z'),
          statuses: [
            { provisionId: 'op-1-2', status: 'agreed-ad-ref' as const },
            { provisionId: 'op-1-3', status: 'deleted' as const },
          ],
        },
      ],
      versions: [
        { documentId: 'doc', number: 1, recordedAt: new Date('2026-03-01T09:00:00Z'), text: bracketedText },
        { documentId: 'doc', number: 2, recordedAt: new Date('2026-03-05T09:00:00Z'), text: revisedText },
      ],
    };
    expect(progressPoints(texts, [], play)).toEqual([
      // Before the first round, from the text.
      { date: '2026-03-01', open: 0, bracketed: 1, agreed: 2 },
      // The first round: op-1-3 has no status (pending), though the text alone would call it agreed.
      { date: '2026-03-03', open: 1, bracketed: 1, agreed: 1 },
      // Rev.1 reworded op-1-2: pending again, not agreed because its brackets went.
      { date: '2026-03-05', open: 2, bracketed: 0, agreed: 1 },
      { date: '2026-03-06', open: 0, bracketed: 0, agreed: 3 },
    ]);
  });

  it('marks phase changes, deadlines, revisions and meetings in date order', () => {
    expect(
      progressMarks({
        phaseChanges: [{ recordedAt: new Date('2026-03-03T08:00:00Z'), to: 'negotiation' }],
        deadlines: { negotiation: '2026-04-01T17:00:00Z' },
        revisions: [{ recordedAt: new Date('2026-03-20T08:00:00Z'), label: 'Rev.1' }],
        meetings: [{ date: '2026-03-10', name: 'CWG-WSIS&SDG-44' }],
      }),
    ).toEqual([
      { kind: 'phase', date: '2026-03-03', name: 'negotiation' },
      { kind: 'meeting', date: '2026-03-10', name: 'CWG-WSIS&SDG-44' },
      { kind: 'revision', date: '2026-03-20', name: 'Rev.1' },
      { kind: 'deadline', date: '2026-04-01', name: 'negotiation' },
    ]);
  });
});
