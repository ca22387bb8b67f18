import { AuditNote, auditNotes } from './audit-notes';
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
 *
 * The lines are read as records by bundle-records.ts, the proofs checked by bundle-proofs.ts,
 * and what is found named by bundle-divergence.ts.
 */
import { KeyObject } from 'node:crypto';
import { SignedCheckpoint, auditKeyId, ed25519PublicKey, verifyCheckpointSignature } from './checkpoint';
import { toHex } from './digest';
import { AUDIT_BUNDLE_FORMAT, BundleConsistencyProof, BundleEnd, BundleEvent, BundleHeader, BundleInclusionProof } from './bundle';
import { BundleDivergence, BundleDivergenceLog, asBundleDivergence, compareBundleDivergences } from './bundle-divergence';
import { BundleProofChecks, RetainedProof } from './bundle-proofs';
import { LOWERCASE_DIGEST, SECTION_ORDER, Section, readBundleLine } from './bundle-records';
import { BundleReport, BundleVerifierOptions } from './bundle-report';
import { CheckpointsAudit, auditCheckpoints } from './checkpoint-audit';
import { StoreAudit } from './store-audit';

export type { BundleDivergence, BundleDivergenceKind } from './bundle-divergence';
export { compareBundleDivergences } from './bundle-divergence';
export type { RetainedProof } from './bundle-proofs';
export type { BundleReport, BundleVerifierOptions } from './bundle-report';

/** Verifies a bundle fed line by line; see the module comment. */
export class BundleVerifier {
  private readonly store = new StoreAudit({ maxDivergences: 100_000 });
  private readonly log: BundleDivergenceLog;
  private readonly proofs: BundleProofChecks;
  private readonly notes: string[] = [];
  private readonly trustedKey?: KeyObject;
  private key?: KeyObject;
  /** The id of `key`, computed from it. */
  private keyId?: string;
  /** The id of the key the header carries, computed from it. */
  private bundledKeyId?: string;
  private header?: BundleHeader;
  private section: Section = 'header';
  private lineNumber = 0;
  private readonly checkpoints: SignedCheckpoint[] = [];
  /** The tree size of the checkpoint line before, to hold them to strictly increasing sizes. */
  private lastCheckpointSize = -1;
  private covered?: { readonly key: string; readonly size: number };
  private readonly checkpointSizes = new Set<number>();
  private readonly validCheckpoints = new Map<number, SignedCheckpoint>();
  private checkpointAudit?: CheckpointsAudit;
  private end?: BundleEnd;
  private eventCount = 0;
  private lastListedPosition = 0;
  /** Positions listed after a higher one, and the line each was on. */
  private readonly outOfOrder = new Map<number, number>();
  private readonly eventLines = new Map<number, number>();
  private readonly retained: BundleEvent[] = [];
  private readonly retainedPositions = new Set<number>();

  constructor(private readonly options: BundleVerifierOptions = {}) {
    this.log = new BundleDivergenceLog(options.maxDivergences ?? 1000);
    this.proofs = new BundleProofChecks(
      {
        store: this.store,
        checkpoints: this.checkpoints,
        checkpointSizes: this.checkpointSizes,
        validCheckpoints: this.validCheckpoints,
        retainedPositions: this.retainedPositions,
        coveredCheckpointSize: () => this.coveredCheckpointSize,
      },
      this.log,
    );
    if (options.trustedPublicKey !== undefined) this.trustedKey = ed25519PublicKey(options.trustedPublicKey);
    this.key = this.trustedKey;
    this.keyId = this.key ? auditKeyId(this.key) : undefined;
  }

  /** The events kept for a replay (options.retain), in the order listed. */
  get retainedEvents(): readonly BundleEvent[] {
    return this.retained;
  }

  /** The bundle's inclusion proof of a retained event, once read. */
  retainedProof(position: number): RetainedProof | undefined {
    return this.proofs.retainedProof(position);
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
    const record = readBundleLine(text, line, this.log);
    if (!record) return;
    const { name, value } = record;
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
        return this.proofs.checkConsistency(value as BundleConsistencyProof, line);
      case 'inclusion':
        if (!this.enter('proofs', line, name)) return;
        return this.proofs.checkInclusion(value as BundleInclusionProof, line);
      case 'end':
        if (this.end) {
          this.malformed(line, 'a second closing line');
          return;
        }
        if (!this.enter('ended', line, name)) return;
        this.end = value as BundleEnd;
        return;
      default:
        this.malformed(line, `"${name}" is not a record of the bundle`);
    }
  }

  /** Ends the verification: what is missing is reported, and the report made. */
  finish(): BundleReport {
    if (!this.header)
      this.add({
        kind: 'bundle-malformed',
        source: 'bundle',
        detail: 'the bundle has no header line ({"bundle": ...}): it is not an audit bundle',
      });
    const audit = this.auditCheckpoints();
    this.proofs.reportMissing(audit.summary.coveredUpTo);
    if (!this.end) {
      this.add({
        kind: 'bundle-incomplete',
        source: 'bundle',
        detail: `the bundle ends at line ${this.lineNumber} without its closing line ({"end": ...}): the file was cut short`,
      });
    } else {
      const found: BundleEnd = {
        events: this.eventCount,
        checkpoints: this.checkpoints.length,
        consistencyProofs: this.proofs.consistencyLines,
        inclusionProofs: this.proofs.inclusionLines,
      };
      const differing = (Object.keys(found) as (keyof BundleEnd)[]).filter((k) => this.end![k] !== found[k]);
      if (differing.length > 0) {
        this.add({
          kind: 'bundle-count-mismatch',
          source: 'bundle',
          detail: `the closing line counts ${differing.map((k) => `${this.end![k]} ${k}`).join(', ')}; the bundle holds ${differing.map((k) => `${found[k]} ${k}`).join(', ')}: lines were removed or added`,
        });
      }
    }
    this.checkHeaderCounts();
    const summary = audit.summary;
    const latestValid = summary.coveredUpTo;
    const beyond = Math.max(0, this.store.size - latestValid);
    const noteMessages: AuditNote[] = [];
    if (this.key === undefined) noteMessages.push(auditNotes.noPublicKey());
    else if (!this.trustedKey) noteMessages.push(auditNotes.bundleKeyUntrusted());
    if (beyond > 0 && latestValid > 0) noteMessages.push(auditNotes.beyondCheckpoint(beyond, latestValid));
    if (summary.count === 0) noteMessages.push(auditNotes.bundleNoCheckpoint());
    this.notes.push(...noteMessages.map((note) => note.text));
    const sorted = [...this.log.items].sort(compareBundleDivergences);
    const storeSummary = this.store.summary();
    return {
      ok: this.log.total === 0,
      format: this.header?.format,
      exportedAt: this.header?.exportedAt,
      events: this.store.size,
      headPosition: this.store.headPosition,
      rootHash: storeSummary.rootHash,
      chainHash: storeSummary.chainHash,
      key: {
        bundledKeyId: this.bundledKeyId,
        statedKeyId: typeof this.header?.publicKeyId === 'string' ? this.header.publicKeyId : undefined,
        trustedKeyId: this.trustedKey ? auditKeyId(this.trustedKey) : undefined,
        checkedWith: this.trustedKey ? 'trusted' : this.key ? 'bundled' : 'none',
        signedByKeyId: summary.validSignatures > 0 ? this.keyId : undefined,
      },
      checkpoints: summary,
      inclusion: this.proofs.inclusionSummary,
      consistency: this.proofs.consistencySummary,
      beyondLatestCheckpoint: beyond,
      firstDivergence: sorted[0],
      divergences: sorted,
      divergenceCount: this.log.total,
      notes: this.notes,
      noteMessages,
    };
  }

  /** The largest checkpoint the listed events reach: the tree size inclusion proofs are owed under. */
  private get coveredCheckpointSize(): number {
    // Asked for each inclusion proof: computed again only when an event or a checkpoint was listed since.
    const key = `${this.lastListedPosition}/${this.checkpoints.length}`;
    if (this.covered?.key !== key) {
      this.covered = {
        key,
        size: this.checkpoints.reduce((max, c) => (c.treeSize <= this.lastListedPosition && c.treeSize > max ? c.treeSize : max), 0),
      };
    }
    return this.covered.size;
  }

  /** The header's counts against what the bundle holds: a header that misstates them misleads whoever reads only it. */
  private checkHeaderCounts(): void {
    const header = this.header;
    if (!header) return;
    const found = {
      events: this.eventCount,
      headPosition: this.lastListedPosition,
      checkpoints: this.checkpoints.length,
      inclusionTreeSize: this.coveredCheckpointSize,
    };
    const differing = (Object.keys(found) as (keyof typeof found)[]).filter((k) => header[k] !== found[k]);
    if (differing.length === 0) return;
    this.add({
      kind: 'header-count-mismatch',
      source: 'bundle',
      line: 1,
      detail: `the header states ${differing.map((k) => `${k} ${JSON.stringify(header[k])}`).join(', ')}; the bundle holds ${differing.map((k) => `${k} ${found[k]}`).join(', ')}`,
    });
  }

  private add(divergence: BundleDivergence): void {
    this.log.add(divergence);
  }

  private malformed(line: number, why: string): void {
    this.log.malformed(line, why);
  }

  /** Moves to a later section; a record of an earlier one after a later one is out of place. */
  private enter(section: Section, line: number, name: string): boolean {
    if (SECTION_ORDER[section] < SECTION_ORDER[this.section]) {
      this.malformed(
        line,
        `a ${name} record after the ${this.section} section: records are in the order header, checkpoints, events, proofs, end`,
      );
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
    this.proofs.inclusionTreeSize =
      Number.isSafeInteger(header.inclusionTreeSize) && header.inclusionTreeSize > 0 ? header.inclusionTreeSize : 0;
    let bundled: KeyObject | undefined;
    try {
      bundled = ed25519PublicKey(String(header.publicKey));
    } catch (error) {
      this.malformed(line, `the bundle's public key is not an Ed25519 PEM key (${(error as Error).message})`);
    }
    if (bundled) {
      this.bundledKeyId = auditKeyId(bundled);
      if (header.publicKeyId !== this.bundledKeyId) {
        this.add({
          kind: 'public-key-id-mismatch',
          source: 'bundle',
          line,
          detail: `the header names key id ${String(header.publicKeyId).slice(0, 16)}…, but the key it carries has id ${this.bundledKeyId.slice(0, 16)}… (SHA-256 of its DER SubjectPublicKeyInfo): the id was not derived from the key, and names a key that is not there`,
          expected: this.bundledKeyId,
          found: typeof header.publicKeyId === 'string' ? header.publicKeyId : undefined,
        });
      }
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
    if (!this.key && bundled) {
      this.key = bundled;
      this.keyId = this.bundledKeyId;
    }
  }

  private onCheckpoint(checkpoint: SignedCheckpoint, line: number): void {
    if (!Number.isSafeInteger(checkpoint.treeSize)) {
      this.malformed(line, 'the checkpoint has no tree size');
      return;
    }
    const where = { treeSize: checkpoint.treeSize, timestamp: String(checkpoint.timestamp) };
    if (checkpoint.treeSize <= this.lastCheckpointSize) {
      const repeated = checkpoint.treeSize === this.lastCheckpointSize || this.checkpoints.some((c) => c.treeSize === checkpoint.treeSize);
      this.add({
        kind: repeated ? 'checkpoint-repeated' : 'checkpoint-out-of-order',
        source: 'checkpoint',
        line,
        checkpoint: where,
        detail: repeated
          ? `line ${line}: a second checkpoint of ${checkpoint.treeSize} events; the ledger signs one checkpoint per tree size`
          : `line ${line}: the checkpoint of ${checkpoint.treeSize} events is listed after the one of ${this.lastCheckpointSize}; checkpoints are listed smallest tree first`,
      });
    }
    this.lastCheckpointSize = Math.max(this.lastCheckpointSize, checkpoint.treeSize);
    this.checkpoints.push(checkpoint);
    this.checkpointSizes.add(checkpoint.treeSize);
    if (this.keyId !== undefined && checkpoint.keyId !== this.keyId) {
      this.add({
        kind: 'checkpoint-key-id-mismatch',
        source: 'checkpoint',
        line,
        checkpoint: where,
        detail: `line ${line}: the checkpoint of ${checkpoint.treeSize} events names key ${String(checkpoint.keyId).slice(0, 16)}…, but it is checked with key ${this.keyId.slice(0, 16)}… (${this.trustedKey ? 'the trusted key' : 'the key the bundle carries'}): a checkpoint names the key that signed it`,
        expected: this.keyId,
        found: typeof checkpoint.keyId === 'string' ? checkpoint.keyId : undefined,
      });
    }
    if (this.key && verifyCheckpointSignature(checkpoint, this.key) && !this.validCheckpoints.has(checkpoint.treeSize))
      this.validCheckpoints.set(checkpoint.treeSize, checkpoint);
  }

  private onEvent(event: BundleEvent, line: number): void {
    this.eventCount++;
    const unwritten = (['hash', 'chainHash'] as const).filter(
      (member) => typeof event[member] === 'string' && event[member] !== '' && !LOWERCASE_DIGEST.test(event[member]),
    );
    if (unwritten.length > 0) {
      this.add({
        kind: 'event-malformed',
        source: 'event',
        line,
        position: Number.isSafeInteger(event.position) ? event.position : undefined,
        eventId: typeof event.eventId === 'string' ? event.eventId : undefined,
        detail: `line ${line}: the event's ${unwritten.join(' and ')} ${unwritten.length === 1 ? 'is' : 'are'} not 64 lowercase hex digits`,
      });
    }
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

  private auditCheckpoints(): CheckpointsAudit {
    if (this.checkpointAudit) return this.checkpointAudit;
    const audit = auditCheckpoints(this.checkpoints, this.store, this.key);
    this.checkpointAudit = audit;
    for (const d of this.store.divergences) this.add(asBundleDivergence(d, this.eventLines, this.outOfOrder));
    for (const d of audit.divergences) this.add(asBundleDivergence(d, this.eventLines, this.outOfOrder));
    return audit;
  }
}
