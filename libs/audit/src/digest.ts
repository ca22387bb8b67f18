import * as crypto from 'node:crypto';

/** SHA-256 digests are 32 bytes. */
export const DIGEST_BYTES = 32;

/**
 * SHA-256 of bytes (or of a string's UTF-8 encoding) as a one-byte (latin1, alias 'binary') string of 32 characters:
 * the one-shot crypto.hash (Node 20.12 and later), else a Hash object. A digest handed back
 * as a string costs a third of one handed back in a Buffer of its own (an ArrayBuffer each),
 * which is most of the price of hashing 64 bytes; it is then written where it is kept.
 */
const sha256Latin1: (data: Uint8Array | string) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'binary')
    : (data) => crypto.createHash('sha256').update(data).digest('binary');

/** SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256(data: Uint8Array | string): Buffer {
  return Buffer.from(sha256Latin1(data), 'latin1');
}

/** SHA-256 of bytes (or a string's UTF-8 encoding) written into `target` at `offset`, with no Buffer of its own. */
export function sha256Into(data: Uint8Array | string, target: Buffer, offset: number): void {
  target.write(sha256Latin1(data), offset, DIGEST_BYTES, 'latin1');
}

/** Lowercase hex, the form digests take in JSON (API answers, Kafka messages, checkpoints). */
export function toHex(digest: Uint8Array): string {
  return Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString('hex');
}

/** A digest from its lowercase or uppercase hex form; undefined when it is not 32 bytes of hex. */
export function fromHex(hex: string): Buffer | undefined {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  return Buffer.from(hex, 'hex');
}

/** Whether two digests hold the same bytes. */
export function sameDigest(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return Buffer.compare(a, b) === 0;
}

/**
 * Digests appended one after another in one growing buffer: a million of them take 32 MB,
 * not the hundred-odd bytes each a Buffer object of its own would cost.
 */
export class DigestList {
  private bytes: Buffer;
  private count = 0;

  constructor(initialCapacity = 1024) {
    this.bytes = Buffer.allocUnsafe(Math.max(1, initialCapacity) * DIGEST_BYTES);
  }

  get length(): number {
    return this.count;
  }

  push(digest: Uint8Array): void {
    this.reserve(1);
    this.bytes.set(digest, this.count * DIGEST_BYTES);
    this.count++;
  }

  /** Appends digests laid end to end (32 bytes each). */
  pushAll(digests: Uint8Array): void {
    if (digests.length % DIGEST_BYTES !== 0) throw new RangeError('digests are 32 bytes each');
    const added = digests.length / DIGEST_BYTES;
    this.reserve(added);
    this.bytes.set(digests, this.count * DIGEST_BYTES);
    this.count += added;
  }

  private reserve(more: number): void {
    const needed = (this.count + more) * DIGEST_BYTES;
    if (needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.bytes.copy(grown, 0, 0, this.count * DIGEST_BYTES);
    this.bytes = grown;
  }

  /** The digest at an index, as a view (valid as long as the list lives; never modified). */
  get(index: number): Buffer {
    if (!Number.isInteger(index) || index < 0 || index >= this.count)
      throw new RangeError(`no digest at index ${index} (length ${this.count})`);
    return this.bytes.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES);
  }
}
