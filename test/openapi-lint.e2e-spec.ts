import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HttpClient } from './support/http';
import { PUBLISHED_OPERATION_IDS } from './support/published-operation-ids';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';

const REPO_ROOT = join(__dirname, '..');
const ARTIFACT = join(__dirname, 'artifacts', 'openapi.json');
const REDOCLY = join(REPO_ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number; readonly ignored: number };
  readonly problems: readonly {
    readonly ruleId: string;
    readonly severity: string;
    readonly message: string;
    readonly location: readonly { readonly pointer?: string }[];
  }[];
}

/** Redocly's lint of a file with the repository's redocly.yaml, offline: no usage data, no update check. */
function lint(file: string): Promise<LintReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [REDOCLY, 'lint', file, '--config', join(REPO_ROOT, 'redocly.yaml'), '--format=json'],
      {
        cwd: REPO_ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
        },
      },
      // It exits 1 when it finds problems: the report on stdout says which.
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as LintReport);
        } catch {
          reject(new Error(`redocly lint gave no report (${error?.message ?? 'no error'}):\n${stderr}`));
        }
      },
    );
  });
}

describe('the OpenAPI document the gateway serves', () => {
  let database: { url: string; drop: () => Promise<void> };
  let gateway: ServiceProcess | undefined;
  let document: any;

  beforeAll(async () => {
    database = await createTestDatabase('openapi');
    const env = await fullModeEnvironment(database.url);
    gateway = await startService('gateway', env);
    const response = await new HttpClient(`http://127.0.0.1:${env.PORT}`).get('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    document = response.json;
    mkdirSync(dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(document, null, 2)}\n`);
  });

  afterAll(async () => {
    await gateway?.stop();
    await database?.drop();
  });

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const report = await lint(ARTIFACT);
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location.map((l) => l.pointer).join(', ')})`);
    expect(problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  });

  it('answers every refusal of every operation as problem details, with the Problem schema', () => {
    const notProblems: string[] = [];
    type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
    for (const [path, operations] of Object.entries<Record<string, Operation>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          // Readiness answers 503 with its checks, not a problem: probes read the body.
          if (Number(status) < 400 || (path === '/health' && status === '503')) continue;
          const types = Object.keys(response.content ?? {});
          if (
            types.join() !== 'application/problem+json' ||
            response.content!['application/problem+json'].schema?.$ref !== '#/components/schemas/Problem'
          ) {
            notProblems.push(`${method.toUpperCase()} ${path} ${status}: ${types.join(', ') || 'no content'}`);
          }
        }
      }
    }
    expect(notProblems).toEqual([]);
    expect(document.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'instance']);
  });

  it('keeps the operation id of every operation it has published', () => {
    const served = new Map<string, string>();
    for (const [path, operations] of Object.entries<Record<string, { operationId: string }>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) served.set(`${method.toUpperCase()} ${path}`, operation.operationId);
    }
    const changed = PUBLISHED_OPERATION_IDS.filter(([route, operationId]) => served.get(route) !== operationId).map(
      ([route, operationId]) => `${route}: ${operationId} served as ${served.get(route) ?? 'nothing'}`,
    );
    expect(changed).toEqual([]);
  });
});
