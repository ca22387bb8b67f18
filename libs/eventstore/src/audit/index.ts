/*
 * The audit of the recorded history where it is kept: the event store read in one snapshot,
 * the events topic read from offset 0, signed checkpoints written beside the events, and the
 * audit bundle exported from and restored into the store. The hashing, the proofs and the
 * verdicts are libs/audit's pure functions; the ledger and the CLI both run these.
 */
export { EMBEDDED_KAFKA_NOTE, verifyRecordedHistory } from './history-verifier';
export type { HistoryVerificationOptions, VerificationTimings } from './history-verifier';
export { defaultStoreWorkers } from './parallel-store-pass';
export { CheckpointWriter } from './checkpoint-writer';
export type { WrittenCheckpoint } from './checkpoint-writer';
export { exportAuditBundle, explainProvisionFromStore } from './bundle-export';
export type { BundleExportOptions, ProvisionWhyOptions } from './bundle-export';
export { restoreAuditBundle } from './bundle-restore';
export type { BundleRestoreOptions, BundleRestoreResult } from './bundle-restore';
