import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentProblemResponses } from './api-problem-responses';
import { PROBLEM_SCHEMA_NAME, problemSchema } from './problem.schema';

export interface OpenApiOptions {
  readonly title: string;
  readonly description: string;
  /**
   * Where clients reach the API. The default `/` is the root of the origin the document was
   * fetched from: the gateway serves both, and a relative URL is resolved against the
   * document's own (`/api/docs/openapi.json`), so `.` would wrongly name `/api/docs/`.
   */
  readonly serverUrl?: string;
}

// package.json says UNLICENSED: no licence is granted. That is no SPDX identifier, and there is
// no licence text to link, so the URL is npm's definition of the word.
const LICENSE = { name: 'UNLICENSED', url: 'https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license' };

/** The OpenAPI document of the application's controllers, with the problem details every refusal is answered with. */
export function createOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  documentProblemResponses(app);
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion('1')
    .setLicense(LICENSE.name, LICENSE.url)
    .addServer(options.serverUrl ?? '/', 'The gateway that serves this document.')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA_NAME]: problemSchema() } };
  return document;
}
