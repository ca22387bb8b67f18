/**
 * The rate limits of the security suite, per actor and per address: one process (the embedded
 * composition) on the test PostgreSQL, in the production auth mode, with small buckets and
 * X-Forwarded-For trusted from this machine.
 */
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { TEST_AUDIT_SIGNING_KEY, startService } from './support/ledger-cluster';
import { Answer } from './support/negotiation-steps';
import { expectProblem } from './support/security-scenario';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

describe('security: rate limits per actor and per address', () => {
  let database: { url: string; drop: () => Promise<void> };
  let server: ServiceProcess;
  let gateway: HttpClient;

  beforeAll(async () => {
    database = await createTestDatabase('security_rate');
    const port = await freePort();
    server = await startService('all', {
      DATABASE_URL: database.url,
      PORT: String(port),
      AUTH_MODE: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      RATE_LIMIT_ACTOR_BURST: '5',
      RATE_LIMIT_ACTOR_PER_SECOND: '0.1',
      RATE_LIMIT_ADDRESS_BURST: '8',
      RATE_LIMIT_ADDRESS_PER_SECOND: '0.1',
      // The test speaks through this machine as a proxy would: X-Forwarded-For names the client.
      TRUST_PROXY: 'loopback',
    });
    gateway = new HttpClient(`http://127.0.0.1:${port}`);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers an actor over its limit 429 with Retry-After, as problem details, and others go on', async () => {
    const egypt = gateway.as(await tokenFor('egypt', 'stakeholder'));
    const statuses: number[] = [];
    let last: Answer | undefined;
    for (let i = 0; i < 7; i++) {
      last = await egypt.request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': `198.51.100.${i + 1}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expectProblem(last!, 429, 'too-many-requests');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last!.json.retryAfter).toBe(Number(last!.headers.get('retry-after')));
    const kenya = gateway.as(await tokenFor('kenya', 'stakeholder'));
    expect((await kenya.request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': '198.51.100.50' })).status).toBe(200);
  });

  it('answers an address over its limit 429 before looking at the request, whoever asks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const client = i % 2 === 0 ? gateway : gateway.as(await tokenFor(`stakeholder-${i}`, 'stakeholder'));
      statuses.push((await client.request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': '203.0.113.9' })).status);
    }
    expect(statuses).toEqual([401, 200, 401, 200, 401, 200, 401, 200, 429, 429]);
    const other = await gateway.request('GET', '/api/v1/consultations', undefined, { 'x-forwarded-for': '203.0.113.10' });
    expect(other.status).toBe(401);
  });
});
