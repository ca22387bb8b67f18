/**
 * Tamper evidence for the ledger's history, as pure functions usable from a plain Node
 * script: the canonical form of an event and its hash, the hash chain, the RFC 6962 Merkle
 * tree with inclusion and consistency proofs, Ed25519-signed checkpoints, and the
 * verification of a history from the store, Kafka and the checkpoints; the audit bundle
 * (export format and offline verifier), and the replay of consultations, document texts and
 * a provision's provenance from the events alone (with the pure libs/domain and libs/text).
 * No NestJS, TypeORM or kafkajs here; only node:crypto and the pure libraries.
 */
export * from './audit-notes';
export * from './canonical-json';
export * from './digest';
export * from './event-hash';
export * from './merkle';
export * from './checkpoint';
export * from './range-digests';
export * from './verification';
export * from './report-text';
export * from './bundle';
export * from './bundle-verifier';
export * from './bundle-report-text';
export * from './bundle-report-words';
export * from './replay';
