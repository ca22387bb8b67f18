import { INestApplication, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ApiResponse, DECORATORS } from '@nestjs/swagger';
import type { ExamplesObject, HeadersObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem-details';
import { PROBLEM_SCHEMA_NAME } from './problem.schema';
import { PROBLEM_TYPES, ProblemType } from './problem-types';

const PROBLEM_RESPONSES = Symbol('PROBLEM_RESPONSES');

/**
 * The problem types a route can answer, or every route of a controller (the two add up);
 * the OpenAPI document lists them under their statuses as `application/problem+json`.
 * Name only what the route can really answer: clients generate error handling from it.
 */
export function ApiProblemResponses(...types: ProblemType[]): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor ? descriptor.value : target;
    const declared: readonly ProblemType[] = Reflect.getMetadata(PROBLEM_RESPONSES, holder) ?? [];
    Reflect.defineMetadata(PROBLEM_RESPONSES, [...new Set([...declared, ...types])], holder);
  };
}

/** What a route behind BearerAuthGuard can answer before it runs: no or a refused token, the rate limits, the identity provider down. */
export const AUTHENTICATION_PROBLEMS = [
  'unauthorized',
  'too-many-requests',
  'identity-provider-unavailable',
] as const satisfies readonly ProblemType[];

/** What a route that reads a JSON body can answer before it runs: the body's size, type, encoding, syntax, depth and repeated keys, then its validation. */
export const JSON_BODY_PROBLEMS = [
  'malformed-json',
  'invalid-utf8',
  'too-deep',
  'duplicate-key',
  'body-too-large',
  'unsupported-media-type',
  'unsupported-encoding',
  'validation',
] as const satisfies readonly ProblemType[];

/** What a route that reads an uploaded Word document (the raw body) can answer: its size, what it really is, zip bombs, hostile XML. */
export const WORD_UPLOAD_PROBLEMS = [
  'upload-too-large',
  'unsupported-media-type',
  'not-a-zip',
  'not-a-word-document',
  'too-many-entries',
  'uncompressed-too-large',
  'compression-ratio-too-high',
  'damaged-archive',
  'xml-doctype-refused',
  'xml-malformed',
] as const satisfies readonly ProblemType[];

const HEADERS_BY_STATUS: Readonly<Record<number, HeadersObject>> = {
  401: {
    'WWW-Authenticate': {
      description: 'The Bearer challenge (RFC 6750), with `error="invalid_token"` when a token was refused.',
      schema: { type: 'string' },
    },
  },
  429: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } },
  503: {
    'Retry-After': {
      description: 'Seconds to wait before trying again, when the identity provider is the cause.',
      schema: { type: 'integer', minimum: 0 },
    },
  },
};

function examplesOf(types: readonly ProblemType[], instance: string): ExamplesObject {
  return Object.fromEntries(
    types.map((slug) => {
      const doc = PROBLEM_TYPES[slug];
      const extra = 'exampleExtra' in doc ? doc.exampleExtra : {};
      return [slug, { summary: doc.title, value: { ...problem(doc.status, slug, doc.title, doc.exampleDetail, extra), instance } }];
    }),
  );
}

const EXAMPLE_ID = '5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a';

/** A path of the route for the examples' `instance`: ids stand in for `:id` and `:documentId`, the name for other parameters. */
function instanceOf(controller: object, handler: object): string {
  const first = (declared: unknown) => String((Array.isArray(declared) ? declared[0] : declared) ?? '').replace(/^\/+|\/+$/g, '');
  const path = [first(Reflect.getMetadata(PATH_METADATA, controller)), first(Reflect.getMetadata(PATH_METADATA, handler))]
    .filter(Boolean)
    .join('/');
  return `/${path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => (name === 'id' || name === 'documentId' ? EXAMPLE_ID : name))}`;
}

function successStatusOf(handler: object): number {
  const declared: number | undefined = Reflect.getMetadata(HTTP_CODE_METADATA, handler);
  if (declared !== undefined) return declared;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200;
}

const documented = new WeakSet<object>();

/** Writes one route's problem types into its OpenAPI responses, once. */
function documentRoute(controller: object, prototype: object, name: string, controllerTypes: readonly ProblemType[]): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  const handler: object = descriptor.value;
  const types = [
    ...new Set([...controllerTypes, ...((Reflect.getMetadata(PROBLEM_RESPONSES, handler) as ProblemType[] | undefined) ?? [])]),
  ];
  if (types.length === 0 || documented.has(handler)) return;
  documented.add(handler);
  const declared: Record<string, unknown> = Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {};
  // Declared responses replace the success response Nest would infer: keep it.
  if (!Object.keys(declared).some((status) => /^2\d\d$/.test(status))) {
    ApiResponse({ status: successStatusOf(handler), description: '' })(prototype, name, descriptor);
  }
  const byStatus = new Map<number, ProblemType[]>();
  for (const slug of types) byStatus.set(PROBLEM_TYPES[slug].status, [...(byStatus.get(PROBLEM_TYPES[slug].status) ?? []), slug]);
  for (const [status, slugs] of [...byStatus].sort(([a], [b]) => a - b)) {
    ApiResponse({
      status,
      description: `Problem details: ${slugs.map((slug) => `\`${slug}\` when ${PROBLEM_TYPES[slug].when}`).join('; ')}.`,
      ...(HEADERS_BY_STATUS[status] ? { headers: HEADERS_BY_STATUS[status] } : {}),
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA_NAME}` },
          examples: examplesOf(slugs, instanceOf(controller, handler)),
        },
      },
    })(prototype, name, descriptor);
  }
}

/**
 * Turns every @ApiProblemResponses of the application's controllers into OpenAPI responses.
 * Done when the document is built, not when a route is decorated: only then are the route's
 * other decorators (its method, its status code) known, whatever their order.
 */
export function documentProblemResponses(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const controllerTypes: readonly ProblemType[] = Reflect.getMetadata(PROBLEM_RESPONSES, controller) ?? [];
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value;
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined)
          continue;
        documentRoute(controller, controller.prototype, name, controllerTypes);
      }
    }
  }
}
