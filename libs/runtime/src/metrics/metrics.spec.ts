import { Controller, Get, INestApplication, Module, Param, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthConfig, MetricsConfig, SecurityConfig, ServiceName, createLogger } from '#libs/platform';
import { AuthModule } from '../auth/auth.module';
import { Roles } from '../auth/auth.decorators';
import { configureHttpApp } from '../http-app';
import { APP_CONFIG } from '../tokens';
import { Metrics, commandOutcomeLabel, sharedReading, statusClass } from './metrics';
import { MetricsModule } from './metrics.module';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';
const auth: AuthConfig = {
  mode: 'production',
  issuer: 'consultation-ledger',
  audience: 'consultation-ledger',
  sharedSecret: { value: 'metrics-test-secret-of-at-least-32-bytes', source: 'JWT_SECRET' },
  clockSkewSeconds: 60,
};
// One request per address: whatever else an address asks for is limited at once. Addresses come through the trusted loopback proxy.
const security: SecurityConfig = { actorRateLimit: { burst: 1, perSecond: 0.01 }, addressRateLimit: { burst: 1, perSecond: 0.01 }, sharedRateLimit: { enabled: false, leaseTokens: 1, timeoutMs: 1000 }, limitLoopback: true, trustProxy: 'loopback', maxJsonDepth: 8 };
const CLIENT = '203.0.113.7';

@Controller('api/v1/consultations')
class ConsultationsController {
  @Get(':id')
  read(@Param('id') id: string): { id: string } {
    return { id };
  }

  @Post()
  @Roles('secretariat')
  register(): void {}
}

async function gatewayApp(metricsConfig: MetricsConfig, services: readonly ServiceName[] = ['gateway']): Promise<{ app: INestApplication; metrics: Metrics }> {
  @Module({ providers: [{ provide: APP_CONFIG, useValue: { security, services, auth, metrics: metricsConfig } }], exports: [APP_CONFIG] })
  class ConfigModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [{ module: ConfigModule, global: true }, MetricsModule.forRoot(), AuthModule.forRoot(auth)],
    controllers: [ConsultationsController],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureHttpApp(app as NestExpressApplication, { maxBodyBytes: 4096, logger: createLogger('test', 'error'), openApi: { title: 't', description: 'd' } });
  await app.init();
  return { app, metrics: app.get(Metrics) };
}

describe('metrics', () => {
  it('labels a command by how it ended, a lost race apart from a refusal', () => {
    expect(commandOutcomeLabel({ ok: true, streamId: 's', streamVersion: 1, position: 1 })).toBe('accepted');
    expect(commandOutcomeLabel({ ok: true, streamId: 's', streamVersion: 1, position: 1, replayed: true })).toBe('replayed');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'wrong-phase', message: '' } })).toBe('refused');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'conflict', message: '' } })).toBe('conflict');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'precondition-failed', message: '' } })).toBe('conflict');
  });

  it('labels an HTTP status by its class', () => {
    expect([200, 201, 304, 404, 429, 503, 99].map(statusClass)).toEqual(['2xx', '2xx', '3xx', '4xx', '4xx', '5xx', 'other']);
  });

  it('counts commands by kind and outcome, and refusals by reason, on a registry of its own', async () => {
    const metrics = new Metrics();
    metrics.recordCommand('ProposeAmendment', { ok: true, streamId: 's', streamVersion: 1, position: 1 });
    metrics.recordCommand('ChangePhase', { ok: false, refusal: { code: 'invalid', message: 'no' } });
    metrics.recordCommandError('ChangePhase');
    metrics.recordAccessRefusal('forbidden');
    const text = await metrics.registry.metrics();
    expect(text).toContain('ledger_commands_total{kind="ProposeAmendment",outcome="accepted"} 1');
    expect(text).toContain('ledger_commands_total{kind="ChangePhase",outcome="refused"} 1');
    expect(text).toContain('ledger_commands_total{kind="ChangePhase",outcome="error"} 1');
    expect(text).toContain('ledger_refusals_total{source="command",reason="invalid"} 1');
    expect(text).toContain('ledger_refusals_total{source="access",reason="forbidden"} 1');
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    // A second set in the same process is independent: nothing is registered twice.
    expect(await new Metrics().registry.metrics()).not.toContain('ProposeAmendment');
  });

  it('reads once for every gauge of one scrape, and afresh on the next', async () => {
    let reads = 0;
    const read = sharedReading(async () => ++reads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(2);
  });

  describe('on the HTTP edge of a gateway', () => {
    let app: INestApplication;
    let metrics: Metrics;
    beforeAll(async () => ({ app, metrics } = await gatewayApp({ enabled: true, token: TOKEN })));
    afterAll(() => app.close());

    it('times requests by route template and status class, never by the URL asked for', async () => {
      await request(app.getHttpServer()).get('/api/v1/consultations/7f0c2a4e-1d6b-4e2b-9c61-0d1f0e5b9a11').set('X-Forwarded-For', CLIENT);
      const text = await metrics.registry.metrics();
      // The address limit lets one request through; the second is refused before routing, and counted unmatched.
      expect((await request(app.getHttpServer()).get('/api/v1/consultations/another-id').set('X-Forwarded-For', CLIENT)).status).toBe(429);
      const after = await metrics.registry.metrics();
      expect(text).toContain('ledger_http_request_duration_seconds_count{method="GET",route="/api/v1/consultations/:id",status_class="4xx"} 1');
      expect(after).toContain('ledger_http_request_duration_seconds_count{method="GET",route="unmatched",status_class="4xx"} 1');
      expect(after).not.toContain('7f0c2a4e');
      expect(after).not.toContain('another-id');
    });

    it('serves /metrics to the token holder only, past the rate limits and outside the OpenAPI document', async () => {
      const server = app.getHttpServer();
      for (let i = 0; i < 3; i++) {
        const scrape = await request(server).get('/metrics').set('X-Forwarded-For', CLIENT).auth(TOKEN, { type: 'bearer' });
        expect(scrape.status).toBe(200);
        expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
        expect(scrape.text).toContain('# TYPE ledger_http_request_duration_seconds histogram');
        expect(scrape.text).not.toMatch(/route="\/metrics"/);
      }
      const anonymous = await request(server).get('/metrics');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
      const wrong = await request(server).get('/metrics').auth(`${TOKEN.slice(0, -1)}x`, { type: 'bearer' });
      expect(wrong.status).toBe(401);
      const openApi = await request(server).get('/api/docs/openapi.json').set('X-Forwarded-For', '198.51.100.9');
      expect(Object.keys(openApi.body.paths ?? {}).length).toBeGreaterThan(0);
      expect(JSON.stringify(openApi.body)).not.toContain('metrics');
    });
  });

  it("does not serve /metrics on a gateway with production identity and no token: the public port is no place for them", async () => {
    const { app } = await gatewayApp({ enabled: true });
    try {
      expect((await request(app.getHttpServer()).get('/metrics')).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('serves /metrics openly on an internal service without a token', async () => {
    const { app } = await gatewayApp({ enabled: true }, ['ledger']);
    try {
      const scrape = await request(app.getHttpServer()).get('/metrics');
      expect(scrape.status).toBe(200);
      expect(scrape.text).toContain('# TYPE ledger_commands_total counter');
    } finally {
      await app.close();
    }
  });
});
