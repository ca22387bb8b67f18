import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Acknowledged, Actors, actorsOf, negotiateThroughEveryEndpoint, read, readSide } from './support/every-endpoint-negotiation';
import { BuiltServer, Ending } from './support/built-server';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { fullModeEnvironment } from './support/ledger-cluster';
import { createTestDatabase } from './support/test-database';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

type BurstOutcome = { readonly correlationId: string; readonly stakeholderId: string } & (
  { readonly status: number } | { readonly error: string }
);

/**
 * A POST on a connection of its own, so that a refused connection and a cut one are told
 * apart. With `betweenHalves`, the headers and half the body are sent, then it runs, then
 * the rest follows: a request in flight for as long as it takes.
 */
function postOnOwnConnection(
  url: URL,
  token: string,
  body: unknown,
  correlationId: string,
  betweenHalves?: () => Promise<void>,
): Promise<{ status: number } | { error: string }> {
  return new Promise((resolve) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = httpRequest(url, {
      method: 'POST',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        connection: 'close',
        'x-correlation-id': correlationId,
      },
    });
    req.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode! }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    if (!betweenHalves) return req.end(payload);
    const half = Math.floor(payload.length / 2);
    req.flushHeaders();
    req.write(payload.subarray(0, half));
    void betweenHalves().then(() => req.end(payload.subarray(half)));
  });
}

const burstStakeholder = (id: string) => ({ id, name: `Burst ${id}`, category: 'civil-society', region: 'global' });

/**
 * Registers stakeholders, four at a time, until the gateway refuses connections: the commands
 * a signal finds in flight. `onAcknowledged` hears of each acknowledged one as it comes.
 */
async function registerUntilRefused(baseUrl: string, label: string, onAcknowledged: (count: number) => void): Promise<BurstOutcome[]> {
  const token = await tokenFor('itu-secretariat', 'secretariat');
  const url = new URL('/api/v1/stakeholders', baseUrl);
  const outcomes: BurstOutcome[] = [];
  let refused = false;
  let sequence = 0;
  const deadline = Date.now() + 60_000;
  const sender = async () => {
    while (!refused && Date.now() < deadline) {
      const stakeholderId = `${label}-${++sequence}`;
      const correlationId = randomUUID();
      const outcome = await postOnOwnConnection(url, token, burstStakeholder(stakeholderId), correlationId);
      outcomes.push({ correlationId, stakeholderId, ...outcome });
      if ('error' in outcome && outcome.error === 'ECONNREFUSED') refused = true;
      if ('status' in outcome && outcome.status === 201) onAcknowledged(outcomes.filter((o) => 'status' in o && o.status === 201).length);
    }
  };
  await Promise.all([sender(), sender(), sender(), sender()]);
  return outcomes;
}

/**
 * Once `acknowledgedBeforeSignal` burst commands were acknowledged (and `ready` resolved),
 * starts one more command whose body is only half sent, sends the signal, and sends the rest
 * of the body half a second later, when the server is draining. Answers the burst and that
 * command in flight.
 */
async function signalDuringBurst(
  baseUrl: string,
  label: string,
  acknowledgedBeforeSignal: number,
  send: () => Promise<void>,
  ready: () => Promise<void> = async () => undefined,
): Promise<{ burst: BurstOutcome[]; inFlight: BurstOutcome }> {
  let signalled: Promise<void> = Promise.resolve();
  let reached!: () => void;
  const enough = new Promise<void>((resolve) => (reached = resolve));
  const burst = registerUntilRefused(baseUrl, label, (count) => {
    if (count >= acknowledgedBeforeSignal) reached();
  });
  void burst.finally(reached);
  await enough;
  await ready();
  const stakeholderId = `${label}-in-flight`;
  const correlationId = randomUUID();
  const outcome = await postOnOwnConnection(
    new URL('/api/v1/stakeholders', baseUrl),
    await tokenFor('itu-secretariat', 'secretariat'),
    burstStakeholder(stakeholderId),
    correlationId,
    async () => {
      // Long enough for the server to have read the headers: from then on the request is in flight.
      await sleep(500);
      signalled = send();
      await sleep(500);
    },
  );
  const inFlight = { stakeholderId, correlationId, ...outcome };
  const outcomes = await burst;
  await signalled;
  return { burst: [...outcomes, inFlight], inFlight };
}

/**
 * Exit code 0, nothing on stderr of what escapes a process (an unhandled 'error' event, an
 * uncaught exception), no error in the log but those `expected`, and the shutdown logged.
 */
function expectCleanExit(server: BuiltServer, ending: Ending, expected?: RegExp): void {
  const errors = server.lines.filter((l) => l.level === 'error' && !(expected && expected.test(JSON.stringify(l))));
  const report = { service: server.service, ending, stderr: server.stderr, errors };
  expect(report).toEqual({
    service: server.service,
    ending: { code: 0, signal: null },
    stderr: expect.not.stringMatching(/unhandled|uncaught|Error/i),
    errors: [],
  });
  const messages = server.lines.map((l) => l.message);
  expect(messages.indexOf('shutting down')).toBeGreaterThanOrEqual(0);
  expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('shutting down'));
}

/**
 * The command in flight at the signal was answered, and every other burst command was
 * answered or found no listener: refused, or reset when the listener closed with its
 * connection still in the kernel's queue (that one never reached the server; checked after the
 * restart: a command not acknowledged is not recorded). Answers are acknowledgements or, in
 * the full mode, "ledger unavailable".
 */
function expectAnswered(result: { burst: readonly BurstOutcome[]; inFlight: BurstOutcome }, statuses: readonly number[]): void {
  const { inFlight } = result;
  expect({ inFlight, answered: 'status' in inFlight && statuses.includes(inFlight.status) }).toEqual({ inFlight, answered: true });
  const other = result.burst.filter((o) =>
    'error' in o ? !['ECONNREFUSED', 'ECONNRESET'].includes(o.error) : !statuses.includes(o.status),
  );
  expect(other).toEqual([]);
}

const acknowledgedIn = (outcomes: readonly BurstOutcome[]) => outcomes.filter((o) => 'status' in o && o.status === 201);

/** Events recorded per correlation id, for the ids given. */
async function eventsPerCorrelation(sql: Client, correlationIds: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql.query(
    `SELECT metadata->>'correlationId' AS id, count(*)::int AS n FROM events WHERE metadata->>'correlationId' = ANY($1::text[]) GROUP BY 1`,
    [correlationIds],
  );
  return new Map(rows.map((row) => [row.id, row.n]));
}

/** Every projection's checkpoint is at the head of the store. */
async function expectProjectionsCaughtUp(sql: Client): Promise<void> {
  await eventually(async () => {
    const { rows } = await sql.query(
      `SELECT (SELECT max(position) FROM events)::int AS head, min(position)::int AS lowest, max(position)::int AS highest FROM projection_checkpoints`,
    );
    expect(rows[0].lowest).toBe(rows[0].head);
    expect(rows[0].highest).toBe(rows[0].head);
  }, 60_000);
}

/**
 * What must hold after a restart on the same database: every acknowledged command's events
 * are in the store, the burst's exactly once (and none of a command answered "unavailable"),
 * nothing recorded before the signal changed, and the read side has caught up and shows
 * what it showed before.
 */
async function expectNothingLost(
  sql: Client,
  as: Actors,
  before: { perCorrelation: Map<string, number>; readSide: unknown[] },
  workload: Acknowledged,
  burst: readonly BurstOutcome[],
  ids: { consultationId: string; documentId: string },
): Promise<void> {
  const after = await eventsPerCorrelation(sql, workload.correlationIds);
  expect(workload.correlationIds.filter((id) => !(after.get(id)! >= 1))).toEqual([]);
  expect(after).toEqual(before.perCorrelation);

  const acknowledged = acknowledgedIn(burst);
  const notAcknowledged = burst.filter((o) => !acknowledged.includes(o));
  const recorded = await eventsPerCorrelation(
    sql,
    burst.map((o) => o.correlationId),
  );
  expect(acknowledged.map((o) => [o.stakeholderId, recorded.get(o.correlationId)])).toEqual(acknowledged.map((o) => [o.stakeholderId, 1]));
  expect(notAcknowledged.map((o) => [o.stakeholderId, recorded.get(o.correlationId) ?? 0])).toEqual(
    notAcknowledged.map((o) => [o.stakeholderId, 0]),
  );

  await expectProjectionsCaughtUp(sql);
  const registered = Number((await sql.query(`SELECT count(*) FROM events WHERE type = 'StakeholderRegistered'`)).rows[0].count);
  const listed: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await read(as.secretariat, `/api/v1/stakeholders?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    listed.push(...page.items.map((s: { id: string }) => s.id));
    cursor = page.next ?? undefined;
  }
  expect(listed).toHaveLength(registered);
  expect(new Set(listed).size).toBe(registered);
  expect(listed).toEqual(expect.arrayContaining(acknowledged.map((o) => o.stakeholderId)));
  expect(await readSide(as, ids)).toEqual(before.readSide);
}

describe('an orderly stop on SIGTERM: requests answered, batches finished, connections closed, PostgreSQL last, exit 0', () => {
  const running: BuiltServer[] = [];
  const start = async (service: Parameters<typeof BuiltServer.start>[0], env: Record<string, string>) => {
    const server = await BuiltServer.start(service, env);
    running.push(server);
    return server;
  };

  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.kill()));
  });

  describe('the embedded default', () => {
    let dataDir: string;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'ledger-shutdown-'));
    });

    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('stops with exit code 0 after every endpoint family was used and with commands in flight, and restarts with nothing lost', async () => {
      const pgPort = await freePort();
      const env = {
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(await freePort()),
        RELAY_POLL_INTERVAL_MS: '50',
        JWT_SECRET: TEST_JWT_SECRET,
        AUDIT_CHECKPOINT_EVERY_EVENTS: '5',
      };
      const baseUrl = `http://127.0.0.1:${env.PORT}`;
      const as = await actorsOf(baseUrl);
      const workload = new Acknowledged();
      const sql = () => new Client({ connectionString: `postgres://ledger:ledger@127.0.0.1:${pgPort}/ledger` });

      let server = await start('all', env);
      const ids = await negotiateThroughEveryEndpoint(baseUrl, as, workload);
      let db = sql();
      await db.connect();
      const before = { perCorrelation: await eventsPerCorrelation(db, workload.correlationIds), readSide: await readSide(as, ids) };
      await db.end();

      let ending!: Ending;
      const { burst, inFlight } = await signalDuringBurst(baseUrl, 'embedded-burst', 5, async () => {
        ending = await server.signal('SIGTERM');
      });
      expectCleanExit(server, ending);
      expectAnswered({ burst, inFlight }, [201]);

      server = await start('all', env);
      db = sql();
      await db.connect();
      try {
        await expectNothingLost(db, as, before, workload, burst, ids);
      } finally {
        await db.end();
      }
      expectCleanExit(server, await server.signal('SIGINT'));
    });
  });

  describe('the full mode', () => {
    let database: { url: string; drop: () => Promise<void> };
    let sql: Client;

    beforeAll(async () => {
      database = await createTestDatabase('shutdown');
      sql = new Client({ connectionString: database.url });
      await sql.connect();
    });

    afterAll(async () => {
      await sql?.end();
      await database?.drop();
    });

    it('stops gateway, ledger and projector with exit code 0 each, the projector after the batch it was applying, and restarts with nothing lost', async () => {
      const env = await fullModeEnvironment(database.url);
      const baseUrl = `http://127.0.0.1:${env.PORT}`;
      const as = await actorsOf(baseUrl);
      const workload = new Acknowledged();

      let [ledger, projector, gateway] = await Promise.all([start('ledger', env), start('projector', env), start('gateway', env)]);
      const ids = await negotiateThroughEveryEndpoint(baseUrl, as, workload);
      const before = { perCorrelation: await eventsPerCorrelation(sql, workload.correlationIds), readSide: await readSide(as, ids) };

      // A projector that takes seconds over each batch, so that the signal finds it in the middle of one.
      expectCleanExit(projector, await projector.signal('SIGTERM'));
      projector = await start('projector', { ...env, FAULT_PROJECTOR_PAUSE_MID_BATCH_MS: '400' });
      const lowestCheckpoint = async () => Number((await sql.query('SELECT min(position) AS p FROM projection_checkpoints')).rows[0].p);
      let checkpointAtSignal = 0;
      const endings = new Map<BuiltServer, Ending>();
      const { burst, inFlight } = await signalDuringBurst(
        baseUrl,
        'full-burst',
        5,
        async () => {
          await Promise.all([gateway, ledger, projector].map(async (server) => endings.set(server, await server.signal('SIGTERM'))));
        },
        async () => {
          // The first projection of the batch is half applied; the ten of them take four seconds.
          await projector.waitForLog(/^fault injection: pausing in the middle of a batch$/);
          checkpointAtSignal = await lowestCheckpoint();
        },
      );
      // The gateway answers 503 to what reaches it once the ledger has stopped listening, and logs it.
      for (const server of [gateway, ledger, projector]) expectCleanExit(server, endings.get(server)!, /The ledger service did not answer/);
      expectAnswered({ burst, inFlight }, [201, 503]);
      // The batch under way at the signal was committed, not abandoned.
      expect(await lowestCheckpoint()).toBeGreaterThan(checkpointAtSignal);

      [ledger, projector, gateway] = await Promise.all([start('ledger', env), start('projector', env), start('gateway', env)]);
      await expectNothingLost(sql, as, before, workload, burst, ids);
      const stopped = await Promise.all([gateway, ledger, projector].map((server) => server.signal('SIGINT')));
      [gateway, ledger, projector].forEach((server, i) => expectCleanExit(server, stopped[i]));
    });
  });
});
