import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRevised,
  amendmentRuled,
  contributionSubmitted,
  documentRegistered,
  stakeholderRegistered,
} from '#libs/contracts';
import type { ProvenanceAmendmentRow, ProvenanceContributionRow, ProvenanceDocumentRow, ProvenanceRecordRow } from '#libs/read-models';
import { AmendmentOperation, importResolution } from '#libs/text';
import { ProvenanceState, amendmentContributions, provenanceReads, provenanceStep } from './provenance-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const D = 'd-1';

const wording = (id: string) => [...TEXT.preamble, ...TEXT.operative].flatMap((s) => s.provisions).find((p) => p.id === id)!.text;
const mod: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: wording('op-1-1'),
  newText: wording('op-1-1').replace('all possible', 'all appropriate'),
};

/** The provenance tables in memory, folded one event at a time as a batch folds them. */
class Tables implements ProvenanceState {
  readonly documents = new Map<string, ProvenanceDocumentRow>();
  readonly amendments = new Map<string, ProvenanceAmendmentRow>();
  readonly contributions = new Map<string, ProvenanceContributionRow>();
  readonly records: ProvenanceRecordRow[] = [];
  private position = 0;

  document = (id: string) => this.documents.get(id);
  amendment = (id: string) => this.amendments.get(id);
  contribution = (id: string) => this.contributions.get(id);

  record(actor: Actor, event: NewEvent): this {
    this.position++;
    const streamId = event.type.startsWith('Contribution')
      ? 'contribution-x'
      : event.type.startsWith('Stakeholder')
        ? 'stakeholder-x'
        : `document-${D}`;
    const recorded: RecordedEvent = {
      ...event,
      position: this.position,
      eventId: `e-${this.position}`,
      streamId,
      streamVersion: this.position,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor, correlationId: `c-${this.position}`, occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    const changes = provenanceStep(recorded, this);
    if (changes.contribution) this.contributions.set(changes.contribution.id, changes.contribution);
    if (changes.document) this.documents.set(changes.document.id, changes.document);
    for (const amendment of changes.amendments) this.amendments.set(amendment.id, amendment);
    this.records.push(...changes.records);
    return this;
  }

  recordsAt(position: number): ProvenanceRecordRow[] {
    return this.records.filter((record) => record.position === position);
  }
}

function registered(): Tables {
  return new Tables()
    .record(
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'kenya',
        name: 'Republic of Kenya',
        category: 'member-state',
        region: 'africa',
        memberIds: [],
      }),
    )
    .record(
      secretariat,
      documentRegistered({
        documentId: D,
        consultationId: 'c-1',
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
    )
    .record(
      kenya,
      contributionSubmitted({
        contributionId: 'k-1',
        consultationId: 'c-1',
        symbol: 'C26/15-E',
        date: '2026-02-20',
        originalLanguage: 'en',
        submitters: ['kenya'],
        coSponsors: [],
        title: 'Proposals of Kenya',
        substance: { kind: 'amendments', documentId: D, amendmentIds: ['a-1'] },
      }),
    );
}

describe('the provenance of each provision, one event at a time', () => {
  it('records the registered text under each provision as printed', () => {
    const tables = registered();
    expect(tables.recordsAt(2).map((record) => record.provisionId)).toEqual(['pre-1-1', 'op-1-1', 'op-1-2']);
    expect(tables.recordsAt(2)[1].record).toMatchObject({
      kind: 'registered',
      versionNumber: 1,
      printedLabel: '1',
      text: wording('op-1-1'),
      registeredBy: 'sec-1',
    });
    expect(tables.documents.get(D)).toMatchObject({ currentVersion: 1, lastPosition: 2, applied: [] });
  });

  it('keeps a proposal with its contribution symbol and records it under the provision it changes', () => {
    const tables = registered().record(
      kenya,
      amendmentProposed({
        documentId: D,
        amendmentId: 'a-1',
        versionNumber: 1,
        operation: mod,
        proposers: ['kenya'],
        contributionId: 'k-1',
      }),
    );
    expect(tables.amendments.get('a-1')).toMatchObject({
      status: 'pending',
      contributionSymbol: 'C26/15-E',
      coSponsors: [],
      proposedPosition: 4,
      proposedAt: new Date('2026-04-10T09:00:00.000Z'),
    });
    expect(tables.recordsAt(4)).toEqual([
      expect.objectContaining({
        provisionId: 'op-1-1',
        kind: 'proposed',
        amendmentId: 'a-1',
        record: { kind: 'proposed', role: 'modify', operation: mod, revision: 0 },
      }),
    ]);
    expect(tables.documents.get(D)!.lastPosition).toBe(4);
  });

  it('adds a co-sponsor once, however often it co-sponsors', () => {
    const coSponsor = amendmentCoSponsored({ documentId: D, amendmentId: 'a-1', stakeholderId: 'isoc' });
    const tables = registered()
      .record(kenya, amendmentProposed({ documentId: D, amendmentId: 'a-1', versionNumber: 1, operation: mod, proposers: ['kenya'] }))
      .record({ id: 'isoc', role: 'stakeholder' }, coSponsor)
      .record({ id: 'isoc', role: 'stakeholder' }, coSponsor);
    expect(tables.amendments.get('a-1')!.coSponsors).toEqual(['isoc']);
  });

  it('moves the working text with a ruling that applies an amendment, and records the decision where it bears', () => {
    const tables = registered()
      .record(kenya, amendmentProposed({ documentId: D, amendmentId: 'a-1', versionNumber: 1, operation: mod, proposers: ['kenya'] }))
      .record(
        chair,
        amendmentRuled({
          documentId: D,
          decisionId: 'dec-1',
          amendmentId: 'a-1',
          ruling: 'accepted',
          applied: mod,
          meeting: 'CWG-44',
          date: '2026-04-10',
        }),
      );
    const document = tables.documents.get(D)!;
    expect(document.applied).toEqual([{ decisionId: 'dec-1', operation: mod }]);
    expect(JSON.stringify(document.working)).toContain('all appropriate');
    expect(document.latest).toBe(TEXT);
    expect(tables.amendments.get('a-1')).toMatchObject({
      status: 'accepted',
      decisions: [expect.objectContaining({ id: 'dec-1', ruling: 'accepted' })],
    });
    expect(tables.recordsAt(5)).toEqual([
      expect.objectContaining({
        provisionId: 'op-1-1',
        kind: 'ruled',
        decisionId: 'dec-1',
        amendmentId: 'a-1',
        record: expect.objectContaining({ effect: 'modify' }),
      }),
    ]);
  });

  it('passes over a ruling on an amendment never proposed, but refuses a revision of one', () => {
    const ruled = registered().record(
      chair,
      amendmentRuled({ documentId: D, decisionId: 'dec-1', amendmentId: 'a-9', ruling: 'rejected' }),
    );
    expect(ruled.amendments.size).toBe(0);
    expect(ruled.recordsAt(4)).toEqual([]);
    expect(() => registered().record(kenya, amendmentRevised({ documentId: D, amendmentId: 'a-9', revision: 1, operation: mod }))).toThrow(
      /a-9, which was never proposed/,
    );
  });

  it('refuses an event of a document never registered', () => {
    expect(() =>
      new Tables().record(
        kenya,
        amendmentProposed({ documentId: D, amendmentId: 'a-1', versionNumber: 1, operation: mod, proposers: ['kenya'] }),
      ),
    ).toThrow(/document d-1, which was never registered/);
  });

  it('names the rows an event reads, and the contribution of the amendment a revision revises', () => {
    const tables = registered().record(
      kenya,
      amendmentProposed({
        documentId: D,
        amendmentId: 'a-1',
        versionNumber: 1,
        operation: mod,
        proposers: ['kenya'],
        contributionId: 'k-1',
      }),
    );
    const revision: RecordedEvent = {
      ...amendmentRevised({ documentId: D, amendmentId: 'a-1', revision: 1, operation: mod }),
      position: 5,
      eventId: 'e-5',
      streamId: `document-${D}`,
      streamVersion: 5,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor: kenya, correlationId: 'c-5', occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    expect(provenanceReads(revision)).toEqual({ documents: [D], amendments: ['a-1'], contributions: [] });
    expect(amendmentContributions(revision, tables)).toEqual(['k-1']);
  });
});
