import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem } from '#libs/runtime';

/** The content type a Word document is uploaded with, as the raw request body. */
export const WORD_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const WORD_TYPE = /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\s*(;|$)/i;
/** The routes that take a Word document; any other route refuses one as it refuses anything but JSON. */
const WORD_ROUTES = /^\/api\/v1\/(?:documents\/[^/]+\/derived-proposal\/docx|word-imports)\/?$/u;
const UPLOADED = Symbol('word upload');

/** The Word document a request carried as its body, once read by wordBodyMiddleware. */
export function wordUploadOf(request: Request): Uint8Array | undefined {
  return (request as Request & { [UPLOADED]?: Uint8Array })[UPLOADED];
}

/**
 * Reads a Word document sent as the raw body of an API request, within its own size limit
 * (MAX_UPLOAD_BYTES, apart from the JSON body limit), on the Word routes only: a larger one is refused with 413
 * problem details before it is all read. It runs before the API's body checks, which refuse
 * what is not JSON: once read, the request is left with no body to refuse. What the bytes
 * are is judged later, by the reader, never by this content type.
 */
export function wordBodyMiddleware(maxUploadBytes: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'POST' || !WORD_ROUTES.test(request.path) || !WORD_TYPE.test(request.headers['content-type'] ?? ''))
      return next();
    const tooLarge = () =>
      response
        .status(413)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify(
            problem(413, 'upload-too-large', 'Upload too large', `The file exceeds ${maxUploadBytes} bytes.`, {
              instance: request.originalUrl,
              code: 'upload-too-large',
            }),
          ),
        );
    if (Number(request.headers['content-length'] ?? 0) > maxUploadBytes) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxUploadBytes && !refused) {
        refused = true;
        tooLarge();
        request.destroy();
      } else if (!refused) chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      (request as Request & { [UPLOADED]?: Uint8Array })[UPLOADED] = new Uint8Array(Buffer.concat(chunks));
      request.headers['content-length'] = '0';
      delete request.headers['transfer-encoding'];
      next();
    });
    request.on('error', (error) => {
      if (!refused) next(error);
    });
  };
}
