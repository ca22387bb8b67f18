import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from '#libs/runtime';
import { firstRepeatedField } from '#libs/security';

/** What a form posts: one value per field, or several for repeated fields (check boxes, the drafted amendments). */
export type FormBody = Readonly<Record<string, string | readonly string[]>>;

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const WEB_PREFIX = '/web/';

/**
 * The fields the pages' forms send several times: check boxes (co-sponsors, the amendments
 * merged) and the amendments a composer carries. Any other field sent twice is refused: with
 * the last or the first one winning, a form could be checked on one value and act on another.
 */
export const REPEATABLE_FORM_FIELDS: ReadonlySet<string> = new Set([
  'coSponsors',
  'amendment',
  'amendmentIds',
  'reasonFor',
  'reason',
  'keep',
]);

/** A field sent twice that the form does not gather. */
export class RepeatedFormField extends Error {
  constructor(readonly field: string) {
    super(`The form field ${field} is sent more than once.`);
  }
}

/** The fields of an URL-encoded form body (UTF-8, as the pages declare), repeatable names gathered; throws RepeatedFormField for another name sent twice. */
export function parseFormBody(text: string): FormBody {
  const fields: Record<string, string | string[]> = {};
  const parameters = new URLSearchParams(text);
  const repeated = firstRepeatedField(parameters.keys(), REPEATABLE_FORM_FIELDS);
  if (repeated !== undefined) throw new RepeatedFormField(repeated);
  for (const [name, value] of parameters) {
    const before = fields[name];
    fields[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return fields;
}

/**
 * Reads the URL-encoded bodies of the pages' forms (under /web/ only; the API takes JSON
 * alone), within the same size limit as JSON bodies; refusals are problem details, which
 * the runtime turns into a page for /web (webRefusalPage). It runs before the API's body checks,
 * which refuse what is not JSON: once read, the request is left with no body to refuse.
 */
export function formBodyMiddleware(maxBodyBytes: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'POST' || !request.path.startsWith(WEB_PREFIX) || !FORM_TYPE.test(request.headers['content-type'] ?? ''))
      return next();
    const refuse = (details: ProblemDetails) =>
      response
        .status(details.status)
        .type(PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify({ ...details, instance: request.originalUrl }));
    const tooLarge = () =>
      refuse(problem(413, 'body-too-large', 'Request body too large', `The request body exceeds ${maxBodyBytes} bytes.`));
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes && !refused) {
        refused = true;
        tooLarge();
        request.destroy();
      } else if (!refused) chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      let body: FormBody;
      try {
        body = parseFormBody(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        if (!(error instanceof RepeatedFormField)) throw error;
        refuse(
          problem(400, 'repeated-field', 'Repeated field', error.message, {
            field: error.field,
            errors: [{ field: error.field, message: 'is sent more than once' }],
          }),
        );
        return;
      }
      (request as Request & { body: FormBody }).body = body;
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
