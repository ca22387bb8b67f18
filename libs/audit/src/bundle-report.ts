import type { AuditNote } from './audit-notes';
/** What the offline verification of an audit bundle is given and what it reports. */
import { KeyInput } from './checkpoint';
import { BundleEvent } from './bundle';
import { BundleDivergence } from './bundle-divergence';
import { CheckpointsSummary } from './checkpoint-audit';

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
  /** The notes of this verification as message keys, for readers of other languages. */
  readonly noteMessages?: readonly AuditNote[];
}
