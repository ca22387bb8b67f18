import type { IncomingHttpHeaders, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from './problem-details';

/**
 * The page a refusal becomes for a request of the web pages, or undefined for one that is
 * not theirs (it keeps its problem details). Given the request's URL and headers only: a
 * request Node's parser refused has nothing more.
 */
export type RefusalPage = (
  request: { readonly url: string; readonly headers: IncomingHttpHeaders },
  refusal: ProblemDetails,
) => string | undefined;

interface ClientError extends Error {
  readonly code?: string;
  readonly rawPacket?: Buffer;
}

const REQUEST_LINE = /(?:^|\r?\n)([A-Za-z-]{1,20}) (\S{1,100000}) HTTP\/\d\.\d\r?\n/;

/** What Node's HTTP parser refused, as problem details: it answers those itself, with an empty body. */
export function clientErrorProblem(code: string | undefined): ProblemDetails {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return problem(
      431,
      'headers-too-large',
      'Request headers too large',
      'The request line or the headers are longer than this server reads.',
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return problem(408, 'request-timeout', 'Request timeout', 'The request did not arrive in time.');
  return problem(
    400,
    'malformed-request',
    'Malformed request',
    'The request is not well-formed HTTP/1.1 (its method, a header, or how its body is framed).',
  );
}

/**
 * The request line and the headers a page needs (its language), read from the bytes the
 * parser held when it failed: the request's first packet for most errors, but for a request
 * line or headers too long possibly a later one, without the request line (then the answer
 * is problem details, the API's form).
 */
function partialRequest(raw: Buffer | undefined): { url: string; headers: IncomingHttpHeaders } | undefined {
  if (!raw) return undefined;
  const text = raw.subarray(0, 128 * 1024).toString('latin1');
  const line = REQUEST_LINE.exec(text);
  if (!line) return undefined;
  const header = (name: string) => new RegExp(`\\r\\n${name}:[ \\t]*([^\\r\\n]{0,1000})`, 'i').exec(text)?.[1];
  return { url: line[2], headers: { 'accept-language': header('accept-language'), cookie: header('cookie') } };
}

/**
 * Answers what Node's HTTP parser refuses (431 for a request line or headers too long; 400
 * for an unknown method, CR or NUL in a header, Content-Length with Transfer-Encoding, two
 * Content-Lengths, obs-fold...) as problem details, or as a page under /web, instead of
 * Node's empty answer; the connection is closed, since the stream cannot be read further.
 */
export function answerClientErrors(server: Server, refusalPage?: RefusalPage): void {
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const details = clientErrorProblem(error.code);
    const request = partialRequest(error.rawPacket);
    const page = request ? refusalPage?.(request, { ...details, instance: request.url.slice(0, 2048) }) : undefined;
    const body = page ?? JSON.stringify(request ? { ...details, instance: request.url.slice(0, 2048) } : details);
    const type = page ? 'text/html; charset=utf-8' : PROBLEM_CONTENT_TYPE;
    socket.end(
      `HTTP/1.1 ${details.status} ${STATUS_CODES[details.status]}\r\n` +
        `Content-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n` +
        `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\r\n${body}`,
    );
  });
}

/**
 * The refusals this runtime answers before a controller runs (rate limits, body size, type,
 * encoding, form checks) are problem details; for the web pages they become a page in the
 * interface language, so a browser never shows a JSON document or an empty page.
 */
export function webRefusalPages(refusalPage: RefusalPage) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!request.path.startsWith('/web')) return next();
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      const type = String(response.getHeader('content-type') ?? '');
      if (type.startsWith(PROBLEM_CONTENT_TYPE) && typeof body === 'string') {
        try {
          const page = refusalPage({ url: request.originalUrl, headers: request.headers }, JSON.parse(body) as ProblemDetails);
          if (page !== undefined) {
            response.type('text/html; charset=utf-8').setHeader('Cache-Control', 'no-store');
            return send(page);
          }
        } catch {
          // Not problem details after all: sent as it is.
        }
      }
      return send(body);
    };
    next();
  };
}
