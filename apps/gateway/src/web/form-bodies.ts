import type { NextFunction, Request, Response } from 'express';

/** What a form posts: one value per field, or several for repeated fields (check boxes, the drafted amendments). */
export type FormBody = Readonly<Record<string, string | readonly string[]>>;

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const WEB_PREFIX = '/web/';

/** The fields of an URL-encoded form body (UTF-8, as the pages declare), repeated names gathered. */
export function parseFormBody(text: string): FormBody {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const before = fields[name];
    fields[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return fields;
}

/**
 * Reads the URL-encoded bodies of the pages' forms (under /web/ only; the API takes JSON
 * alone), within the same size limit as JSON bodies. It runs before the API's body checks,
 * which refuse what is not JSON: once read, the request is left with no body to refuse.
 */
export function formBodyMiddleware(maxBodyBytes: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'POST' || !request.path.startsWith(WEB_PREFIX) || !FORM_TYPE.test(request.headers['content-type'] ?? '')) return next();
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      response.status(413).type('text/plain; charset=utf-8').send('The form is too large.');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes && !refused) {
        refused = true;
        response.status(413).type('text/plain; charset=utf-8').send('The form is too large.');
        request.destroy();
      } else if (!refused) chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      (request as Request & { body: FormBody }).body = parseFormBody(Buffer.concat(chunks).toString('utf8'));
      // The body is read: what follows sees a request without one.
      request.headers['content-length'] = '0';
      delete request.headers['transfer-encoding'];
      next();
    });
    request.on('error', (error) => {
      if (!refused) next(error);
    });
  };
}
