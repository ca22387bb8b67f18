import { fromHex } from './digest';
import { AuditedEvent } from './event-hash';

/** An event as a source holds it, with the hashes recorded beside it (raw bytes or hex) when the source has them. */
export interface HashedEvent extends AuditedEvent {
  readonly hash?: Uint8Array | string;
  readonly chainHash?: Uint8Array | string;
}

/** What the store pass needs of an event once its hash was recomputed elsewhere. */
export interface RecordedDigests {
  readonly position: number;
  readonly eventId: string;
  readonly hash?: Uint8Array | string;
  readonly chainHash?: Uint8Array | string;
}

/** A digest from raw bytes or hex; undefined when it is neither. */
export function recordedDigest(value: Uint8Array | string | undefined | null): Uint8Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return fromHex(value);
  return value.length === 32 ? value : undefined;
}
