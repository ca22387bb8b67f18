import { Body, Controller, Get, INestApplication, Module, Post, Query } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { SignJWT } from 'jose';
import request from 'supertest';
import { IsOptional, IsString, Length } from 'class-validator';
import { AuthConfig, SecurityConfig, createLogger } from '#libs/platform';
import { AuthModule } from '../../libs/runtime/src/auth/auth.module';
import { Roles } from '../../libs/runtime/src/auth/auth.decorators';
import { CleanText } from '../../libs/runtime/src/clean-text';
import { configureHttpApp } from '../../libs/runtime/src/http-app';
import { APP_CONFIG } from '../../libs/runtime/src/tokens';
import { MemoryRefusalLog, RefusalLog } from '../../libs/runtime/src/security/refusal-log';

const SECRET = 'http-security-test-secret-of-32-bytes!';
const auth: AuthConfig = {
  mode: 'production',
  issuer: 'consultation-ledger',
  audience: 'consultation-ledger',
  sharedSecret: { value: SECRET, source: 'JWT_SECRET' },
  clockSkewSeconds: 60,
};
const security: SecurityConfig = {
  actorRateLimit: { burst: 5, perSecond: 0.01 },
  addressRateLimit: { burst: 8, perSecond: 0.01 },
  sharedRateLimit: { enabled: false, leaseTokens: 1, timeoutMs: 1000 },
  limitLoopback: false,
  trustProxy: 'loopback',
  maxJsonDepth: 8,
};

class ProposalDto {
  @IsString() @Length(1, 100) @CleanText() title: string;
  @IsOptional() @IsString() @Length(1, 100) @CleanText('symbol') symbol?: string;
}

@Controller('api/v1/proposals')
class ProposalsController {
  @Post()
  @Roles('stakeholder')
  propose(@Body() dto: ProposalDto): ProposalDto {
    return dto;
  }

  @Get()
  list(@Query('q') q?: string): { q?: string } {
    return { q };
  }
}

@Module({ providers: [{ provide: APP_CONFIG, useValue: { security } }], exports: [APP_CONFIG] })
class ConfigModule {}

function token(sub: string, roles: string[]): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));
}

describe('the HTTP edge: bodies, the input policy, rate limits and the refusal log', () => {
  let app: INestApplication;
  let refusals: MemoryRefusalLog;
  let address = 0;
  /** Each test speaks from its own address (through the trusted loopback proxy), so the address buckets do not mix. */
  const from = () => `203.0.113.${++address}`;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [{ module: ConfigModule, global: true }, AuthModule.forRoot(auth)],
      controllers: [ProposalsController],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureHttpApp(app as NestExpressApplication, { maxBodyBytes: 4096, logger: createLogger('test', 'error') });
    await app.init();
    refusals = app.get(RefusalLog) as MemoryRefusalLog;
  });
  afterAll(() => app.close());

  async function post(body: string | object, headers: Record<string, string> = {}) {
    const bearer = await token(`egypt-${address}`, ['stakeholder']);
    const sent = request(app.getHttpServer()).post('/api/v1/proposals').set('X-Forwarded-For', from()).auth(bearer, { type: 'bearer' });
    for (const [name, value] of Object.entries({ 'content-type': 'application/json', ...headers })) sent.set(name, value);
    return sent.send(typeof body === 'string' ? body : JSON.stringify(body));
  }

  it('normalises text to NFC and answers with protective headers', async () => {
    const response = await post({ title: 'Re\u0301vision' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ title: 'Révision' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a bidi control, naming the field, the character and its offset', async () => {
    const response = await post({ title: 'Resolution \u202E03' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'title', codePoint: 'U+202E', offset: 11, message: expect.stringContaining('U+202E at offset 11 (RIGHT-TO-LEFT OVERRIDE)') },
    ]);
  });

  it('refuses a zero-width character in a symbol and a lone surrogate sent as a JSON escape', async () => {
    expect((await post({ title: 'ok', symbol: 'C23/71\u200B-A' })).body.errors[0]).toMatchObject({ field: 'symbol', codePoint: 'U+200B' });
    const lone = await post('{"title":"ab\\ud800"}');
    expect(lone.status).toBe(400);
    expect(lone.body.errors[0]).toMatchObject({ field: 'title', codePoint: 'U+D800', offset: 2 });
  });

  it('refuses unknown fields (mass assignment)', async () => {
    const response = await post({ title: 'ok', status: 'accepted' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'status', message: 'property status should not exist' }]);
  });

  it('refuses invalid UTF-8 (a surrogate encoded as UTF-8) and names the byte', async () => {
    const raw = await request(app.getHttpServer())
      .post('/api/v1/proposals')
      .set('X-Forwarded-For', from())
      .auth(await token('kenya', ['stakeholder']), { type: 'bearer' })
      .set('content-type', 'application/json')
      .serialize((bytes: unknown) => bytes as string)
      .send(Buffer.concat([Buffer.from('{"title":"ab'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]) as unknown as string);
    expect(raw.status).toBe(400);
    expect(raw.body).toMatchObject({
      type: expect.stringMatching(/\/invalid-utf8$/),
      detail: 'The request body is not valid UTF-8 (at byte 12).',
    });
  });

  it('refuses JSON nested deeper than the limit before parsing it', async () => {
    const response = await post(`{"title":${'['.repeat(20)}${']'.repeat(20)}}`);
    expect(response.status).toBe(400);
    expect(response.body.type).toMatch(/\/too-deep$/);
  });

  it('refuses a body over the size limit, and a charset other than UTF-8', async () => {
    expect((await post({ title: 'x'.repeat(5000) })).status).toBe(413);
    const latin = await post({ title: 'ok' }, { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.status).toBe(415);
    expect(latin.body.type).toMatch(/\/unsupported-encoding$/);
  });

  it('refuses invisible characters in a query parameter', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/v1/proposals?q=wsis%E2%80%AE')
      .set('X-Forwarded-For', from())
      .auth(await token('apc', ['stakeholder']), { type: 'bearer' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'q', codePoint: 'U+202E', offset: 4 });
  });

  it('records a refused role and a refused token for auditors, with who, what and from where', async () => {
    const before = refusals.refusals.length;
    const address = from();
    const auditorToken = await token('auditor-1', ['auditor']);
    await request(app.getHttpServer())
      .post('/api/v1/proposals')
      .set('X-Forwarded-For', address)
      .auth(auditorToken, { type: 'bearer' })
      .send({ title: 'x' })
      .expect(403);
    await request(app.getHttpServer())
      .get('/api/v1/proposals')
      .set('X-Forwarded-For', address)
      .auth(`${auditorToken}x`, { type: 'bearer' })
      .expect(401);
    expect(refusals.refusals.slice(before)).toEqual([
      {
        actorId: 'auditor-1',
        roles: ['auditor'],
        address,
        method: 'POST',
        path: '/api/v1/proposals',
        status: 403,
        reason: 'forbidden',
        detail: expect.stringContaining('stakeholder'),
      },
      { address, method: 'GET', path: '/api/v1/proposals', status: 401, reason: 'bad-signature', detail: 'the token signature is invalid' },
    ]);
  });

  it('limits each actor, with 429 problem details and Retry-After', async () => {
    const bearer = await token('ericsson', ['stakeholder']);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await request(app.getHttpServer()).get('/api/v1/proposals').set('X-Forwarded-For', from()).auth(bearer, { type: 'bearer' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last!.body).toMatchObject({
      status: 429,
      type: expect.stringMatching(/\/too-many-requests$/),
      retryAfter: Number(last!.headers['retry-after']),
    });
  });

  it('limits each address before reading anything, whoever the actor', async () => {
    const address = '198.51.100.77';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await request(app.getHttpServer())
        .get('/api/v1/proposals')
        .set('X-Forwarded-For', address)
        .auth(await token(`actor-${i}`, ['stakeholder']), { type: 'bearer' });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
  });
});
