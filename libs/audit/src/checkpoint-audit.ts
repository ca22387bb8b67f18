import { KeyObject } from 'node:crypto';
import { toHex } from './digest';
import { verifyConsistency } from './merkle';
import { KeyInput, SignedCheckpoint, auditKeyId, ed25519PublicKey, verifyCheckpointSignature } from './checkpoint';
import { Divergence } from './divergence';
import { KafkaAudit } from './kafka-audit';
import { StoreAudit } from './store-audit';

/** A signed checkpoint as stored, with the store's id for it when it has one. */
export interface StoredCheckpoint extends SignedCheckpoint {
  readonly id?: string;
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
    const ok = verifyConsistency(
      finding.treeSize,
      latest.treeSize,
      Buffer.from(finding.rootHash, 'hex'),
      Buffer.from(latest.rootHash, 'hex'),
      proof,
    );
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
  const latestFinding =
    latest && withConsistency.find((f) => f.id === latest.id && f.treeSize === latest.treeSize && f.timestamp === latest.timestamp);
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
