import { Body, Controller, Get, HttpCode, INestApplication, Param, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RefusalCode } from '#libs/contracts';
import { refusalProblem } from '../problem-details';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses } from './api-problem-responses';
import { createOpenApiDocument } from './openapi-document';
import { PROBLEM_TYPES, ProblemType } from './problem-types';

class Reading {
  @ApiProperty() text: string;
}

@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/readings')
class ReadingsController {
  @Get(':id')
  @ApiProblemResponses('bad-request', 'restricted', 'not-found')
  @ApiOkResponse({ type: Reading })
  read(@Param('id') id: string): Reading {
    return { text: id };
  }

  // No success response declared: the one Nest infers (201) must stay.
  @ApiProblemResponses('validation', 'already-exists', 'wrong-phase')
  @Post()
  propose(@Body() body: unknown): unknown {
    return body;
  }

  @Post(':id/settlement')
  @HttpCode(200)
  settle(): void {}
}

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('problem responses in the OpenAPI document', () => {
  let app: INestApplication;
  let document: ReturnType<typeof createOpenApiDocument>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ReadingsController] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    document = createOpenApiDocument(app, { title: 'test', description: 'test' });
  });
  afterAll(() => app.close());

  it("lists a route's problems and its controller's under their statuses, as application/problem+json", () => {
    const responses = document.paths['/api/v1/readings/{id}'].get!.responses as Record<string, any>;
    expect(Object.keys(responses)).toEqual(['200', '400', '401', '403', '404', '429', '503']);
    expect(Object.keys(responses['403'].content['application/problem+json'].examples)).toEqual(['restricted']);
    expect(responses['404'].content['application/problem+json']).toMatchObject({
      schema: { $ref: '#/components/schemas/Problem' },
      examples: {
        'not-found': {
          value: {
            type: 'https://consultation-ledger.example/problems/not-found',
            status: 404,
            instance: '/api/v1/readings/5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a',
          },
        },
      },
    });
    expect(responses['429'].headers).toHaveProperty('Retry-After');
    expect(responses['401'].headers).toHaveProperty('WWW-Authenticate');
  });

  it('keeps the success response Nest infers, whatever the order of the decorators', () => {
    const created = document.paths['/api/v1/readings'].post!.responses as Record<string, any>;
    expect(Object.keys(created)).toEqual(['201', '400', '401', '409', '429', '503']);
    expect(Object.keys(created['409'].content['application/problem+json'].examples)).toEqual(['already-exists', 'wrong-phase']);
    const settled = document.paths['/api/v1/readings/{id}/settlement'].post!.responses as Record<string, any>;
    expect(Object.keys(settled)).toEqual(['200', '401', '429', '503']);
  });

  it('documents each route once, however many documents are built', () => {
    const again = createOpenApiDocument(app, { title: 'test', description: 'test' });
    expect(again.paths['/api/v1/readings/{id}'].get!.responses).toEqual(document.paths['/api/v1/readings/{id}'].get!.responses);
  });

  it('says where to reach the API, under which licence, and what a problem holds', () => {
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(document.info.license).toMatchObject({ name: 'UNLICENSED' });
    expect(document.components!.schemas!.Problem).toMatchObject({
      required: ['type', 'title', 'status', 'instance'],
      additionalProperties: true,
    });
  });
});

describe('the catalogue of problem types', () => {
  it('documents every problem the public API answers, with the status and title it answers it with', () => {
    // The gateway and the libraries it runs on; the ledger's internal API has one client, the gateway, and no document.
    const emitted = [...sourcesUnder(join(REPO_ROOT, 'apps', 'gateway')), ...sourcesUnder(join(REPO_ROOT, 'libs'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/problem\(\s*(\d{3}),\s*'([a-z0-9-]+)',\s*'([^']+)'/g)].map(([, status, slug, title]) => ({
        file,
        slug,
        status: Number(status),
        title,
      })),
    );
    expect(emitted.length).toBeGreaterThan(20);
    const undocumented = emitted.filter(({ slug, status, title }) => {
      const documented: { status: number; title: string } | undefined = PROBLEM_TYPES[slug as ProblemType];
      return documented?.status !== status || documented.title !== title;
    });
    expect(undocumented).toEqual([]);
  });

  it('documents every refusal of the domain under the status it is mapped to', () => {
    // A Record over the union: a new refusal code does not compile until it is listed here.
    const codes: Record<RefusalCode, true> = {
      'already-exists': true,
      'not-found': true,
      invalid: true,
      'not-allowed': true,
      'wrong-phase': true,
      conflict: true,
      'precondition-failed': true,
      'idempotency-key-reused': true,
    };
    for (const code of Object.keys(codes) as RefusalCode[]) {
      const answered = refusalProblem({ code, message: 'why' });
      expect({ code, status: PROBLEM_TYPES[code].status, title: PROBLEM_TYPES[code].title }).toEqual({
        code,
        status: answered.status,
        title: answered.title,
      });
    }
  });
});
