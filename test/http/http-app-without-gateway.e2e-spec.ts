import { Body, Controller, INestApplication, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { createLogger } from '#libs/platform';
import { configureHttpApp } from '../../libs/runtime/src/http-app';

@Controller('internal/commands')
class InternalController {
  @Post()
  receive(@Body() body: unknown): unknown {
    return body;
  }
}

describe('the HTTP edge of a service without the public API (the ledger alone)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [InternalController] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureHttpApp(app as NestExpressApplication, { maxBodyBytes: 4096, logger: createLogger('test', 'error') });
    await app.init();
  });
  afterAll(() => app.close());

  it('starts without the rate limiter and the input policy, and still checks bodies as bytes', async () => {
    const answer = await request(app.getHttpServer())
      .post('/internal/commands')
      .set('content-type', 'application/json')
      .send({ text: 'as the gateway sent it' });
    expect(answer.status).toBe(201);
    const deep = await request(app.getHttpServer())
      .post('/internal/commands')
      .set('content-type', 'application/json')
      .send(`${'['.repeat(40)}${']'.repeat(40)}`);
    expect(deep.status).toBe(400);
  });
});
