import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { loadAuthConfig } from '#libs/platform';
import { TokenVerifier } from '#libs/runtime';
import { tokenCommand } from './token';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!';

describe('cli token', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cli-token-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function run(argv: string[], env: Record<string, string> = {}, dir = dataDir) {
    let stdout = '';
    let stderr = '';
    const code = await tokenCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, dataDir: dir });
    return { code, stdout, stderr };
  }

  it('prints a development token the server accepts, with the same secret file', async () => {
    const { code, stdout, stderr } = await run([
      '--role',
      'chair',
      '--role',
      'auditor',
      '--sub',
      'person-4711',
      '--name',
      'Chair of WG-WSIS',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });

    // The server started later on the same data folder reads the secret the command made.
    const verifier = await TokenVerifier.create(loadAuthConfig({}, { mode: 'embedded', dataDir }));
    expect(await verifier.verify(stdout.trim())).toEqual({
      ok: true,
      actor: { id: 'person-4711', role: 'chair', roles: ['chair', 'auditor'], name: 'Chair of WG-WSIS' },
    });
  });

  it('signs with JWT_SECRET when it is set, for the configured issuer and audience', async () => {
    const env = { JWT_SECRET: SECRET, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'ledger-api' };
    const { code, stdout } = await run(['--role=stakeholder', '--sub=stakeholder-ke', '--ttl=30m'], env);
    expect(code).toBe(0);
    const claims = decodeJwt(stdout.trim());
    expect(claims).toMatchObject({ iss: 'https://idp.example', aud: 'ledger-api', sub: 'stakeholder-ke', roles: ['stakeholder'] });
    expect(claims.exp! - claims.iat!).toBe(30 * 60);
    const verifier = await TokenVerifier.create(loadAuthConfig(env, { mode: 'embedded', dataDir }));
    expect((await verifier.verify(stdout.trim())).ok).toBe(true);
  });

  it('lasts eight hours unless told otherwise', async () => {
    const claims = decodeJwt((await run(['--role', 'secretariat', '--sub', 'person-1'])).stdout.trim());
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
  });

  it('refuses in the production auth mode', async () => {
    const explicit = await run(['--role', 'chair', '--sub', 'person-1'], { AUTH_MODE: 'production', JWT_SECRET: SECRET });
    expect(explicit).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('refused in the production auth mode') });
    const byRunMode = await run(['--role', 'chair', '--sub', 'person-1'], { RUN_MODE: 'full', JWT_SECRET: SECRET });
    expect(byRunMode.code).toBe(2);
  });

  it('refuses when no JWT_SECRET is set and no development secret can be made', async () => {
    const notAFolder = join(dataDir, 'file');
    writeFileSync(notAFolder, '');
    const result = await run(['--role', 'chair', '--sub', 'person-1'], {}, notAFolder);
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('cannot create the development token secret') });
  });

  it('refuses a missing or unknown role, a missing subject and a wrong duration', async () => {
    expect(await run(['--sub', 'person-1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one --role') });
    expect(await run(['--role', 'admin', '--sub', 'person-1'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--role must be one of'),
    });
    expect(await run(['--role', 'chair'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--sub <id> is needed') });
    expect(await run(['--role', 'chair', '--sub', 'p', '--ttl', '8 hours'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--ttl must be'),
    });
    expect(await run(['--role', 'chair', '--sub', 'p', '--ttl', '90d'])).toMatchObject({ code: 2 });
  });
});
