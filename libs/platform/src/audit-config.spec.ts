import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_SIGNING_KEY_FILE_NAME, loadAuditKeys } from './audit-config';
import { ConfigError, SERVICE_NAMES, loadConfig } from './config';

function ed25519() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

describe('audit keys', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'audit-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function problemsOf(env: Record<string, string>, mode: 'embedded' | 'full', purpose: 'sign' | 'verify' = 'sign'): string[] {
    const problems: string[] = [];
    loadAuditKeys(env, { mode, purpose, dataDir, problems });
    return problems;
  }

  it('makes the development signing key once in the embedded default, private to its owner, and reuses it', () => {
    const first = loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', dataDir });
    const path = join(dataDir, AUDIT_SIGNING_KEY_FILE_NAME);
    expect(first.signingKey).toEqual({ pem: readFileSync(path, 'utf8'), source: 'development-key-file' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first.publicKeyPem).toBe(createPublicKey(first.signingKey!.pem).export({ type: 'spki', format: 'pem' }));
    expect(loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', dataDir }).signingKey!.pem).toBe(first.signingKey!.pem);
  });

  it('lets a verifier read the development key but never makes one', () => {
    expect(loadAuditKeys({}, { mode: 'embedded', purpose: 'verify', dataDir })).toEqual({});
    expect(() => statSync(join(dataDir, AUDIT_SIGNING_KEY_FILE_NAME))).toThrow();
    const made = loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', dataDir });
    expect(loadAuditKeys({}, { mode: 'embedded', purpose: 'verify', dataDir }).publicKeyPem).toBe(made.publicKeyPem);
    // A configured public key wins over the development key, which is then not read.
    const other = ed25519();
    expect(loadAuditKeys({ AUDIT_PUBLIC_KEY: other.publicPem }, { mode: 'embedded', purpose: 'verify', dataDir })).toEqual({
      signingKey: undefined,
      publicKeyPem: other.publicPem,
    });
  });

  it('requires a signing key for the ledger in the full mode', () => {
    expect(problemsOf({}, 'full')).toEqual([
      expect.stringMatching(/^AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE is required for the ledger in the full mode/),
    ]);
    expect(problemsOf({}, 'full', 'verify')).toEqual([]);
    expect(() => loadAuditKeys({}, { mode: 'full', purpose: 'sign', dataDir })).toThrow(ConfigError);
  });

  it('reads the signing key from the environment, on one line or from a file, and derives the public key', () => {
    const key = ed25519();
    const inline = loadAuditKeys({ AUDIT_SIGNING_KEY: key.privatePem.replace(/\n/g, '\\n') }, { mode: 'full', purpose: 'sign', dataDir });
    expect(inline).toEqual({ signingKey: { pem: key.privatePem, source: 'AUDIT_SIGNING_KEY' }, publicKeyPem: key.publicPem });
    const file = join(dataDir, 'signing.pem');
    writeFileSync(file, key.privatePem, { mode: 0o600 });
    expect(loadAuditKeys({ AUDIT_SIGNING_KEY_FILE: file }, { mode: 'full', purpose: 'sign', dataDir }).signingKey?.source).toBe(
      'AUDIT_SIGNING_KEY_FILE',
    );
  });

  it("verifies with AUDIT_PUBLIC_KEY, which must be the signing key's public half when both are set", () => {
    const key = ed25519();
    expect(loadAuditKeys({ AUDIT_PUBLIC_KEY: key.publicPem }, { mode: 'full', purpose: 'verify', dataDir })).toEqual({
      signingKey: undefined,
      publicKeyPem: key.publicPem,
    });
    expect(problemsOf({ AUDIT_SIGNING_KEY: key.privatePem, AUDIT_PUBLIC_KEY: key.publicPem }, 'full')).toEqual([]);
    expect(problemsOf({ AUDIT_SIGNING_KEY: key.privatePem, AUDIT_PUBLIC_KEY: ed25519().publicPem }, 'full')).toEqual([
      expect.stringMatching(/not the public half/),
    ]);
  });

  it('refuses keys that are not Ed25519, a private key given as the public one, unreadable files and doubled settings', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = ed25519();
    expect(problemsOf({ AUDIT_SIGNING_KEY: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, 'full')).toEqual([
      expect.stringMatching(/is a rsa key; audit checkpoints are signed with Ed25519/),
    ]);
    expect(problemsOf({ AUDIT_SIGNING_KEY: 'not a key' }, 'full')).toEqual([
      expect.stringMatching(/AUDIT_SIGNING_KEY is not a PEM private key/),
    ]);
    expect(problemsOf({ AUDIT_PUBLIC_KEY: key.privatePem }, 'full', 'verify')).toEqual([expect.stringMatching(/holds a private key/)]);
    expect(problemsOf({ AUDIT_SIGNING_KEY_FILE: join(dataDir, 'missing.pem') }, 'full')).toEqual([
      expect.stringMatching(/AUDIT_SIGNING_KEY_FILE cannot be read \(ENOENT\)/),
    ]);
    expect(problemsOf({ AUDIT_SIGNING_KEY: key.privatePem, AUDIT_SIGNING_KEY_FILE: 'x' }, 'full')).toEqual([
      expect.stringMatching(/AUDIT_SIGNING_KEY and AUDIT_SIGNING_KEY_FILE are both set: set one/),
    ]);
  });

  it('refuses a development key others can read', () => {
    loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', dataDir });
    chmodSync(join(dataDir, AUDIT_SIGNING_KEY_FILE_NAME), 0o644);
    expect(problemsOf({}, 'embedded')).toEqual([expect.stringMatching(/readable by others: chmod 600/)]);
  });

  it('is part of the configuration of the ledger, with the checkpoint intervals', () => {
    const key = ed25519();
    const config = loadConfig(
      {
        RUN_MODE: 'full',
        DATABASE_URL: 'postgres://ledger@db:5432/ledger',
        KAFKA_BROKERS: 'kafka:9092',
        INTERNAL_API_TOKEN: 'x'.repeat(32),
        AUDIT_SIGNING_KEY: key.privatePem,
        AUDIT_CHECKPOINT_EVERY_EVENTS: '250',
      },
      ['ledger'],
    );
    expect(config.audit).toEqual({
      signingKey: { pem: key.privatePem, source: 'AUDIT_SIGNING_KEY' },
      publicKeyPem: key.publicPem,
      checkpointEveryEvents: 250,
      checkpointIntervalMs: 60_000,
    });
    expect(() =>
      loadConfig(
        {
          RUN_MODE: 'full',
          DATABASE_URL: 'postgres://ledger@db:5432/ledger',
          KAFKA_BROKERS: 'kafka:9092',
          INTERNAL_API_TOKEN: 'x'.repeat(32),
        },
        ['ledger'],
      ),
    ).toThrow(/AUDIT_SIGNING_KEY/);
    expect(
      loadConfig({ RUN_MODE: 'full', DATABASE_URL: 'postgres://ledger@db:5432/ledger', KAFKA_BROKERS: 'kafka:9092' }, ['projector']).audit,
    ).toEqual({ checkpointEveryEvents: 1000, checkpointIntervalMs: 60_000 });
    expect(() =>
      loadConfig(
        { AUDIT_SIGNING_KEY: key.privatePem, AUDIT_CHECKPOINT_INTERVAL_MS: '0', JWT_SECRET: 'a-shared-secret-of-at-least-32-bytes!' },
        SERVICE_NAMES,
      ),
    ).toThrow(/AUDIT_CHECKPOINT_INTERVAL_MS must be a positive whole number/);
  });
});
