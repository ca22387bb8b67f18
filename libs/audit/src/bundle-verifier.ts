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
import { firstDuplicateMember } from './duplicate-members';
import { rootFromInclusionProof, verifyConsistency } from './merkle';
import { CheckpointsSummary, Divergence, StoreAudit, auditCheckpoints } from './verification';

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
    /** The key id of the key the bundle carries, computed from the key itself. */
    readonly bundledKeyId?: string;
    /** The key id the header states (publicKeyId); a divergence when it is not bundledKeyId. */
    readonly statedKeyId?: string;
    /** The key id of the key given by the auditor, when one was. */
    readonly trustedKeyId?: string;
    /** Which key the signatures were checked with. */
    readonly checkedWith: 'trusted' | 'bundled' | 'none';
    /** The id of the key every validly signed checkpoint was signed with (the key checked with), when at least one verifies. */
    readonly signedByKeyId?: string;
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

/** The members each record may have (bundle-format: docs/audit-bundle-format.md). */
const MEMBERS = {
  bundle: ['format', 'exportedAt', 'events', 'headPosition', 'checkpoints', 'inclusionTreeSize', 'publicKey', 'publicKeyId'],
  checkpoint: ['treeSize', 'rootHash', 'chainHash', 'timestamp', 'keyId', 'signature'],
  event: ['position', 'eventId', 'streamId', 'streamVersion', 'type', 'schemaVersion', 'payload', 'metadata', 'recordedAt', 'hash', 'chainHash'],
  consistency: ['fromTreeSize', 'toTreeSize', 'proof'],
  inclusion: ['position', 'treeSize', 'proof'],
  end: ['events', 'checkpoints', 'consistencyProofs', 'inclusionProofs'],
} as const satisfies Record<string, readonly string[]>;
const MEMBER_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(MEMBERS).map(([name, members]) => [name, new Set<string>(members)]));

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
  private lastInclusionPosition = 0;
  private staleProofsReported = false;
  private covered?: { readonly key: string; readonly size: number };
  private readonly checkpointSizes = new Set<number>();
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
    this.keyId = this.key ? auditKeyId(this.key) : undefined;
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
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.malformed(line, `its ${name} is not an object`);
      return;
    }
    this.checkMembers(name, value as Record<string, unknown>, text, line);
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

  /** Every member defined by the format, once: what no hash or signature covers could say anything. */
  private checkMembers(name: string, value: Record<string, unknown>, text: string, line: number): void {
    const position = name === 'event' && Number.isSafeInteger(value.position) ? (value.position as number) : undefined;
    const eventId = name === 'event' && typeof value.eventId === 'string' ? value.eventId : undefined;
    const duplicate = firstDuplicateMember(text);
    if (duplicate !== undefined) {
      this.add({
        kind: 'duplicate-member',
        source: name === 'event' ? 'event' : 'bundle',
        line,
        position,
        eventId,
        detail: `line ${line} names ${duplicate} twice: a JSON reader keeps one or the other, so the line says two things and a hash covers only one of them`,
      });
    }
    const allowed = MEMBER_SETS[name];
    if (!allowed) return;
    // An event lacking a field is reported by what its hash then fails to be (event-malformed, event-hash-missing).
    const missing = name === 'event' ? [] : MEMBERS[name as keyof typeof MEMBERS].filter((member) => !(member in value));
    if (missing.length > 0) this.malformed(line, `the ${name} record lacks ${missing.map((member) => JSON.stringify(member)).join(', ')}`);
    const extra = Object.keys(value).filter((member) => !allowed.has(member));
    if (extra.length === 0) return;
    const names = extra.map((member) => JSON.stringify(member)).join(', ');
    if (name === 'event') {
      this.add({
        kind: 'event-unhashed-member',
        source: 'event',
        line,
        position,
        eventId,
        detail: `line ${line}: the event has ${names} besides its nine hashed fields and its recorded hashes; no hash covers ${extra.length === 1 ? 'it' : 'them'}, so nothing proves what ${extra.length === 1 ? 'it says' : 'they say'}`,
      });
    } else if (name === 'checkpoint') {
      const treeSize = Number.isSafeInteger(value.treeSize) ? (value.treeSize as number) : undefined;
      this.add({
        kind: 'checkpoint-unsigned-member',
        source: 'checkpoint',
        line,
        detail: `line ${line}: the checkpoint has ${names}, which its signature does not cover`,
        ...(treeSize !== undefined ? { checkpoint: { treeSize, timestamp: String(value.timestamp) } } : {}),
      });
    } else {
      this.add({ kind: 'unknown-member', source: name === 'bundle' || name === 'end' ? 'bundle' : 'proof', line, detail: `line ${line}: the ${name} record has ${names}, which the format does not define` });
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
    this.checkHeaderCounts();
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
        bundledKeyId: this.bundledKeyId,
        statedKeyId: typeof this.header?.publicKeyId === 'string' ? this.header.publicKeyId : undefined,
        trustedKeyId: this.trustedKey ? auditKeyId(this.trustedKey) : undefined,
        checkedWith: this.trustedKey ? 'trusted' : this.key ? 'bundled' : 'none',
        signedByKeyId: summary.validSignatures > 0 ? this.keyId : undefined,
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

  /** The largest checkpoint the listed events reach: the tree size inclusion proofs are owed under. */
  private get coveredCheckpointSize(): number {
    // Asked for each inclusion proof: computed again only when an event or a checkpoint was listed since.
    const key = `${this.lastListedPosition}/${this.checkpoints.length}`;
    if (this.covered?.key !== key) {
      this.covered = { key, size: this.checkpoints.reduce((max, c) => (c.treeSize <= this.lastListedPosition && c.treeSize > max ? c.treeSize : max), 0) };
    }
    return this.covered.size;
  }

  /** The header's counts against what the bundle holds: a header that misstates them misleads whoever reads only it. */
  private checkHeaderCounts(): void {
    const header = this.header;
    if (!header) return;
    const found = { events: this.eventCount, headPosition: this.lastListedPosition, checkpoints: this.checkpoints.length, inclusionTreeSize: this.coveredCheckpointSize };
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
    if (this.key && verifyCheckpointSignature(checkpoint, this.key) && !this.validCheckpoints.has(checkpoint.treeSize)) this.validCheckpoints.set(checkpoint.treeSize, checkpoint);
  }

  private onEvent(event: BundleEvent, line: number): void {
    this.eventCount++;
    const unwritten = (['hash', 'chainHash'] as const).filter((member) => typeof event[member] === 'string' && event[member] !== '' && !LOWERCASE_DIGEST.test(event[member]));
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
    if (!this.successivePairs().has(`${proof.fromTreeSize}-${proof.toTreeSize}`)) {
      this.add({
        kind: 'consistency-proof-unexpected',
        source: 'proof',
        line,
        detail: `line ${line}: a consistency proof from ${JSON.stringify(proof.fromTreeSize)} to ${JSON.stringify(proof.toTreeSize)} events, which are not two successive checkpoints of the bundle`,
      });
      return;
    }
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
    if (position <= this.lastInclusionPosition) {
      this.add({
        kind: 'inclusion-proof-out-of-order',
        source: 'proof',
        line,
        position,
        detail: `line ${line}: an inclusion proof for position ${position} after the one for position ${this.lastInclusionPosition}; each position is proven once, in position order`,
      });
      return;
    }
    this.lastInclusionPosition = position;
    const owed = this.coveredCheckpointSize;
    if (treeSize < owed && this.checkpointSizes.has(treeSize)) {
      // An older root proves the event was there then, not that the latest signature covers it as listed.
      if (!this.staleProofsReported) {
        this.staleProofsReported = true;
        this.add({
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

  /** "from-to" for each two successive tree sizes among the listed checkpoints the events reach. */
  private successivePairs(): ReadonlySet<string> {
    const sizes = [...new Set(this.checkpoints.map((c) => c.treeSize))].sort((a, b) => a - b).filter((size) => size <= this.store.size);
    return new Set(sizes.slice(1).map((to, i) => `${sizes[i]}-${to}`));
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

const LOWERCASE_DIGEST = /^[0-9a-f]{64}$/;

function parseProof(proof: unknown): Buffer[] | undefined {
  if (!Array.isArray(proof)) return undefined;
  const path: Buffer[] = [];
  for (const node of proof) {
    // The format writes digests in lowercase hex only; another spelling is not a proof node.
    const digest = typeof node === 'string' && LOWERCASE_DIGEST.test(node) ? fromHex(node) : undefined;
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
