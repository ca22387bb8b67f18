/**
 * The offline verification of an audit bundle (bundle.ts), line by line, with nothing but
 * the bundle and, ideally, a public key the auditor obtained on their own: every event hash
 * and chain link recomputed, the Merkle tree rebuilt and compared with every checkpoint,
 * every checkpoint's signature checked, every inclusion and consistency proof checked
 * against the signed roots. Pure: the caller reads the file and hands the lines over.
 *
 *   const verifier = new BundleVerifier({ trustedPublicKey });
 *   for (const line of lines) verifier.addLine(line);
 *   const report = verifier.finish();
 */
import { KeyObject } from 'node:crypto';
import { KeyInput, SignedCheckpoint, auditKeyId, ed25519PublicKey, verifyCheckpointSignature } from './checkpoint';
import { fromHex, sameDigest, toHex } from './digest';
import { AUDIT_BUNDLE_FORMAT, BundleConsistencyProof, BundleEnd, BundleEvent, BundleHeader, BundleInclusionProof } from './bundle';
import { rootFromInclusionProof, verifyConsistency } from './merkle';
import { CheckpointsSummary, Divergence, StoreAudit, auditCheckpoints } from './verification';

export type BundleDivergenceKind =
  /** A line is not a record of the bundle, or stands where it may not. */
  | 'bundle-malformed'
  /** The file ends before its closing line: it was cut short. */
  | 'bundle-incomplete'
  /** The closing line's counts are not what the bundle holds. */
  | 'bundle-count-mismatch'
  /** The key the bundle carries is not the key the auditor trusts. */
  | 'public-key-mismatch'
  /** Events are not listed in position order. */
  | 'event-out-of-order'
  | 'event-position-gap'
  | 'event-hash-mismatch'
  | 'event-hash-missing'
  | 'event-chain-break'
  | 'event-malformed'
  /** A validly signed checkpoint covers more events than the bundle lists: its tail was removed. */
  | 'event-truncated'
  | 'checkpoint-bad-signature'
  | 'checkpoint-root-mismatch'
  | 'checkpoint-chain-mismatch'
  | 'checkpoint-inconsistent'
  /** An event's inclusion proof does not lead to the signed root: it is not the event the checkpoint signed. */
  | 'inclusion-proof-invalid'
  | 'inclusion-proof-missing'
  | 'consistency-proof-invalid'
  | 'consistency-proof-missing';

export interface BundleDivergence extends Omit<Divergence, 'kind' | 'source'> {
  readonly kind: BundleDivergenceKind;
  readonly source: 'bundle' | 'event' | 'checkpoint' | 'proof';
  /** The line of the bundle (from 1), when one line is at fault. */
  readonly line?: number;
}

// At one position: the events' own evidence first, then the checkpoints', then the proofs'.
const KIND_ORDER: readonly BundleDivergenceKind[] = [
  'bundle-malformed',
  'event-out-of-order',
  'event-position-gap',
  'event-truncated',
  'event-malformed',
  'event-hash-missing',
  'event-hash-mismatch',
  'event-chain-break',
  'inclusion-proof-invalid',
  'inclusion-proof-missing',
  'checkpoint-root-mismatch',
  'checkpoint-chain-mismatch',
  // Without a position: the key and the signatures first, for what follows from them.
  'public-key-mismatch',
  'checkpoint-bad-signature',
  'checkpoint-inconsistent',
  'consistency-proof-invalid',
  'consistency-proof-missing',
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

export interface BundleVerifierOptions {
  /** The key the auditor trusts, obtained apart from the bundle (the ledger operator's published key). */
  readonly trustedPublicKey?: KeyInput;
  /** How many divergences to keep (all are counted); 1000 unless given. */
  readonly maxDivergences?: number;
  /** Events to keep in memory for a replay (with their inclusion proofs), e.g. those of one document. */
  readonly retain?: (event: BundleEvent) => boolean;
}

export interface BundleReport {
  readonly ok: boolean;
  readonly format?: string;
  readonly exportedAt?: string;
  /** Events read and the highest position among them. */
  readonly events: number;
  readonly headPosition: number;
  /** Merkle root and chain hash recomputed over the events as listed. */
  readonly rootHash: string;
  readonly chainHash: string;
  readonly key: {
    /** The key id of the key the bundle carries. */
    readonly bundledKeyId?: string;
    /** The key id of the key given by the auditor, when one was. */
    readonly trustedKeyId?: string;
    /** Which key the signatures were checked with. */
    readonly checkedWith: 'trusted' | 'bundled' | 'none';
  };
  readonly checkpoints: CheckpointsSummary;
  readonly inclusion: { readonly treeSize: number; readonly checked: number; readonly valid: number };
  readonly consistency: { readonly checked: number; readonly valid: number };
  /** Events after the latest validly signed checkpoint: chained, but under no signature yet. */
  readonly beyondLatestCheckpoint: number;
  readonly firstDivergence?: BundleDivergence;
  readonly divergences: readonly BundleDivergence[];
  readonly divergenceCount: number;
  readonly notes: readonly string[];
}

/** A retained event's inclusion proof as the bundle gives it, and whether it leads to the signed root. */
export interface RetainedProof extends BundleInclusionProof {
  readonly valid: boolean;
  /** The signed root it was checked against. */
  readonly rootHash?: string;
}

type Section = 'header' | 'checkpoints' | 'events' | 'proofs' | 'ended';

const SECTION_ORDER: Record<Section, number> = { header: 0, checkpoints: 1, events: 2, proofs: 3, ended: 4 };

/** Verifies a bundle fed line by line; see the module comment. */
export class BundleVerifier {
  private readonly store = new StoreAudit({ maxDivergences: 100_000 });
  private readonly divergences: BundleDivergence[] = [];
  private total = 0;
  private readonly limit: number;
  private readonly notes: string[] = [];
  private readonly trustedKey?: KeyObject;
  private key?: KeyObject;
  private header?: BundleHeader;
  private section: Section = 'header';
  private lineNumber = 0;
  private readonly checkpoints: SignedCheckpoint[] = [];
  private readonly validCheckpoints = new Map<number, SignedCheckpoint>();
  private checkpointAudit?: ReturnType<typeof auditCheckpoints>;
  private end?: BundleEnd;
  private eventCount = 0;
  private lastListedPosition = 0;
  /** Positions listed after a higher one, and the line each was on. */
  private readonly outOfOrder = new Map<number, number>();
  private readonly eventLines = new Map<number, number>();
  private inclusionTreeSize = 0;
  private inclusionSeen?: Uint8Array;
  private inclusionChecked = 0;
  private inclusionValid = 0;
  private inclusionLines = 0;
  private unverifiableProofsReported = false;
  private readonly consistencyProofs = new Map<string, boolean>();
  private consistencyLines = 0;
  private readonly retained: BundleEvent[] = [];
  private readonly retainedPositions = new Set<number>();
  private readonly retainedProofs = new Map<number, RetainedProof>();

  constructor(private readonly options: BundleVerifierOptions = {}) {
    this.limit = options.maxDivergences ?? 1000;
    if (options.trustedPublicKey !== undefined) this.trustedKey = ed25519PublicKey(options.trustedPublicKey);
    this.key = this.trustedKey;
  }

  /** The events kept for a replay (options.retain), in the order listed. */
  get retainedEvents(): readonly BundleEvent[] {
    return this.retained;
  }

  /** The bundle's inclusion proof of a retained event, once read. */
  retainedProof(position: number): RetainedProof | undefined {
    return this.retainedProofs.get(position);
  }

  /** The recomputed event hash at a position (hex), as the verification computed it. */
  hashAt(position: number): string | undefined {
    const hash = this.store.hashAt(position);
    return hash ? toHex(hash) : undefined;
  }

  /** Takes the next line of the bundle (without or with its newline). */
  addLine(text: string): void {
    const line = ++this.lineNumber;
    if (text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      this.malformed(line, 'it is not JSON');
      return;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record) || Object.keys(record).length !== 1) {
      this.malformed(line, 'it is not a record of the bundle (an object with one member: bundle, checkpoint, event, consistency, inclusion or end)');
      return;
    }
    const [name, value] = Object.entries(record)[0];
    if (!value || typeof value !== 'object') {
      this.malformed(line, `its ${name} is not an object`);
      return;
    }
    switch (name) {
      case 'bundle':
        return this.onHeader(value as BundleHeader, line);
      case 'checkpoint':
        if (!this.enter('checkpoints', line, name)) return;
        return this.onCheckpoint(value as SignedCheckpoint, line);
      case 'event':
        if (!this.enter('events', line, name)) return;
        return this.onEvent(value as BundleEvent, line);
      case 'consistency':
        if (!this.enter('proofs', line, name)) return;
        return this.onConsistency(value as BundleConsistencyProof, line);
      case 'inclusion':
        if (!this.enter('proofs', line, name)) return;
        return this.onInclusion(value as BundleInclusionProof, line);
      case 'end':
        if (!this.enter('ended', line, name)) return;
        this.end = value as BundleEnd;
        return;
      default:
        this.malformed(line, `"${name}" is not a record of the bundle`);
    }
  }

  /** Ends the verification: what is missing is reported, and the report made. */
  finish(): BundleReport {
    if (!this.header) this.add({ kind: 'bundle-malformed', source: 'bundle', detail: 'the bundle has no header line ({"bundle": ...}): it is not an audit bundle' });
    const audit = this.auditCheckpoints();
    this.reportMissingProofs(audit);
    if (!this.end) {
      this.add({ kind: 'bundle-incomplete', source: 'bundle', detail: `the bundle ends at line ${this.lineNumber} without its closing line ({"end": ...}): the file was cut short` });
    } else {
      const found: BundleEnd = { events: this.eventCount, checkpoints: this.checkpoints.length, consistencyProofs: this.consistencyLines, inclusionProofs: this.inclusionLines };
      const differing = (Object.keys(found) as (keyof BundleEnd)[]).filter((k) => this.end![k] !== found[k]);
      if (differing.length > 0) {
        this.add({
          kind: 'bundle-count-mismatch',
          source: 'bundle',
          detail: `the closing line counts ${differing.map((k) => `${this.end![k]} ${k}`).join(', ')}; the bundle holds ${differing.map((k) => `${found[k]} ${k}`).join(', ')}: lines were removed or added`,
        });
      }
    }
    const summary = audit.summary;
    const latestValid = summary.coveredUpTo;
    const beyond = Math.max(0, this.store.size - latestValid);
    if (this.key === undefined) this.notes.push('No public key: the checkpoints could not be checked.');
    else if (!this.trustedKey) {
      this.notes.push(
        "The checkpoints were checked against the public key the bundle carries. A bundle's own key proves nothing by itself: whoever could change the bundle " +
          'could replace the key and sign again. Give the ledger operator\'s published key (--public-key <pem>) to know the bundle comes from the ledger.',
      );
    }
    if (beyond > 0 && latestValid > 0) this.notes.push(`${beyond} event(s) after the latest checkpoint (${latestValid} events) are chained but no signed checkpoint covers them yet.`);
    if (summary.count === 0) this.notes.push('The bundle holds no checkpoint: the history is checked against its own hash chain only, not against a signed head.');
    const sorted = [...this.divergences].sort(compareBundleDivergences);
    const storeSummary = this.store.summary();
    return {
      ok: this.total === 0,
      format: this.header?.format,
      exportedAt: this.header?.exportedAt,
      events: this.store.size,
      headPosition: this.store.headPosition,
      rootHash: storeSummary.rootHash,
      chainHash: storeSummary.chainHash,
      key: {
        bundledKeyId: this.header?.publicKeyId,
        trustedKeyId: this.trustedKey ? auditKeyId(this.trustedKey) : undefined,
        checkedWith: this.trustedKey ? 'trusted' : this.key ? 'bundled' : 'none',
      },
      checkpoints: summary,
      inclusion: { treeSize: this.inclusionTreeSize, checked: this.inclusionChecked, valid: this.inclusionValid },
      consistency: { checked: this.consistencyProofs.size, valid: [...this.consistencyProofs.values()].filter(Boolean).length },
      beyondLatestCheckpoint: beyond,
      firstDivergence: sorted[0],
      divergences: sorted,
      divergenceCount: this.total,
      notes: this.notes,
    };
  }

  private add(divergence: BundleDivergence): void {
    this.total++;
    if (this.divergences.length < this.limit) this.divergences.push(divergence);
  }

  private malformed(line: number, why: string, position?: number): void {
    this.add({ kind: 'bundle-malformed', source: 'bundle', line, position, detail: `line ${line}: ${why}` });
  }

  /** Moves to a later section; a record of an earlier one after a later one is out of place. */
  private enter(section: Section, line: number, name: string): boolean {
    if (SECTION_ORDER[section] < SECTION_ORDER[this.section]) {
      this.malformed(line, `a ${name} record after the ${this.section} section: records are in the order header, checkpoints, events, proofs, end`);
      return false;
    }
    // Once the events are all read, the checkpoints are checked against them: the proofs need both.
    if (SECTION_ORDER[section] >= SECTION_ORDER.proofs) this.auditCheckpoints();
    this.section = section;
    return true;
  }

  private onHeader(header: BundleHeader, line: number): void {
    if (this.header || this.section !== 'header') {
      this.malformed(line, 'a second header');
      return;
    }
    this.header = header;
    this.section = 'checkpoints';
    if (header.format !== AUDIT_BUNDLE_FORMAT) {
      this.malformed(line, `the format is "${String(header.format)}", not ${AUDIT_BUNDLE_FORMAT}`);
    }
    this.inclusionTreeSize = Number.isSafeInteger(header.inclusionTreeSize) && header.inclusionTreeSize > 0 ? header.inclusionTreeSize : 0;
    let bundled: KeyObject | undefined;
    try {
      bundled = ed25519PublicKey(String(header.publicKey));
    } catch (error) {
      this.malformed(line, `the bundle's public key is not an Ed25519 PEM key (${(error as Error).message})`);
    }
    if (bundled && this.trustedKey && auditKeyId(bundled) !== auditKeyId(this.trustedKey)) {
      this.add({
        kind: 'public-key-mismatch',
        source: 'bundle',
        line,
        detail: `the bundle carries public key ${auditKeyId(bundled).slice(0, 16)}…, not the trusted key ${auditKeyId(this.trustedKey).slice(0, 16)}…: its key was replaced, and whatever it signs proves nothing`,
        expected: auditKeyId(this.trustedKey),
        found: auditKeyId(bundled),
      });
    }
    this.key ??= bundled;
  }

  private onCheckpoint(checkpoint: SignedCheckpoint, line: number): void {
    if (!Number.isSafeInteger(checkpoint.treeSize)) {
      this.malformed(line, 'the checkpoint has no tree size');
      return;
    }
    this.checkpoints.push(checkpoint);
    if (this.key && verifyCheckpointSignature(checkpoint, this.key) && !this.validCheckpoints.has(checkpoint.treeSize)) this.validCheckpoints.set(checkpoint.treeSize, checkpoint);
  }

  private onEvent(event: BundleEvent, line: number): void {
    this.eventCount++;
    const position = event.position;
    if (Number.isSafeInteger(position) && position <= this.lastListedPosition) {
      if (this.eventLines.has(position)) {
        this.add({
          kind: 'event-out-of-order',
          source: 'event',
          position,
          eventId: event.eventId,
          line,
          detail: `line ${line} lists position ${position} again (it is on line ${this.eventLines.get(position)}): an event was added at a position taken`,
        });
      } else {
        // A position skipped earlier: the gap it left is reported as a reordering (asBundleDivergence).
        this.outOfOrder.set(position, line);
      }
      return;
    }
    if (Number.isSafeInteger(position)) {
      this.lastListedPosition = position;
      this.eventLines.set(position, line);
    }
    this.store.add(event);
    if (this.options.retain?.(event)) {
      this.retained.push(event);
      this.retainedPositions.add(position);
    }
  }

  private auditCheckpoints(): ReturnType<typeof auditCheckpoints> {
    if (this.checkpointAudit) return this.checkpointAudit;
    const audit = auditCheckpoints(this.checkpoints, this.store, this.key);
    this.checkpointAudit = audit;
    for (const d of this.store.divergences) this.add(asBundleDivergence(d, this.eventLines, this.outOfOrder));
    for (const d of audit.divergences) this.add(asBundleDivergence(d, this.eventLines, this.outOfOrder));
    return audit;
  }

  private onConsistency(proof: BundleConsistencyProof, line: number): void {
    this.consistencyLines++;
    const from = this.validCheckpoints.get(proof.fromTreeSize);
    const to = this.validCheckpoints.get(proof.toTreeSize);
    if (!from || !to) return; // a proof between checkpoints without valid signatures proves nothing; their signatures are reported
    const path = parseProof(proof.proof);
    const ok = path !== undefined && verifyConsistency(from.treeSize, to.treeSize, Buffer.from(from.rootHash, 'hex'), Buffer.from(to.rootHash, 'hex'), path);
    this.consistencyProofs.set(`${from.treeSize}-${to.treeSize}`, ok);
    if (!ok) {
      this.add({
        kind: 'consistency-proof-invalid',
        source: 'proof',
        line,
        range: { from: 1, to: from.treeSize },
        detail: `line ${line}: the consistency proof from the checkpoint of ${from.treeSize} events to the one of ${to.treeSize} does not verify: the later checkpoint does not extend the earlier history, or the proof was changed`,
        checkpoint: { treeSize: to.treeSize, timestamp: to.timestamp },
      });
    }
  }

  private onInclusion(proof: BundleInclusionProof, line: number): void {
    this.inclusionLines++;
    const position = proof.position;
    const treeSize = proof.treeSize;
    if (!Number.isSafeInteger(position) || !Number.isSafeInteger(treeSize) || position < 1 || position > treeSize) {
      this.malformed(line, 'the inclusion proof names no valid position and tree size');
      return;
    }
    const checkpoint = this.validCheckpoints.get(treeSize);
    if (!checkpoint) {
      // A listed checkpoint of that size with a bad signature is reported as such; the proofs under it add nothing.
      if (!this.unverifiableProofsReported && !this.checkpoints.some((c) => c.treeSize === treeSize)) {
        this.unverifiableProofsReported = true;
        this.add({
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
    const leaf = this.store.hashAt(position);
    const path = parseProof(proof.proof);
    const root = leaf && path ? rootFromInclusionProof(leaf, position - 1, treeSize, path) : undefined;
    const valid = root !== undefined && sameDigest(root, Buffer.from(checkpoint.rootHash, 'hex'));
    if (this.retainedPositions.has(position)) this.retainedProofs.set(position, { position, treeSize, proof: [...proof.proof], valid, rootHash: checkpoint.rootHash });
    if (valid) {
      this.inclusionValid++;
      return;
    }
    // A missing event is reported where it is missing; its proof has nothing to prove.
    if (!leaf) return;
    this.add({
      kind: 'inclusion-proof-invalid',
      source: 'proof',
      position,
      eventId: this.store.eventIdAt(position),
      line,
      detail: `the event listed at position ${position} is not the one the checkpoint of ${treeSize} events signed: its inclusion proof (line ${line}) ${
        root ? `leads to root ${toHex(root).slice(0, 16)}…, not the signed root` : 'is not a proof for this position'
      }`,
      expected: checkpoint.rootHash,
      found: root ? toHex(root) : undefined,
    });
  }

  private reportMissingProofs(audit: ReturnType<typeof auditCheckpoints>): void {
    // A proof is owed between each two successive checkpoints the bundle lists, when both are validly signed.
    const sizes = [...new Set(this.checkpoints.map((c) => c.treeSize))].sort((a, b) => a - b).filter((size) => size <= this.store.size);
    for (let i = 1; i < sizes.length; i++) {
      const [from, to] = [sizes[i - 1], sizes[i]];
      if (this.validCheckpoints.has(from) && this.validCheckpoints.has(to) && !this.consistencyProofs.has(`${from}-${to}`)) {
        this.add({ kind: 'consistency-proof-missing', source: 'proof', detail: `the bundle holds no consistency proof from the checkpoint of ${from} events to the one of ${to}` });
      }
    }
    const treeSize = this.inclusionTreeSize;
    if (treeSize === 0 || !this.validCheckpoints.has(treeSize) || audit.summary.coveredUpTo < treeSize) return;
    const seen = this.inclusionSeen ?? new Uint8Array(treeSize);
    let from = -1;
    for (let i = 0; i <= treeSize; i++) {
      const missing = i < treeSize && seen[i] === 0 && this.store.hashAt(i + 1) !== undefined;
      if (missing && from < 0) from = i;
      if (!missing && from >= 0) {
        this.add({
          kind: 'inclusion-proof-missing',
          source: 'proof',
          position: from + 1,
          eventId: this.store.eventIdAt(from + 1),
          range: { from: from + 1, to: i },
          detail: from + 1 === i ? `the bundle holds no inclusion proof for position ${i}` : `the bundle holds no inclusion proofs for positions ${from + 1} to ${i}`,
        });
        from = -1;
      }
    }
  }
}

function parseProof(proof: unknown): Buffer[] | undefined {
  if (!Array.isArray(proof)) return undefined;
  const path: Buffer[] = [];
  for (const node of proof) {
    const digest = typeof node === 'string' ? fromHex(node) : undefined;
    if (!digest) return undefined;
    path.push(digest);
  }
  return path;
}

/** A divergence of the store pass, in the words of a bundle: the bundle's events stand where the store's rows stood. */
function asBundleDivergence(d: Divergence, lines: ReadonlyMap<number, number>, outOfOrder: ReadonlyMap<number, number>): BundleDivergence {
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
