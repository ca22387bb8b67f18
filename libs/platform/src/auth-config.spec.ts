import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_SECRET_FILE_NAME, loadAuthConfig } from './auth-config';
import { ConfigError } from './config';

const STRONG_SECRET = 'a-shared-secret-of-at-least-32-bytes!';

describe('identity settings', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'auth-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function problemsOf(env: Record<string, string>, mode: 'embedded' | 'full'): string[] {
    const problems: string[] = [];
    loadAuthConfig(env, { mode, dataDir, problems });
    return problems;
  }

  it('defaults to the development mode when embedded and the production mode when full', () => {
    expect(loadAuthConfig({}, { mode: 'embedded', dataDir }).mode).toBe('development');
    expect(loadAuthConfig({ JWT_SECRET: STRONG_SECRET }, { mode: 'full', dataDir }).mode).toBe('production');
    expect(loadAuthConfig({ JWT_SECRET: STRONG_SECRET, AUTH_MODE: 'development' }, { mode: 'full', dataDir }).mode).toBe('development');
  });

  it('defaults issuer and audience to the service name', () => {
    const config = loadAuthConfig({}, { mode: 'embedded', dataDir });
    expect(config).toMatchObject({ issuer: 'consultation-ledger', audience: 'consultation-ledger', clockSkewSeconds: 60 });
    const custom = loadAuthConfig({ JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'ledger-api' }, { mode: 'embedded', dataDir });
    expect(custom).toMatchObject({ issuer: 'https://idp.example', audience: 'ledger-api' });
  });

  it('creates the development secret once, private to its owner, and reuses it', () => {
    const first = loadAuthConfig({}, { mode: 'embedded', dataDir });
    const path = join(dataDir, DEV_SECRET_FILE_NAME);
    expect(first.sharedSecret).toEqual({ value: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), source: 'development-secret-file' });
    expect(readFileSync(path, 'utf8').trim()).toBe(first.sharedSecret!.value);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const second = loadAuthConfig({}, { mode: 'embedded', dataDir });
    expect(second.sharedSecret!.value).toBe(first.sharedSecret!.value);
  });

  it('makes the data folder when it does not exist yet', () => {
    const nested = join(dataDir, 'fresh', 'folder');
    const config = loadAuthConfig({}, { mode: 'embedded', dataDir: nested });
    expect(readFileSync(join(nested, DEV_SECRET_FILE_NAME), 'utf8').trim()).toBe(config.sharedSecret!.value);
  });

  it('uses JWT_SECRET instead of a development secret when it is set', () => {
    const config = loadAuthConfig({ JWT_SECRET: STRONG_SECRET }, { mode: 'embedded', dataDir });
    expect(config.sharedSecret).toEqual({ value: STRONG_SECRET, source: 'JWT_SECRET' });
    expect(() => statSync(join(dataDir, DEV_SECRET_FILE_NAME))).toThrow();
  });

  it('refuses the production mode without a key, and never reads the development secret there', () => {
    loadAuthConfig({}, { mode: 'embedded', dataDir });
    expect(problemsOf({}, 'full')).toEqual([expect.stringContaining('AUTH_MODE=production needs a key')]);
    expect(problemsOf({ AUTH_MODE: 'production' }, 'embedded')).toEqual([expect.stringContaining('set JWT_SECRET')]);
    expect(() => loadAuthConfig({ AUTH_MODE: 'production' }, { mode: 'embedded', dataDir })).toThrow(ConfigError);
  });

  it('refuses a short JWT_SECRET and an unknown AUTH_MODE', () => {
    expect(problemsOf({ JWT_SECRET: 'short', AUTH_MODE: 'staging' }, 'embedded')).toEqual([
      'AUTH_MODE must be one of development, production (got "staging")',
      expect.stringContaining('JWT_SECRET must be at least 32 bytes'),
    ]);
  });

  it('refuses a development secret file that others can read', () => {
    const path = join(dataDir, DEV_SECRET_FILE_NAME);
    writeFileSync(path, 'x'.repeat(43));
    chmodSync(path, 0o644);
    expect(problemsOf({}, 'embedded')).toEqual([expect.stringContaining('readable by others')]);
  });

  it('reports a development secret that cannot be made', () => {
    const notAFolder = join(dataDir, 'file');
    writeFileSync(notAFolder, '');
    const problems: string[] = [];
    loadAuthConfig({}, { mode: 'embedded', dataDir: notAFolder, problems });
    expect(problems).toEqual([expect.stringContaining('cannot create the development token secret')]);
  });

  it('takes each kind of public key with the one algorithm its type allows', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keyFile = join(dataDir, 'ed25519.pem');
    writeFileSync(keyFile, ed);

    const fromRsa = loadAuthConfig({ JWT_PUBLIC_KEY: rsa, AUTH_MODE: 'production' }, { mode: 'full', dataDir });
    expect(fromRsa.publicKey).toEqual({ spkiPem: expect.stringContaining('BEGIN PUBLIC KEY'), algorithm: 'RS256' });
    expect(fromRsa.sharedSecret).toBeUndefined();
    const oneLine = ec.replace(/\n/g, '\\n');
    expect(loadAuthConfig({ JWT_PUBLIC_KEY: oneLine }, { mode: 'full', dataDir }).publicKey?.algorithm).toBe('ES256');
    expect(loadAuthConfig({ JWT_PUBLIC_KEY_FILE: keyFile }, { mode: 'full', dataDir }).publicKey?.algorithm).toBe('EdDSA');
  });

  it('refuses a private key, a weak or unsupported key, and a key that is not there', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const secp384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(problemsOf({ JWT_PUBLIC_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, 'full')).toEqual([
      expect.stringContaining('holds a private key'),
    ]);
    expect(problemsOf({ JWT_PUBLIC_KEY: secp384 }, 'full')).toEqual([expect.stringContaining('ES256 needs P-256')]);
    expect(problemsOf({ JWT_PUBLIC_KEY: 'not a key' }, 'full')).toEqual([expect.stringContaining('is not a PEM public key')]);
    expect(problemsOf({ JWT_PUBLIC_KEY_FILE: join(dataDir, 'missing.pem') }, 'full')).toEqual([
      expect.stringContaining('JWT_PUBLIC_KEY_FILE cannot be read (ENOENT)'),
    ]);
    // A broken key setting is its own problem: no development secret stands in for it.
    expect(problemsOf({ JWT_PUBLIC_KEY: 'not a key' }, 'embedded')).toHaveLength(1);
    expect(() => statSync(join(dataDir, DEV_SECRET_FILE_NAME))).toThrow();
  });
});
