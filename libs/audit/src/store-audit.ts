import { DigestList, sameDigest, toHex } from './digest';
import { EventIdList } from './event-id-list';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from './event-hash';
import { MerkleTree } from './merkle';
import { RANGE_HASH_MATCHES, RANGE_LINKED, RANGE_NO_CHAIN_HASH, RANGE_NO_HASH, RangeDigests } from './range-digests';
import { Divergence, DivergenceLog } from './divergence';
import { HashedEvent, RecordedDigests, recordedDigest } from './hashed-event';

const ZERO_DIGEST = Buffer.alloc(32);

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
  addHashed(event: RecordedDigests, recomputedHash: Uint8Array | { readonly malformed: string }, columnsDiffer = false): void {
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
      this.log.add({
        kind: 'store-malformed-event',
        source: 'store',
        position,
        eventId: event.eventId,
        detail: `the event cannot be put in canonical form: ${recomputedHash.malformed}`,
      });
    } else {
      recomputed = recomputedHash;
    }
    const recordedHash = recordedDigest(event.hash);
    const recordedChain = recordedDigest(event.chainHash);
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
          detail: columnsDiffer
            ? 'the event as read from its columns does not match the hash recorded with it, while the canonical bytes recorded with it still do: its payload, metadata or another field was changed after it was recorded'
            : 'the event does not match the hash recorded with it: its payload, metadata or another field (or the canonical bytes recorded with it) was changed after it was recorded',
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
    let consistent =
      this.inStep &&
      range.malformed.length === 0 &&
      range.columnsDiffer.length === 0 &&
      range.positions[0] === this.lastPosition + 1 &&
      range.positions[last] - range.positions[0] === last;
    for (let i = 0; consistent && i < range.count; i++) {
      const flags = range.flags[i];
      consistent =
        (flags & RANGE_HASH_MATCHES) !== 0 &&
        (flags & (RANGE_NO_HASH | RANGE_NO_CHAIN_HASH)) === 0 &&
        (i === 0 || (flags & RANGE_LINKED) !== 0);
    }
    if (consistent) consistent = sameDigest(chainHash(this.chain, slot(range.recordedHashes, 0)), slot(range.recordedChains, 0));
    if (!consistent) {
      const malformed = new Map(range.malformed);
      const columnsDiffer = new Set(range.columnsDiffer);
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
          columnsDiffer.has(i),
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
