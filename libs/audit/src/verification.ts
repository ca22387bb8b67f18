/**
 * Verification of a recorded history, as pure computation over what the sources hold: the
 * event store's rows (with the hashes recorded beside them), the Kafka topic's messages,
 * and the signed checkpoints. The callers read the sources (a database cursor, a consumer,
 * a file of an audit bundle) and feed them in; nothing here does I/O.
 *
 *   const store = new StoreAudit();
 *   for (const row of storeRowsInPositionOrder) store.add(row);
 *   const kafka = new KafkaAudit(store);
 *   for (const message of topicInOffsetOrder) kafka.add(message, offset);
 *   kafka.finish({ pendingFrom });
 *   const checkpoints = auditCheckpoints(signedCheckpoints, store, publicKey, kafka);
 *   const report = buildAuditReport({ store, kafka, checkpoints });
 *
 * or, for histories held in memory, `verifyHistory({ events, kafka, checkpoints, publicKey })`.
 */
import { KeyObject } from 'node:crypto';
import { DigestList, fromHex, sameDigest, toHex } from './digest';
import { EventIdList } from './event-id-list';
import { AuditedEvent, GENESIS_CHAIN_HASH, chainHash, eventHash } from './event-hash';
import { MerkleFrontier, MerkleTree, verifyConsistency } from './merkle';
import { KeyInput, SignedCheckpoint, auditKeyId, ed25519PublicKey, verifyCheckpointSignature } from './checkpoint';
import { RANGE_HASH_MATCHES, RANGE_LINKED, RANGE_NO_CHAIN_HASH, RANGE_NO_HASH, RangeDigests } from './range-digests';

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

/** A signed checkpoint as stored, with the store's id for it when it has one. */
export interface StoredCheckpoint extends SignedCheckpoint {
  readonly id?: string;
}

export type DivergenceKind =
  /** A position is missing from the store: an event was deleted (or positions were renumbered). */
  | 'store-position-gap'
  /** The store returned positions out of order or twice. */
  | 'store-position-out-of-order'
  /** An event's content does not match the hash recorded with it: it was changed after it was recorded. */
  | 'store-hash-mismatch'
  /** An event has no recorded hash or chain hash. */
  | 'store-hash-missing'
  /** The chain hash recorded with an event does not follow from the previous one: events were removed, inserted or reordered, or hashes rewritten. */
  | 'store-chain-break'
  /** An event's fields cannot be put in canonical form (not JSON). */
  | 'store-malformed-event'
  /** A validly signed checkpoint covers more events than the store holds: the store lost its tail. */
  | 'store-truncated'
  /** Kafka holds, at a position, an event other than the store's. */
  | 'kafka-differs'
  /** Kafka holds two different events at one position (a redelivery must be identical). */
  | 'kafka-conflicting-duplicate'
  /** A Kafka message's content does not match the hash it carries. */
  | 'kafka-hash-mismatch'
  /** A Kafka message's chain hash does not follow from the events before it on the topic. */
  | 'kafka-chain-mismatch'
  /** A published event is missing from Kafka. */
  | 'kafka-missing'
  /** Kafka holds an event at a position the store does not have (and no checkpoint covers). */
  | 'kafka-only'
  /** A Kafka message is not an event. */
  | 'kafka-malformed'
  /** A checkpoint's signature does not verify with the configured public key: it was replaced or forged. */
  | 'checkpoint-bad-signature'
  /** A validly signed checkpoint's Merkle root differs from the root recomputed over the store's events. */
  | 'checkpoint-root-mismatch'
  /** A validly signed checkpoint's chain hash differs from the chain recomputed over the store's events. */
  | 'checkpoint-chain-mismatch'
  /** An earlier checkpoint is not consistent with the latest (the history was rewritten between them). */
  | 'checkpoint-inconsistent';

export type DivergenceSource = 'store' | 'kafka' | 'checkpoint';

export interface Divergence {
  readonly kind: DivergenceKind;
  readonly source: DivergenceSource;
  /** The global position where it is, when it is at one. */
  readonly position?: number;
  /** The event at that position (the store's; Kafka's when the store has none there). */
  readonly eventId?: string;
  /** What differs, in words. */
  readonly detail: string;
  /** The value of record (a recorded hash, a signed root) and the value found instead, as hex, when there are two. */
  readonly expected?: string;
  readonly found?: string;
  /** The positions the divergence lies within, when it cannot be narrowed to one. */
  readonly range?: { readonly from: number; readonly to: number };
  readonly checkpoint?: { readonly id?: string; readonly treeSize: number; readonly timestamp: string };
  readonly kafka?: { readonly offset?: string; readonly eventId?: string };
}

// When two divergences are at one position, the store's own evidence comes first, then Kafka's, then the checkpoints'.
const KIND_ORDER: readonly DivergenceKind[] = [
  'store-position-out-of-order',
  'store-position-gap',
  'store-truncated',
  'store-malformed-event',
  'store-hash-missing',
  'store-hash-mismatch',
  'store-chain-break',
  'kafka-differs',
  'kafka-conflicting-duplicate',
  'kafka-hash-mismatch',
  'kafka-chain-mismatch',
  'kafka-missing',
  'kafka-only',
  'kafka-malformed',
  'checkpoint-bad-signature',
  'checkpoint-root-mismatch',
  'checkpoint-chain-mismatch',
  'checkpoint-inconsistent',
];

/** Orders divergences by position (a range by its end; those with neither last), then store before Kafka before checkpoints. */
export function compareDivergences(a: Divergence, b: Divergence): number {
  // A divergence known only to lie within a range (a checkpoint's root) is certain by the range's end.
  const pa = a.position ?? a.range?.to ?? Number.MAX_SAFE_INTEGER;
  const pb = b.position ?? b.range?.to ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/** A digest from raw bytes or hex; undefined when it is neither. */
function digestOf(value: Uint8Array | string | undefined | null): Uint8Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return fromHex(value);
  return value.length === 32 ? value : undefined;
}

const ZERO_DIGEST = Buffer.alloc(32);

/** Collects divergences up to a limit, counting the rest. */
class DivergenceLog {
  readonly items: Divergence[] = [];
  total = 0;

  constructor(private readonly limit: number) {}

  add(divergence: Divergence): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push(divergence);
  }
}

export interface StoreAuditOptions {
  /** How many divergences to keep (all are counted); 1000 unless given. */
  readonly maxDivergences?: number;
}

/** What the store pass found, for the report. */
export interface StoreSummary {
  readonly events: number;
  readonly headPosition: number;
  /** Merkle root and chain hash recomputed over the events as the store holds them. */
  readonly rootHash: string;
  readonly chainHash: string;
  readonly divergences: number;
}

/**
 * Recomputes the history from the event store's rows, fed in position order: each event's
 * hash from its canonical form (compared with the hash recorded beside it), each recorded
 * chain hash from the recorded one before it (a break shows where events were removed,
 * inserted or reordered), and the Merkle tree and chain over the events as they are now.
 */
export class StoreAudit {
  /** The Merkle tree over the recomputed event hashes, in the order read. */
  readonly tree = new MerkleTree();
  private readonly chains = new DigestList(4096);
  private readonly eventIds = new EventIdList();
  /** Runs of consecutive positions: after a gap, leaf indexes and positions no longer line up. */
  private readonly runs: { firstPosition: number; firstIndex: number }[] = [];
  private readonly missing: { from: number; to: number }[] = [];
  private lastPosition = 0;
  private recordedChainBefore: Uint8Array = GENESIS_CHAIN_HASH;
  private chain: Buffer = GENESIS_CHAIN_HASH;
  /** Whether the recorded chain so far is the recomputed one: then a matching event's link and new chain are one hash. */
  private inStep = true;
  private readonly log: DivergenceLog;

  constructor(options: StoreAuditOptions = {}) {
    this.log = new DivergenceLog(options.maxDivergences ?? 1000);
  }

  /** Takes the next row, in position order. */
  add(event: HashedEvent): void {
    let recomputed: Buffer | { readonly malformed: string };
    try {
      recomputed = eventHash(event);
    } catch (error) {
      recomputed = { malformed: (error as Error).message };
    }
    this.addHashed(event, recomputed);
  }

  /**
   * Takes the next row with its hash already recomputed from its canonical form (by a
   * worker, say), or the reason it could not be: only the position, the event id and the
   * hashes recorded beside it are needed then.
   */
  addHashed(event: RecordedDigests, recomputedHash: Uint8Array | { readonly malformed: string }): void {
    const position = event.position;
    if (!Number.isSafeInteger(position) || position <= this.lastPosition) {
      this.log.add({
        kind: 'store-position-out-of-order',
        source: 'store',
        position: Number.isSafeInteger(position) ? position : undefined,
        eventId: event.eventId,
        detail: `the store gave position ${position} after position ${this.lastPosition}; positions are unique and read in order`,
      });
      return;
    }
    if (position > this.lastPosition + 1) {
      const from = this.lastPosition + 1;
      const to = position - 1;
      this.missing.push({ from, to });
      this.log.add({
        kind: 'store-position-gap',
        source: 'store',
        position: from,
        range: { from, to },
        detail:
          from === to
            ? `position ${from} is missing from the store: the event recorded there was deleted`
            : `positions ${from} to ${to} are missing from the store: the events recorded there were deleted`,
      });
    }
    if (this.runs.length === 0 || position > this.lastPosition + 1) this.runs.push({ firstPosition: position, firstIndex: this.tree.size });

    let recomputed: Uint8Array;
    if ('malformed' in recomputedHash) {
      recomputed = ZERO_DIGEST;
      this.log.add({ kind: 'store-malformed-event', source: 'store', position, eventId: event.eventId, detail: `the event cannot be put in canonical form: ${recomputedHash.malformed}` });
    } else {
      recomputed = recomputedHash;
    }
    const recordedHash = digestOf(event.hash);
    const recordedChain = digestOf(event.chainHash);
    const matches = recordedHash !== undefined && sameDigest(recordedHash, recomputed);
    const nextChain = chainHash(this.chain, recomputed);
    if (!recordedHash || !recordedChain) {
      this.log.add({
        kind: 'store-hash-missing',
        source: 'store',
        position,
        eventId: event.eventId,
        detail: `the event has no recorded ${recordedHash ? 'chain hash' : 'hash'}`,
      });
    } else {
      if (!matches) {
        this.log.add({
          kind: 'store-hash-mismatch',
          source: 'store',
          position,
          eventId: event.eventId,
          detail: 'the event does not match the hash recorded with it: its payload, metadata or another field was changed after it was recorded',
          expected: toHex(recordedHash),
          found: toHex(recomputed),
        });
      }
      // The link between recorded values; while the records agree with the recomputation it is the new chain itself.
      const link = this.inStep && matches ? nextChain : chainHash(this.recordedChainBefore, recordedHash);
      if (!sameDigest(recordedChain, link)) {
        this.log.add({
          kind: 'store-chain-break',
          source: 'store',
          position,
          eventId: event.eventId,
          detail:
            position === 1
              ? 'the chain hash recorded with the first event does not start the chain'
              : `the chain hash recorded with this event does not follow from the one recorded with the event before it (position ${this.lastPosition}): an event was removed, inserted or moved here, or the recorded hashes were rewritten`,
          expected: toHex(link),
          found: toHex(recordedChain),
        });
      }
    }
    this.recordedChainBefore = recordedChain ?? chainHash(this.recordedChainBefore, recordedHash ?? recomputed);
    this.chain = nextChain;
    this.inStep = recordedChain !== undefined && sameDigest(recordedChain, nextChain);
    this.chains.push(nextChain);
    this.tree.append(recomputed);
    this.eventIds.push(event.eventId);
    this.lastPosition = position;
  }

  /**
   * Takes a run of rows digested where they were read (digestRange). When the history so far
   * is in step with its record and every event of the run matches its recorded hash and
   * chain, the recorded chain hashes are the recomputed ones and the run's subtree is the
   * tree's: both are taken as they are, with one hash here for the run's first link. Any
   * other run is taken event by event, so that every divergence is reported where it is.
   */
  addRange(range: RangeDigests): void {
    if (range.count === 0) return;
    const slot = (bytes: Uint8Array, i: number) => bytes.subarray(i * 32, (i + 1) * 32);
    const last = range.count - 1;
    let consistent = this.inStep && range.malformed.length === 0 && range.positions[0] === this.lastPosition + 1 && range.positions[last] - range.positions[0] === last;
    for (let i = 0; consistent && i < range.count; i++) {
      const flags = range.flags[i];
      consistent = (flags & RANGE_HASH_MATCHES) !== 0 && (flags & (RANGE_NO_HASH | RANGE_NO_CHAIN_HASH)) === 0 && (i === 0 || (flags & RANGE_LINKED) !== 0);
    }
    if (consistent) consistent = sameDigest(chainHash(this.chain, slot(range.recordedHashes, 0)), slot(range.recordedChains, 0));
    if (!consistent) {
      const malformed = new Map(range.malformed);
      for (let i = 0; i < range.count; i++) {
        const problem = malformed.get(i);
        this.addHashed(
          {
            position: range.positions[i],
            eventId: range.eventIds[i],
            hash: range.flags[i] & RANGE_NO_HASH ? undefined : slot(range.recordedHashes, i),
            chainHash: range.flags[i] & RANGE_NO_CHAIN_HASH ? undefined : slot(range.recordedChains, i),
          },
          problem === undefined ? slot(range.recomputed, i) : { malformed: problem },
        );
      }
      return;
    }
    if (this.runs.length === 0) this.runs.push({ firstPosition: range.positions[0], firstIndex: this.tree.size });
    this.chains.pushAll(range.recordedChains);
    this.tree.appendAll(range.recomputed, range.subtree);
    for (let i = 0; i < range.count; i++) this.eventIds.push(range.eventIds[i]);
    this.chain = Buffer.from(slot(range.recordedChains, last));
    this.recordedChainBefore = this.chain;
    this.lastPosition = range.positions[last];
  }

  /** How many events were read. */
  get size(): number {
    return this.tree.size;
  }

  /** The highest position read (0 for an empty store). */
  get headPosition(): number {
    return this.lastPosition;
  }

  /** The leaf index of the event at a position, if the store holds one there. */
  indexOf(position: number): number | undefined {
    if (!Number.isSafeInteger(position) || position < 1 || position > this.lastPosition) return undefined;
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.runs[middle].firstPosition <= position) low = middle;
      else high = middle - 1;
    }
    const run = this.runs[low];
    if (!run || position < run.firstPosition) return undefined;
    const index = run.firstIndex + (position - run.firstPosition);
    const next = this.runs[low + 1];
    if (next && index >= next.firstIndex) return undefined;
    return index;
  }

  /** The recomputed hash of the event at a position. */
  hashAt(position: number): Buffer | undefined {
    const index = this.indexOf(position);
    return index === undefined ? undefined : this.tree.leaf(index);
  }

  eventIdAt(position: number): string | undefined {
    const index = this.indexOf(position);
    return index === undefined ? undefined : this.eventIds.get(index);
  }

  /** Whether the store lacks a position below its head. */
  isMissing(position: number): boolean {
    return this.missing.some((gap) => position >= gap.from && position <= gap.to);
  }

  /** The recomputed chain hash after the first `size` events read. */
  chainAt(size: number): Buffer {
    return size === 0 ? Buffer.from(GENESIS_CHAIN_HASH) : Buffer.from(this.chains.get(size - 1));
  }

  get divergences(): readonly Divergence[] {
    return this.log.items;
  }

  get divergenceCount(): number {
    return this.log.total;
  }

  summary(): StoreSummary {
    return {
      events: this.size,
      headPosition: this.lastPosition,
      rootHash: toHex(this.tree.root()),
      chainHash: toHex(this.chainAt(this.size)),
      divergences: this.log.total,
    };
  }
}

/** Digests by position, any order, with a record of which positions are set. */
class DigestsByPosition {
  private bytes = Buffer.alloc(32 * 4096);
  private present = new Uint8Array(4096);

  get(position: number): Buffer | undefined {
    const index = position - 1;
    if (index < 0 || index >= this.present.length || this.present[index] === 0) return undefined;
    return this.bytes.subarray(index * 32, index * 32 + 32);
  }

  set(position: number, digest: Uint8Array): void {
    const index = position - 1;
    while (index >= this.present.length) {
      const bytes = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(bytes);
      const present = new Uint8Array(this.present.length * 2);
      present.set(this.present);
      this.bytes = bytes;
      this.present = present;
    }
    this.bytes.set(digest, index * 32);
    this.present[index] = 1;
  }
}

export interface KafkaAuditOptions {
  /** How many divergences to keep (all are counted); 1000 unless given. */
  readonly maxDivergences?: number;
  /** Tree sizes at which to record Kafka's own Merkle root and chain (the checkpoints' sizes), to compare with them. */
  readonly rootsAt?: Iterable<number>;
}

export interface KafkaSummary {
  readonly checked: true;
  readonly messages: number;
  /** Distinct positions on the topic. */
  readonly events: number;
  /** Messages that repeat an earlier one at the same position, identical: the relay's legitimate redeliveries. */
  readonly redelivered: number;
  readonly headPosition: number;
  /** Store events not on the topic yet because the relay has not published them (still in the outbox). */
  readonly awaitingPublication: number;
  /** Events on the topic beyond the store's head as read, found in the store afterwards: appended during the verification. */
  readonly appendedDuringVerification: number;
  /** Merkle roots and chain hashes of the topic's history at the requested sizes (hex). */
  readonly roots: Readonly<Record<number, { readonly rootHash: string; readonly chainHash: string }>>;
  readonly divergences: number;
}

/**
 * Recomputes the history from the events topic, fed in offset order, and compares it
 * position by position with the store's. Redelivered duplicates (the relay publishes at
 * least once) are dropped by position when identical and reported when not.
 */
export class KafkaAudit {
  private readonly hashes = new DigestsByPosition();
  private readonly eventIds = new Map<number, string>();
  private readonly beyond = new Map<number, { event: HashedEvent; hash: Buffer; offset?: string }>();
  private readonly rootsAt: Set<number>;
  private readonly roots: Record<number, { rootHash: string; chainHash: string }> = {};
  private readonly log: DivergenceLog;
  private frontier = MerkleFrontier.empty();
  private chain: Buffer = GENESIS_CHAIN_HASH;
  /** The chain hash the message at the head of the contiguous prefix carried, to check the next one's link against. */
  private carriedChainBefore: Uint8Array | undefined = GENESIS_CHAIN_HASH;
  private messages = 0;
  private distinct = 0;
  private redelivered = 0;
  private maxPosition = 0;
  private awaitingPublication = 0;
  private appendedDuringVerification = 0;
  private finished = false;

  constructor(
    private readonly store: StoreAudit | undefined,
    options: KafkaAuditOptions = {},
  ) {
    this.log = new DivergenceLog(options.maxDivergences ?? 1000);
    this.rootsAt = new Set(options.rootsAt ?? []);
  }

  /** Takes the next message, parsed (or the parse failure), in offset order. */
  add(message: HashedEvent | { readonly malformed: string }, offset?: string): void {
    this.messages++;
    if ('malformed' in message) {
      this.log.add({ kind: 'kafka-malformed', source: 'kafka', detail: `the message at offset ${offset} is not an event: ${message.malformed}`, kafka: { offset } });
      return;
    }
    const event = message;
    const position = event.position;
    if (!Number.isSafeInteger(position) || position < 1) {
      this.log.add({ kind: 'kafka-malformed', source: 'kafka', detail: `the message at offset ${offset} has no valid position`, kafka: { offset, eventId: event.eventId } });
      return;
    }
    let recomputed: Buffer;
    try {
      recomputed = eventHash(event);
    } catch (error) {
      this.log.add({ kind: 'kafka-malformed', source: 'kafka', position, detail: `the message at offset ${offset} cannot be put in canonical form: ${(error as Error).message}`, kafka: { offset, eventId: event.eventId } });
      return;
    }
    const carried = digestOf(event.hash);
    if (event.hash !== undefined && !sameDigest(carried, recomputed)) {
      this.log.add({
        kind: 'kafka-hash-mismatch',
        source: 'kafka',
        position,
        eventId: event.eventId,
        detail: `the message at offset ${offset} does not match the hash it carries: its content was changed after the store hashed it`,
        expected: carried ? toHex(carried) : String(event.hash),
        found: toHex(recomputed),
        kafka: { offset, eventId: event.eventId },
      });
    }

    const earlier = this.hashes.get(position);
    if (earlier) {
      if (sameDigest(earlier, recomputed)) {
        this.redelivered++;
      } else {
        this.log.add({
          kind: 'kafka-conflicting-duplicate',
          source: 'kafka',
          position,
          eventId: event.eventId,
          detail: `Kafka holds a second, different event at position ${position} (offset ${offset}, event ${event.eventId}; the first was event ${this.eventIds.get(position) ?? this.store?.eventIdAt(position)}): a redelivery is identical, so this one was forged into the topic`,
          expected: toHex(earlier),
          found: toHex(recomputed),
          kafka: { offset, eventId: event.eventId },
        });
      }
      return;
    }
    this.hashes.set(position, recomputed);
    this.distinct++;
    this.maxPosition = Math.max(this.maxPosition, position);
    this.compareWithStore(event, recomputed, offset);
    if (position === this.frontier.size + 1) this.extendChain(event, offset);
  }

  private compareWithStore(event: HashedEvent, recomputed: Buffer, offset: string | undefined): void {
    const position = event.position;
    if (!this.store) return;
    if (position > this.store.headPosition) {
      this.beyond.set(position, { event, hash: recomputed, offset });
      return;
    }
    const stored = this.store.hashAt(position);
    if (!stored) {
      // The store's pass reported the gap; Kafka tells which event was there.
      this.eventIds.set(position, event.eventId);
      return;
    }
    if (!sameDigest(stored, recomputed)) {
      const storeId = this.store.eventIdAt(position);
      this.log.add({
        kind: 'kafka-differs',
        source: 'kafka',
        position,
        eventId: storeId,
        detail:
          storeId === event.eventId
            ? `Kafka and the store hold different contents for event ${storeId} at position ${position} (offset ${offset})`
            : `Kafka holds event ${event.eventId} at position ${position} (offset ${offset}), the store event ${storeId}`,
        expected: toHex(stored),
        found: toHex(recomputed),
        kafka: { offset, eventId: event.eventId },
      });
    }
  }

  /** Extends Kafka's own chain and tree with the event at the next position, and any that arrived early. */
  private extendChain(event: HashedEvent, offset: string | undefined): void {
    const carriedHash = digestOf(event.hash);
    const carriedChain = digestOf(event.chainHash);
    // Like the store's, the link is checked between carried values, so one changed message is one finding, not a cascade.
    if (carriedHash && carriedChain && this.carriedChainBefore && !sameDigest(carriedChain, chainHash(this.carriedChainBefore, carriedHash))) {
      this.log.add({
        kind: 'kafka-chain-mismatch',
        source: 'kafka',
        position: event.position,
        eventId: event.eventId,
        detail: `the chain hash the message at offset ${offset} carries does not follow from the one the message before it carries`,
        expected: toHex(chainHash(this.carriedChainBefore, carriedHash)),
        found: toHex(carriedChain),
        kafka: { offset, eventId: event.eventId },
      });
    }
    this.carriedChainBefore = carriedChain;
    for (;;) {
      const position = this.frontier.size + 1;
      const hash = this.hashes.get(position);
      if (!hash) return;
      // Events that arrived ahead of a gap were not link-checked; the check starts again after them.
      if (position !== event.position) this.carriedChainBefore = undefined;
      this.chain = chainHash(this.chain, hash);
      this.frontier.append(hash);
      if (this.rootsAt.has(this.frontier.size)) {
        this.roots[this.frontier.size] = { rootHash: toHex(this.frontier.root()), chainHash: toHex(this.chain) };
      }
    }
  }

  /** The event id Kafka holds at a position the store has no event at, if any. */
  eventIdAt(position: number): string | undefined {
    return this.eventIds.get(position) ?? this.beyond.get(position)?.event.eventId;
  }

  /** Events the topic holds beyond the store's head as read, by position: to be looked up in the store afresh (they may have been appended since). */
  get beyondStoreHead(): readonly number[] {
    return [...this.beyond.keys()].sort((a, b) => a - b);
  }

  /**
   * Ends the comparison. `pendingFrom` is the first position still waiting in the outbox
   * when the store was read (events from there on may legitimately be missing from the
   * topic); `laterStoreEvents` are the store's events at `beyondStoreHead` positions, read
   * afresh after the topic; `checkpointedUpTo` is the largest tree size a validly signed
   * checkpoint covers (events the topic holds beyond the store below it are the store's lost tail).
   */
  finish(options: { pendingFrom?: number; laterStoreEvents?: Iterable<HashedEvent>; checkpointedUpTo?: number } = {}): void {
    if (this.finished) return;
    this.finished = true;
    const store = this.store;
    // Positions missing from the topic, up to its head: the relay publishes every position once at least.
    let gapStart: number | undefined;
    const reportGap = (from: number, to: number) => {
      this.log.add({
        kind: 'kafka-missing',
        source: 'kafka',
        position: from,
        eventId: store?.eventIdAt(from),
        range: { from, to },
        detail: from === to ? `position ${from} is missing from the topic` : `positions ${from} to ${to} are missing from the topic`,
      });
    };
    for (let position = 1; position <= this.maxPosition + 1; position++) {
      const absent = position <= this.maxPosition && !this.hashes.get(position) && !store?.isMissing(position);
      if (absent && gapStart === undefined) gapStart = position;
      if (!absent && gapStart !== undefined) {
        reportGap(gapStart, position - 1);
        gapStart = undefined;
      }
    }
    if (store && store.headPosition > this.maxPosition) {
      const pendingFrom = options.pendingFrom ?? store.headPosition + 1;
      const publishedUpTo = Math.min(store.headPosition, pendingFrom - 1);
      if (publishedUpTo > this.maxPosition) reportGap(this.maxPosition + 1, publishedUpTo);
      this.awaitingPublication = store.headPosition - Math.max(this.maxPosition, publishedUpTo);
    }

    if (!store) return;
    const later = new Map<number, HashedEvent>();
    for (const event of options.laterStoreEvents ?? []) later.set(event.position, event);
    let onlyStart: { position: number; eventId: string; offset?: string } | undefined;
    let onlyEnd = 0;
    const flushOnly = () => {
      if (!onlyStart) return;
      this.log.add({
        kind: 'kafka-only',
        source: 'kafka',
        position: onlyStart.position,
        eventId: onlyStart.eventId,
        range: { from: onlyStart.position, to: onlyEnd },
        detail:
          `Kafka holds ${onlyStart.position === onlyEnd ? `an event at position ${onlyStart.position}` : `events at positions ${onlyStart.position} to ${onlyEnd}`} ` +
          'that the store does not have and no checkpoint covers: forged into the topic, or lost from the store',
        kafka: { offset: onlyStart.offset, eventId: onlyStart.eventId },
      });
      onlyStart = undefined;
    };
    for (const position of this.beyondStoreHead) {
      const { event, hash, offset } = this.beyond.get(position)!;
      const fresh = later.get(position);
      if (fresh) {
        let freshHash: Buffer | undefined;
        try {
          freshHash = eventHash(fresh);
        } catch {
          freshHash = undefined;
        }
        if (sameDigest(freshHash, hash)) {
          this.appendedDuringVerification++;
        } else {
          this.log.add({
            kind: 'kafka-differs',
            source: 'kafka',
            position,
            eventId: fresh.eventId,
            detail: `Kafka holds event ${event.eventId} at position ${position} (offset ${offset}), the store event ${fresh.eventId}`,
            expected: freshHash ? toHex(freshHash) : undefined,
            found: toHex(hash),
            kafka: { offset, eventId: event.eventId },
          });
        }
        flushOnly();
        continue;
      }
      // Below a signed checkpoint the store's loss is reported by the checkpoint check, naming this event.
      if (position <= (options.checkpointedUpTo ?? 0)) continue;
      if (onlyStart && position === onlyEnd + 1) {
        onlyEnd = position;
        continue;
      }
      flushOnly();
      onlyStart = { position, eventId: event.eventId, offset };
      onlyEnd = position;
    }
    flushOnly();
  }

  get divergences(): readonly Divergence[] {
    return this.log.items;
  }

  get divergenceCount(): number {
    return this.log.total;
  }

  summary(): KafkaSummary {
    return {
      checked: true,
      messages: this.messages,
      events: this.distinct,
      redelivered: this.redelivered,
      headPosition: this.maxPosition,
      awaitingPublication: this.awaitingPublication,
      appendedDuringVerification: this.appendedDuringVerification,
      roots: { ...this.roots },
      divergences: this.log.total,
    };
  }
}

export interface CheckpointFinding {
  readonly id?: string;
  readonly treeSize: number;
  readonly timestamp: string;
  readonly rootHash: string;
  readonly chainHash: string;
  readonly keyId: string;
  readonly signatureValid: boolean;
  /** Undefined when the store holds fewer events than the checkpoint covers. */
  readonly rootMatches?: boolean;
  readonly chainMatches?: boolean;
  /** Whether Kafka's history at this size has the same root, when Kafka was read that far. */
  readonly kafkaMatches?: boolean;
  /** Consistent with the latest validly signed checkpoint by an RFC 6962 consistency proof over the recomputed tree. */
  readonly consistentWithLatest?: boolean;
}

export interface CheckpointsSummary {
  readonly count: number;
  readonly validSignatures: number;
  /** The id of the public key the signatures were checked with. */
  readonly publicKeyId?: string;
  /** The latest validly signed checkpoint. */
  readonly latest?: CheckpointFinding;
  /** Earlier validly signed checkpoints proven consistent with the latest. */
  readonly consistentWithLatest: number;
  /** The largest tree size a validly signed checkpoint covers. */
  readonly coveredUpTo: number;
}

export interface CheckpointsAudit {
  readonly findings: readonly CheckpointFinding[];
  readonly summary: CheckpointsSummary;
  readonly divergences: readonly Divergence[];
}

/**
 * Checks each checkpoint against the recomputed history: its signature with the public key;
 * its root and chain hash against the store's at its size (and Kafka's, when read); every
 * earlier one against the latest by a consistency proof; and whether the store still holds
 * every event a checkpoint covers.
 */
export function auditCheckpoints(
  checkpoints: readonly StoredCheckpoint[],
  store: StoreAudit,
  publicKey: KeyInput | undefined,
  kafka?: KafkaAudit,
): CheckpointsAudit {
  const key: KeyObject | undefined = publicKey === undefined ? undefined : ed25519PublicKey(publicKey);
  const divergences: Divergence[] = [];
  const ordered = [...checkpoints].sort((a, b) => a.treeSize - b.treeSize);
  const kafkaRoots = kafka?.summary().roots ?? {};
  const findings: CheckpointFinding[] = [];
  let truncation: Divergence | undefined;
  let lastMatching = 0;
  for (const checkpoint of ordered) {
    const where = { id: checkpoint.id, treeSize: checkpoint.treeSize, timestamp: checkpoint.timestamp };
    const label = `checkpoint${checkpoint.id === undefined ? '' : ` ${checkpoint.id}`} of ${checkpoint.treeSize} events signed at ${checkpoint.timestamp}`;
    const signatureValid = key !== undefined && verifyCheckpointSignature(checkpoint, key);
    if (!signatureValid) {
      findings.push({ ...summaryOf(checkpoint), signatureValid });
      divergences.push({
        kind: 'checkpoint-bad-signature',
        source: 'checkpoint',
        detail:
          key === undefined
            ? `${label}: no public key is configured to verify it`
            : `${label}: the signature does not verify with the configured public key (key ${auditKeyId(key).slice(0, 16)}…, the checkpoint names ${String(checkpoint.keyId).slice(0, 16)}…): it was replaced or forged`,
        checkpoint: where,
      });
      continue;
    }
    const kafkaRoot = kafkaRoots[checkpoint.treeSize];
    const kafkaMatches = kafkaRoot ? kafkaRoot.rootHash === checkpoint.rootHash && kafkaRoot.chainHash === checkpoint.chainHash : undefined;
    if (checkpoint.treeSize > store.size) {
      findings.push({ ...summaryOf(checkpoint), signatureValid, kafkaMatches });
      // The largest such checkpoint says it all; a store with gaps below its head has too few events too, and the gaps are reported where they are.
      if (checkpoint.treeSize > store.headPosition && checkpoint.treeSize > (truncation?.checkpoint?.treeSize ?? 0)) {
        const from = store.headPosition + 1;
        truncation = {
          kind: 'store-truncated',
          source: 'store',
          position: from,
          eventId: kafka?.eventIdAt(from),
          range: { from, to: checkpoint.treeSize },
          detail: `${label} covers positions 1 to ${checkpoint.treeSize}; the store ends at position ${store.headPosition}: its tail was removed`,
          checkpoint: where,
        };
      }
      continue;
    }
    const root = toHex(store.tree.root(checkpoint.treeSize));
    const chain = toHex(store.chainAt(checkpoint.treeSize));
    const rootMatches = root === checkpoint.rootHash;
    const chainMatches = chain === checkpoint.chainHash;
    findings.push({ ...summaryOf(checkpoint), signatureValid, rootMatches, chainMatches, kafkaMatches });
    if (!rootMatches) {
      divergences.push({
        kind: 'checkpoint-root-mismatch',
        source: 'checkpoint',
        range: { from: lastMatching + 1, to: checkpoint.treeSize },
        detail:
          `${label}: the Merkle root recomputed over the store's first ${checkpoint.treeSize} events differs from the signed one, ` +
          `so the history was changed after it was signed, within positions ${lastMatching + 1} to ${checkpoint.treeSize}` +
          (lastMatching > 0 ? ` (the last checkpoint that still matches covers ${lastMatching})` : ''),
        expected: checkpoint.rootHash,
        found: root,
        checkpoint: where,
      });
    }
    if (!chainMatches) {
      divergences.push({
        kind: 'checkpoint-chain-mismatch',
        source: 'checkpoint',
        range: { from: lastMatching + 1, to: checkpoint.treeSize },
        detail: `${label}: the chain hash recomputed over the store's first ${checkpoint.treeSize} events differs from the signed one`,
        expected: checkpoint.chainHash,
        found: chain,
        checkpoint: where,
      });
    }
    if (rootMatches && chainMatches) lastMatching = checkpoint.treeSize;
  }

  if (truncation) divergences.push(truncation);

  // Consistency of every earlier checkpoint with the latest, by the proof a remote verifier would be given.
  const valid = findings.filter((f) => f.signatureValid);
  const latest = valid[valid.length - 1];
  let consistent = 0;
  const withConsistency = findings.map((finding) => {
    if (!latest || !finding.signatureValid || finding === latest || !latest.rootMatches || latest.treeSize > store.size) return finding;
    const proof = store.tree.consistencyProof(finding.treeSize, latest.treeSize);
    const ok = verifyConsistency(finding.treeSize, latest.treeSize, Buffer.from(finding.rootHash, 'hex'), Buffer.from(latest.rootHash, 'hex'), proof);
    if (ok) consistent++;
    else {
      divergences.push({
        kind: 'checkpoint-inconsistent',
        source: 'checkpoint',
        range: { from: 1, to: finding.treeSize },
        detail: `checkpoint${finding.id === undefined ? '' : ` ${finding.id}`} of ${finding.treeSize} events is not consistent with the latest (${latest.treeSize} events): the history it signed is not a prefix of today's`,
        expected: finding.rootHash,
        checkpoint: { id: finding.id, treeSize: finding.treeSize, timestamp: finding.timestamp },
      });
    }
    return { ...finding, consistentWithLatest: ok };
  });
  const latestFinding = latest && withConsistency.find((f) => f.id === latest.id && f.treeSize === latest.treeSize && f.timestamp === latest.timestamp);
  return {
    findings: withConsistency,
    divergences,
    summary: {
      count: checkpoints.length,
      validSignatures: valid.length,
      publicKeyId: key ? auditKeyId(key) : undefined,
      latest: latestFinding,
      consistentWithLatest: consistent,
      coveredUpTo: valid.reduce((max, f) => Math.max(max, f.treeSize), 0),
    },
  };
}

function summaryOf(checkpoint: StoredCheckpoint) {
  return {
    id: checkpoint.id,
    treeSize: checkpoint.treeSize,
    timestamp: checkpoint.timestamp,
    rootHash: checkpoint.rootHash,
    chainHash: checkpoint.chainHash,
    keyId: checkpoint.keyId,
  };
}

/** The largest tree size a checkpoint with a valid signature covers (0 when none). */
export function checkpointedUpTo(checkpoints: readonly StoredCheckpoint[], publicKey: KeyInput | undefined): number {
  if (publicKey === undefined) return 0;
  const key = ed25519PublicKey(publicKey);
  return checkpoints.reduce((max, c) => (c.treeSize > max && verifyCheckpointSignature(c, key) ? c.treeSize : max), 0);
}

export interface AuditReport {
  /** True when no divergence was found. */
  readonly ok: boolean;
  readonly verifiedAt: string;
  readonly store: StoreSummary;
  readonly kafka: KafkaSummary | { readonly checked: false; readonly reason: string };
  readonly checkpoints: CheckpointsSummary;
  /** The earliest divergence by position: where the history stops being the one recorded. */
  readonly firstDivergence?: Divergence;
  /** Every divergence kept, earliest first. */
  readonly divergences: readonly Divergence[];
  /** All divergences found, including any not kept. */
  readonly divergenceCount: number;
  readonly notes: readonly string[];
}

export interface AuditReportParts {
  readonly store: StoreAudit;
  readonly kafka?: KafkaAudit;
  /** Why Kafka was not read, when it was not. */
  readonly kafkaSkipped?: string;
  readonly checkpoints: CheckpointsAudit;
  readonly verifiedAt?: string;
  readonly notes?: readonly string[];
}

/** Puts the findings of the passes together, earliest divergence first. */
export function buildAuditReport(parts: AuditReportParts): AuditReport {
  const divergences = [...parts.store.divergences, ...(parts.kafka?.divergences ?? []), ...parts.checkpoints.divergences]
    .map((d) => (d.eventId === undefined && d.position !== undefined && parts.kafka?.eventIdAt(d.position) ? { ...d, eventId: parts.kafka.eventIdAt(d.position) } : d))
    .sort(compareDivergences);
  const divergenceCount = parts.store.divergenceCount + (parts.kafka?.divergenceCount ?? 0) + parts.checkpoints.divergences.length;
  const notes = [...(parts.notes ?? [])];
  if (!parts.kafka) notes.push(`Kafka was not checked: ${parts.kafkaSkipped ?? 'no brokers given'}; the store and the checkpoints were.`);
  if (parts.checkpoints.summary.count === 0) notes.push('There is no checkpoint yet: the history is checked against itself (and Kafka), not against a signed head.');
  const kafkaSummary = parts.kafka?.summary();
  if (kafkaSummary && kafkaSummary.awaitingPublication > 0) {
    notes.push(`${kafkaSummary.awaitingPublication} event(s) at the store's head are still in the outbox, not yet on the topic.`);
  }
  if (kafkaSummary && kafkaSummary.appendedDuringVerification > 0) {
    notes.push(`${kafkaSummary.appendedDuringVerification} event(s) were appended while the verification ran; they were compared but are not in the recomputed tree.`);
  }
  return {
    ok: divergenceCount === 0,
    verifiedAt: parts.verifiedAt ?? new Date().toISOString(),
    store: parts.store.summary(),
    kafka: kafkaSummary ?? { checked: false, reason: parts.kafkaSkipped ?? 'no brokers given' },
    checkpoints: parts.checkpoints.summary,
    firstDivergence: divergences[0],
    divergences,
    divergenceCount,
    notes,
  };
}

export interface VerifyHistoryInput {
  /** The store's events, in position order, with their recorded hashes. */
  readonly events: Iterable<HashedEvent>;
  /** The topic's messages in offset order, when Kafka is to be checked. */
  readonly kafka?: Iterable<HashedEvent>;
  readonly checkpoints?: readonly StoredCheckpoint[];
  readonly publicKey?: KeyInput;
  /** The first position still in the outbox when the events were read. */
  readonly pendingFrom?: number;
}

/** Verifies a history held in memory (an audit bundle, a test): every pass, one report. */
export function verifyHistory(input: VerifyHistoryInput): AuditReport {
  const store = new StoreAudit();
  for (const event of input.events) store.add(event);
  const checkpoints = input.checkpoints ?? [];
  let kafka: KafkaAudit | undefined;
  if (input.kafka) {
    kafka = new KafkaAudit(store, { rootsAt: checkpoints.map((c) => c.treeSize) });
    let offset = 0;
    for (const message of input.kafka) kafka.add(message, String(offset++));
    kafka.finish({ pendingFrom: input.pendingFrom, checkpointedUpTo: checkpointedUpTo(checkpoints, input.publicKey) });
  }
  return buildAuditReport({
    store,
    kafka,
    kafkaSkipped: input.kafka ? undefined : 'no topic given',
    checkpoints: auditCheckpoints(checkpoints, store, input.publicKey, kafka),
  });
}
