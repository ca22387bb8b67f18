import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRevised,
  amendmentRuled,
  decisionCorrected,
  documentRegistered,
  participantAdmitted,
  versionAdopted,
} from '#libs/contracts';
import { replay } from '#libs/domain';
import type { AmendmentRow, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { AmendmentOperation, importResolution } from '#libs/text';
import { DocumentsState, documentsReads, documentsStep, versionReplayedBy } from './documents-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const D = 'd-1';
const wording = (id: string) => TEXT.operative.flatMap((s) => s.provisions).find((p) => p.id === id)!.text;
const appropriate: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: wording('op-1-1'),
  newText: wording('op-1-1').replace('all possible', 'all appropriate'),
};

/** The documents tables in memory, folded one event at a time as a batch folds them. */
class Tables implements DocumentsState {
  readonly documents = new Map<string, DocumentRow>();
  readonly versions = new Map<string, DocumentVersionRow>();
  readonly amendments = new Map<string, AmendmentRow>();
  readonly decisions = new Map<string, DecisionRow>();
  private position = 0;

  document = (id: string) => this.documents.get(id);
  version = (documentId: string, number: number) => this.versions.get(`${documentId}/${number}`);
  amendment = (id: string) => this.amendments.get(id);
  decision = (id: string) => this.decisions.get(id);

  record(actor: Actor, event: NewEvent, streamId = `document-${D}`): this {
    this.position++;
    const at = `2026-04-10T09:00:0${this.position % 10}.000Z`;
    const recorded: RecordedEvent = {
      ...event,
      position: this.position,
      eventId: `e-${this.position}`,
      streamId,
      streamVersion: this.position,
      recordedAt: at,
      metadata: { actor, correlationId: 'c', occurredAt: at },
    };
    const changes = documentsStep(recorded, this);
    if (changes.document) this.documents.set(changes.document.id, changes.document);
    if (changes.version) this.versions.set(`${changes.version.documentId}/${changes.version.number}`, changes.version);
    for (const amendment of changes.amendments) this.amendments.set(amendment.id, amendment);
    for (const decision of changes.decisions) this.decisions.set(decision.id, decision);
    return this;
  }
}

const registered = () =>
  new Tables()
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
      amendmentProposed({ documentId: D, amendmentId: 'a-1', versionNumber: 1, operation: appropriate, proposers: ['kenya'] }),
    );

describe('the documents projection, one event at a time', () => {
  it('moves the document to the head of its stream with every event of it', () => {
    const tables = registered();
    expect(tables.documents.get(D)).toMatchObject({ streamVersion: 2, lastPosition: 2, currentVersion: 1, title: TEXT.title });
    expect(tables.versions.get(`${D}/1`)).toMatchObject({ label: 'Modified 2023', decisionId: null });
  });

  it('adds a co-sponsor once, and leaves an amendment never proposed alone', () => {
    const tables = registered()
      .record(kenya, amendmentCoSponsored({ documentId: D, amendmentId: 'a-1', stakeholderId: 'egypt' }))
      .record(kenya, amendmentCoSponsored({ documentId: D, amendmentId: 'a-1', stakeholderId: 'egypt' }))
      .record(kenya, amendmentCoSponsored({ documentId: D, amendmentId: 'a-9', stakeholderId: 'egypt' }));
    expect(tables.amendments.get('a-1')).toMatchObject({ coSponsors: ['egypt'], lastPosition: 3 });
    expect(tables.amendments.has('a-9')).toBe(false);
  });

  it('moves a revised amendment to the latest version and keeps its explanation when the revision gives none', () => {
    const tables = registered()
      .record(kenya, amendmentRevised({ documentId: D, amendmentId: 'a-1', revision: 1, operation: appropriate, explanation: 'aligned' }))
      .record(kenya, amendmentRevised({ documentId: D, amendmentId: 'a-1', revision: 2, operation: appropriate }));
    expect(tables.amendments.get('a-1')).toMatchObject({ revision: 2, explanation: 'aligned', versionNumber: 1 });
  });

  it('applies an accepted ruling to the working text, and a correction marks the decision it corrects and replays from the latest version', () => {
    const tables = registered()
      .record(chair, amendmentRuled({ documentId: D, decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', applied: appropriate }))
      .record(
        chair,
        decisionCorrected({
          documentId: D,
          decisionId: 'dec-2',
          corrects: 'dec-1',
          amendmentId: 'a-1',
          ruling: 'rejected',
          reason: 'in error',
        }),
      );
    expect(tables.decisions.get('dec-1')).toMatchObject({ kind: 'ruling', correctedBy: 'dec-2' });
    expect(tables.decisions.get('dec-2')).toMatchObject({ kind: 'correction', correctedBy: null, amendmentIds: ['a-1'] });
    expect(tables.amendments.get('a-1')).toMatchObject({ status: 'rejected', decisionId: 'dec-2' });
    expect(tables.documents.get(D)).toMatchObject({ working: TEXT, applied: [] });
  });

  it('freezes an adopted version, without its text in the decision', () => {
    const tables = registered().record(
      chair,
      amendmentRuled({ documentId: D, decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', applied: appropriate }),
    );
    const adopted = replay(TEXT, [{ decisionId: 'dec-1', operation: appropriate }]);
    tables.record(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-2',
        versionNumber: 2,
        label: 'Modified 2026',
        meeting: 'plenary',
        date: '2026-06-12',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: adopted,
      }),
    );
    expect(tables.documents.get(D)).toMatchObject({ currentVersion: 2, currentLabel: 'Modified 2026', working: adopted, applied: [] });
    expect(tables.versions.get(`${D}/2`)).toMatchObject({ text: adopted, adoptedMeeting: 'plenary', decisionId: 'dec-2' });
    expect(tables.decisions.get('dec-2')!.payload).not.toHaveProperty('text');
  });

  it('keeps on the adopted version the number, symbol, title, adoption line and place its adoption gave, and nulls for an adoption that gave none', () => {
    const tables = registered().record(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-2',
        versionNumber: 2,
        label: 'Modified 2026',
        meeting: 'sixth Plenary Meeting',
        date: '2026-06-12',
        place: 'Geneva',
        number: 'Resolution 1334 (Modified 2026)',
        symbol: 'C26/RES/1334',
        title: 'Resolution 1334 (Modified 2026) — The role of ITU',
        adoptionLine: 'adopted at the sixth Plenary Meeting',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: TEXT,
      }),
    );
    expect(tables.versions.get(`${D}/2`)).toMatchObject({
      adoptedMeeting: 'sixth Plenary Meeting',
      adoptedDate: '2026-06-12',
      adoptedPlace: 'Geneva',
      adoptedNumber: 'Resolution 1334 (Modified 2026)',
      adoptedSymbol: 'C26/RES/1334',
      adoptedTitle: 'Resolution 1334 (Modified 2026) — The role of ITU',
      adoptionLine: 'adopted at the sixth Plenary Meeting',
    });
    tables.record(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-3',
        versionNumber: 3,
        label: 'Modified 2027',
        meeting: 'plenary',
        date: '2027-06-12',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: TEXT,
      }),
    );
    expect(tables.versions.get(`${D}/3`)).toMatchObject({
      adoptedPlace: null,
      adoptedNumber: null,
      adoptedSymbol: null,
      adoptedTitle: null,
      adoptionLine: null,
    });
  });

  it('refuses an event on a document that was never registered', () => {
    expect(() =>
      new Tables().record(
        kenya,
        amendmentProposed({ documentId: D, amendmentId: 'a-1', versionNumber: 1, operation: appropriate, proposers: ['kenya'] }),
      ),
    ).toThrow(/never registered/);
  });

  it('reads what an event names, and leaves the events of other streams (of other types) alone', () => {
    const correction: RecordedEvent = {
      ...decisionCorrected({ documentId: D, decisionId: 'dec-2', corrects: 'dec-1', amendmentId: 'a-1', ruling: 'rejected', reason: 'r' }),
      position: 9,
      eventId: 'e',
      streamId: `document-${D}`,
      streamVersion: 9,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor: chair, correlationId: 'c', occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    expect(documentsReads(correction)).toEqual({ documents: [D], amendments: ['a-1'], decisions: ['dec-1'] });
    expect(versionReplayedBy(correction, registered())).toEqual({ documentId: D, number: 1 });
    const admission: RecordedEvent = {
      ...correction,
      ...participantAdmitted({ consultationId: 'c-1', stakeholderId: 'kenya' }),
      streamId: 'consultation-c-1',
    };
    expect(documentsReads(admission)).toEqual({ documents: [], amendments: [], decisions: [] });
    expect(documentsStep(admission, new Tables())).toEqual({ amendments: [], decisions: [] });
  });
});
