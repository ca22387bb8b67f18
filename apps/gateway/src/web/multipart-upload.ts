import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';

/** A form posted as multipart/form-data with one file: its text fields and the file's bytes. */
export interface MultipartUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly file?: { readonly name: string; readonly type: string; readonly bytes: Uint8Array };
}

/** Why a multipart form was not read: the file over the upload limit, or a body that is not a form of this shape. */
export type MultipartRefusal = 'upload-too-large' | 'malformed-form';

/** A refusal keeps the fields read before it (the form token comes before the file), so that the page can answer it. */
export type MultipartResult =
  | { readonly ok: true; readonly upload: MultipartUpload }
  | { readonly ok: false; readonly refusal: MultipartRefusal; readonly fields: Readonly<Record<string, string>> };

const MAX_FIELDS = 32;
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data body as it streams in (busboy): at most one file, cut off and
 * refused as soon as it passes `maxUploadBytes`, a few small text fields; nothing is written
 * to disk. What the file is, is judged by the Word reader, never by its name or declared type.
 */
export function readMultipartUpload(
  request: Readable & { headers: IncomingHttpHeaders },
  maxUploadBytes: number,
): Promise<MultipartResult> {
  return new Promise((resolve) => {
    if (!/^multipart\/form-data\s*;/iu.test(request.headers['content-type'] ?? '')) {
      resolve({ ok: false, refusal: 'malformed-form', fields: {} });
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fileSize: maxUploadBytes, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES },
      });
    } catch {
      resolve({ ok: false, refusal: 'malformed-form', fields: {} });
      return;
    }
    const fields: Record<string, string> = {};
    let file: MultipartUpload['file'];
    let refusal: MultipartRefusal | undefined;
    const pending: Promise<void>[] = [];
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) refusal ??= 'malformed-form';
      fields[name] = value;
    });
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      pending.push(
        new Promise((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('limit', () => {
            refusal = 'upload-too-large';
            stream.resume();
          });
          stream.on('close', () => {
            if (refusal !== 'upload-too-large')
              file = { name: info.filename ?? '', type: info.mimeType, bytes: new Uint8Array(Buffer.concat(chunks)) };
            done();
          });
        }),
      );
    });
    parser.on('filesLimit', () => (refusal ??= 'malformed-form'));
    parser.on('fieldsLimit', () => (refusal ??= 'malformed-form'));
    parser.on('error', () => {
      refusal ??= 'malformed-form';
      request.unpipe(parser);
      request.resume();
      resolve({ ok: false, refusal, fields });
    });
    parser.on('close', () => {
      void Promise.all(pending).then(() =>
        resolve(refusal ? { ok: false, refusal, fields } : { ok: true, upload: { fields, ...(file ? { file } : {}) } }),
      );
    });
    request.pipe(parser);
  });
}

const UPLOAD_ROUTE = /^\/web\/documents\/[^/]+\/derived-proposal\/docx\/?$/u;
const READ = Symbol('multipart upload');

/** The multipart form a web upload route carried, once read by multipartUploadMiddleware. */
export function multipartUploadOf(request: object): MultipartResult | undefined {
  return (request as { [READ]?: MultipartResult })[READ];
}

/**
 * Reads the composer's Word upload (multipart/form-data, on its route only) before the
 * runtime's body checks, which refuse what is not JSON; the outcome, a refusal included, is
 * left on the request for the page to answer in the viewer's language.
 */
export function multipartUploadMiddleware(maxUploadBytes: number) {
  return (
    request: Readable & { method?: string; path?: string; headers: IncomingHttpHeaders },
    _response: unknown,
    next: () => void,
  ): void => {
    if (
      request.method !== 'POST' ||
      !UPLOAD_ROUTE.test(request.path ?? '') ||
      !/^multipart\/form-data/iu.test(request.headers['content-type'] ?? '')
    )
      return next();
    void readMultipartUpload(request, maxUploadBytes).then((result) => {
      (request as { [READ]?: MultipartResult })[READ] = result;
      // Whatever was left unread (a file cut off at the limit) is drained, and the request carries no body further.
      request.resume();
      request.headers['content-length'] = '0';
      delete request.headers['transfer-encoding'];
      next();
    });
  };
}
