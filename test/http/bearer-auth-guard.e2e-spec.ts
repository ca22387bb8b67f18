import { Controller, Get, INestApplication, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SignJWT } from 'jose';
import request from 'supertest';
import { Actor } from '#libs/contracts';
import { AuthConfig, createLogger } from '#libs/platform';
import { ProblemDetailsFilter } from '../../libs/runtime/src/problem-details.filter';
import { CurrentActor, Public, Roles } from '../../libs/runtime/src/auth/auth.decorators';
import { AuthModule } from '../../libs/runtime/src/auth/auth.module';

const SECRET = 'guard-test-secret-of-at-least-32-bytes';
const config: AuthConfig = {
  mode: 'development',
  issuer: 'consultation-ledger',
  audience: 'consultation-ledger',
  sharedSecret: { value: SECRET, source: 'JWT_SECRET' },
  clockSkewSeconds: 60,
};

@Controller('api/v1/consultations')
class ConsultationsTestController {
  @Get()
  whoAmI(@CurrentActor() actor: Actor): Actor {
    return actor;
  }

  @Post()
  @Roles('chair', 'secretariat')
  register(@CurrentActor() actor: Actor): { registeredBy: string } {
    return { registeredBy: actor.id };
  }

  @Get('schedule')
  @Public()
  schedule(): { open: true } {
    return { open: true };
  }
}

@Controller('health')
class HealthTestController {
  @Get()
  health(): { status: 'up' } {
    return { status: 'up' };
  }
}

function token(claims: Record<string, unknown>, secret = SECRET): Promise<string> {
  return new SignJWT({ roles: ['stakeholder'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));
}

describe('BearerAuthGuard', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot(config)],
      controllers: [ConsultationsTestController, HealthTestController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter(createLogger('test', 'error')));
    await app.init();
  });
  afterAll(() => app.close());

  it('gives the actor of a valid token to the controller', async () => {
    const bearer = await token({ sub: 'stakeholder-ke', roles: ['stakeholder'], name: 'Kenya' });
    const response = await request(app.getHttpServer()).get('/api/v1/consultations').auth(bearer, { type: 'bearer' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: 'stakeholder-ke', role: 'stakeholder', roles: ['stakeholder'], name: 'Kenya' });
  });

  it('answers 401 with a bare Bearer challenge when no token is sent', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/consultations');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized', instance: '/api/v1/consultations' });
    expect(response.body.detail).toContain('npm run cli -- token');
  });

  it('treats another authentication scheme as no token', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/consultations').set('Authorization', 'Basic dXNlcjpwYXNz');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('answers 401 invalid_token with the reason when the token is refused', async () => {
    const bearer = await token({ sub: 'stakeholder-ke' }, 'another-secret-of-at-least-thirty-two-bytes');
    const response = await request(app.getHttpServer()).get('/api/v1/consultations').auth(bearer, { type: 'bearer' });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token", error_description="the token signature is invalid"');
    expect(response.body).toMatchObject({ status: 401, reason: 'bad-signature' });
  });

  it('answers 401 invalid_token for a malformed bearer credential', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/consultations').set('Authorization', 'Bearer not a token');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
  });

  it('guards a route by its declared path, whatever the letter case of the URL', async () => {
    const response = await request(app.getHttpServer()).get('/API/V1/Consultations');
    expect(response.status).toBe(401);
  });

  it('refuses with 403 an actor without any of the required roles', async () => {
    const bearer = await token({ sub: 'stakeholder-ke', roles: ['stakeholder', 'auditor'] });
    const response = await request(app.getHttpServer()).post('/api/v1/consultations').auth(bearer, { type: 'bearer' });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 403, title: 'Forbidden' });
    expect(response.body.detail).toContain('chair or secretariat');
  });

  it('lets in an actor holding one of the required roles, whichever comes first', async () => {
    const bearer = await token({ sub: 'person-17', roles: ['auditor', 'secretariat'] });
    const response = await request(app.getHttpServer()).post('/api/v1/consultations').auth(bearer, { type: 'bearer' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ registeredBy: 'person-17' });
  });

  it('leaves public routes and routes outside /api/v1 open', async () => {
    expect((await request(app.getHttpServer()).get('/api/v1/consultations/schedule')).status).toBe(200);
    expect((await request(app.getHttpServer()).get('/health')).status).toBe(200);
  });
});
