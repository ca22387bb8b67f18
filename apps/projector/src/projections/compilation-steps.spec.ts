import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRevised,
  amendmentRuled,
  amendmentsMerged,
  contributionRevised,
  contributionSubmitted,
  documentRegistered,
  versionAdopted,
} from '#libs/contracts';
import type { CompilationAmendmentRow, CompilationContributionRow, CompilationVersionRow } from '#libs/read-models';
import { AmendmentOperation, importResolution } from '#libs/text';
import { CompilationDocument, CompilationState, compilationReads, compilationStep, revisedContribution } from './compilation-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const D = 'd-1';
const mod: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: 'to take all possible measures',
  newText: 'to take all appropriate measures',
};
const cover = { date: '2026-02-20', originalLanguage: 'en' as const, submitters: ['kenya'], coSponsors: [], title: 'Proposals of Kenya' };
const substance = { kind: 'amendments' as const, documentId: D, amendmentIds: ['a-1'] };

/** The compilation's tables in memory, folded one event at a time as a batch folds them. */
class Tables implements CompilationState {
  readonly amendments = new Map<string, CompilationAmendmentRow>();
  readonly contributions = new Map<string, CompilationContributionRow>();
  readonly documents = new Map<string, CompilationDocument>();
  readonly versions: CompilationVersionRow[] = [];
  private position = 0;

  amendment = (id: string) => this.amendments.get(id);
  contribution = (id: string) => this.contributions.get(id);
  document = (id: string) => this.documents.get(id);

  record(actor: Actor, event: NewEvent): this {
    const changes = compilationStep(recorded(actor, event, ++this.position), this);
    if (changes.contribution) this.contributions.set(changes.contribution.id, changes.contribution);
    if (changes.document) this.documents.set(changes.document.id, changes.document);
    if (changes.version) this.versions.push(changes.version);
    for (const amendment of changes.amendments) this.amendments.set(amendment.id, amendment);
    return this;
  }
}

function recorded(actor: Actor, event: NewEvent, position: number): RecordedEvent {
  const at = '2026-04-10T09:00:00.000Z';
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: `document-${D}`,
    streamVersion: position,
    recordedAt: at,
    metadata: { actor, correlationId: `c-${position}`, occurredAt: at },
  };
}

function proposed(): Tables {
  return new Tables()
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
    .record(kenya, contributionSubmitted({ contributionId: 'k-1', consultationId: 'c-1', symbol: 'C26/15-E', ...cover, substance }))
    .record(
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
}

const adoption = versionAdopted({
  documentId: D,
  decisionId: 'dec-9',
  versionNumber: 2,
  label: 'Modified 2026',
  meeting: 'sixth Plenary Meeting',
  date: '2026-06-12',
  leftOpen: { amendmentIds: ['a-1'], brackets: 0 },
  text: TEXT,
});

describe('the compilation of proposals, one event at a time', () => {
  it('keeps a proposal pending, beside the provision it modifies, with the symbol its contribution has', () => {
    expect(proposed().amendments.get('a-1')).toMatchObject({
      status: 'pending',
      placement: { provisionId: 'op-1-1', role: 'modify' },
      contributionSymbol: 'C26/15-E',
      proposedPosition: 3,
      lastPosition: 3,
    });
  });

  it('moves a revised amendment to the latest version, with the symbol its contribution carries now', () => {
    const tables = proposed()
      .record(chair, adoption)
      .record(
        kenya,
        contributionRevised({ contributionId: 'k-1', consultationId: 'c-1', revision: 1, symbol: 'C26/15(Rev.1)-E', ...cover, substance }),
      )
      .record(kenya, amendmentRevised({ documentId: D, amendmentId: 'a-1', revision: 1, operation: mod, explanation: 'clearer' }));
    expect(tables.amendments.get('a-1')).toMatchObject({
      versionNumber: 2,
      revision: 1,
      contributionSymbol: 'C26/15(Rev.1)-E',
      explanation: 'clearer',
      lastPosition: 6,
    });
    expect(tables.versions[1]).toMatchObject({ number: 2, consultationId: 'c-1', symbol: 'Resolution 1334', decisionId: 'dec-9' });
  });

  it('adds a co-sponsor once, and a second co-sponsorship changes nothing', () => {
    const coSponsor = amendmentCoSponsored({ documentId: D, amendmentId: 'a-1', stakeholderId: 'isoc' });
    const tables = proposed().record(kenya, coSponsor);
    expect(compilationStep(recorded(kenya, coSponsor, 5), tables).amendments).toEqual([]);
    expect(tables.amendments.get('a-1')).toMatchObject({ coSponsors: ['isoc'], lastPosition: 4 });
  });

  it('records a merge once on an amendment it names twice', () => {
    const tables = proposed().record(
      chair,
      amendmentsMerged({ documentId: D, decisionId: 'dec-1', amendmentIds: ['a-1', 'a-1'], operation: mod, applied: mod }),
    );
    expect(tables.amendments.get('a-1')).toMatchObject({
      status: 'merged',
      decisions: [expect.objectContaining({ id: 'dec-1', kind: 'merge' })],
    });
  });

  it('starts a document registered again afresh, at its first version', () => {
    const again = documentRegistered({
      documentId: D,
      consultationId: 'c-1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    });
    const changes = compilationStep(recorded(secretariat, again, 5), proposed().record(chair, adoption));
    expect(changes).toMatchObject({ registered: D, version: { number: 1 }, document: { latestVersion: 1 } });
  });

  it('refuses a decision on an amendment never proposed, and an adoption of a document never registered', () => {
    expect(() =>
      new Tables().record(chair, amendmentRuled({ documentId: D, decisionId: 'dec-1', amendmentId: 'a-9', ruling: 'rejected' })),
    ).toThrow(/a-9, which was never proposed/);
    expect(() => new Tables().record(chair, adoption)).toThrow(/document d-1, which was never registered/);
  });

  it('names the rows an event reads, and the contribution of the amendment a revision revises', () => {
    const revision = recorded(kenya, amendmentRevised({ documentId: D, amendmentId: 'a-1', revision: 1, operation: mod }), 4);
    expect(compilationReads(revision)).toEqual({ amendments: ['a-1'], contributions: [], documents: [D] });
    expect(revisedContribution(revision, proposed())).toEqual(['k-1']);
  });
});
