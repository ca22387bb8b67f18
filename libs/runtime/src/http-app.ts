import { INestApplication } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig, DEFAULT_SECURITY_CONFIG, Logger, SecurityConfig, metricsExposure } from '#libs/platform';
import { checkRawJsonBody } from '#libs/security';
import { RefusalPage, answerClientErrors, webRefusalPages } from './client-errors';
import { OpenApiOptions, createOpenApiDocument } from './openapi';
import { PROBLEM_CONTENT_TYPE, problem } from './problem-details';
import { ProblemDetailsFilter } from './problem-details.filter';
import { Metrics, httpMetricsMiddleware, metricsEndpoint } from './metrics';
import { InputPolicyPipe, RateLimiter } from './security';
import { APP_CONFIG } from './tokens';
import { createValidationPipe } from './validation';

export interface HttpAppOptions {
  readonly maxBodyBytes: number;
  readonly logger: Logger;
  readonly openApi?: OpenApiOptions;
  /** Readers of other bodies (the web pages' forms), run before bodies that are not JSON are refused; each consumes only the requests it owns. */
  readonly bodyReaders?: readonly ((request: Request, response: Response, next: NextFunction) => void)[];
  /** The page a refusal becomes for the web pages (under /web), instead of problem details. */
  readonly refusalPage?: RefusalPage;
}

const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * A request that carries a body must say it is JSON, in UTF-8 (RFC 8259); anything else is
 * refused before parsing.
 */
function requireJsonBodies(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!hasBody) return next();
  const charset = CHARSET.exec(contentType)?.[1]?.toLowerCase();
  if (JSON_TYPE.test(contentType) && (charset === undefined || charset === 'utf-8' || charset === 'utf8')) return next();
  const details = JSON_TYPE.test(contentType)
    ? problem(415, 'unsupported-encoding', 'Unsupported encoding', 'Send the request body as UTF-8 JSON.', {
        instance: request.originalUrl,
      })
    : problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the request body as application/json.', {
        instance: request.originalUrl,
      });
  response.status(415).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
}

/** Headers that keep a browser from reading an answer as something it is not. */
function protectiveHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  next();
}

/** A body refused as bytes, before parsing: the problem filter turns it into problem details. */
class RawBodyRefused extends Error {
  constructor(
    readonly type: 'entity.invalid.utf8' | 'entity.too.deep' | 'entity.duplicate.key',
    message: string,
    readonly key?: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

const RAW_BODY_ERROR_TYPES = {
  'invalid-utf8': 'entity.invalid.utf8',
  'too-deep': 'entity.too.deep',
  'duplicate-key': 'entity.duplicate.key',
} as const;

/**
 * What the application holds of a provider, or undefined when it has none (a service without
 * the gateway). Asked of the root ModuleRef: the application's own `get` aborts the process on
 * a missing provider while it starts.
 */
function optional<T>(app: INestApplication, token: unknown): T | undefined {
  try {
    return app.get(ModuleRef).get(token as never, { strict: false }) as T;
  } catch {
    return undefined;
  }
}

/**
 * What Node's HTTP parser refuses answered as problem details, metrics, body limits (size, UTF-8, depth, repeated keys), the input policy, validation, rate limits per
 * address, problem details and OpenAPI, the same for every service.
 */
export function configureHttpApp(app: NestExpressApplication, options: HttpAppOptions): INestApplication {
  const config = optional<AppConfig>(app, APP_CONFIG);
  const security: SecurityConfig = config?.security ?? DEFAULT_SECURITY_CONFIG;
  app.set('trust proxy', security.trustProxy);
  answerClientErrors(app.getHttpServer(), options.refusalPage);
  app.use(protectiveHeaders);
  if (options.refusalPage) app.use(webRefusalPages(options.refusalPage));
  const metrics = optional<Metrics>(app, Metrics);
  if (metrics && config) {
    const exposure = metricsExposure(config.metrics, config.services, config.auth?.mode);
    if (!exposure.serve) options.logger.info('metrics not served', { reason: exposure.reason });
    app.use(metricsEndpoint(metrics, exposure));
    app.use(httpMetricsMiddleware(metrics));
  }
  // Only where the public API runs (AuthModule gives the limiter): the ledger's internal API has
  // one client, the gateway, at one address, which has applied the input policy already.
  const limiter = optional<RateLimiter>(app, RateLimiter);
  if (limiter) app.use(limiter.addressMiddleware());
  for (const reader of options.bodyReaders ?? []) app.use(reader);
  app.use(requireJsonBodies);
  // Nest's types leave out body-parser's `verify`, which it passes on all the same: the bytes are checked there, before parsing.
  const verify = (_request: unknown, _response: unknown, body: Buffer) => {
    const refused = checkRawJsonBody(body, security.maxJsonDepth);
    if (refused) {
      throw new RawBodyRefused(
        RAW_BODY_ERROR_TYPES[refused.code],
        refused.message,
        ...(refused.code === 'duplicate-key' ? [refused.key, refused.path] : []),
      );
    }
  };
  app.useBodyParser('json', { limit: options.maxBodyBytes, type: ['application/json', 'application/*+json'], verify } as Parameters<
    typeof app.useBodyParser<'json'>
  >[1]);
  app.useGlobalPipes(...(limiter ? [new InputPolicyPipe(security.maxJsonDepth)] : []), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(options.logger));
  app.disable('x-powered-by');
  if (options.openApi) {
    const document = createOpenApiDocument(app, options.openApi);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  return app;
}
