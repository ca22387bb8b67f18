/**
 * The audit bundle: everything an auditor needs to check the ledger's history on a machine
 * of their own, with no database and no broker. One UTF-8 file of JSON lines (see
 * docs/audit-bundle-format.md, the specification), each line one record under one member name:
 *
 *   {"bundle": {...}}        the header: format, when exported, counts, the public key (PEM)
 *   {"checkpoint": {...}}    each signed checkpoint, smallest tree first
 *   {"event": {...}}         each event as recorded, with its hash and chain hash, in position order
 *   {"consistency": {...}}   RFC 6962 consistency proof between each two successive checkpoints
 *   {"inclusion": {...}}     RFC 6962 inclusion proof of each event under the latest checkpoint
 *   {"end": {...}}           the counts again: a file cut short lacks it
 *
 * This module writes the records (the exporter feeds it what it reads from the store) and
 * names their shapes; bundle-verifier.ts reads them back.
 */
import { KeyInput, SignedCheckpoint, auditKeyId, ed25519PublicKey } from './checkpoint';
import { toHex } from './digest';
import { eventHash } from './event-hash';
import { MerkleTree } from './merkle';
import { HashedEvent } from './hashed-event';

export const AUDIT_BUNDLE_FORMAT = 'consultation-ledger/audit-bundle/v1';
/** The media type the bundle is served with. */
export const AUDIT_BUNDLE_MEDIA_TYPE = 'application/x-ndjson';

export interface BundleHeader {
  readonly format: string;
  readonly exportedAt: string;
  /** Events in the bundle, and the highest position among them. */
  readonly events: number;
  readonly headPosition: number;
  readonly checkpoints: number;
  /** The tree size the inclusion proofs are given under (the latest checkpoint's; 0 when there is none). */
  readonly inclusionTreeSize: number;
  /** SPKI PEM of the key the ledger signs checkpoints with, and its key id. */
  readonly publicKey: string;
  readonly publicKeyId: string;
}

/** An event as the bundle lists it: as recorded, with its hash and chain hash in lowercase hex. */
export interface BundleEvent {
  readonly position: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: unknown;
  readonly metadata: unknown;
  readonly recordedAt: string;
  readonly hash: string;
  readonly chainHash: string;
}

export interface BundleInclusionProof {
  readonly position: number;
  readonly treeSize: number;
  /** The audit path, leaf to root, lowercase hex. */
  readonly proof: readonly string[];
}

export interface BundleConsistencyProof {
  readonly fromTreeSize: number;
  readonly toTreeSize: number;
  readonly proof: readonly string[];
}

export interface BundleEnd {
  readonly events: number;
  readonly checkpoints: number;
  readonly consistencyProofs: number;
  readonly inclusionProofs: number;
}

export type BundleRecord =
  | { readonly bundle: BundleHeader }
  | { readonly checkpoint: SignedCheckpoint }
  | { readonly event: BundleEvent }
  | { readonly consistency: BundleConsistencyProof }
  | { readonly inclusion: BundleInclusionProof }
  | { readonly end: BundleEnd };

const hexOf = (value: Uint8Array | string | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value.toLowerCase() : toHex(value);

/** One line of the bundle (with its newline). */
export function bundleLine(record: BundleRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export interface BundleWriterOptions {
  /** The key that verifies the checkpoints (public, or the private key whose public half is meant). */
  readonly publicKey: KeyInput;
  readonly checkpoints: readonly SignedCheckpoint[];
  /** The store's head position when the export began, and how many events it holds up to there, for the header. */
  readonly headPosition: number;
  readonly events?: number;
  readonly exportedAt?: string;
}

/**
 * Writes a bundle record by record through `write`, which may ask to wait (a stream's
 * backpressure): `start`, then `event` for every event in position order, then `finish`.
 * It keeps the Merkle tree over the events' recorded hashes (recomputed where none is
 * recorded) to prove each event and each checkpoint from it: a proof made of what the store
 * recorded verifies against a signed root for every event still as recorded, and fails
 * exactly at an event changed since.
 */
export class AuditBundleWriter {
  private readonly tree = new MerkleTree();
  private readonly checkpoints: SignedCheckpoint[];
  private readonly publicKeyPem: string;
  private readonly publicKeyId: string;
  private events = 0;
  private lastPosition = 0;
  private pending = '';

  constructor(
    private readonly options: BundleWriterOptions,
    private readonly write: (text: string) => void | Promise<void>,
  ) {
    const key = ed25519PublicKey(options.publicKey);
    this.publicKeyPem = key.export({ type: 'spki', format: 'pem' }).toString();
    this.publicKeyId = auditKeyId(key);
    // Checkpoints of more events than the store holds cannot be proven from it; they are still listed.
    this.checkpoints = [...options.checkpoints].sort((a, b) => a.treeSize - b.treeSize);
  }

  /** The tree size inclusion proofs are given under: the largest checkpoint the store's head covers. */
  private get inclusionTreeSize(): number {
    const covered = this.checkpoints.filter((c) => c.treeSize <= this.options.headPosition);
    return covered.length === 0 ? 0 : covered[covered.length - 1].treeSize;
  }

  async start(): Promise<void> {
    const header: BundleHeader = {
      format: AUDIT_BUNDLE_FORMAT,
      exportedAt: this.options.exportedAt ?? new Date().toISOString(),
      events: this.options.events ?? this.options.headPosition,
      headPosition: this.options.headPosition,
      checkpoints: this.checkpoints.length,
      inclusionTreeSize: this.inclusionTreeSize,
      publicKey: this.publicKeyPem,
      publicKeyId: this.publicKeyId,
    };
    await this.emit({ bundle: header });
    for (const checkpoint of this.checkpoints) {
      const { treeSize, rootHash, chainHash, timestamp, keyId, signature } = checkpoint;
      await this.emit({ checkpoint: { treeSize, rootHash, chainHash, timestamp, keyId, signature } });
    }
  }

  /** The next event, in position order, with the hashes recorded beside it. */
  async event(event: HashedEvent): Promise<void> {
    const recorded = typeof event.hash === 'string' ? Buffer.from(event.hash, 'hex') : event.hash;
    const leaf = recorded && recorded.length === 32 ? recorded : eventHash(event);
    this.tree.append(leaf);
    this.events++;
    this.lastPosition = event.position;
    const line: BundleEvent = {
      position: event.position,
      eventId: event.eventId,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      type: event.type,
      schemaVersion: event.schemaVersion,
      payload: event.payload,
      metadata: event.metadata,
      recordedAt: event.recordedAt,
      hash: hexOf(event.hash),
      chainHash: hexOf(event.chainHash),
    };
    await this.emit({ event: line });
  }

  /** The proofs and the closing line. */
  async finish(): Promise<BundleEnd> {
    const size = this.tree.size;
    const provable = this.checkpoints.filter((c) => c.treeSize <= size);
    let consistencyProofs = 0;
    for (let i = 1; i < provable.length; i++) {
      const from = provable[i - 1].treeSize;
      const to = provable[i].treeSize;
      if (from === to) continue;
      await this.emit({ consistency: { fromTreeSize: from, toTreeSize: to, proof: this.tree.consistencyProof(from, to).map(toHex) } });
      consistencyProofs++;
    }
    const treeSize = Math.min(this.inclusionTreeSize, size);
    // Leaf i is the event at position i + 1 as long as the store has no gap; a gap is the verifier's to find.
    for (let index = 0; index < treeSize; index++) {
      await this.emit({ inclusion: { position: index + 1, treeSize, proof: this.tree.inclusionProof(index, treeSize).map(toHex) } });
    }
    const end: BundleEnd = { events: this.events, checkpoints: this.checkpoints.length, consistencyProofs, inclusionProofs: treeSize };
    await this.emit({ end });
    await this.flush();
    return end;
  }

  get lastEventPosition(): number {
    return this.lastPosition;
  }

  private async emit(record: BundleRecord): Promise<void> {
    this.pending += bundleLine(record);
    // Lines go out in chunks of about 64 KiB: one write per line would cost more than the line.
    if (this.pending.length >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    await this.write(chunk);
  }
}
