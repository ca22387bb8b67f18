import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

const CORRELATION_HEADER = 'x-correlation-id';

/** The correlation id of a request: the caller's, if it sent a sane one, else a new one; echoed back. */
export function correlationId(request: Request, response: Response): string {
  const given = request.header(CORRELATION_HEADER);
  const id = given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
