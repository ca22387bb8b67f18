import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAuditSigningKey } from '#libs/audit';
import { auditCommand } from './audit';

// The verification itself runs on real PostgreSQL and Kafka in test/audit*.e2e-spec.ts; these are the mistakes caught before any is reached.
describe('cli audit: usage', () => {
  let dataDir: string;
  const key = generateAuditSigningKey();
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-audit-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function run(argv: string[], env: Record<string, string> = { AUDIT_PUBLIC_KEY: key.publicKeyPem }) {
    let stdout = '';
    let stderr = '';
    const code = await auditCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, dataDir });
    return { code, stdout, stderr };
  }

  it('answers 2 and the usage for an unknown action, option or value', async () => {
    for (const argv of [
      [],
      ['rewrite'],
      ['verify', '--bogus'],
      ['verify', '--database-url', 'mysql://x'],
      ['verify', '--kafka-brokers', 'not a broker'],
      ['verify', '--workers', 'many'],
      ['checkpoint', '--topic', 'x'],
    ]) {
      const { code, stderr } = await run(argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(stderr).toMatch(/^audit: .*\nusage: cli audit verify/);
    }
  });

  it('needs brokers for a topic, and Kafka and a database in the full mode', async () => {
    expect((await run(['verify', '--topic', 'ledger.events'])).stderr).toMatch(/--topic needs --kafka-brokers/);
    expect((await run(['verify'], { RUN_MODE: 'full', AUDIT_PUBLIC_KEY: key.publicKeyPem })).stderr).toMatch(
      /give --kafka-brokers or set KAFKA_BROKERS/,
    );
    const noDatabase = await run(['verify'], { RUN_MODE: 'full', KAFKA_BROKERS: 'kafka:9092', AUDIT_PUBLIC_KEY: key.publicKeyPem });
    expect(noDatabase).toMatchObject({ code: 2, stderr: expect.stringMatching(/give --database-url or set DATABASE_URL/) });
  });

  it('needs a public key to check the checkpoints with, and never makes one', async () => {
    const { code, stderr } = await run(['verify', '--database-url', 'postgres://nobody@127.0.0.1:1/none'], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/no public key to check the checkpoints with/);
    expect((await run(['verify', '--public-key-file', join(dataDir, 'missing.pem')])).stderr).toMatch(
      /--public-key-file .* is not a readable Ed25519 PEM key/,
    );
    expect((await run(['verify'], { AUDIT_PUBLIC_KEY: 'not a key' })).stderr).toMatch(/AUDIT_PUBLIC_KEY is not a PEM public key/);
  });

  it('restore needs one bundle file, and answers 3 when the file cannot be read', async () => {
    expect(await run(['restore'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^audit: audit restore needs the bundle file\n/),
    });
    expect(await run(['restore', 'a.jsonl', 'b.jsonl'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^audit: unexpected argument b.jsonl\n/),
    });
    expect(await run(['restore', 'a.jsonl', '--json'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--json is for audit verify and audit checkpoint/),
    });
    expect(await run(['export', '--out', 'b.jsonl', '--public-key-file', 'k.pem'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--public-key-file is for audit verify and audit restore/),
    });
    const missing = await run(['restore', join(dataDir, 'missing.jsonl'), '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    expect(missing).toMatchObject({ code: 3, stderr: expect.stringMatching(/^audit: .*missing\.jsonl cannot be read/) });
  });

  it('answers 3 when the database cannot be read', async () => {
    const { code, stderr } = await run(['verify', '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^audit: the history could not be read/);
  });
});
