import { DIGEST_BYTES, sha256Into } from './digest';
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
  /** Events whose columns differ from the canonical bytes recorded with them, which still match the recorded hash. */
  readonly columnsDiffer: number[];
  /** The complete subtree over `recomputed` (perfectSubtreeLevels), when there is one. */
  readonly subtree?: Uint8Array[];
}

/** Digests a run of rows read in position order, each event's hash recomputed from its canonical form. */
export function digestRange(
  events: readonly { position: number; eventId: string; hash?: Uint8Array | string; chainHash?: Uint8Array | string }[],
): RangeDigests {
  const digester = new RangeDigester(events.length);
  for (const event of events) {
    digester.add(event.position, event.eventId, bytesOf(event.hash), bytesOf(event.chainHash), (target, offset) => {
      writeEventHash(event as Parameters<typeof writeEventHash>[0], target, offset);
      return undefined;
    });
  }
  return digester.finish();
}

/**
 * An event as the store keeps it for the audit: the canonical bytes recorded at the append,
 * behind the RFC 6962 leaf prefix (so that one SHA-256 of `leaf` is the event's hash), and
 * whether the columns the read side uses (payload, metadata, ids, numbers, recorded_at) say
 * what those bytes say. When they may not, `columnsCanonical` is the canonical form made
 * from the columns (or why none can be made), to be compared with the bytes.
 */
export interface StoredCanonicalEvent {
  readonly position: number;
  readonly eventId: string;
  readonly hash?: Uint8Array | string;
  readonly chainHash?: Uint8Array | string;
  /** 0x00 followed by the canonical bytes; absent when the store holds none. */
  readonly leaf?: Uint8Array | null;
  readonly columnsAgree: boolean;
  readonly columnsCanonical?: string | { readonly malformed: string };
}

/** Digests a run of events read with their canonical bytes (see RangeDigester.addStored). */
export function digestStoredRange(events: readonly StoredCanonicalEvent[]): RangeDigests {
  const digester = new RangeDigester(events.length);
  for (const event of events) {
    digester.addStored(
      event.position,
      event.eventId,
      bytesOf(event.hash),
      bytesOf(event.chainHash),
      event.leaf ?? undefined,
      event.columnsAgree,
    );
  }
  const columns = new Map(events.filter((e) => e.columnsCanonical !== undefined).map((e) => [e.position, e.columnsCanonical!]));
  digester.compareColumns((position) => columns.get(position));
  return digester.finish();
}

const NO_CANONICAL_BYTES = 'no canonical form is recorded with the event';

/**
 * Builds the RangeDigests of a run of events taken one at a time, in position order. What
 * it is given is copied (or hashed) at once, so that it may be a view of a buffer the reader
 * reuses: the rows of a COPY as they arrive.
 */
export class RangeDigester {
  private count = 0;
  private positions: Float64Array;
  private readonly eventIds: string[] = [];
  private recomputed: Buffer;
  private recordedHashes: Buffer;
  private recordedChains: Buffer;
  private flags: Uint8Array;
  private readonly malformed: [number, string][] = [];
  private readonly columnsDiffer: number[] = [];
  /** Events whose columns are to be compared with their bytes: index, and a copy of the leaf. */
  private readonly doubtful: [number, Buffer][] = [];

  constructor(capacity = 1024) {
    const size = Math.max(1, capacity);
    // Buffer.alloc (not pooled): each has an ArrayBuffer of its own, transferred to the thread that joins the ranges.
    this.positions = new Float64Array(size);
    this.recomputed = Buffer.alloc(size * DIGEST_BYTES);
    this.recordedHashes = Buffer.alloc(size * DIGEST_BYTES);
    this.recordedChains = Buffer.alloc(size * DIGEST_BYTES);
    this.flags = new Uint8Array(size);
  }

  /** Takes an event whose hash `recompute` writes at an offset of a buffer (or answers why it cannot). */
  add(
    position: number,
    eventId: string,
    hash: Uint8Array | undefined,
    chainHash: Uint8Array | undefined,
    recompute: (target: Buffer, offset: number) => string | undefined,
  ): void {
    const i = this.next(position, eventId, hash, chainHash);
    try {
      const problem = recompute(this.recomputed, i * DIGEST_BYTES);
      if (problem !== undefined) this.malformed.push([i, problem]);
    } catch (error) {
      this.malformed.push([i, (error as Error).message]);
    }
  }

  /**
   * Takes an event with its canonical bytes as stored (`leaf`: 0x00 and the bytes): its hash
   * is the SHA-256 of the bytes, with no JSON parsed or written, unless its columns do not
   * agree with them (compareColumns).
   */
  addStored(
    position: number,
    eventId: string,
    hash: Uint8Array | undefined,
    chainHash: Uint8Array | undefined,
    leaf: Uint8Array | undefined,
    columnsAgree: boolean,
  ): void {
    const i = this.next(position, eventId, hash, chainHash);
    if (!leaf || leaf.length === 0 || leaf[0] !== 0) {
      this.malformed.push([i, NO_CANONICAL_BYTES]);
      return;
    }
    sha256Into(leaf, this.recomputed, i * DIGEST_BYTES);
    if (!columnsAgree) this.doubtful.push([i, Buffer.from(leaf)]);
  }

  /** The positions of the events whose columns must be compared with their bytes here. */
  get doubtfulPositions(): number[] {
    return this.doubtful.map(([i]) => this.positions[i]);
  }

  /**
   * Compares the columns of the doubtful events with their bytes, given the canonical form
   * made from the columns (or why none can be made). Where they differ, the event is what its
   * columns say, as a reader of the store sees it: when the bytes still match the recorded
   * hash, the hash taken is the one of the columns' canonical form, so the change is found
   * (and listed in `columnsDiffer`); when they do not, the bytes' hash is kept, and found too.
   */
  compareColumns(columnsOf: (position: number) => string | { readonly malformed: string } | undefined): void {
    for (const [i, leaf] of this.doubtful) {
      const columns = columnsOf(this.positions[i]);
      if (columns === undefined) {
        this.malformed.push([i, 'its columns could not be read to compare them with its canonical form']);
        continue;
      }
      if (typeof columns !== 'string') {
        this.malformed.push([i, columns.malformed]);
        continue;
      }
      if (Buffer.byteLength(columns) === leaf.length - 1 && leaf.toString('utf8', 1) === columns) continue;
      const at = i * DIGEST_BYTES;
      if (
        (this.flags[i] & RANGE_NO_HASH) === 0 &&
        this.recomputed.compare(this.recordedHashes, at, at + DIGEST_BYTES, at, at + DIGEST_BYTES) === 0
      ) {
        sha256Into('\u0000' + columns, this.recomputed, at);
        this.columnsDiffer.push(i);
      }
    }
    this.doubtful.length = 0;
  }

  finish(): RangeDigests {
    const count = this.count;
    const positions = this.positions.slice(0, count);
    const recomputed = this.trimmed(this.recomputed);
    const recordedHashes = this.trimmed(this.recordedHashes);
    const recordedChains = this.trimmed(this.recordedChains);
    const flags = this.flags.slice(0, count);
    const link = Buffer.alloc(DIGEST_BYTES);
    const malformed = new Set(this.malformed.map(([i]) => i));
    for (let i = 0; i < count; i++) {
      const at = i * DIGEST_BYTES;
      const hasHash = (flags[i] & RANGE_NO_HASH) === 0;
      if (hasHash && !malformed.has(i) && recomputed.compare(recordedHashes, at, at + DIGEST_BYTES, at, at + DIGEST_BYTES) === 0)
        flags[i] |= RANGE_HASH_MATCHES;
      const linkable = i > 0 && hasHash && (flags[i] & RANGE_NO_CHAIN_HASH) === 0 && (flags[i - 1] & RANGE_NO_CHAIN_HASH) === 0;
      if (linkable && positions[i] === positions[i - 1] + 1) {
        writeChainHash(recordedChains.subarray(at - DIGEST_BYTES, at), recordedHashes.subarray(at, at + DIGEST_BYTES), link, 0);
        if (link.compare(recordedChains, at, at + DIGEST_BYTES) === 0) flags[i] |= RANGE_LINKED;
      }
    }
    const consecutive = count > 0 && positions[count - 1] - positions[0] === count - 1;
    const powerOfTwo = count > 0 && (count & (count - 1)) === 0;
    const subtree = consecutive && powerOfTwo && this.malformed.length === 0 ? perfectSubtreeLevels(recomputed) : undefined;
    return {
      count,
      positions,
      eventIds: this.eventIds,
      recomputed,
      recordedHashes,
      recordedChains,
      flags,
      malformed: this.malformed,
      columnsDiffer: this.columnsDiffer,
      subtree,
    };
  }

  private next(position: number, eventId: string, hash: Uint8Array | undefined, chainHash: Uint8Array | undefined): number {
    if (this.count === this.positions.length) this.grow();
    const i = this.count++;
    const at = i * DIGEST_BYTES;
    this.positions[i] = position;
    this.eventIds.push(eventId);
    if (hash && hash.length === DIGEST_BYTES) this.recordedHashes.set(hash, at);
    else this.flags[i] |= RANGE_NO_HASH;
    if (chainHash && chainHash.length === DIGEST_BYTES) this.recordedChains.set(chainHash, at);
    else this.flags[i] |= RANGE_NO_CHAIN_HASH;
    return i;
  }

  private grow(): void {
    const size = this.positions.length * 2;
    const positions = new Float64Array(size);
    positions.set(this.positions);
    this.positions = positions;
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
    for (const name of ['recomputed', 'recordedHashes', 'recordedChains'] as const) {
      const grown = Buffer.alloc(size * DIGEST_BYTES);
      this[name].copy(grown);
      this[name] = grown;
    }
  }

  /** The first `count` digests, in a buffer of their own when the one kept is larger (to be transferred whole). */
  private trimmed(digests: Buffer): Buffer {
    const length = this.count * DIGEST_BYTES;
    if (length === digests.length) return digests;
    const own = Buffer.alloc(length);
    digests.copy(own, 0, 0, length);
    return own;
  }
}

function bytesOf(value: Uint8Array | string | undefined): Uint8Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : undefined;
  return value.length === DIGEST_BYTES ? value : undefined;
}
