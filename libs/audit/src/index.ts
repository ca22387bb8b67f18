/**
 * Tamper evidence for the ledger's history, as pure functions usable from a plain Node
 * script: the canonical form of an event and its hash, the hash chain, the RFC 6962 Merkle
 * tree with inclusion and consistency proofs, Ed25519-signed checkpoints, and the
 * verification of a history from the store, Kafka and the checkpoints.
 * No NestJS, TypeORM or kafkajs here; only node:crypto.
 */
export * from './canonical-json';
export * from './digest';
export * from './event-hash';
export * from './merkle';
export * from './checkpoint';
export * from './range-digests';
export * from './verification';
export * from './report-text';
