import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleVerifier, auditKeyId, generateAuditSigningKey } from '#libs/audit';
import {
  addEventMember,
  bundleEvents,
  bundleOf,
  changeConsistencyProof,
  changeHeader,
  changePayload,
  changePayloadAndRehash,
  deleteEvent,
  duplicatePayloadMember,
  insertForgedEvent,
  joinLines,
  parseLines,
  proveUnderOlderCheckpoint,
  reexportAs,
  rehashFrom,
  reorderEvents,
  repeatCheckpoint,
  replaceCheckpoint,
  restateKeyIds,
  reverseCheckpoints,
  swapEventLines,
  swapPublicKey,
  truncateTail,
} from '../../libs/audit/src/testing/bundle-tampering';
import { recordedNegotiation } from '../../libs/audit/src/testing/recorded-negotiation';
import { TEST_VECTORS_DIR } from './audit-test-vectors';
import { verifyIndependently } from './independent-verifier';

// The operator's key is fixed (RFC 8032's test key, as in the test vectors), so that every run
// signs the same checkpoints and each tampered copy below differs from the genuine one.
const ledgerKey = {
  privateKeyPem: readFileSync(join(TEST_VECTORS_DIR, 'signing-key.pem'), 'utf8'),
  publicKeyPem: readFileSync(join(TEST_VECTORS_DIR, 'public-key.pem'), 'utf8'),
};
const forgerKey = generateAuditSigningKey();

/** The tree size of the first checkpoint whose signature, in standard base64, has a character that matches. */
function checkpointSignedWith(lines: readonly string[], character: RegExp): number {
  const checkpoint = lines
    .filter((line) => line.startsWith('{"checkpoint":'))
    .map((line) => (JSON.parse(line) as { checkpoint: { treeSize: number; signature: string } }).checkpoint)
    .find(({ signature }) => character.test(signature));
  if (!checkpoint) throw new Error(`no checkpoint signature has a character matching ${character}`);
  return checkpoint.treeSize;
}

function ours(text: string, trustedPublicKey?: string): boolean {
  const verifier = new BundleVerifier({ trustedPublicKey });
  for (const line of text.split('\n')) verifier.addLine(line);
  return verifier.finish().ok;
}

/**
 * The specification (docs/audit-bundle-format.md) is enough to verify a bundle: a verifier
 * written from it alone (independent-verifier.ts, node:crypto and nothing of the ledger)
 * accepts and refuses exactly the bundles libs/audit accepts and refuses.
 */
describe('a verifier written from the specification alone agrees with ours', () => {
  const events = recordedNegotiation().events;
  let lines: string[];
  let tampered: [string, string[]][];

  beforeAll(async () => {
    lines = parseLines(await bundleOf(events, [4, 9, 12], ledgerKey.privateKeyPem));
    const forged = parseLines(
      await reexportAs(
        lines,
        rehashFrom(bundleEvents(changePayload(lines, 6, (p) => ({ ...p, ruling: 'rejected' }))), 5),
        forgerKey.privateKeyPem,
      ),
    );
    tampered = [
      ['a payload changed', changePayload(lines, 6, (p) => ({ ...p, proposers: ['egypt'] }))],
      ['a payload changed and every hash after it recomputed', changePayloadAndRehash(lines, 6, (p) => ({ ...p, proposers: ['egypt'] }))],
      ['an event deleted', deleteEvent(lines, 7)],
      ['two event lines swapped', swapEventLines(lines, 7, 8)],
      ['two events reordered and rehashed', reorderEvents(lines, 7)],
      ['a forged event inserted', insertForgedEvent(lines, 7, { ...events[6], eventId: '00000000-0000-4000-8000-000000000000' })],
      ['the tail cut', truncateTail(lines, 10)],
      ['a checkpoint root replaced', replaceCheckpoint(lines, 9, (c) => ({ ...c, rootHash: 'ab'.repeat(32) }))],
      [
        'a signature in base64url',
        replaceCheckpoint(lines, checkpointSignedWith(lines, /[+/]/), (c) => ({
          ...c,
          signature: c.signature.replace(/\+/g, '-').replace(/\//g, '_'),
        })),
      ],
      ['a signature without its padding', replaceCheckpoint(lines, 9, (c) => ({ ...c, signature: c.signature.replace(/=+$/, '') }))],
      ['a consistency proof changed', changeConsistencyProof(lines, 12)],
      ['the public key swapped', swapPublicKey(lines, forgerKey.publicKeyPem, auditKeyId(forgerKey.publicKeyPem))],
      ["a forgery wearing the operator's key id", restateKeyIds(forged, auditKeyId(ledgerKey.publicKeyPem))],
      ['a checkpoint naming another key id', replaceCheckpoint(lines, 9, (c) => ({ ...c, keyId: auditKeyId(forgerKey.publicKeyPem) }))],
      ['an event member no hash covers', addEventMember(lines, 6, 'note', 'accepted')],
      ['a payload member written twice', duplicatePayloadMember(lines, 11, 'ruling', 'accepted')],
      ['a checkpoint member no signature covers', replaceCheckpoint(lines, 9, (c) => ({ ...c, note: 'approved' }) as never)],
      ['a header that miscounts the events', changeHeader(lines, (h) => ({ ...h, events: h.events + 1 }))],
      ['a header that names the wrong inclusion tree size', changeHeader(lines, (h) => ({ ...h, inclusionTreeSize: 9 }))],
      ['a checkpoint repeated', repeatCheckpoint(lines, 9)],
      ['checkpoints out of order', reverseCheckpoints(lines)],
      ['inclusion proofs under an older checkpoint', proveUnderOlderCheckpoint(lines, 9)],
      ['the closing line removed', lines.slice(0, -1)],
      ['the closing line repeated', [...lines, lines[lines.length - 1]]],
      [
        'an event hash in uppercase hex',
        lines.map((l) =>
          l.startsWith('{"event":{"position":3,')
            ? l.replace(/"hash":"([0-9a-f]{64})"/, (_, h: string) => `"hash":"${h.toUpperCase()}"`)
            : l,
        ),
      ],
      ['an inclusion proof removed', lines.filter((l) => !l.startsWith('{"inclusion":{"position":5,'))],
    ];
  });

  it('imports nothing but node:crypto', () => {
    const source = readFileSync(join(__dirname, 'independent-verifier.ts'), 'utf8');
    expect([...source.matchAll(/\bfrom\s+'([^']+)'|require\('([^']+)'\)|import\('([^']+)'\)/g)].map((m) => m[1] ?? m[2] ?? m[3])).toEqual([
      'node:crypto',
    ]);
  });

  it('both accept the genuine bundles: the test vectors, a negotiation, one checkpoint, no checkpoint', async () => {
    const vectors = readFileSync(join(TEST_VECTORS_DIR, 'bundle.jsonl'), 'utf8');
    const vectorKey = readFileSync(join(TEST_VECTORS_DIR, 'public-key.pem'), 'utf8');
    const genuine: [string, string, string][] = [
      ['the test vectors', vectors, vectorKey],
      ['a negotiation with three checkpoints', joinLines(lines), ledgerKey.publicKeyPem],
      ['one checkpoint', await bundleOf(events, [7], ledgerKey.privateKeyPem), ledgerKey.publicKeyPem],
      ['no checkpoint', await bundleOf(events, [], ledgerKey.privateKeyPem), ledgerKey.publicKeyPem],
      ['checkpoints at powers of two', await bundleOf(events, [1, 2, 8], ledgerKey.privateKeyPem), ledgerKey.publicKeyPem],
      ['CRLF line ends and a blank line', `${lines.join('\r\n')}\r\n\r\n`, ledgerKey.publicKeyPem],
    ];
    for (const [name, text, key] of genuine) {
      expect({ name, independent: verifyIndependently(text, key), ours: ours(text, key) }).toEqual({
        name,
        independent: { ok: true, failures: [] },
        ours: true,
      });
      expect({ name, independent: verifyIndependently(text).ok, ours: ours(text) }).toEqual({ name, independent: true, ours: true });
    }
  });

  it('both refuse every tampered copy, with the trusted key and without it', () => {
    for (const [name, copy] of tampered) {
      const text = joinLines(copy);
      expect({ name, changed: text !== joinLines(lines) }).toEqual({ name, changed: true });
      const withKey = { independent: verifyIndependently(text, ledgerKey.publicKeyPem).ok, ours: ours(text, ledgerKey.publicKeyPem) };
      expect({ name, ...withKey }).toEqual({ name, independent: false, ours: false });
    }
    // Without a key a forger's consistent bundle passes both (the bundle's own key proves nothing by itself); everything else fails both.
    for (const [name, copy] of tampered) {
      const text = joinLines(copy);
      const expected = name === 'the public key swapped' ? undefined : false;
      const alone = { independent: verifyIndependently(text).ok, ours: ours(text) };
      expect({ name, agree: alone.independent === alone.ours }).toEqual({ name, agree: true });
      if (expected !== undefined) expect({ name, ...alone }).toEqual({ name, independent: false, ours: false });
    }
  });
});
