import { sameDigest, toHex } from './digest';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from './event-hash';
import { MerkleFrontier } from './merkle';
import { Divergence, DivergenceLog } from './divergence';
import { HashedEvent, recordedDigest } from './hashed-event';
import { StoreAudit } from './store-audit';

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
      this.log.add({
        kind: 'kafka-malformed',
        source: 'kafka',
        detail: `the message at offset ${offset} is not an event: ${message.malformed}`,
        kafka: { offset },
      });
      return;
    }
    const event = message;
    const position = event.position;
    if (!Number.isSafeInteger(position) || position < 1) {
      this.log.add({
        kind: 'kafka-malformed',
        source: 'kafka',
        detail: `the message at offset ${offset} has no valid position`,
        kafka: { offset, eventId: event.eventId },
      });
      return;
    }
    let recomputed: Buffer;
    try {
      recomputed = eventHash(event);
    } catch (error) {
      this.log.add({
        kind: 'kafka-malformed',
        source: 'kafka',
        position,
        detail: `the message at offset ${offset} cannot be put in canonical form: ${(error as Error).message}`,
        kafka: { offset, eventId: event.eventId },
      });
      return;
    }
    const carried = recordedDigest(event.hash);
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
    const carriedHash = recordedDigest(event.hash);
    const carriedChain = recordedDigest(event.chainHash);
    // Like the store's, the link is checked between carried values, so one changed message is one finding, not a cascade.
    if (
      carriedHash &&
      carriedChain &&
      this.carriedChainBefore &&
      !sameDigest(carriedChain, chainHash(this.carriedChainBefore, carriedHash))
    ) {
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
