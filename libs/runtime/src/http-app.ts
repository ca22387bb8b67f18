import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from '#libs/platform';
import { PROBLEM_CONTENT_TYPE, problem } from './problem-details';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './validation';

export interface HttpAppOptions {
  readonly maxBodyBytes: number;
  readonly logger: Logger;
  readonly openApi?: { title: string; description: string };
}

const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

/** A request that carries a body must say it is JSON; anything else is refused before parsing. */
function requireJsonBodies(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody || JSON_TYPE.test(request.headers['content-type'] ?? '')) return next();
  const details = problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the request body as application/json.', {
    instance: request.originalUrl,
  });
  response.status(415).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
}

/** Body limits, validation, problem details and OpenAPI, the same for every service. */
export function configureHttpApp(app: NestExpressApplication, options: HttpAppOptions): INestApplication {
  app.use(requireJsonBodies);
  app.useBodyParser('json', { limit: options.maxBodyBytes, type: ['application/json', 'application/*+json'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(options.logger));
  app.disable('x-powered-by');
  if (options.openApi) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle(options.openApi.title).setDescription(options.openApi.description).setVersion('1').addBearerAuth().build(),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  return app;
}
