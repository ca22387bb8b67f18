/**
 * A negotiation on Council Resolution 1334 in Arabic, decided by the write side's own
 * decide/evolve functions and recorded the way the event store records it (positions,
 * streams, metadata, hashes and the chain), for the tests of the bundle and the replay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor, NewEvent, StakeholderRegisteredV1, consultationPhaseChanged, consultationRegistered } from '#libs/contracts';
import {
  ConsultationState,
  DocumentCommand,
  DocumentState,
  StakeholderDirectory,
  decideDocument,
  evolveConsultation,
  evolveDocument,
  initialConsultationState,
  initialDocumentState,
} from '#libs/domain';
import { ResolutionDocument, importResolution, locateProvision } from '#libs/text';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from '../event-hash';
import { BundleEvent } from '../bundle';

export const DOCUMENT_ID = 'res1334';
export const CONSULTATION_ID = 'wsis20';

const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
const chair: Actor = { id: 'chair-cwg-wsis', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };

const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'جمهورية مصر العربية', category: 'member-state', region: 'arab-states', memberIds: [] },
  kenya: { stakeholderId: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

/** The Council's Arabic text of Resolution 1334 (Modified 2023), as the text engine imports it. */
export function arabicRes1334(): ResolutionDocument {
  return importResolution(
    readFileSync(join(__dirname, '..', '..', '..', 'text', 'src', 'import', 'fixtures', 'itu-council-res1334-mod2023.ar.txt'), 'utf8'),
  ).document;
}

/** Records events as the store does: the next positions, stream versions, metadata, hashes and the chain. */
class Recorder {
  readonly events: BundleEvent[] = [];
  private readonly versions = new Map<string, number>();
  private chain: Buffer = GENESIS_CHAIN_HASH;

  record(streamId: string, actor: Actor, events: readonly NewEvent[]): void {
    for (const event of events) {
      const position = this.events.length + 1;
      const streamVersion = (this.versions.get(streamId) ?? 0) + 1;
      this.versions.set(streamId, streamVersion);
      const recordedAt = new Date(Date.UTC(2026, 2, 10, 9) + position * 60_000).toISOString();
      const audited = {
        position,
        eventId: `5f0c2d9e-1b7a-4c3e-8d2f-${position.toString(16).padStart(12, '0')}`,
        streamId,
        streamVersion,
        type: event.type,
        schemaVersion: event.schemaVersion,
        payload: JSON.parse(JSON.stringify(event.payload)),
        metadata: { actor, correlationId: `corr-${position}`, occurredAt: recordedAt },
        recordedAt,
      };
      const hash = eventHash(audited);
      this.chain = chainHash(this.chain, hash);
      this.events.push({ ...audited, hash: hash.toString('hex'), chainHash: this.chain.toString('hex') });
    }
  }
}

export interface RecordedNegotiation {
  readonly events: readonly BundleEvent[];
  /** Positions of the events the tests look at. */
  readonly at: Record<
    'registered' | 'proposedA1' | 'proposedA2' | 'proposedA3' | 'revisedA1' | 'ruledA1' | 'ruledA2' | 'ruledA3' | 'reservation' | 'adopted',
    number
  >;
  readonly base: ResolutionDocument;
}

/**
 * Egypt proposes new words for recital هـ) of "إذ يذكّر" (pre-1-5) and revises them; Kenya
 * proposes a new recital after ب), which reletters هـ) to و); a third amendment on هـ) is
 * rejected; Kenya records a reservation on it; version 2 is adopted at a plenary meeting.
 */
export function recordedNegotiation(): RecordedNegotiation {
  const recorder = new Recorder();
  const base = arabicRes1334();
  let consultation: ConsultationState = initialConsultationState;
  const onConsultation = (actor: Actor, events: NewEvent[]) => {
    recorder.record(`consultation-${CONSULTATION_ID}`, actor, events);
    consultation = events.reduce(evolveConsultation, consultation);
  };
  onConsultation(secretariat, [
    consultationRegistered({
      consultationId: CONSULTATION_ID,
      title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'ar',
      chairs: [chair.id],
      deadlines: {},
      restricted: false,
    }),
  ]);
  onConsultation(secretariat, [
    consultationPhaseChanged({ consultationId: CONSULTATION_ID, from: 'drafting', to: 'open-for-contributions' }),
  ]);
  onConsultation(chair, [consultationPhaseChanged({ consultationId: CONSULTATION_ID, from: 'open-for-contributions', to: 'negotiation' })]);

  let document: DocumentState = initialDocumentState;
  const on = (actor: Actor, command: DocumentCommand): number => {
    const decision = decideDocument(command, document, { actor, consultation, stakeholders, now: '2026-03-10T09:00:00.000Z' });
    if (!decision.ok) throw new Error(`${command.kind} refused: ${decision.refusal.message}`);
    recorder.record(`document-${DOCUMENT_ID}`, actor, decision.events);
    document = decision.events.reduce(evolveDocument, document);
    return recorder.events.length;
  };
  const words = (id: string) => locateProvision(base, id)!.provision.text;
  const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };

  const registered = on(secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: DOCUMENT_ID,
      consultationId: CONSULTATION_ID,
      symbol: 'القرار 1334',
      versionLabel: 'المعدَّل في 2023',
      text: base,
      source: { kind: 'import', warnings: 0 },
    },
  });
  const proposedA1 = on(egypt, {
    kind: 'ProposeAmendment',
    amendmentId: 'a-1',
    versionNumber: 1,
    proposers: ['egypt'],
    operation: { kind: 'modify', provisionId: 'pre-1-5', oldText: words('pre-1-5'), newText: `${words('pre-1-5')} وبنتائجه` },
  });
  const proposedA2 = on(kenya, {
    kind: 'ProposeAmendment',
    amendmentId: 'a-2',
    versionNumber: 1,
    proposers: ['kenya'],
    operation: {
      kind: 'add',
      newId: 'pre-1-new',
      position: { after: 'pre-1-2' },
      text: 'بالقرار 79/1 للجمعية العامة للأمم المتحدة بشأن ميثاق المستقبل؛',
    },
  });
  const proposedA3 = on(kenya, {
    kind: 'ProposeAmendment',
    amendmentId: 'a-3',
    versionNumber: 1,
    proposers: ['kenya'],
    operation: { kind: 'suppress', provisionId: 'pre-1-5' },
  });
  const revisedA1 = on(egypt, {
    kind: 'ReviseAmendment',
    amendmentId: 'a-1',
    operation: { kind: 'modify', provisionId: 'pre-1-5', oldText: words('pre-1-5'), newText: `${words('pre-1-5')} وبنتائجه المعتمدة` },
    explanation: 'صياغة أدق',
  });
  const ruledA1 = on(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', ...sitting });
  const ruledA2 = on(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-2', ruling: 'accepted', ...sitting });
  const ruledA3 = on(chair, {
    kind: 'RuleOnAmendment',
    decisionId: 'dec-3',
    amendmentId: 'a-3',
    ruling: 'rejected',
    reason: 'لا تأييد',
    ...sitting,
  });
  const reservation = on(chair, {
    kind: 'RecordReservation',
    decisionId: 'dec-4',
    stakeholderId: 'kenya',
    provisionId: 'pre-1-5',
    text: 'تتحفظ كينيا على عبارة "وبنتائجه المعتمدة".',
    ...sitting,
  });
  onConsultation(chair, [consultationPhaseChanged({ consultationId: CONSULTATION_ID, from: 'negotiation', to: 'adoption' })]);
  const adopted = on(chair, {
    kind: 'AdoptVersion',
    decisionId: 'dec-5',
    label: 'المعدَّل في 2026',
    meeting: 'الجلسة العامة السادسة',
    date: '2026-06-12',
  });
  return {
    events: recorder.events,
    at: { registered, proposedA1, proposedA2, proposedA3, revisedA1, ruledA1, ruledA2, ruledA3, reservation, adopted },
    base,
  };
}
