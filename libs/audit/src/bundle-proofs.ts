/**
 * The proofs of an audit bundle, checked as they are read against the events and the
 * checkpoints listed before them: the consistency proof between each two successive
 * checkpoints and the inclusion proof of every event under the latest checkpoint the events
 * reach; and, at the end, the proofs the bundle owes and does not hold.
 */
import { SignedCheckpoint } from './checkpoint';
import { sameDigest, toHex } from './digest';
import { BundleConsistencyProof, BundleInclusionProof } from './bundle';
import { BundleDivergenceLog } from './bundle-divergence';
import { parseProof } from './bundle-records';
import { rootFromInclusionProof, verifyConsistency } from './merkle';
import { StoreAudit } from './store-audit';

/** A retained event's inclusion proof as the bundle gives it, and whether it leads to the signed root. */
export interface RetainedProof extends BundleInclusionProof {
  readonly valid: boolean;
  /** The signed root it was checked against. */
  readonly rootHash?: string;
}

/** What the proofs are checked against: the events and checkpoints listed before them. */
export interface ListedHistory {
  readonly store: StoreAudit;
  readonly checkpoints: readonly SignedCheckpoint[];
  readonly checkpointSizes: ReadonlySet<number>;
  /** The listed checkpoints whose signatures verify, by tree size. */
  readonly validCheckpoints: ReadonlyMap<number, SignedCheckpoint>;
  /** The positions of the events kept for a replay, whose proofs are kept too. */
  readonly retainedPositions: ReadonlySet<number>;
  /** The largest checkpoint the listed events reach: the tree size inclusion proofs are owed under. */
  coveredCheckpointSize(): number;
}

/** Checks the proof lines of a bundle; see the module comment. */
export class BundleProofChecks {
  /** The tree size the header says the inclusion proofs are under. */
  inclusionTreeSize = 0;
  /** Proof lines read, for the closing line's counts. */
  inclusionLines = 0;
  consistencyLines = 0;
  private lastInclusionPosition = 0;
  private staleProofsReported = false;
  private unverifiableProofsReported = false;
  private inclusionSeen?: Uint8Array;
  private inclusionChecked = 0;
  private inclusionValid = 0;
  private readonly consistencyProofs = new Map<string, boolean>();
  private readonly retainedProofs = new Map<number, RetainedProof>();

  constructor(
    private readonly listed: ListedHistory,
    private readonly log: BundleDivergenceLog,
  ) {}

  /** The bundle's inclusion proof of a retained event, once read. */
  retainedProof(position: number): RetainedProof | undefined {
    return this.retainedProofs.get(position);
  }

  get inclusionSummary(): { readonly treeSize: number; readonly checked: number; readonly valid: number } {
    return { treeSize: this.inclusionTreeSize, checked: this.inclusionChecked, valid: this.inclusionValid };
  }

  get consistencySummary(): { readonly checked: number; readonly valid: number } {
    return { checked: this.consistencyProofs.size, valid: [...this.consistencyProofs.values()].filter(Boolean).length };
  }

  /** Checks a consistency proof between two successive checkpoints. */
  checkConsistency(proof: BundleConsistencyProof, line: number): void {
    this.consistencyLines++;
    if (!this.successivePairs().has(`${proof.fromTreeSize}-${proof.toTreeSize}`)) {
      this.log.add({
        kind: 'consistency-proof-unexpected',
        source: 'proof',
        line,
        detail: `line ${line}: a consistency proof from ${JSON.stringify(proof.fromTreeSize)} to ${JSON.stringify(proof.toTreeSize)} events, which are not two successive checkpoints of the bundle`,
      });
      return;
    }
    const from = this.listed.validCheckpoints.get(proof.fromTreeSize);
    const to = this.listed.validCheckpoints.get(proof.toTreeSize);
    if (!from || !to) return; // a proof between checkpoints without valid signatures proves nothing; their signatures are reported
    const path = parseProof(proof.proof);
    const ok =
      path !== undefined &&
      verifyConsistency(from.treeSize, to.treeSize, Buffer.from(from.rootHash, 'hex'), Buffer.from(to.rootHash, 'hex'), path);
    this.consistencyProofs.set(`${from.treeSize}-${to.treeSize}`, ok);
    if (!ok) {
      this.log.add({
        kind: 'consistency-proof-invalid',
        source: 'proof',
        line,
        range: { from: 1, to: from.treeSize },
        detail: `line ${line}: the consistency proof from the checkpoint of ${from.treeSize} events to the one of ${to.treeSize} does not verify: the later checkpoint does not extend the earlier history, or the proof was changed`,
        checkpoint: { treeSize: to.treeSize, timestamp: to.timestamp },
      });
    }
  }

  /** Checks an event's inclusion proof against the signed root of the checkpoint it names. */
  checkInclusion(proof: BundleInclusionProof, line: number): void {
    this.inclusionLines++;
    const position = proof.position;
    const treeSize = proof.treeSize;
    if (!Number.isSafeInteger(position) || !Number.isSafeInteger(treeSize) || position < 1 || position > treeSize) {
      this.log.malformed(line, 'the inclusion proof names no valid position and tree size');
      return;
    }
    if (position <= this.lastInclusionPosition) {
      this.log.add({
        kind: 'inclusion-proof-out-of-order',
        source: 'proof',
        line,
        position,
        detail: `line ${line}: an inclusion proof for position ${position} after the one for position ${this.lastInclusionPosition}; each position is proven once, in position order`,
      });
      return;
    }
    this.lastInclusionPosition = position;
    const owed = this.listed.coveredCheckpointSize();
    if (treeSize < owed && this.listed.checkpointSizes.has(treeSize)) {
      // An older root proves the event was there then, not that the latest signature covers it as listed.
      if (!this.staleProofsReported) {
        this.staleProofsReported = true;
        this.log.add({
          kind: 'inclusion-proof-stale',
          source: 'proof',
          line,
          detail: `line ${line}: inclusion proofs are given under the checkpoint of ${treeSize} events, not under the latest checkpoint the events reach (${owed} events)`,
          expected: String(owed),
          found: String(treeSize),
        });
      }
      return;
    }
    const checkpoint = this.listed.validCheckpoints.get(treeSize);
    if (!checkpoint) {
      // A listed checkpoint of that size with a bad signature is reported as such; the proofs under it add nothing.
      if (!this.unverifiableProofsReported && !this.listed.checkpoints.some((c) => c.treeSize === treeSize)) {
        this.unverifiableProofsReported = true;
        this.log.add({
          kind: 'inclusion-proof-invalid',
          source: 'proof',
          line,
          detail: `the inclusion proofs are given under a checkpoint of ${treeSize} events, and the bundle lists no such checkpoint: none of them proves anything`,
        });
      }
      return;
    }
    if (treeSize === this.inclusionTreeSize && this.inclusionSeen === undefined) this.inclusionSeen = new Uint8Array(treeSize);
    if (treeSize === this.inclusionTreeSize) this.inclusionSeen![position - 1] = 1;
    this.inclusionChecked++;
    const leaf = this.listed.store.hashAt(position);
    const path = parseProof(proof.proof);
    const root = leaf && path ? rootFromInclusionProof(leaf, position - 1, treeSize, path) : undefined;
    const valid = root !== undefined && sameDigest(root, Buffer.from(checkpoint.rootHash, 'hex'));
    if (this.listed.retainedPositions.has(position))
      this.retainedProofs.set(position, { position, treeSize, proof: [...proof.proof], valid, rootHash: checkpoint.rootHash });
    if (valid) {
      this.inclusionValid++;
      return;
    }
    // A missing event is reported where it is missing; its proof has nothing to prove.
    if (!leaf) return;
    this.log.add({
      kind: 'inclusion-proof-invalid',
      source: 'proof',
      position,
      eventId: this.listed.store.eventIdAt(position),
      line,
      detail: `the event listed at position ${position} is not the one the checkpoint of ${treeSize} events signed: its inclusion proof (line ${line}) ${
        root ? `leads to root ${toHex(root).slice(0, 16)}…, not the signed root` : 'is not a proof for this position'
      }`,
      expected: checkpoint.rootHash,
      found: root ? toHex(root) : undefined,
    });
  }

  /** "from-to" for each two successive tree sizes among the listed checkpoints the events reach. */
  private successivePairs(): ReadonlySet<string> {
    const sizes = [...new Set(this.listed.checkpoints.map((c) => c.treeSize))]
      .sort((a, b) => a - b)
      .filter((size) => size <= this.listed.store.size);
    return new Set(sizes.slice(1).map((to, i) => `${sizes[i]}-${to}`));
  }

  /** Reports the proofs the bundle owes and does not hold, once every line is read. */
  reportMissing(coveredUpTo: number): void {
    // A proof is owed between each two successive checkpoints the bundle lists, when both are validly signed.
    const sizes = [...new Set(this.listed.checkpoints.map((c) => c.treeSize))]
      .sort((a, b) => a - b)
      .filter((size) => size <= this.listed.store.size);
    for (let i = 1; i < sizes.length; i++) {
      const [from, to] = [sizes[i - 1], sizes[i]];
      if (this.listed.validCheckpoints.has(from) && this.listed.validCheckpoints.has(to) && !this.consistencyProofs.has(`${from}-${to}`)) {
        this.log.add({
          kind: 'consistency-proof-missing',
          source: 'proof',
          detail: `the bundle holds no consistency proof from the checkpoint of ${from} events to the one of ${to}`,
        });
      }
    }
    const treeSize = this.inclusionTreeSize;
    if (treeSize === 0 || !this.listed.validCheckpoints.has(treeSize) || coveredUpTo < treeSize) return;
    const seen = this.inclusionSeen ?? new Uint8Array(treeSize);
    let from = -1;
    for (let i = 0; i <= treeSize; i++) {
      const missing = i < treeSize && seen[i] === 0 && this.listed.store.hashAt(i + 1) !== undefined;
      if (missing && from < 0) from = i;
      if (!missing && from >= 0) {
        this.log.add({
          kind: 'inclusion-proof-missing',
          source: 'proof',
          position: from + 1,
          eventId: this.listed.store.eventIdAt(from + 1),
          range: { from: from + 1, to: i },
          detail:
            from + 1 === i
              ? `the bundle holds no inclusion proof for position ${i}`
              : `the bundle holds no inclusion proofs for positions ${from + 1} to ${i}`,
        });
        from = -1;
      }
    }
  }
}
