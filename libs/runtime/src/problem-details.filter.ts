import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Logger } from '#libs/platform';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, problem } from './problem-details';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  message?: string;
  key?: string;
  path?: string;
}

/** Turns every error that reaches HTTP into RFC 9457 problem details; internals never leak. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const details = { ...this.toProblem(error), instance: request.originalUrl };
    if (details.status >= 500) {
      this.logger.error('request failed', { url: request.originalUrl, error: error instanceof Error ? error.stack : String(error) });
    }
    response.status(details.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof ProblemException) return error.problem;
    // Nest wraps body-parser's errors in an HttpException; the cause says what went wrong.
    const parserError = (error instanceof HttpException ? error.cause : error) as BodyParserError | undefined;
    if (parserError?.type === 'entity.parse.failed') {
      return problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON.');
    }
    if (parserError?.type === 'entity.invalid.utf8') {
      return problem(400, 'invalid-utf8', 'Invalid UTF-8', parserError.message ?? 'The request body is not valid UTF-8.');
    }
    if (parserError?.type === 'entity.too.deep') {
      return problem(400, 'too-deep', 'Nested too deep', parserError.message ?? 'The request body nests arrays and objects too deep.');
    }
    if (parserError?.type === 'entity.duplicate.key') {
      return problem(400, 'duplicate-key', 'Repeated key', parserError.message ?? 'A key is repeated in one object of the request body.', {
        key: parserError.key,
        errors: [
          { field: parserError.path ?? '(body)', message: `the key ${JSON.stringify(parserError.key ?? '')} is repeated in its object` },
        ],
      });
    }
    if (parserError?.type === 'entity.too.large') {
      return problem(413, 'body-too-large', 'Request body too large', `The request body exceeds ${parserError.limit} bytes.`);
    }
    if (parserError?.type === 'encoding.unsupported' || parserError?.type === 'charset.unsupported') {
      return problem(415, 'unsupported-encoding', 'Unsupported encoding', 'Send the body as UTF-8 JSON.');
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message);
      return problem(
        status,
        slugFor(status),
        HttpStatus[status]
          ?.replace(/_/g, ' ')
          .toLowerCase()
          .replace(/^./, (c) => c.toUpperCase()) ?? 'Error',
        detail,
      );
    }
    return problem(500, 'internal', 'Internal error', 'The server could not complete the request.');
  }
}

function slugFor(status: number): string {
  return (HttpStatus[status] ?? 'error').toLowerCase().replace(/_/g, '-');
}
