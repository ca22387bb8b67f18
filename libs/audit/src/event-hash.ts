/**
 * The hash of each event and the chain over all of them.
 *
 * Canonical form of an event: the RFC 8785 canonical JSON (see canonical-json.ts) of the
 * object with exactly these members (sorted by JCS, so in this order):
 *
 *   eventId        the event's UUID, as recorded (lowercase, with hyphens)
 *   metadata       the metadata object (actor, correlation id, occurred-at...)
 *   payload        the domain payload
 *   position       the global position (integer, from 1)
 *   recordedAt     when the store recorded it: UTC, millisecond precision, exactly as
 *                  Date.prototype.toISOString writes it (`2026-03-01T09:30:00.125Z`)
 *   schemaVersion  integer
 *   streamId       text
 *   streamVersion  integer, from 1
 *   type           the event type
 *
 * encoded as UTF-8.
 *
 * Event hash: SHA-256(0x00 || canonical form). This is also the event's leaf hash in the
 * RFC 6962 Merkle tree (merkle.ts): the leaf's data is the canonical form.
 *
 * Chain hash: chain(0) = 32 zero bytes; chain(n) = SHA-256(chain(n-1) || hash(n)), over
 * the raw 32-byte digests, for the events in position order.
 */
import { canonicalJson } from './canonical-json';
import { DIGEST_BYTES, sha256, sha256Into } from './digest';

/** The fields of an event the hash covers; RecordedEvent of #libs/contracts has this shape. */
export interface AuditedEvent {
  readonly position: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: unknown;
  readonly metadata: unknown;
  readonly recordedAt: string;
}

/** The chain hash before the first event. */
export const GENESIS_CHAIN_HASH: Buffer = Buffer.alloc(DIGEST_BYTES);

/** The members of the canonical form, in their RFC 8785 order. */
export const CANONICAL_EVENT_FIELDS = [
  'eventId',
  'metadata',
  'payload',
  'position',
  'recordedAt',
  'schemaVersion',
  'streamId',
  'streamVersion',
  'type',
] as const satisfies readonly (keyof AuditedEvent)[];

/**
 * The canonical form of an event before its position and stream version are known, as the
 * text around them: canonical form = head + position + middle + streamVersion + tail (both
 * integers in decimal). The event store fills them in under its append lock, in SQL.
 */
export interface CanonicalEventTemplate {
  readonly head: string;
  readonly middle: string;
  readonly tail: string;
}

/** The canonical form of an event with its position and stream version left open. Throws CanonicalizationError for a non-JSON field. */
export function canonicalEventTemplate(
  event: Omit<AuditedEvent, 'position' | 'streamVersion'>,
  canonicalMetadata = canonicalJson(event.metadata),
): CanonicalEventTemplate {
  // The same text canonicalJson would give for an object of exactly these fields, without building the object.
  return {
    head: `{"eventId":${canonicalJson(event.eventId)},"metadata":${canonicalMetadata},"payload":${canonicalJson(event.payload)},"position":`,
    middle: `,"recordedAt":${canonicalJson(event.recordedAt)},"schemaVersion":${canonicalJson(event.schemaVersion)},"streamId":${canonicalJson(event.streamId)},"streamVersion":`,
    tail: `,"type":${canonicalJson(event.type)}}`,
  };
}

/** The canonical form of an event (a string; hash its UTF-8 bytes). Throws CanonicalizationError for a non-JSON field. */
export function canonicalEvent(event: AuditedEvent): string {
  const { head, middle, tail } = canonicalEventTemplate(event);
  return head + canonicalJson(event.position) + middle + canonicalJson(event.streamVersion) + tail;
}

/** SHA-256(0x00 || UTF-8 canonical form): the event's hash and its RFC 6962 leaf hash. */
export function eventHash(event: AuditedEvent): Buffer {
  // '\u0000' encodes to the single byte 0x00, the RFC 6962 leaf prefix.
  return sha256('\u0000' + canonicalEvent(event));
}

/** The event's hash written into `target` at `offset` (eventHash without a Buffer of its own). */
export function writeEventHash(event: AuditedEvent, target: Buffer, offset: number): void {
  sha256Into('\u0000' + canonicalEvent(event), target, offset);
}

const chainInput = Buffer.alloc(2 * DIGEST_BYTES);

/** SHA-256(previous chain hash || event hash). */
export function chainHash(previousChainHash: Uint8Array, hashOfEvent: Uint8Array): Buffer {
  if (previousChainHash.length !== DIGEST_BYTES || hashOfEvent.length !== DIGEST_BYTES) {
    throw new RangeError('chain hashes are computed over two 32-byte digests');
  }
  chainInput.set(previousChainHash, 0);
  chainInput.set(hashOfEvent, DIGEST_BYTES);
  return sha256(chainInput);
}

/** The chain hash written into `target` at `offset` (chainHash without a Buffer of its own). */
export function writeChainHash(previousChainHash: Uint8Array, hashOfEvent: Uint8Array, target: Buffer, offset: number): void {
  if (previousChainHash.length !== DIGEST_BYTES || hashOfEvent.length !== DIGEST_BYTES) {
    throw new RangeError('chain hashes are computed over two 32-byte digests');
  }
  chainInput.set(previousChainHash, 0);
  chainInput.set(hashOfEvent, DIGEST_BYTES);
  sha256Into(chainInput, target, offset);
}

/** The chain hash after a run of events, from the chain hash before them. */
export function chainOver(events: Iterable<AuditedEvent>, previousChainHash: Uint8Array = GENESIS_CHAIN_HASH): Buffer {
  let chain: Buffer = Buffer.from(previousChainHash);
  for (const event of events) chain = chainHash(chain, eventHash(event));
  return chain;
}
