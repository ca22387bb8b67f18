import { EventEmitter } from 'node:events';
import { RepeatedFormField, formBodyMiddleware, parseFormBody } from './form-bodies';
import { cookiesOf } from './cookies';

function fakeRequest(path: string, body: string, headers: Record<string, string> = {}) {
  const request = Object.assign(new EventEmitter(), {
    method: 'POST',
    path,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    } as Record<string, string>,
    destroy: () => undefined,
  });
  return { request, send: () => setImmediate(() => (request.emit('data', Buffer.from(body)), request.emit('end'))) };
}

function fakeResponse() {
  const answer = { status: 0, body: '', type: '' };
  const response = {
    status: (code: number) => ((answer.status = code), response),
    type: (type: string) => ((answer.type = type), response),
    send: (text: string) => ((answer.body = text), response),
  };
  return { response, answer };
}

describe('the forms of the pages', () => {
  it('are read as UTF-8 URL-encoded fields, repeated names gathered', () => {
    expect(
      parseFormBody(
        'symbol=C26%2F12-A&coSponsors=apc&coSponsors=kenya&words=%D8%AC%D9%85%D9%8A%D8%B9+%D8%A7%D9%84%D8%AA%D8%AF%D8%A7%D8%A8%D9%8A%D8%B1',
      ),
    ).toEqual({
      symbol: 'C26/12-A',
      coSponsors: ['apc', 'kenya'],
      words: 'جميع التدابير',
    });
  });

  it('leave the request without a body for the checks that follow, which refuse what is not JSON', async () => {
    const { request, send } = fakeRequest('/web/consultations/x/phase', 'to=negotiation&_csrf=t');
    const { response } = fakeResponse();
    const done = new Promise<void>((resolve) => formBodyMiddleware(1024)(request as never, response as never, () => resolve()));
    send();
    await done;
    expect((request as unknown as { body: unknown }).body).toEqual({ to: 'negotiation', _csrf: 't' });
    expect(request.headers['content-length']).toBe('0');
  });

  it('are read under /web only: the API takes JSON alone', async () => {
    const { request } = fakeRequest('/api/v1/consultations', 'title=x');
    let passed = false;
    formBodyMiddleware(1024)(request as never, fakeResponse().response as never, () => (passed = true));
    expect(passed).toBe(true);
    expect((request as unknown as { body?: unknown }).body).toBeUndefined();
  });

  it('are refused over the size limit, as problem details the runtime turns into a page', () => {
    const { request } = fakeRequest('/web/sign-in', 'token=' + 'x'.repeat(100));
    const { response, answer } = fakeResponse();
    formBodyMiddleware(10)(request as never, response as never, () => undefined);
    expect(answer.status).toBe(413);
    expect(answer.type).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 413, type: expect.stringMatching(/\/body-too-large$/) });
  });

  it('refuse a field sent twice that the form does not gather, whichever value comes first', () => {
    expect(() => parseFormBody('to=negotiation&_csrf=t&to=closed')).toThrow(RepeatedFormField);
    expect(() => parseFormBody('_csrf=a&_csrf=b')).toThrow(expect.objectContaining({ field: '_csrf' }));
    expect(() => parseFormBody('t%6F=x&to=y')).toThrow(expect.objectContaining({ field: 'to' }));
    expect(parseFormBody('amendmentIds=a&amendmentIds=b&amendment=1&amendment=2')).toEqual({
      amendmentIds: ['a', 'b'],
      amendment: ['1', '2'],
    });
  });

  it('answer 400 naming a repeated field, and do not pass the request on', async () => {
    const { request, send } = fakeRequest('/web/consultations/x/phase', 'to=negotiation&_csrf=t&to=closed');
    const { response, answer } = fakeResponse();
    let passed = false;
    formBodyMiddleware(1024)(request as never, response as never, () => (passed = true));
    send();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passed).toBe(false);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ type: expect.stringMatching(/\/repeated-field$/), field: 'to' });
  });
});

describe('cookies', () => {
  it('are read by name, the first of a name winning, malformed values left out', () => {
    const cookies = cookiesOf({ headers: { cookie: 'ledger_lang=ar; ledger_csrf=abc%3D; ledger_lang=en; bad=%E0%A4%A' } } as never);
    expect([...cookies]).toEqual([
      ['ledger_lang', 'ar'],
      ['ledger_csrf', 'abc='],
    ]);
  });
});
