import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { wsis20Consultation } from './support/consultations';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

const REPO_ROOT = join(__dirname, '..');

/** `npm run cli -- audit ...` as the embedded default's operator runs it: no key, no database URL, from the repository. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '-r', '@swc-node/register', join(REPO_ROOT, 'apps', 'cli', 'main.ts'), 'audit', ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The embedded default keeps no copy of the history outside PostgreSQL: the audit checks the
 * store against its own hash chain and against the checkpoints signed with the development
 * key (made once in .data), and says that Kafka was not checked.
 */
describe('audit in the embedded default: the store and the signed checkpoints, no Kafka', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: ServiceProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-audit-embedded-'));
    env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      RELAY_POLL_INTERVAL_MS: '50',
      JWT_SECRET: TEST_JWT_SECRET,
      AUDIT_CHECKPOINT_EVERY_EVENTS: '3',
    };
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('verifies the store and the checkpoints, says that Kafka was not checked, and locates a deleted event', async () => {
    server = await startService('all', env);
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    const secretariat = gateway.as(await tokenFor('itu-secretariat', 'secretariat'));
    const auditor = gateway.as(await tokenFor('auditor-1', 'auditor'));
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const created = await secretariat.post('/api/v1/consultations', wsis20Consultation({ title: `مراجعة القرار 1334 (${i})` }));
      expect(created.status).toBe(201);
      ids.push(created.json.id);
    }
    const checkpoint = await secretariat.post('/api/v1/audit/checkpoints', {});
    expect(checkpoint.status).toBe(200);
    expect(checkpoint.json).toMatchObject({ treeSize: 5 });

    const clean = await auditor.get('/api/v1/audit/verify');
    expect(clean.status).toBe(200);
    expect(clean.json).toMatchObject({
      ok: true,
      store: { events: 5, headPosition: 5 },
      kafka: { checked: false, reason: expect.stringMatching(/embedded default has no Kafka/) },
      checkpoints: { latest: { treeSize: 5, signatureValid: true, rootMatches: true, chainMatches: true } },
    });
    expect(clean.json.notes).toContainEqual(expect.stringMatching(/^Kafka was not checked/));

    const run = await cli(['verify'], { EMBEDDED_PG_PORT: env.EMBEDDED_PG_PORT, DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^audit verify: CLEAN\n/);
    expect(run.stdout).toContain('kafka        not checked: the embedded default has no Kafka');

    // An insider removes the third consultation's registration.
    const sql = new Client({ connectionString: `postgres://ledger:ledger@127.0.0.1:${env.EMBEDDED_PG_PORT}/ledger` });
    await sql.connect();
    const [{ event_id: removed }] = (await sql.query('SELECT event_id FROM events WHERE position = 3')).rows;
    await sql.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
    await sql.query('DELETE FROM events WHERE position = 3');
    await sql.end();
    const tampered = await auditor.get('/api/v1/audit/verify');
    expect(tampered.json).toMatchObject({ ok: false, firstDivergence: { kind: 'store-position-gap', position: 3 } });
    expect(tampered.json.divergences).toContainEqual(expect.objectContaining({ kind: 'store-chain-break', position: 4 }));
    expect(JSON.stringify(tampered.json)).not.toContain(removed);

    // With the server stopped, the command line starts the embedded PostgreSQL itself.
    await server.stop();
    server = undefined;
    const offline = await cli(['verify'], { EMBEDDED_PG_PORT: env.EMBEDDED_PG_PORT, DATA_DIR: dataDir });
    expect(offline.code).toBe(1);
    expect(offline.stdout).toContain('first divergence at position 3: store-position-gap');
  });
});
