/**
 * The test vectors of the audit bundle format (docs/audit-bundle-format.md), made by the
 * ledger's own code (libs/audit) from fixed events, a fixed key and fixed times, so that they
 * come out byte for byte the same each time: Ed25519 signatures are deterministic.
 *
 *   node --conditions=source -r @swc-node/register test/support/audit-test-vectors.ts --write
 *
 * rewrites docs/audit-test-vectors/; test/support/audit-test-vectors.spec.ts checks that the
 * committed files are still what the code makes, and that the specification quotes them.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AuditBundleWriter,
  AuditedEvent,
  BundleEvent,
  GENESIS_CHAIN_HASH,
  MerkleTree,
  SignedCheckpoint,
  auditKeyId,
  canonicalEvent,
  chainHash,
  checkpointStatement,
  eventHash,
  signCheckpoint,
  toHex,
} from '#libs/audit';

export const TEST_VECTORS_DIR = join(__dirname, '..', '..', 'docs', 'audit-test-vectors');

/** RFC 8032 section 7.1, TEST 1: a published secret key, so that anyone can check the public key and the signatures. */
export const TEST_VECTOR_SEED_HEX = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const PKCS8_ED25519_PREFIX = '302e020100300506032b657004220420';

/** The checkpoints are signed over the first 3 and the first 5 events; the sixth is listed and chained but under no signature. */
export const TEST_VECTOR_CHECKPOINT_SIZES = [3, 5] as const;

const actor = (id: string, role: string) => ({ id, role });
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, seconds)).toISOString();

/** Six events of a small consultation, the last one holding the cases of canonical JSON that need care. */
export function testVectorEvents(): AuditedEvent[] {
  const documentStream = 'document-res1334';
  return [
    {
      position: 1,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000001',
      streamId: 'consultation-wsis20',
      streamVersion: 1,
      type: 'ConsultationRegistered',
      schemaVersion: 2,
      payload: {
        consultationId: 'wsis20',
        title: 'مراجعة القرار 1334',
        body: 'ITU Council',
        originalLanguage: 'ar',
        chairs: ['chair-cwg-wsis'],
        restricted: false,
      },
      metadata: { actor: actor('itu-secretariat', 'secretariat'), correlationId: 'corr-1', occurredAt: at(0) },
      recordedAt: '2026-03-10T09:00:00.125Z',
    },
    {
      position: 2,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000002',
      streamId: documentStream,
      streamVersion: 1,
      type: 'AmendmentProposed',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: { kind: 'modify', provisionId: 'op-1-1', oldText: 'جميع التدابير الممكنة', newText: 'جميع التدابير المناسبة' },
      },
      metadata: { actor: actor('egypt', 'stakeholder'), correlationId: 'corr-2', occurredAt: at(10) },
      recordedAt: at(10),
    },
    {
      position: 3,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000003',
      streamId: documentStream,
      streamVersion: 2,
      type: 'AmendmentProposed',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        amendmentId: 'a-2',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: { kind: 'suppress', provisionId: 'pre-1-5' },
      },
      metadata: { actor: actor('kenya', 'stakeholder'), correlationId: 'corr-3', occurredAt: at(20) },
      recordedAt: at(20),
    },
    {
      position: 4,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000004',
      streamId: documentStream,
      streamVersion: 3,
      type: 'AmendmentRuled',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        decisionId: 'dec-1',
        amendmentId: 'a-1',
        ruling: 'accepted',
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-03-10',
      },
      metadata: { actor: actor('chair-cwg-wsis', 'chair'), correlationId: 'corr-4', occurredAt: at(30) },
      recordedAt: at(30),
    },
    {
      position: 5,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000005',
      streamId: documentStream,
      streamVersion: 4,
      type: 'AmendmentRuled',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        decisionId: 'dec-2',
        amendmentId: 'a-2',
        ruling: 'rejected',
        reason: 'لا تأييد',
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-03-10',
      },
      metadata: { actor: actor('chair-cwg-wsis', 'chair'), correlationId: 'corr-5', occurredAt: at(40) },
      recordedAt: at(40),
    },
    {
      position: 6,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-000000000006',
      streamId: documentStream,
      streamVersion: 5,
      type: 'ReservationRecorded',
      schemaVersion: 1,
      payload: {
        documentId: 'res1334',
        stakeholderId: 'kenya',
        provisionId: 'op-1-1',
        // The cases of RFC 8785 an implementation gets wrong first: escapes, a control character,
        // characters outside the BMP, member names whose UTF-16 order is not their code point order, and numbers.
        text: 'Kenya reserves its position on "جميع التدابير المناسبة" \\ see\tannex\u0007 😀',
        sample: { z: 1, B: 2, a: 3, é: 4, '\u{1F600}': 5, '\uFF61': 6, '': 7 },
        numbers: [0, -1, 1.5, 0.1, 100, 1e21, 1.5e-7, 9007199254740991, 1e-7, 123456789.123],
        none: null,
      },
      metadata: { actor: actor('chair-cwg-wsis', 'chair'), correlationId: 'corr-6', occurredAt: at(50) },
      recordedAt: at(50),
    },
  ];
}

export interface TestVectors {
  readonly key: {
    readonly seedHex: string;
    readonly publicKeyHex: string;
    readonly spkiDerHex: string;
    readonly publicKeyPem: string;
    readonly keyId: string;
  };
  readonly events: readonly { readonly position: number; readonly canonical: string; readonly hash: string; readonly chainHash: string }[];
  /** The Merkle root of the first n events, for n from 0. */
  readonly roots: readonly string[];
  readonly checkpoints: readonly (SignedCheckpoint & { readonly statement: string })[];
  readonly consistency: readonly { readonly fromTreeSize: number; readonly toTreeSize: number; readonly proof: readonly string[] }[];
  readonly inclusion: readonly { readonly position: number; readonly treeSize: number; readonly proof: readonly string[] }[];
}

/** The files of docs/audit-test-vectors/, by name: the bundle, the keys and every intermediate value. */
export async function buildTestVectors(): Promise<{
  readonly files: Record<string, string>;
  readonly vectors: TestVectors;
  readonly bundle: string;
}> {
  const privateKey = createPrivateKey({
    key: Buffer.from(PKCS8_ED25519_PREFIX + TEST_VECTOR_SEED_HEX, 'hex'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' });

  const tree = new MerkleTree();
  let chain: Buffer = GENESIS_CHAIN_HASH;
  const recorded: BundleEvent[] = [];
  const chains: Buffer[] = [GENESIS_CHAIN_HASH];
  const events = testVectorEvents().map((event) => {
    const hash = eventHash(event);
    chain = chainHash(chain, hash);
    chains.push(chain);
    tree.append(hash);
    recorded.push({ ...event, hash: toHex(hash), chainHash: toHex(chain) });
    return { position: event.position, canonical: canonicalEvent(event), hash: toHex(hash), chainHash: toHex(chain) };
  });
  const roots = Array.from({ length: tree.size + 1 }, (_, size) => toHex(tree.root(size)));
  const checkpoints = TEST_VECTOR_CHECKPOINT_SIZES.map((treeSize, i) => {
    const checkpoint = {
      treeSize,
      rootHash: roots[treeSize],
      chainHash: toHex(chains[treeSize]),
      timestamp: new Date(Date.UTC(2026, 2, 10, 9, 5 + i)).toISOString(),
    };
    return { ...signCheckpoint(checkpoint, privateKeyPem), statement: checkpointStatement(checkpoint) };
  });

  let bundle = '';
  const writer = new AuditBundleWriter(
    {
      publicKey: publicKeyPem,
      checkpoints,
      headPosition: recorded.length,
      events: recorded.length,
      exportedAt: '2026-03-10T09:10:00.000Z',
    },
    (text) => {
      bundle += text;
    },
  );
  await writer.start();
  for (const event of recorded) await writer.event(event);
  await writer.finish();

  const records = bundle
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  const vectors: TestVectors = {
    key: {
      seedHex: TEST_VECTOR_SEED_HEX,
      publicKeyHex: toHex(spkiDer.subarray(spkiDer.length - 32)),
      spkiDerHex: toHex(spkiDer),
      publicKeyPem,
      keyId: auditKeyId(publicKey),
    },
    events,
    roots,
    checkpoints,
    consistency: records.filter((r) => r.consistency).map((r) => r.consistency),
    inclusion: records.filter((r) => r.inclusion).map((r) => r.inclusion),
  };
  return {
    bundle,
    vectors,
    files: {
      'bundle.jsonl': bundle,
      'public-key.pem': publicKeyPem,
      'signing-key.pem': privateKeyPem,
      'vectors.json': `${JSON.stringify(vectors, null, 2)}\n`,
    },
  };
}

if (require.main === module && process.argv.includes('--write')) {
  buildTestVectors().then(({ files }) => {
    mkdirSync(TEST_VECTORS_DIR, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(TEST_VECTORS_DIR, name), text);
    process.stdout.write(`wrote ${Object.keys(files).join(', ')} to ${TEST_VECTORS_DIR}\n`);
  });
}
