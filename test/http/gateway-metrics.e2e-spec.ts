import { Controller, Get, INestApplication, Module, Param, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthConfig, MetricsConfig, SecurityConfig, ServiceName, createLogger } from '#libs/platform';
import { AuthModule } from '../../libs/runtime/src/auth/auth.module';
import { Roles } from '../../libs/runtime/src/auth/auth.decorators';
import { configureHttpApp } from '../../libs/runtime/src/http-app';
import { APP_CONFIG } from '../../libs/runtime/src/tokens';
import { Metrics } from '../../libs/runtime/src/metrics/metrics';
import { MetricsModule } from '../../libs/runtime/src/metrics/metrics.module';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';
const auth: AuthConfig = {
  mode: 'production',
  issuer: 'consultation-ledger',
  audience: 'consultation-ledger',
  sharedSecret: { value: 'metrics-test-secret-of-at-least-32-bytes', source: 'JWT_SECRET' },
  clockSkewSeconds: 60,
};
// One request per address: whatever else an address asks for is limited at once. Addresses come through the trusted loopback proxy.
const security: SecurityConfig = {
  actorRateLimit: { burst: 1, perSecond: 0.01 },
  addressRateLimit: { burst: 1, perSecond: 0.01 },
  sharedRateLimit: { enabled: false, leaseTokens: 1, timeoutMs: 1000 },
  limitLoopback: true,
  trustProxy: 'loopback',
  maxJsonDepth: 8,
};
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

async function gatewayApp(
  metricsConfig: MetricsConfig,
  services: readonly ServiceName[] = ['gateway'],
): Promise<{ app: INestApplication; metrics: Metrics }> {
  @Module({ providers: [{ provide: APP_CONFIG, useValue: { security, services, auth, metrics: metricsConfig } }], exports: [APP_CONFIG] })
  class ConfigModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [{ module: ConfigModule, global: true }, MetricsModule.forRoot(), AuthModule.forRoot(auth)],
    controllers: [ConsultationsController],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureHttpApp(app as NestExpressApplication, {
    maxBodyBytes: 4096,
    logger: createLogger('test', 'error'),
    openApi: { title: 't', description: 'd' },
  });
  await app.init();
  return { app, metrics: app.get(Metrics) };
}

describe('metrics', () => {
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
      expect(text).toContain(
        'ledger_http_request_duration_seconds_count{method="GET",route="/api/v1/consultations/:id",status_class="4xx"} 1',
      );
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
      const wrong = await request(server)
        .get('/metrics')
        .auth(`${TOKEN.slice(0, -1)}x`, { type: 'bearer' });
      expect(wrong.status).toBe(401);
      const openApi = await request(server).get('/api/docs/openapi.json').set('X-Forwarded-For', '198.51.100.9');
      expect(Object.keys(openApi.body.paths ?? {}).length).toBeGreaterThan(0);
      expect(JSON.stringify(openApi.body)).not.toContain('metrics');
    });
  });

  it('does not serve /metrics on a gateway with production identity and no token: the public port is no place for them', async () => {
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
