import { DIGEST_BYTES } from './digest';
import { writeChainHash, writeEventHash } from './event-hash';
import { perfectSubtreeLevels } from './merkle';

/** Per-event flags of a RangeDigests. */
export const RANGE_NO_HASH = 1;
export const RANGE_NO_CHAIN_HASH = 2;
/** The hash recorded with the event is the one recomputed from its canonical form. */
export const RANGE_HASH_MATCHES = 4;
/** The chain hash recorded with the event follows from the one recorded with the event before it in the range. */
export const RANGE_LINKED = 8;

/**
 * What the store pass needs of a run of rows, computed where the rows were read (a worker
 * thread): the recorded and recomputed hashes, 32 bytes per event end to end, the checks that
 * need nothing outside the run, and the run's Merkle subtree when it is a power of two of
 * consecutive positions. StoreAudit.addRange takes it whole when it is consistent, and event
 * by event otherwise.
 */
export interface RangeDigests {
  readonly count: number;
  readonly positions: Float64Array;
  readonly eventIds: string[];
  readonly recomputed: Uint8Array;
  readonly recordedHashes: Uint8Array;
  readonly recordedChains: Uint8Array;
  /** RANGE_* bits per event. */
  readonly flags: Uint8Array;
  /** Events whose canonical form could not be made: index in the run, and why. */
  readonly malformed: [number, string][];
  /** The complete subtree over `recomputed` (perfectSubtreeLevels), when there is one. */
  readonly subtree?: Uint8Array[];
}

/** Digests a run of rows read in position order. */
export function digestRange(
  events: readonly { position: number; eventId: string; hash?: Uint8Array | string; chainHash?: Uint8Array | string }[],
): RangeDigests {
  const count = events.length;
  const positions = new Float64Array(count);
  const eventIds: string[] = new Array(count);
  // Buffer.alloc (not pooled): each has an ArrayBuffer of its own, transferred to the thread that joins the ranges.
  const recomputed = Buffer.alloc(count * DIGEST_BYTES);
  const recordedHashes = Buffer.alloc(count * DIGEST_BYTES);
  const recordedChains = Buffer.alloc(count * DIGEST_BYTES);
  const link = Buffer.alloc(DIGEST_BYTES);
  const flags = new Uint8Array(count);
  const malformed: [number, string][] = [];
  let previousChain: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    const event = events[i];
    const at = i * DIGEST_BYTES;
    positions[i] = event.position;
    eventIds[i] = event.eventId;
    try {
      writeEventHash(event as Parameters<typeof writeEventHash>[0], recomputed, at);
    } catch (error) {
      malformed.push([i, (error as Error).message]);
    }
    const hash = bytesOf(event.hash);
    const chain = bytesOf(event.chainHash);
    if (hash) recordedHashes.set(hash, at);
    else flags[i] |= RANGE_NO_HASH;
    if (chain) recordedChains.set(chain, at);
    else flags[i] |= RANGE_NO_CHAIN_HASH;
    if (hash && recomputed.compare(hash, 0, DIGEST_BYTES, at, at + DIGEST_BYTES) === 0) flags[i] |= RANGE_HASH_MATCHES;
    if (previousChain && hash && chain && positions[i] === positions[i - 1] + 1) {
      writeChainHash(previousChain, hash, link, 0);
      if (link.equals(chain)) flags[i] |= RANGE_LINKED;
    }
    previousChain = chain;
  }
  const consecutive = count > 0 && positions[count - 1] - positions[0] === count - 1;
  const powerOfTwo = count > 0 && (count & (count - 1)) === 0;
  const subtree = consecutive && powerOfTwo && malformed.length === 0 ? perfectSubtreeLevels(recomputed) : undefined;
  return { count, positions, eventIds, recomputed, recordedHashes, recordedChains, flags, malformed, subtree };
}

function bytesOf(value: Uint8Array | string | undefined): Uint8Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : undefined;
  return value.length === DIGEST_BYTES ? value : undefined;
}
