/** What the offline verification of a bundle finds, in the bundle's words, and the order it is reported in. */
import { Divergence } from './divergence';

export type BundleDivergenceKind =
  /** A line is not a record of the bundle, or stands where it may not. */
  | 'bundle-malformed'
  /** The file ends before its closing line: it was cut short. */
  | 'bundle-incomplete'
  /** The closing line's counts are not what the bundle holds. */
  | 'bundle-count-mismatch'
  /** The header's counts (events, head position, checkpoints, inclusion tree size) are not what the bundle holds. */
  | 'header-count-mismatch'
  /** A line names the same member twice in one object: readers would disagree on what it says. */
  | 'duplicate-member'
  /** A header, proof or closing line has a member the format does not define. */
  | 'unknown-member'
  /** The key the bundle carries is not the key the auditor trusts. */
  | 'public-key-mismatch'
  /** The header's publicKeyId is not the id of the key the header carries. */
  | 'public-key-id-mismatch'
  /** Events are not listed in position order. */
  | 'event-out-of-order'
  | 'event-position-gap'
  | 'event-hash-mismatch'
  | 'event-hash-missing'
  | 'event-chain-break'
  | 'event-malformed'
  /** An event line has a member outside the nine hashed fields and its recorded hashes: nothing proves it. */
  | 'event-unhashed-member'
  /** A validly signed checkpoint covers more events than the bundle lists: its tail was removed. */
  | 'event-truncated'
  | 'checkpoint-bad-signature'
  /** A checkpoint's keyId is not the id of the key its signature was checked with. */
  | 'checkpoint-key-id-mismatch'
  /** A checkpoint has a member the signature does not cover. */
  | 'checkpoint-unsigned-member'
  /** A checkpoint of a tree size listed before, or listed after a larger one. */
  | 'checkpoint-repeated'
  | 'checkpoint-out-of-order'
  | 'checkpoint-root-mismatch'
  | 'checkpoint-chain-mismatch'
  | 'checkpoint-inconsistent'
  /** An event's inclusion proof does not lead to the signed root: it is not the event the checkpoint signed. */
  | 'inclusion-proof-invalid'
  | 'inclusion-proof-missing'
  /** An inclusion proof under an older checkpoint than the latest the events reach: it proves less than the bundle owes. */
  | 'inclusion-proof-stale'
  /** An inclusion proof for a position already proven, or listed before a lower one. */
  | 'inclusion-proof-out-of-order'
  | 'consistency-proof-invalid'
  | 'consistency-proof-missing'
  /** A consistency proof between checkpoints that are not successive ones of the bundle. */
  | 'consistency-proof-unexpected';

export interface BundleDivergence extends Omit<Divergence, 'kind' | 'source'> {
  readonly kind: BundleDivergenceKind;
  readonly source: 'bundle' | 'event' | 'checkpoint' | 'proof';
  /** The line of the bundle (from 1), when one line is at fault. */
  readonly line?: number;
}

// At one position: the events' own evidence first, then the checkpoints', then the proofs'.
const KIND_ORDER: readonly BundleDivergenceKind[] = [
  'bundle-malformed',
  'duplicate-member',
  'unknown-member',
  'event-out-of-order',
  'event-position-gap',
  'event-truncated',
  'event-malformed',
  'event-unhashed-member',
  'event-hash-missing',
  'event-hash-mismatch',
  'event-chain-break',
  'inclusion-proof-invalid',
  'inclusion-proof-missing',
  'inclusion-proof-stale',
  'inclusion-proof-out-of-order',
  'checkpoint-root-mismatch',
  'checkpoint-chain-mismatch',
  // Without a position: the key and the signatures first, for what follows from them.
  'public-key-mismatch',
  'public-key-id-mismatch',
  'checkpoint-bad-signature',
  'checkpoint-key-id-mismatch',
  'checkpoint-unsigned-member',
  'checkpoint-repeated',
  'checkpoint-out-of-order',
  'checkpoint-inconsistent',
  'consistency-proof-invalid',
  'consistency-proof-missing',
  'consistency-proof-unexpected',
  'header-count-mismatch',
  'bundle-count-mismatch',
  'bundle-incomplete',
];

/** Earliest position first (a range by its end; those with neither last), then by kind. */
export function compareBundleDivergences(a: BundleDivergence, b: BundleDivergence): number {
  const pa = a.position ?? a.range?.to ?? Number.MAX_SAFE_INTEGER;
  const pb = b.position ?? b.range?.to ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/** Collects divergences up to a limit, counting the rest. */
export class BundleDivergenceLog {
  readonly items: BundleDivergence[] = [];
  total = 0;

  constructor(private readonly limit: number) {}

  add(divergence: BundleDivergence): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push(divergence);
  }

  /** A line that is not a record of the bundle, or stands where it may not. */
  malformed(line: number, why: string, position?: number): void {
    this.add({ kind: 'bundle-malformed', source: 'bundle', line, position, detail: `line ${line}: ${why}` });
  }
}

/** A divergence of the store pass, in the words of a bundle: the bundle's events stand where the store's rows stood. */
export function asBundleDivergence(
  d: Divergence,
  lines: ReadonlyMap<number, number>,
  outOfOrder: ReadonlyMap<number, number>,
): BundleDivergence {
  const kind = (d.kind.startsWith('store-') ? `event-${d.kind.slice('store-'.length)}` : d.kind) as BundleDivergenceKind;
  const detail = d.detail
    .replace(/\bfrom the store\b/g, 'from the bundle')
    .replace(/\bthe store's\b/g, "the bundle's")
    .replace(/\bthe store\b/g, 'the bundle')
    .replace(/\bthe events recorded there were deleted\b/g, 'the events there were removed')
    .replace(/\bthe event recorded there was deleted\b/g, 'the event there was removed');
  const line = d.position !== undefined ? lines.get(d.position) : undefined;
  // A gap whose positions turn up later was a reordering, and is reported as one where they turn up.
  if (d.kind === 'store-position-gap' && d.range && [...range(d.range.from, d.range.to)].every((p) => outOfOrder.has(p))) {
    return {
      ...d,
      kind: 'event-out-of-order',
      source: 'event',
      detail: `position${d.range.from === d.range.to ? ` ${d.range.from} is` : `s ${d.range.from} to ${d.range.to} are`} listed later than the positions after ${d.range.from === d.range.to ? 'it' : 'them'} (line ${outOfOrder.get(d.range.from)}): events were reordered`,
      line: outOfOrder.get(d.range.from),
    };
  }
  return { ...d, kind, source: d.source === 'store' ? 'event' : 'checkpoint', detail, ...(line !== undefined ? { line } : {}) };
}

function* range(from: number, to: number): Generator<number> {
  for (let p = from; p <= to; p++) yield p;
}
