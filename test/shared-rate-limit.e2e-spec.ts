import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { PostgresSharedBucketStore } from '#libs/runtime';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';

/*
 * Two gateways behind one (imagined) balancer, on one database, in the full mode where the
 * shared limit is on by default. Each gateway's own buckets would let an actor through
 * `burst` times on each, twice the limit in all; the bucket in PostgreSQL holds them to it.
 * The limits refill at 0.01 a second, so nothing refills while the test runs.
 */

const BURST = 5;
const ADDRESS_BURST = 6;

type Answer = Awaited<ReturnType<HttpClient['request']>>;

function expectTooManyRequests(answer: Answer): void {
  if (answer.status !== 429) throw new Error(`expected 429, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json.type).toMatch(/\/too-many-requests$/);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(1 / 0.01);
  expect(answer.json.retryAfter).toBe(retryAfter);
}

describe('rate limits shared by two gateways on one database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let gateways: HttpClient[];
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase('shared_rate');
    const env = {
      ...(await fullModeEnvironment(database.url)),
      RATE_LIMIT_ACTOR_BURST: String(BURST),
      RATE_LIMIT_ACTOR_PER_SECOND: '0.01',
      RATE_LIMIT_ADDRESS_BURST: String(ADDRESS_BURST),
      RATE_LIMIT_ADDRESS_PER_SECOND: '0.01',
      // The test speaks through this machine as a balancer would: X-Forwarded-For names the client.
      TRUST_PROXY: 'loopback',
      // A test machine shared with other suites can take longer than the default second to answer,
      // which the gateway would rightly count as the database failing (and let the request through).
      RATE_LIMIT_SHARED_TIMEOUT_MS: '20000',
    };
    const ports = [await freePort(), await freePort()];
    // Only the gateways: the requests read, and the reads need neither the ledger nor the projector.
    services = await Promise.all(ports.map((port) => startService('gateway', { ...env, PORT: String(port) })));
    gateways = ports.map((port) => new HttpClient(`http://127.0.0.1:${port}`));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  /** The requests of one actor, each to the next gateway in turn. */
  async function alternating(sub: string, count: number): Promise<Answer[]> {
    const token = await tokenFor(sub, 'stakeholder');
    const answers: Answer[] = [];
    for (let i = 0; i < count; i++) answers.push(await gateways[i % 2].as(token).get('/api/v1/consultations'));
    return answers;
  }

  it('admits an actor the configured limit in all across both gateways, not twice it, then 429 with Retry-After from both', async () => {
    const answers = await alternating('egypt', 3 * BURST);
    expect(answers.map((a) => a.status)).toEqual([...Array(BURST).fill(200), ...Array(2 * BURST).fill(429)]);
    // Both gateways refuse, each with its own bucket for egypt still holding tokens.
    for (const refused of answers.slice(BURST, BURST + 2)) expectTooManyRequests(refused);
    const { rows } = await sql.query("SELECT granted FROM rate_limit_buckets WHERE key = 'actor:egypt'");
    expect(rows).toEqual([{ granted: 0 }]);
  });

  it('leaves another actor unaffected, on either gateway', async () => {
    const answers = await alternating('kenya', BURST);
    expect(answers.map((a) => a.status)).toEqual(Array(BURST).fill(200));
  });

  it('holds when the requests come at once, spread over both gateways', async () => {
    const token = await tokenFor('ghana', 'stakeholder');
    const answers = await Promise.all(Array.from({ length: 4 * BURST }, (_, i) => gateways[i % 2].as(token).get('/api/v1/consultations')));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(BURST);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(3 * BURST);
  });

  it('limits a client address across both gateways as well, before looking at the request', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < ADDRESS_BURST + 2; i++) {
      answers.push(await gateways[i % 2].request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': '203.0.113.9' }));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(ADDRESS_BURST).fill(401), 429, 429]);
    expectTooManyRequests(answers[ADDRESS_BURST + 1]);
    const other = await gateways[1].request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': '203.0.113.10' });
    expect(other.status).toBe(401);
  });

  it('keeps refused requests out of the refusal log, as the per-process limit always has', async () => {
    const { rows } = await sql.query('SELECT count(*)::int AS n FROM access_refusals WHERE status = 429');
    expect(rows[0].n).toBe(0);
  });

  it('fails open when the shared buckets cannot be reached: each gateway its own limit, and a warning', async () => {
    await sql.query('ALTER TABLE rate_limit_buckets RENAME TO rate_limit_buckets_away');
    try {
      const answers = await alternating('peru', 3 * BURST);
      // Each gateway's own bucket lets BURST through: the limit no longer holds across them, but each still holds.
      expect(answers.map((a) => a.status)).toEqual([...Array(2 * BURST).fill(200), ...Array(BURST).fill(429)]);
      for (const gateway of services) await gateway.waitForLog(/^shared rate limit unavailable/, 5_000);
    } finally {
      await sql.query('ALTER TABLE rate_limit_buckets_away RENAME TO rate_limit_buckets');
    }
  });
});

describe('the shared buckets in PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let pools: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('shared_buckets');
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    pools = await Promise.all(
      [1, 2].map((n) => createDataSource({ url: database.url, applicationName: `gateway-${n}`, poolSize: 10 }).initialize()),
    );
  });

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.destroy()));
    await database?.drop();
  });

  it('grants a bucket no more than it holds to takes racing from two connection pools', async () => {
    const stores = pools.map((pool) => new PostgresSharedBucketStore(pool));
    const limit = { burst: 7, perSecond: 0.001 };
    const grants = await Promise.all(Array.from({ length: 40 }, (_, i) => stores[i % 2].take('actor:racing', limit, 1 + (i % 3))));
    expect(grants.reduce((sum, grant) => sum + grant.granted, 0)).toBe(7);
  });

  it('sweeps buckets once they are full again and keeps the others', async () => {
    const store = new PostgresSharedBucketStore(pools[0]);
    await store.take('actor:quick', { burst: 2, perSecond: 1000 }, 1);
    await store.take('actor:slow', { burst: 2, perSecond: 0.001 }, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.sweep(1000)).toBeGreaterThanOrEqual(1);
    const keys = (await pools[0].query('SELECT key FROM rate_limit_buckets')).map((row: { key: string }) => row.key);
    expect(keys).toContain('actor:slow');
    expect(keys).not.toContain('actor:quick');
  });

  it('keeps a very long key to a bounded size', async () => {
    const store = new PostgresSharedBucketStore(pools[0]);
    expect(await store.take(`actor:${'x'.repeat(5000)}`, { burst: 1, perSecond: 1 }, 1)).toEqual({ granted: 1, tokens: 0 });
    const { length } = (
      await pools[0].query("SELECT max(length(key)) AS length FROM rate_limit_buckets WHERE key LIKE 'actor:sha256:%'")
    )[0];
    expect(length).toBe('actor:sha256:'.length + 64);
  });
});
