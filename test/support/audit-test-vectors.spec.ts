import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleVerifier } from '#libs/audit';
import { TEST_VECTORS_DIR, buildTestVectors } from './audit-test-vectors';
import { verifyIndependently } from './independent-verifier';

const SPEC = join(__dirname, '..', '..', 'docs', 'audit-bundle-format.md');

/** The test vectors of docs/audit-bundle-format.md are what the ledger's code makes, and the specification quotes them. */
describe('the audit bundle test vectors', () => {
  let built: Awaited<ReturnType<typeof buildTestVectors>>;
  beforeAll(async () => {
    built = await buildTestVectors();
  });

  it('are, byte for byte, what the code makes today (regenerate: node --conditions=source -r @swc-node/register test/support/audit-test-vectors.ts --write)', () => {
    for (const [name, text] of Object.entries(built.files))
      expect({ name, text: readFileSync(join(TEST_VECTORS_DIR, name), 'utf8') }).toEqual({ name, text });
  });

  it('are spelled out in the specification: the key, each event hash and chain hash, every root, each statement and signature, the proofs', () => {
    const spec = readFileSync(SPEC, 'utf8');
    const { key, events, roots, checkpoints, consistency, inclusion } = built.vectors;
    const quoted = [
      key.seedHex,
      key.publicKeyHex,
      key.spkiDerHex,
      key.keyId,
      ...key.publicKeyPem.trim().split('\n'),
      ...events.flatMap((e) => [e.hash, e.chainHash]),
      events[5].canonical,
      ...roots,
      ...checkpoints.flatMap((c) => [c.statement, c.signature]),
      ...consistency.flatMap((p) => p.proof),
      ...inclusion.flatMap((p) => p.proof),
    ];
    expect(quoted.filter((value) => !spec.includes(value))).toEqual([]);
  });

  it('verify with our verifier and with the one written from the specification alone', () => {
    const publicKey = readFileSync(join(TEST_VECTORS_DIR, 'public-key.pem'), 'utf8');
    const verifier = new BundleVerifier({ trustedPublicKey: publicKey });
    for (const line of built.bundle.split('\n')) verifier.addLine(line);
    const report = verifier.finish();
    expect(report).toMatchObject({
      ok: true,
      events: 6,
      checkpoints: { count: 2, validSignatures: 2 },
      inclusion: { treeSize: 5, valid: 5 },
      consistency: { valid: 1 },
      beyondLatestCheckpoint: 1,
    });
    expect(verifyIndependently(built.bundle, publicKey)).toEqual({ ok: true, failures: [] });
  });
});
