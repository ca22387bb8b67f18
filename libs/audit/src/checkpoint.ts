/**
 * Signed checkpoints: the ledger's periodic, signed commitment to the head of its history.
 *
 * A checkpoint states { treeSize, rootHash, chainHash, timestamp }: the number of events it
 * covers (positions 1..treeSize), the RFC 6962 Merkle root over them, the chain hash after
 * the last of them, and when it was made. The signed bytes (the "statement") are the UTF-8
 * RFC 8785 canonical JSON of
 *
 *   { "chainHash": <64 lowercase hex>, "format": "consultation-ledger/audit-checkpoint/v1",
 *     "rootHash": <64 lowercase hex>, "timestamp": <ISO 8601 UTC, milliseconds>, "treeSize": <integer> }
 *
 * signed with Ed25519 (RFC 8032, pure). The signature travels as base64 and the key that made
 * it is named by its key id: the lowercase hex SHA-256 of the public key's DER SubjectPublicKeyInfo.
 */
import { KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { sha256 } from './digest';

export const CHECKPOINT_FORMAT = 'consultation-ledger/audit-checkpoint/v1';

export interface Checkpoint {
  /** How many events it covers: positions 1 to treeSize. */
  readonly treeSize: number;
  /** RFC 6962 Merkle root over those events, lowercase hex. */
  readonly rootHash: string;
  /** The chain hash after event `treeSize`, lowercase hex. */
  readonly chainHash: string;
  /** When it was made: ISO 8601 UTC with milliseconds. */
  readonly timestamp: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Lowercase hex SHA-256 of the signing key's public half (DER SPKI). */
  readonly keyId: string;
  /** Ed25519 signature of the statement, base64. */
  readonly signature: string;
}

export class CheckpointFormatError extends Error {}

const HEX_DIGEST = /^[0-9a-f]{64}$/;
/** 64 bytes in the base64 of RFC 4648 section 4: 86 characters of its alphabet and "==". */
const SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
const ISO_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The exact bytes a checkpoint's signature covers (as a string; sign its UTF-8). Throws CheckpointFormatError for a malformed checkpoint. */
export function checkpointStatement(checkpoint: Checkpoint): string {
  const { treeSize, rootHash, chainHash, timestamp } = checkpoint;
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) throw new CheckpointFormatError(`treeSize must be a whole number (got ${treeSize})`);
  if (!HEX_DIGEST.test(rootHash)) throw new CheckpointFormatError('rootHash must be 64 lowercase hex digits');
  if (!HEX_DIGEST.test(chainHash)) throw new CheckpointFormatError('chainHash must be 64 lowercase hex digits');
  if (!ISO_MILLISECONDS.test(timestamp))
    throw new CheckpointFormatError('timestamp must be ISO 8601 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
  return canonicalJson({ chainHash, format: CHECKPOINT_FORMAT, rootHash, timestamp, treeSize });
}

/** A private or public key given as a KeyObject or PEM. */
export type KeyInput = KeyObject | string;

/** The Ed25519 public key of a PEM or KeyObject (public, or private from which the public half is derived). */
export function ed25519PublicKey(key: KeyInput): KeyObject {
  const object =
    typeof key === 'string'
      ? /PRIVATE KEY-----/.test(key)
        ? createPublicKey(createPrivateKey(key))
        : createPublicKey(key)
      : key.type === 'private'
        ? createPublicKey(key)
        : key;
  if (object.asymmetricKeyType !== 'ed25519')
    throw new CheckpointFormatError(`checkpoints are signed with Ed25519, not ${object.asymmetricKeyType}`);
  return object;
}

/** The Ed25519 private key of a PEM or KeyObject. */
export function ed25519PrivateKey(key: KeyInput): KeyObject {
  const object = typeof key === 'string' ? createPrivateKey(key) : key;
  if (object.type !== 'private' || object.asymmetricKeyType !== 'ed25519')
    throw new CheckpointFormatError('checkpoints are signed with an Ed25519 private key');
  return object;
}

/** The key id: lowercase hex SHA-256 of the public key's DER SubjectPublicKeyInfo. */
export function auditKeyId(key: KeyInput): string {
  return sha256(ed25519PublicKey(key).export({ type: 'spki', format: 'der' })).toString('hex');
}

/** Signs a checkpoint with an Ed25519 private key. */
export function signCheckpoint(checkpoint: Checkpoint, privateKey: KeyInput): SignedCheckpoint {
  const key = ed25519PrivateKey(privateKey);
  const signature = sign(null, Buffer.from(checkpointStatement(checkpoint), 'utf8'), key);
  const { treeSize, rootHash, chainHash, timestamp } = checkpoint;
  return { treeSize, rootHash, chainHash, timestamp, keyId: auditKeyId(key), signature: signature.toString('base64') };
}

/** Whether the checkpoint's signature is valid for its statement under this public key (the key id is not trusted, only the key). */
export function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKey: KeyInput): boolean {
  let statement: string;
  try {
    statement = checkpointStatement(checkpoint);
  } catch {
    return false;
  }
  // Standard base64 with its padding only: Buffer would also take base64url or no padding, which another reader might refuse.
  if (typeof checkpoint.signature !== 'string' || !SIGNATURE_BASE64.test(checkpoint.signature)) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  return verify(null, Buffer.from(statement, 'utf8'), ed25519PublicKey(publicKey), signature);
}

/** A new Ed25519 key pair as PEM (PKCS #8 private, SPKI public). */
export function generateAuditSigningKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
