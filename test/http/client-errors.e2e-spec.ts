import { Server, createServer } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import express from 'express';
import { RefusalPage, answerClientErrors, webRefusalPages } from '../../libs/runtime/src/client-errors';
import { problem } from '../../libs/runtime/src/problem-details';

const page: RefusalPage = (request, refusal) =>
  request.url.startsWith('/web') ? `<p lang="${request.headers['accept-language'] ?? ''}">${refusal.status}</p>` : undefined;

/** Sends raw bytes and reads the whole answer until the server closes the connection. */
function raw(server: Server, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe('requests Node\u2019s HTTP parser refuses', () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer({ maxHeaderSize: 32 * 1024 }, (_request, response) => response.end('ok'));
    answerClientErrors(server, page);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['an unknown method', 'BREW /api/v1/consultations HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a NUL in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n'],
    ['a CR in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n'],
    [
      'Content-Length with Transfer-Encoding',
      'POST /api/v1/consultations HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
    ['two Content-Lengths', 'POST /api/v1/consultations HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
    ['a folded header', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'],
  ])('answers %s 400 as problem details, and closes the connection', async (_, request) => {
    const answer = await raw(server, request);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      type: expect.stringMatching(/\/malformed-request$/),
    });
  });

  it.each([
    ['a query', `GET /api/v1/consultations?q=${'x'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['a header', `GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(33 * 1024)}\r\n\r\n`],
  ])('answers %s too long 431 as problem details', async (_, request) => {
    const answer = await raw(server, request);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 431,
      type: expect.stringMatching(/\/headers-too-large$/),
    });
  });

  it('answers a page for a request of the web pages, in the language it asks for', async () => {
    const answer = await raw(
      server,
      `GET /web/consultations HTTP/1.1\r\nHost: x\r\nAccept-Language: ar\r\nX-Big: ${'y'.repeat(40 * 1024)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\nContent-Type: text\/html; charset=utf-8\r\n/);
    expect(answer.endsWith('<p lang="ar">431</p>')).toBe(true);
  });

  it('leaves well-formed requests alone', async () => {
    expect(await raw(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*ok$/);
  });
});

describe('refusals of the web pages', () => {
  it('become a page, and the API keeps its problem details', async () => {
    const app = express();
    app.use(webRefusalPages(page));
    app.use((request, response) =>
      response
        .status(413)
        .type('application/problem+json')
        .send(JSON.stringify(problem(413, 'body-too-large', 'Request body too large'))),
    );
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const web = await fetch(`${base}/web/sign-in`, { headers: { 'accept-language': 'en' } });
      expect([web.status, web.headers.get('content-type'), await web.text()]).toEqual([
        413,
        'text/html; charset=utf-8',
        '<p lang="en">413</p>',
      ]);
      const api = await fetch(`${base}/api/v1/consultations`);
      expect([api.status, api.headers.get('content-type')]).toEqual([413, 'application/problem+json; charset=utf-8']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
