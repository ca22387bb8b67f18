import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  EMPTY_TREE_ROOT,
  MerkleFrontier,
  MerkleTree,
  leafHash,
  merkleRoot,
  nodeHash,
  rootFromInclusionProof,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from './merkle';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

// RFC 6962 section 2.1, transcribed as directly as possible: the reference the fast tree is checked against.
function naiveRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return sha256(Buffer.from([1]), naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

function naivePath(m: number, leaves: readonly Buffer[]): Buffer[] {
  const n = leaves.length;
  if (n <= 1) return [];
  const k = 2 ** Math.floor(Math.log2(n - 1));
  return m < k
    ? [...naivePath(m, leaves.slice(0, k)), naiveRoot(leaves.slice(k))]
    : [...naivePath(m - k, leaves.slice(k)), naiveRoot(leaves.slice(0, k))];
}

function naiveSubproof(m: number, leaves: readonly Buffer[], complete: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return complete ? [] : [naiveRoot(leaves)];
  const k = 2 ** Math.floor(Math.log2(n - 1));
  return m <= k
    ? [...naiveSubproof(m, leaves.slice(0, k), complete), naiveRoot(leaves.slice(k))]
    : [...naiveSubproof(m - k, leaves.slice(k), false), naiveRoot(leaves.slice(0, k))];
}

const naiveConsistency = (m: number, leaves: readonly Buffer[]) => (m === 0 || m === leaves.length ? [] : naiveSubproof(m, leaves, true));

function leavesOf(count: number, seed = 0): Buffer[] {
  return Array.from({ length: count }, (_, i) => leafHash(`event ${seed}-${i}`));
}

function treeOf(leaves: readonly Buffer[]): MerkleTree {
  const tree = new MerkleTree();
  for (const leaf of leaves) tree.append(leaf);
  return tree;
}

/** A tree size, and sizes and indexes within it. */
const sizes = fc
  .integer({ min: 1, max: 300 })
  .chain((n) => fc.record({ n: fc.constant(n), m: fc.integer({ min: 0, max: n }), i: fc.integer({ min: 0, max: n - 1 }) }));

function flipped(proof: Buffer[], index: number): Buffer[] {
  return proof.map((p, j) => (j === index ? Buffer.from(p.map((byte, b) => (b === 0 ? byte ^ 1 : byte))) : p));
}

describe('the RFC 6962 Merkle tree', () => {
  it('has the roots of the Certificate Transparency test vectors', () => {
    const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const tree = treeOf(data.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
    expect([...Array(9).keys()].map((n) => tree.root(n).toString('hex'))).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
      'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
      '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
      'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    ]);
  });

  it('hashes leaves with 0x00 and nodes with 0x01 in front, and the empty tree as SHA-256 of nothing', () => {
    const [a, b] = [leafHash('a'), leafHash('b')];
    expect(a).toEqual(sha256(Buffer.from([0]), Buffer.from('a')));
    expect(nodeHash(a, b)).toEqual(sha256(Buffer.from([1]), a, b));
    expect(EMPTY_TREE_ROOT).toEqual(sha256());
    expect(new MerkleTree().root()).toEqual(EMPTY_TREE_ROOT);
    expect([2, 3, 4, 5, 8, 9, 1000].map(splitPoint)).toEqual([1, 2, 2, 4, 4, 8, 512]);
  });

  it('computes the root of every size as the naive RFC 6962 recursion does', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), ({ n, m }, seed) => {
        const leaves = leavesOf(n, seed);
        const tree = treeOf(leaves);
        expect(tree.root(m)).toEqual(naiveRoot(leaves.slice(0, m)));
        expect(merkleRoot(leaves.slice(0, m))).toEqual(naiveRoot(leaves.slice(0, m)));
      }),
    );
  });

  it('keeps a frontier whose root is the tree root, and which can be stored and restored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.nat(), (n, seed) => {
        const leaves = leavesOf(n, seed);
        const frontier = MerkleFrontier.empty();
        for (const leaf of leaves) frontier.append(leaf);
        expect(frontier.size).toBe(n);
        expect(frontier.root()).toEqual(naiveRoot(leaves));
        const restored = MerkleFrontier.of(n, frontier.hashes);
        restored.append(leafHash('next'));
        expect(restored.root()).toEqual(naiveRoot([...leaves, leafHash('next')]));
      }),
    );
    expect(() => MerkleFrontier.of(5, [leafHash('only one')])).toThrow(/2 frontier nodes/);
  });

  it('gives the inclusion proofs of RFC 6962 PATH, which RFC 9162 verification accepts', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), ({ n, i }, seed) => {
        const leaves = leavesOf(n, seed);
        const tree = treeOf(leaves);
        const proof = tree.inclusionProof(i);
        expect(proof).toEqual(naivePath(i, leaves));
        expect(verifyInclusion(leaves[i], i, n, proof, tree.root())).toBe(true);
        expect(rootFromInclusionProof(leaves[i], i, n, proof)).toEqual(tree.root());
      }),
    );
  });

  it('refuses an inclusion proof for another leaf, index or root, or with a changed, missing or extra step', () => {
    fc.assert(
      fc.property(
        sizes.filter(({ n }) => n >= 2),
        fc.nat(),
        ({ n, i }, seed) => {
          const leaves = leavesOf(n, seed);
          const tree = treeOf(leaves);
          const proof = tree.inclusionProof(i);
          const root = tree.root();
          const other = (i + 1) % n;
          expect(verifyInclusion(leaves[other], i, n, proof, root)).toBe(false);
          expect(verifyInclusion(leaves[i], other, n, proof, root)).toBe(false);
          expect(verifyInclusion(leaves[i], i, n, proof, tree.root(n - 1))).toBe(false);
          expect(verifyInclusion(leaves[i], i, n, flipped(proof, 0), root)).toBe(false);
          expect(verifyInclusion(leaves[i], i, n, proof.slice(1), root)).toBe(false);
          expect(verifyInclusion(leaves[i], i, n, [...proof, leaves[0]], root)).toBe(false);
          expect(verifyInclusion(leaves[i], n, n, proof, root)).toBe(false);
        },
      ),
    );
  });

  it('gives the consistency proofs of RFC 6962 PROOF, which RFC 9162 verification accepts', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), ({ n, m }, seed) => {
        const leaves = leavesOf(n, seed);
        const tree = treeOf(leaves);
        const proof = tree.consistencyProof(m, n);
        expect(proof).toEqual(naiveConsistency(m, leaves));
        expect(verifyConsistency(m, n, tree.root(m), tree.root(n), proof)).toBe(true);
      }),
    );
  });

  it('refuses a consistency proof when the old tree is not a prefix of the new one, or the proof was changed', () => {
    fc.assert(
      fc.property(
        sizes.filter(({ n, m }) => m >= 1 && m < n),
        fc.nat(),
        ({ n, m }, seed) => {
          const leaves = leavesOf(n, seed);
          const tree = treeOf(leaves);
          const proof = tree.consistencyProof(m, n);
          // The same old size, but one of its leaves rewritten: a history changed after it was signed.
          const rewritten = [...leaves];
          rewritten[seed % m] = leafHash('rewritten');
          expect(verifyConsistency(m, n, naiveRoot(rewritten.slice(0, m)), tree.root(n), proof)).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), naiveRoot(rewritten), proof)).toBe(false);
          for (let j = 0; j < proof.length; j++) expect(verifyConsistency(m, n, tree.root(m), tree.root(n), flipped(proof, j))).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), tree.root(n), proof.slice(0, -1))).toBe(false);
          expect(verifyConsistency(n, m, tree.root(n), tree.root(m), proof)).toBe(false);
        },
      ),
    );
  });

  it('treats equal sizes and the empty tree as the RFC says', () => {
    const tree = treeOf(leavesOf(7));
    expect(verifyConsistency(7, 7, tree.root(), tree.root(), [])).toBe(true);
    expect(verifyConsistency(7, 7, tree.root(), tree.root(6), [])).toBe(false);
    expect(verifyConsistency(0, 7, EMPTY_TREE_ROOT, tree.root(), [])).toBe(true);
    expect(tree.consistencyProof(0)).toEqual([]);
    expect(() => tree.consistencyProof(8)).toThrow(RangeError);
    expect(() => tree.inclusionProof(7)).toThrow(RangeError);
  });
});
