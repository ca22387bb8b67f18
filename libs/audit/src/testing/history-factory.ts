/**
 * Histories for the audit's tests: events of a WSIS+20 negotiation as the write side
 * records them (a consultation in Arabic, amendments, rulings), hashed and chained the way
 * the event store records them.
 */
import { AuditedEvent, GENESIS_CHAIN_HASH, chainHash, eventHash } from '../event-hash';

export interface RecordedWithHashes extends AuditedEvent {
  readonly hash: Buffer;
  readonly chainHash: Buffer;
}

const CHAIR = { id: 'chair-cwg-wsis', role: 'chair' };
const EGYPT = { id: 'egypt', role: 'stakeholder', name: 'جمهورية مصر العربية' };
const SECRETARIAT = { id: 'itu-secretariat', role: 'secretariat' };

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `0b7e4c1a-5d2f-4a8e-9c3b-${hex}`;
}

/** The n-th event (from 0) of a negotiation on Resolution 1334: a registration, then proposals and rulings. */
export function negotiationEvent(n: number): AuditedEvent {
  const position = n + 1;
  const recordedAt = new Date(Date.UTC(2026, 2, 1, 9, 30) + n * 1_250).toISOString();
  const metadata = (actor: object) => ({
    actor,
    correlationId: `corr-${n}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 9, 30) + n * 1_250 - 17).toISOString(),
  });
  if (n === 0) {
    return {
      position,
      eventId: uuid(n),
      streamId: 'consultation-wsis20',
      streamVersion: 1,
      type: 'ConsultationRegistered',
      schemaVersion: 2,
      payload: {
        consultationId: 'wsis20',
        title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: ['chair-cwg-wsis'],
        deadlines: { 'open-for-contributions': '2026-03-15T00:00:00.000Z' },
        restricted: false,
      },
      metadata: metadata(SECRETARIAT),
      recordedAt,
    };
  }
  const amendment = `a-${Math.ceil(n / 2)}`;
  if (n % 2 === 1) {
    return {
      position,
      eventId: uuid(n),
      streamId: 'document-res1334',
      streamVersion: n,
      type: 'AmendmentProposed',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        amendmentId: amendment,
        versionNumber: 1,
        proposers: ['egypt'],
        operation: {
          kind: 'modify',
          provisionId: `op-1-${(n % 7) + 1}`,
          oldText: 'أن يتخذ جميع التدابير الممكنة لتشجيع المشاركة الكاملة',
          newText: `أن يتخذ جميع التدابير المناسبة لتشجيع المشاركة الكاملة (${n})`,
        },
        explanation: 'Aligning with UNGA "A/RES/70/125" \u2014 \u00ab\u00a0see §2\u00a0\u00bb',
      },
      metadata: metadata(EGYPT),
      recordedAt,
    };
  }
  return {
    position,
    eventId: uuid(n),
    streamId: 'document-res1334',
    streamVersion: n,
    type: 'AmendmentRuled',
    schemaVersion: 1,
    payload: {
      documentId: 'res1334',
      decisionId: `dec-${n / 2}`,
      amendmentId: amendment,
      ruling: n % 4 === 0 ? 'accepted' : 'rejected',
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    },
    metadata: metadata(CHAIR),
    recordedAt,
  };
}

/** A negotiation of `count` events. */
export function negotiationEvents(count: number): AuditedEvent[] {
  return Array.from({ length: count }, (_, n) => negotiationEvent(n));
}

/** Events with the hash and chain hash the store records beside them. */
export function withHashes(events: readonly AuditedEvent[], previousChainHash: Buffer = GENESIS_CHAIN_HASH): RecordedWithHashes[] {
  let chain = previousChainHash;
  return events.map((event) => {
    const hash = eventHash(event);
    chain = chainHash(chain, hash);
    return { ...event, hash, chainHash: chain };
  });
}

/** The same events as Kafka messages carry them: parsed JSON with the hashes in hex. */
export function asKafkaMessages(events: readonly RecordedWithHashes[]): AuditedEvent[] {
  return events.map((event) =>
    JSON.parse(JSON.stringify({ ...event, hash: event.hash.toString('hex'), chainHash: event.chainHash.toString('hex') })),
  );
}
