/**
 * The RFC 6962 (Certificate Transparency) Merkle tree, as RFC 9162 section 2.1 restates it,
 * with SHA-256:
 *
 *   MTH({})       = SHA-256()                       (the empty string)
 *   MTH({d(0)})   = SHA-256(0x00 || d(0))            (a leaf)
 *   MTH(D[n])     = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))
 *                   where k is the largest power of two smaller than n
 *
 * The ledger's leaves are its events: d(i) is the canonical form of the event at position
 * i + 1, so a leaf hash is the event hash (event-hash.ts). Inclusion proofs (audit paths)
 * and consistency proofs are the RFC's PATH and PROOF, and the verification functions are
 * RFC 9162's algorithms (2.1.3.2 and 2.1.4.2), which need nothing but the proof.
 */
import { DIGEST_BYTES, DigestList, sameDigest, sha256, sha256Into } from './digest';

/** MTH of the empty tree: SHA-256 of no bytes. */
export const EMPTY_TREE_ROOT: Buffer = sha256(Buffer.alloc(0));

/** SHA-256(0x00 || data): the hash of a leaf from its data. */
export function leafHash(data: Uint8Array | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const input = Buffer.allocUnsafe(1 + bytes.length);
  input[0] = 0x00;
  input.set(bytes, 1);
  return sha256(input);
}

const nodeInput = Buffer.alloc(1 + 2 * DIGEST_BYTES, 0x01);

/** SHA-256(0x01 || left || right): an interior node. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + DIGEST_BYTES);
  return sha256(nodeInput);
}

/** The largest power of two strictly smaller than n (n >= 2): where RFC 6962 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`a tree of ${n} leaves has no split`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1 && 2 ** Math.round(Math.log2(n)) === n;
}

/**
 * A Merkle tree built leaf by leaf, keeping every complete subtree of every height (about
 * two digests per leaf, 64 MB for a million leaves), so that the root of any earlier size
 * and the proofs between any two sizes come out in O(log² n) hashes.
 */
export class MerkleTree {
  /** levels[h] holds the hashes of the complete subtrees of 2^h leaves, left to right. */
  private readonly levels: DigestList[] = [new DigestList(4096)];
  /** Incomplete subtrees computed since the last append (the right edges proofs to the same size share). */
  private readonly edges = new Map<number, Map<number, Buffer>>();

  get size(): number {
    return this.levels[0].length;
  }

  /** Adds a leaf by its leaf hash (for the ledger: the event hash). */
  append(hashOfLeaf: Uint8Array): void {
    if (hashOfLeaf.length !== DIGEST_BYTES) throw new RangeError('a leaf hash is 32 bytes');
    this.levels[0].push(hashOfLeaf);
    if (this.edges.size > 0) this.edges.clear();
    // Each time a level holds an even number of subtrees, the last two make one a level up.
    for (let h = 0; this.levels[h].length % 2 === 0; h++) {
      const level = this.levels[h];
      if (this.levels[h + 1] === undefined) this.levels.push(new DigestList(Math.max(16, level.length)));
      this.levels[h + 1].push(nodeHash(level.get(level.length - 2), level.get(level.length - 1)));
    }
  }

  /**
   * Adds leaves in bulk (32 bytes each, end to end). When their count is a power of two, the
   * tree's size a multiple of it, and `subtree` holds their complete subtree level by level
   * (from `perfectSubtreeLevels`, computed elsewhere), the nodes are taken as given instead of
   * hashed here; otherwise each leaf is appended in turn.
   */
  appendAll(leafHashes: Uint8Array, subtree?: readonly Uint8Array[]): void {
    const count = leafHashes.length / DIGEST_BYTES;
    const height = subtree ? subtree.length - 1 : -1;
    const aligned =
      subtree !== undefined &&
      isPowerOfTwo(count) &&
      2 ** height === count &&
      this.size % count === 0 &&
      subtree.every((level, h) => level.length === (count / 2 ** h) * DIGEST_BYTES);
    if (!aligned) {
      for (let i = 0; i < count; i++) this.append(leafHashes.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES));
      return;
    }
    if (this.edges.size > 0) this.edges.clear();
    this.levels[0].pushAll(leafHashes);
    for (let h = 1; h <= height; h++) {
      if (this.levels[h] === undefined) this.levels.push(new DigestList(Math.max(16, this.levels[h - 1].length)));
      this.levels[h].pushAll(subtree[h]);
    }
    for (let h = height; this.levels[h].length % 2 === 0; h++) {
      const level = this.levels[h];
      if (this.levels[h + 1] === undefined) this.levels.push(new DigestList(Math.max(16, level.length)));
      this.levels[h + 1].push(nodeHash(level.get(level.length - 2), level.get(level.length - 1)));
    }
  }

  /** The leaf hash at an index (0-based). */
  leaf(index: number): Buffer {
    return this.levels[0].get(index);
  }

  /** MTH of the first `size` leaves (the whole tree by default). */
  root(size = this.size): Buffer {
    this.checkSize(size);
    return size === 0 ? Buffer.from(EMPTY_TREE_ROOT) : Buffer.from(this.subtree(0, size));
  }

  /** RFC 6962 PATH(index, D[0:size]): the audit path proving leaf `index` is in the tree of `size` leaves. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.checkSize(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size)
      throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
    const proof: Buffer[] = [];
    this.path(index, 0, size, proof);
    return proof;
  }

  /** RFC 6962 PROOF(oldSize, D[0:newSize]): proves the tree of `oldSize` leaves is a prefix of the tree of `newSize`. */
  consistencyProof(oldSize: number, newSize = this.size): Buffer[] {
    this.checkSize(newSize);
    if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > newSize)
      throw new RangeError(`no consistency proof from ${oldSize} to ${newSize}`);
    const proof: Buffer[] = [];
    if (oldSize > 0 && oldSize < newSize) this.subproof(oldSize, 0, newSize, true, proof);
    return proof;
  }

  private checkSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
  }

  /** MTH(D[start:start+n]); in RFC 6962's recursion a subtree's start is always a multiple of its split's power of two. */
  private subtree(start: number, n: number): Buffer {
    if (isPowerOfTwo(n) && start % n === 0) {
      const height = Math.log2(n);
      return this.levels[height].get(start / n);
    }
    let byStart = this.edges.get(n);
    const known = byStart?.get(start);
    if (known) return known;
    const k = splitPoint(n);
    const hash = nodeHash(this.subtree(start, k), this.subtree(start + k, n - k));
    if (!byStart) this.edges.set(n, (byStart = new Map()));
    byStart.set(start, hash);
    return hash;
  }

  private path(m: number, start: number, n: number, proof: Buffer[]): void {
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      this.path(m, start, k, proof);
      proof.push(Buffer.from(this.subtree(start + k, n - k)));
    } else {
      this.path(m - k, start + k, n - k, proof);
      proof.push(Buffer.from(this.subtree(start, k)));
    }
  }

  private subproof(m: number, start: number, n: number, complete: boolean, proof: Buffer[]): void {
    if (m === n) {
      if (!complete) proof.push(Buffer.from(this.subtree(start, n)));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.subproof(m, start, k, complete, proof);
      proof.push(Buffer.from(this.subtree(start + k, n - k)));
    } else {
      this.subproof(m - k, start + k, n - k, false, proof);
      proof.push(Buffer.from(this.subtree(start, k)));
    }
  }
}

/**
 * The right edge of a Merkle tree: the roots of its complete subtrees, largest first (one
 * per bit of the size). Enough to extend the tree and compute its root in O(log n) memory;
 * the checkpoint writer keeps one and stores it beside each checkpoint to resume from.
 */
export class MerkleFrontier {
  private constructor(
    private count: number,
    private readonly nodes: Buffer[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** A frontier from its size and nodes (largest subtree first); throws when they do not fit together. */
  static of(size: number, nodes: readonly Uint8Array[]): MerkleFrontier {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`bad tree size ${size}`);
    const expected = size
      .toString(2)
      .split('')
      .filter((bit) => bit === '1').length;
    if (nodes.length !== expected || nodes.some((n) => n.length !== DIGEST_BYTES)) {
      throw new RangeError(`a tree of ${size} leaves has ${expected} frontier nodes of 32 bytes`);
    }
    return new MerkleFrontier(
      size,
      nodes.map((n) => Buffer.from(n)),
    );
  }

  get size(): number {
    return this.count;
  }

  /** The frontier's nodes, largest subtree first. */
  get hashes(): readonly Buffer[] {
    return this.nodes;
  }

  append(hashOfLeaf: Uint8Array): void {
    let node: Buffer = Buffer.from(hashOfLeaf);
    // The size's trailing one bits are the complete subtrees that merge with the new leaf.
    for (let size = this.count; size % 2 === 1; size = Math.floor(size / 2)) node = nodeHash(this.nodes.pop()!, node);
    this.nodes.push(node);
    this.count++;
  }

  root(): Buffer {
    if (this.count === 0) return Buffer.from(EMPTY_TREE_ROOT);
    let root: Buffer = this.nodes[this.nodes.length - 1];
    for (let i = this.nodes.length - 2; i >= 0; i--) root = nodeHash(this.nodes[i], root);
    return Buffer.from(root);
  }

  clone(): MerkleFrontier {
    return new MerkleFrontier(this.count, [...this.nodes]);
  }
}

/**
 * The complete subtree over a power-of-two count of leaf hashes (32 bytes each, end to end),
 * level by level: [the leaves, their parents, ..., the root], for MerkleTree.appendAll.
 */
export function perfectSubtreeLevels(leafHashes: Uint8Array): Uint8Array[] {
  const count = leafHashes.length / DIGEST_BYTES;
  if (!isPowerOfTwo(count)) throw new RangeError(`a complete subtree has a power of two of leaves, not ${count}`);
  const levels: Uint8Array[] = [leafHashes];
  for (let below = leafHashes; below.length > DIGEST_BYTES;) {
    const pairs = below.length / (2 * DIGEST_BYTES);
    // Buffer.alloc, not a pooled Buffer: each level has an ArrayBuffer of its own, to be transferred between threads.
    const level = Buffer.alloc(pairs * DIGEST_BYTES);
    for (let i = 0; i < pairs; i++) {
      // The two children are side by side: 0x01 || left || right is one copy.
      nodeInput.set(below.subarray(2 * i * DIGEST_BYTES, (2 * i + 2) * DIGEST_BYTES), 1);
      sha256Into(nodeInput, level, i * DIGEST_BYTES);
    }
    levels.push(level);
    below = level;
  }
  return levels;
}

/** MTH of a list of leaf hashes (builds the tree; for small lists and tests). */
export function merkleRoot(leafHashes: readonly Uint8Array[]): Buffer {
  const frontier = MerkleFrontier.empty();
  for (const leaf of leafHashes) frontier.append(leaf);
  return frontier.root();
}

/**
 * The root an inclusion proof leads to (RFC 9162 2.1.3.2), or undefined when the proof
 * cannot be one for this index and size.
 */
export function rootFromInclusionProof(
  hashOfLeaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
): Buffer | undefined {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return undefined;
  if (hashOfLeaf.length !== DIGEST_BYTES || proof.some((p) => p.length !== DIGEST_BYTES)) return undefined;
  // fn and sn exceed 32 bits for large trees: plain arithmetic, not bitwise operators.
  let fn = index;
  let sn = treeSize - 1;
  let r: Buffer = Buffer.from(hashOfLeaf);
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

/** Whether `proof` proves the leaf with this hash is at `index` in the tree of `treeSize` leaves with this root (RFC 9162 2.1.3.2). */
export function verifyInclusion(
  hashOfLeaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  return sameDigest(rootFromInclusionProof(hashOfLeaf, index, treeSize, proof), root);
}

/**
 * Whether `proof` proves that the tree of `oldSize` leaves with `oldRoot` is a prefix of the
 * tree of `newSize` leaves with `newRoot` (RFC 9162 2.1.4.2). Equal sizes need an empty proof
 * and equal roots; the empty tree is a prefix of every tree.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (proof.some((p) => p.length !== DIGEST_BYTES)) return false;
  if (oldSize === 0) return proof.length === 0;
  if (oldSize === newSize) return proof.length === 0 && sameDigest(oldRoot, newRoot);
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameDigest(fr, oldRoot) && sameDigest(sr, newRoot);
}
