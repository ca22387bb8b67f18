import { Client } from 'pg';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';

describe('the full mode: gateway, ledger and projector as separate processes on Kafka and PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let gateway: HttpClient;
  let sql: Client;
  let ledgerUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('fullmode');
    const env: Record<string, string> = { ...(await fullModeEnvironment(database.url)), MAX_BODY_BYTES: '4096' };
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    ledgerUrl = env.LEDGER_URL;
    gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('secretariat-1', 'secretariat'));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  const recordedEvents = async () => Number((await sql.query('SELECT count(*) AS n FROM events')).rows[0].n);

  it('registers a consultation and reads it back once the projector has it from Kafka', async () => {
    const created = await gateway.post('/api/v1/consultations', wsis20Consultation());
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/consultations/${created.json.id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const read = await eventually(async () => {
      const response = await gateway.get(`/api/v1/consultations/${created.json.id}`);
      expect(response.status).toBe(200);
      return response.json;
    });
    expect(read).toMatchObject({
      id: created.json.id,
      ...wsis20Consultation(),
      registeredBy: 'secretariat-1',
      eventCount: 1,
      lastPosition: created.json.position,
    });

    const list = await gateway.get('/api/v1/consultations');
    expect(list.status).toBe(200);
    expect(list.json.items.map((c: { id: string }) => c.id)).toContain(created.json.id);
  });

  it('normalises text to NFC before recording it', async () => {
    const decomposed = 'Re\u0301vision de la Re\u0301solution 30';
    const created = await gateway.post('/api/v1/consultations', wsis20Consultation({ title: decomposed, originalLanguage: 'fr' }));
    const read = await eventually(async () => {
      const response = await gateway.get(`/api/v1/consultations/${created.json.id}`);
      expect(response.status).toBe(200);
      return response.json;
    });
    expect(read.title).toBe('Révision de la Résolution 30');
  });

  it('pages through the list newest first with a cursor', async () => {
    for (let i = 0; i < 3; i++)
      expect((await gateway.post('/api/v1/consultations', wsis20Consultation({ title: `page ${i}` }))).status).toBe(201);
    const all = await eventually(async () => {
      const response = await gateway.get('/api/v1/consultations?limit=100');
      expect(response.json.items.length).toBeGreaterThanOrEqual(5);
      return response.json.items as { id: string }[];
    });
    const first = await gateway.get('/api/v1/consultations?limit=2');
    const second = await gateway.get(`/api/v1/consultations?limit=2&cursor=${first.json.next}`);
    expect([...first.json.items, ...second.json.items].map((c: { id: string }) => c.id)).toEqual(all.slice(0, 4).map((c) => c.id));
  });

  describe('bad input gets RFC 9457 problem details and records nothing', () => {
    const cases: [string, () => ReturnType<HttpClient['post']>, number, string][] = [
      ['malformed JSON', () => gateway.post('/api/v1/consultations', '{"title": "Resolution'), 400, 'malformed-json'],
      ['an unknown field', () => gateway.post('/api/v1/consultations', wsis20Consultation({ status: 'adopted' })), 400, 'validation'],
      ['a missing field', () => gateway.post('/api/v1/consultations', { title: 'Resolution 30', body: 'WTDC' }), 400, 'validation'],
      [
        'a language that is not a UN language',
        () => gateway.post('/api/v1/consultations', wsis20Consultation({ originalLanguage: 'de' })),
        400,
        'validation',
      ],
      [
        'an invisible bidi control',
        () => gateway.post('/api/v1/consultations', wsis20Consultation({ title: 'Resolution \u202E30' })),
        400,
        'validation',
      ],
      [
        'a body over the limit',
        () => gateway.post('/api/v1/consultations', wsis20Consultation({ subject: 'x'.repeat(5000) })),
        413,
        'body-too-large',
      ],
      [
        'a body that is not JSON',
        () => gateway.request('POST', '/api/v1/consultations', 'title=x', { 'content-type': 'text/plain' }),
        415,
        'unsupported-media-type',
      ],
    ];

    it.each(cases)('refuses %s', async (_, send, status, slug) => {
      const before = await recordedEvents();
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.json).toMatchObject({ status, type: expect.stringMatching(new RegExp(`/${slug}$`)), title: expect.any(String) });
      expect(await recordedEvents()).toBe(before);
    });

    it('names each invalid field', async () => {
      const response = await gateway.post('/api/v1/consultations', {
        title: '',
        body: 'ITU Council',
        subject: 'x',
        originalLanguage: 'ar',
        extra: 1,
      });
      expect(response.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'title']);
    });

    it('answers an unknown consultation with 404 problem details', async () => {
      const response = await gateway.get('/api/v1/consultations/00000000-0000-4000-8000-000000000000');
      expect(response.status).toBe(404);
      expect(response.json.type).toMatch(/\/not-found$/);
    });
  });

  it('refuses a request without a bearer token (401) and a stakeholder registering a consultation (403)', async () => {
    const anonymous = new HttpClient(gateway.baseUrl);
    const before = await recordedEvents();
    const unauthenticated = await anonymous.post('/api/v1/consultations', wsis20Consultation());
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const forbidden = await gateway.as(await tokenFor('egypt', 'stakeholder')).post('/api/v1/consultations', wsis20Consultation());
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.type).toMatch(/forbidden$/);
    expect(await recordedEvents()).toBe(before);
  });

  it("refuses a command sent to the ledger's internal API without the gateway's token", async () => {
    const before = await recordedEvents();
    const response = await new HttpClient(ledgerUrl).post('/internal/commands', {
      command: {
        kind: 'RegisterConsultation',
        consultation: {
          consultationId: '00000000-0000-4000-8000-0000000000aa',
          ...wsis20Consultation(),
          chairs: [],
          deadlines: {},
          restricted: false,
        },
      },
      metadata: { actor: { id: 'intruder', role: 'secretariat' }, correlationId: 'x', requestedAt: new Date().toISOString() },
    });
    expect(response.status).toBe(401);
    expect(await recordedEvents()).toBe(before);
  });

  it('reports readiness of PostgreSQL and Kafka, and serves the OpenAPI document', async () => {
    const health = await gateway.get('/health');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'up', checks: { postgres: { status: 'up' }, kafka: { status: 'up' } } });
    const openApi = await gateway.get('/api/docs/openapi.json');
    expect(Object.keys(openApi.json.paths)).toEqual(expect.arrayContaining(['/api/v1/consultations', '/api/v1/consultations/{id}']));
  });
});
