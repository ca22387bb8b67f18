/** What a verification pass finds where the history is not the one recorded, and the order they are reported in. */
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

/** Collects divergences up to a limit, counting the rest. */
export class DivergenceLog {
  readonly items: Divergence[] = [];
  total = 0;

  constructor(private readonly limit: number) {}

  add(divergence: Divergence): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push(divergence);
  }
}
