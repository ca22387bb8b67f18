import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  CHECKPOINT_FORMAT,
  Checkpoint,
  CheckpointFormatError,
  auditKeyId,
  checkpointStatement,
  generateAuditSigningKey,
  signCheckpoint,
  verifyCheckpointSignature,
} from './checkpoint';

const checkpoint: Checkpoint = {
  treeSize: 1000,
  rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  chainHash: 'e0d83d17456605768ba3870380e0873211aff7ad4f8bb4a02a90a3a9cb13e32b',
  timestamp: '2026-04-10T16:45:00.250Z',
};

describe('signed checkpoints', () => {
  const key = generateAuditSigningKey();

  it('sign the canonical JSON statement of tree size, root, chain hash and time', () => {
    expect(checkpointStatement(checkpoint)).toBe(
      `{"chainHash":"${checkpoint.chainHash}","format":"${CHECKPOINT_FORMAT}","rootHash":"${checkpoint.rootHash}","timestamp":"2026-04-10T16:45:00.250Z","treeSize":1000}`,
    );
    const signed = signCheckpoint(checkpoint, key.privateKeyPem);
    expect(signed).toMatchObject(checkpoint);
    expect(Buffer.from(signed.signature, 'base64')).toHaveLength(64);
    expect(signed.keyId).toBe(auditKeyId(key.publicKeyPem));
    expect(verifyCheckpointSignature(signed, key.publicKeyPem)).toBe(true);
  });

  it('verify with the public key, given as PEM, as a key object, or derived from the private key', () => {
    const signed = signCheckpoint(checkpoint, key.privateKeyPem);
    expect(verifyCheckpointSignature(signed, createPublicKey(key.publicKeyPem))).toBe(true);
    expect(verifyCheckpointSignature(signed, key.privateKeyPem)).toBe(true);
  });

  it('refuse a checkpoint with any signed field changed', () => {
    const signed = signCheckpoint(checkpoint, key.privateKeyPem);
    for (const change of [
      { treeSize: 1001 },
      { rootHash: checkpoint.chainHash },
      { chainHash: checkpoint.rootHash },
      { timestamp: '2026-04-10T16:45:00.251Z' },
    ]) {
      expect(verifyCheckpointSignature({ ...signed, ...change }, key.publicKeyPem)).toBe(false);
    }
  });

  it('refuse a checkpoint signed with another key, even when it names the configured key', () => {
    const other = generateAuditSigningKey();
    const forged = { ...signCheckpoint(checkpoint, other.privateKeyPem), keyId: auditKeyId(key.publicKeyPem) };
    expect(verifyCheckpointSignature(forged, key.publicKeyPem)).toBe(false);
    expect(verifyCheckpointSignature({ ...forged, signature: 'not base64 at all' }, key.publicKeyPem)).toBe(false);
    expect(verifyCheckpointSignature({ ...forged, signature: '' }, key.publicKeyPem)).toBe(false);
  });

  it('refuse to sign a malformed checkpoint or with a key that is not Ed25519', () => {
    expect(() => signCheckpoint({ ...checkpoint, rootHash: 'ABC' }, key.privateKeyPem)).toThrow(CheckpointFormatError);
    expect(() => signCheckpoint({ ...checkpoint, timestamp: '2026-04-10T16:45:00Z' }, key.privateKeyPem)).toThrow(/milliseconds/);
    expect(() => signCheckpoint({ ...checkpoint, treeSize: -1 }, key.privateKeyPem)).toThrow(/treeSize/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(() => signCheckpoint(checkpoint, rsa)).toThrow(/Ed25519/);
    expect(() => verifyCheckpointSignature(signCheckpoint(checkpoint, key.privateKeyPem), createPublicKey(rsa))).toThrow(/Ed25519/);
  });

  it('name a key by the SHA-256 of its public key', () => {
    expect(auditKeyId(key.privateKeyPem)).toBe(auditKeyId(key.publicKeyPem));
    expect(auditKeyId(key.publicKeyPem)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditKeyId(generateAuditSigningKey().publicKeyPem)).not.toBe(auditKeyId(key.publicKeyPem));
  });
});
