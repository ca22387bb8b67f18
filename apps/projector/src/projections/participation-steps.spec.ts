import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRuled,
  contributionRevised,
  contributionSubmitted,
  documentRegistered,
  participantAdmitted,
  stakeholderRegistered,
} from '#libs/contracts';
import type { ParticipationDocumentRow, ParticipationFactRow, ParticipationStakeholderRow } from '#libs/read-models';
import { importResolution } from '#libs/text';
import { ParticipationState, SubjectRef, participationReads, participationStep, subjectKey } from './participation-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const cover = {
  symbol: 'C26/1-E',
  date: '2026-02-20',
  originalLanguage: 'en' as const,
  submitters: ['kenya'],
  coSponsors: ['egypt', 'uae'],
  title: 'Proposals',
};
const suppress = { kind: 'suppress' as const, provisionId: 'op-1-1' };

/** The participation tables in memory, folded one event at a time as a batch folds them. */
class Tables implements ParticipationState {
  readonly subjects = new Map<string, readonly ParticipationFactRow[]>();
  readonly stakeholders = new Map<string, ParticipationStakeholderRow>();
  readonly documents = new Map<string, ParticipationDocumentRow>();
  private position = 0;

  facts = (subject: SubjectRef) => this.subjects.get(subjectKey(subject)) ?? [];
  stakeholder = (id: string) => this.stakeholders.get(id);
  document = (id: string) => this.documents.get(id);

  record(actor: Actor, event: NewEvent): this {
    this.position++;
    const recorded: RecordedEvent = {
      ...event,
      position: this.position,
      eventId: `e-${this.position}`,
      streamId: 's',
      streamVersion: this.position,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor, correlationId: 'c', occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    const changes = participationStep(recorded, this);
    if (changes.stakeholder) this.stakeholders.set(changes.stakeholder.id, changes.stakeholder);
    if (changes.document) this.documents.set(changes.document.documentId, changes.document);
    for (const subject of changes.subjects) this.subjects.set(subjectKey(subject), subject.facts);
    return this;
  }

  /** The facts of a subject as [stakeholder, role, status, category, position]. */
  factsOf(kind: SubjectRef['kind'], id: string): [string, string, string, string | null, number][] {
    return this.facts({ kind, id }).map((row) => [row.stakeholderId, row.role, row.status, row.category, row.position]);
  }
}

const withDocument = () =>
  new Tables()
    .record(
      secretariat,
      stakeholderRegistered({ stakeholderId: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa', memberIds: [] }),
    )
    .record(
      secretariat,
      documentRegistered({
        documentId: 'd-1',
        consultationId: 'c-1',
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
    );

describe('participation, one event at a time', () => {
  it("replaces a contribution's facts with those of its revised cover", () => {
    const tables = withDocument()
      .record(
        kenya,
        contributionSubmitted({ contributionId: 'k-1', consultationId: 'c-1', ...cover, substance: { kind: 'report', text: 'r' } }),
      )
      .record(
        kenya,
        contributionRevised({
          contributionId: 'k-1',
          consultationId: 'c-1',
          revision: 1,
          ...cover,
          coSponsors: ['egypt'],
          substance: { kind: 'report', text: 'r' },
        }),
      );
    expect(tables.factsOf('contribution', 'k-1')).toEqual([
      ['kenya', 'submitter', 'submitted', 'member-state', 4],
      ['egypt', 'co-sponsor', 'submitted', null, 4],
    ]);
  });

  it("counts the contribution's co-sponsors among an amendment's proposers as co-sponsors, and a ruling moves every fact of it", () => {
    const tables = withDocument()
      .record(
        kenya,
        contributionSubmitted({
          contributionId: 'k-1',
          consultationId: 'c-1',
          ...cover,
          substance: { kind: 'amendments', documentId: 'd-1', amendmentIds: ['a-1'] },
        }),
      )
      .record(
        kenya,
        amendmentProposed({
          documentId: 'd-1',
          amendmentId: 'a-1',
          versionNumber: 1,
          operation: suppress,
          proposers: ['kenya', 'uae'],
          contributionId: 'k-1',
        }),
      )
      .record(secretariat, amendmentRuled({ documentId: 'd-1', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'rejected' }));
    expect(tables.factsOf('amendment', 'a-1')).toEqual([
      ['kenya', 'proposer', 'rejected', 'member-state', 4],
      ['uae', 'co-sponsor', 'rejected', null, 4],
    ]);
  });

  it('records a co-sponsor where the amendment stands, and keeps the first fact of a part taken twice', () => {
    const tables = withDocument()
      .record(
        kenya,
        amendmentProposed({ documentId: 'd-1', amendmentId: 'a-1', versionNumber: 1, operation: suppress, proposers: ['kenya'] }),
      )
      .record(secretariat, amendmentRuled({ documentId: 'd-1', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'deferred' }))
      .record(kenya, amendmentCoSponsored({ documentId: 'd-1', amendmentId: 'a-1', stakeholderId: 'egypt' }))
      .record(kenya, amendmentCoSponsored({ documentId: 'd-1', amendmentId: 'a-1', stakeholderId: 'egypt' }));
    expect(tables.factsOf('amendment', 'a-1')).toEqual([
      ['kenya', 'proposer', 'deferred', 'member-state', 3],
      ['egypt', 'co-sponsor', 'deferred', null, 5],
    ]);
  });

  it('refuses an amendment on a document it never saw registered', () => {
    expect(() =>
      new Tables().record(
        kenya,
        amendmentProposed({ documentId: 'd-9', amendmentId: 'a-1', versionNumber: 1, operation: suppress, proposers: ['kenya'] }),
      ),
    ).toThrow(/never registered/);
  });

  it('reads the subjects, stakeholders and documents an event names, and nothing for facts it replaces whole', () => {
    const admitted: RecordedEvent = {
      ...participantAdmitted({ consultationId: 'c-1', stakeholderId: 'kenya' }),
      position: 1,
      eventId: 'e',
      streamId: 's',
      streamVersion: 1,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor: secretariat, correlationId: 'c', occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    expect(participationReads(admitted)).toEqual({ subjects: [{ kind: 'admission', id: 'c-1' }], stakeholders: ['kenya'], documents: [] });
    const submitted = {
      ...admitted,
      ...contributionSubmitted({ contributionId: 'k-1', consultationId: 'c-1', ...cover, substance: { kind: 'report', text: 'r' } }),
    };
    expect(participationReads(submitted)).toEqual({ subjects: [], stakeholders: ['kenya', 'egypt', 'uae'], documents: [] });
  });
});
