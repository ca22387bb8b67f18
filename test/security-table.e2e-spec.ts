/**
 * The security table: one row per hostile request (its method, path, headers and body, or
 * its raw bytes for HTTP that Node's parser refuses), the status and problem type it must
 * get, and the event store counted before and after to show nothing was recorded. Tokens
 * (missing, expired, forged, alg none, HS256 keyed with a public key, another audience or
 * issuer), roles and restricted drafts, hostile input (bidi controls, invalid UTF-8, depth,
 * unknown fields, prototype keys, repeated keys, size), paging (cursors, dates), the web
 * forms (CSRF, size, repeated fields) and the rate limits. One process for every row: the
 * embedded composition on the test PostgreSQL, in the production auth mode.
 */
import { connect } from 'node:net';
import { Client } from 'pg';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { TEST_AUDIT_SIGNING_KEY, startService } from './support/ledger-cluster';
import { DISGUISES, smallResolution } from './support/security-fixtures';
import { TestIdentityProvider, hs256 } from './support/security-idp';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

type Role = 'stakeholder' | 'chair' | 'secretariat' | 'auditor';

/** Who sends a row: an actor of the setup, or a token built for the row. */
type Sender = 'anonymous' | 'secretariat' | 'auditor' | 'chairOpen' | 'egypt' | 'kenya' | 'apc' | 'flooder';

/** The ids the setup records, named in paths and bodies as `{open}`, `{openDocument}` ... */
type Ids = Record<'open' | 'restricted' | 'openDocument' | 'restrictedDocument' | 'egyptAmendment' | 'restrictedAmendment' | 'openContribution' | 'restrictedContribution', string>;

interface HostileRequest {
  readonly method: string;
  /** With `{name}` placeholders for the ids of the setup. */
  readonly path: string;
  readonly as?: Sender;
  /** A token made for this row, sent as the bearer credential. */
  readonly token?: () => Promise<string>;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; a string or bytes as they are. */
  readonly body?: unknown;
  /** Bytes written on a socket as they are, for requests an HTTP client would not send. */
  readonly raw?: string;
  /** Sent this many times; the row checks the last answer (rate limits). */
  readonly times?: number;
}

interface Row {
  readonly name: string;
  readonly request: HostileRequest;
  readonly status: number;
  /** The slug ending the problem's `type`; a page (`page`) for the web. */
  readonly type: string | 'page';
  /** The interface language the page must be in. */
  readonly lang?: 'ar' | 'en';
  /** A header the answer must carry. */
  readonly header?: string;
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CSRF = 'c'.repeat(43);
const unsigned = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const consultation = (extra: Record<string, unknown> = {}) => ({ title: 'Review of Resolution 71', body: 'ITU Council', subject: 'Strategic plan', originalLanguage: 'en', ...extra });
const consultationText = '"title":"Review of Resolution 71","body":"ITU Council","subject":"Strategic plan","originalLanguage":"en"';
const report = (consultationId: string) => ({ consultationId, symbol: 'C26/90-E', date: '2026-02-21', originalLanguage: 'en', title: 'Views', substance: { kind: 'report', text: 'r' } });

/** Every command route, with the roles that may use it and a body that would be recorded if they sent it. */
const COMMANDS: readonly { route: string; roles: readonly Role[]; method: string; path: string; body?: unknown }[] = [
  { route: 'POST /stakeholders', roles: ['secretariat'], method: 'POST', path: '/api/v1/stakeholders', body: { id: 'itu-d', name: 'ITU-D', category: 'international-organization', region: 'global' } },
  { route: 'POST /consultations', roles: ['secretariat'], method: 'POST', path: '/api/v1/consultations', body: consultation() },
  { route: 'POST /consultations/{id}/phase', roles: ['secretariat', 'chair'], method: 'POST', path: '/api/v1/consultations/{open}/phase', body: { to: 'negotiation' } },
  { route: 'POST /consultations/{id}/participants', roles: ['secretariat'], method: 'POST', path: '/api/v1/consultations/{restricted}/participants', body: { stakeholderId: 'apc' } },
  { route: 'POST /consultations/{id}/documents', roles: ['secretariat'], method: 'POST', path: '/api/v1/consultations/{open}/documents', body: { symbol: 'Resolution 2', versionLabel: 'x', document: smallResolution() } },
  { route: 'POST /contributions', roles: ['stakeholder'], method: 'POST', path: '/api/v1/contributions', body: { ...report('{open}') } },
  { route: 'POST /contributions/{id}/withdrawal', roles: ['stakeholder'], method: 'POST', path: '/api/v1/contributions/{openContribution}/withdrawal', body: {} },
  { route: 'POST /documents/{id}/amendments', roles: ['stakeholder'], method: 'POST', path: '/api/v1/documents/{openDocument}/amendments', body: { versionNumber: 1, operation: { kind: 'suppress', provisionId: 'op-1-2' } } },
  { route: 'POST /amendments/{id}/co-sponsors', roles: ['stakeholder'], method: 'POST', path: '/api/v1/amendments/{egyptAmendment}/co-sponsors', body: {} },
  { route: 'POST /amendments/{id}/withdrawal', roles: ['stakeholder'], method: 'POST', path: '/api/v1/amendments/{egyptAmendment}/withdrawal', body: {} },
  { route: 'POST /amendments/{id}/decision', roles: ['chair'], method: 'POST', path: '/api/v1/amendments/{egyptAmendment}/decision', body: { ruling: 'accepted' } },
  { route: 'POST /documents/{id}/bracket-settlements', roles: ['chair'], method: 'POST', path: '/api/v1/documents/{openDocument}/bracket-settlements', body: { provisionId: 'op-1-1', bracketIndex: 0, choice: 0 } },
  { route: 'POST /documents/{id}/adoptions', roles: ['chair'], method: 'POST', path: '/api/v1/documents/{openDocument}/adoptions', body: { label: 'Modified 2026', meeting: 'sixth Plenary Meeting', date: '2026-06-12' } },
  { route: 'POST /documents/{id}/reservations', roles: ['chair'], method: 'POST', path: '/api/v1/documents/{openDocument}/reservations', body: { stakeholderId: 'egypt', provisionId: 'op-1-1', text: 'Egypt reserves its position.' } },
  { route: 'POST /audit/checkpoints', roles: ['auditor', 'secretariat'], method: 'POST', path: '/api/v1/audit/checkpoints', body: {} },
  { route: 'POST /projections/{name}/rebuild', roles: ['auditor', 'secretariat'], method: 'POST', path: '/api/v1/projections/stakeholders/rebuild', body: {} },
  { route: 'GET /audit/verify', roles: ['auditor', 'secretariat'], method: 'GET', path: '/api/v1/audit/verify' },
  { route: 'GET /audit/bundle', roles: ['auditor'], method: 'GET', path: '/api/v1/audit/bundle' },
  { route: 'GET /audit/refusals', roles: ['auditor'], method: 'GET', path: '/api/v1/audit/refusals' },
];
const ACTOR_OF: Record<Role, Sender> = { stakeholder: 'egypt', chair: 'chairOpen', secretariat: 'secretariat', auditor: 'auditor' };

/** Tokens a forger or a careless client would send, each refused with 401. */
const FORGED_TOKENS: readonly [string, () => Promise<string>][] = [
  ['a token signed with another secret', () => hs256({ sub: 'egypt', roles: ['stakeholder'] }, 'a-forgers-secret-that-is-32-bytes-long!!')],
  [
    'a payload changed after signing',
    async () => {
      const [header, , signature] = (await hs256({ sub: 'egypt', roles: ['stakeholder'] })).split('.');
      return `${header}.${unsigned({ sub: 'egypt', roles: ['secretariat'], iss: 'consultation-ledger', aud: 'consultation-ledger', exp: Math.floor(Date.now() / 1000) + 3600 })}.${signature}`;
    },
  ],
  ['alg none', async () => `${unsigned({ alg: 'none', typ: 'JWT' })}.${unsigned({ sub: 'x', roles: ['secretariat'], iss: 'consultation-ledger', aud: 'consultation-ledger', exp: Math.floor(Date.now() / 1000) + 3600 })}.`],
  ['alg None in another case', async () => `${unsigned({ alg: 'None' })}.${unsigned({ sub: 'x', roles: ['secretariat'], iss: 'consultation-ledger', aud: 'consultation-ledger', exp: Math.floor(Date.now() / 1000) + 3600 })}.`],
  ['an expired token', () => hs256({ sub: 'egypt', roles: ['stakeholder'], iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
  ['a token not valid yet', () => hs256({ sub: 'egypt', roles: ['stakeholder'], nbf: Math.floor(Date.now() / 1000) + 3600 })],
  ['a token for another audience', () => hs256({ sub: 'egypt', roles: ['stakeholder'], aud: 'another-api' })],
  ['a token from another issuer', () => hs256({ sub: 'egypt', roles: ['stakeholder'], iss: 'https://evil.example' })],
  ['a token without a subject', () => hs256({ roles: ['stakeholder'] })],
  ['a token with a role that does not exist', () => hs256({ sub: 'egypt', roles: ['administrator'] })],
  ['a token with no role', () => hs256({ sub: 'egypt', roles: [] })],
  ['a token whose subject carries a bidi override', () => hs256({ sub: 'eg\u202Eypt', roles: ['stakeholder'] })],
  ['a token over 8 KB', async () => hs256({ sub: 'egypt', roles: ['stakeholder'], padding: 'x'.repeat(9000) })],
  ['a bearer credential that is not a token', async () => 'not-a-token'],
  ['a token of three empty parts', async () => '..'],
];

function authenticationRows(): Row[] {
  const rows: Row[] = [];
  for (const [what, token] of FORGED_TOKENS) {
    rows.push({ name: `authn: ${what}, on a read`, request: { method: 'GET', path: '/api/v1/consultations', token }, status: 401, type: 'unauthorized', header: 'www-authenticate' });
    rows.push({ name: `authn: ${what}, on a command`, request: { method: 'POST', path: '/api/v1/consultations', token, body: consultation() }, status: 401, type: 'unauthorized', header: 'www-authenticate' });
  }
  rows.push(
    { name: 'authn: no Authorization header, on a read', request: { method: 'GET', path: '/api/v1/consultations' }, status: 401, type: 'unauthorized', header: 'www-authenticate' },
    { name: 'authn: no Authorization header, on a command', request: { method: 'POST', path: '/api/v1/consultations', body: consultation() }, status: 401, type: 'unauthorized' },
    { name: 'authn: an empty bearer credential', request: { method: 'POST', path: '/api/v1/consultations', headers: { authorization: 'Bearer ' }, body: consultation() }, status: 401, type: 'unauthorized' },
    { name: 'authn: the Basic scheme', request: { method: 'POST', path: '/api/v1/consultations', headers: { authorization: 'Basic ZWd5cHQ6cGFzc3dvcmQ=' }, body: consultation() }, status: 401, type: 'unauthorized' },
    { name: 'authn: the token in the query string', request: { method: 'GET', path: '/api/v1/consultations?access_token=x' }, status: 401, type: 'unauthorized' },
  );
  return rows;
}

/** Every command route, for every role that may not use it: 403 forbidden before the body is read. */
function roleRows(): Row[] {
  const rows: Row[] = [];
  for (const command of COMMANDS) {
    for (const role of ['stakeholder', 'chair', 'secretariat', 'auditor'] as Role[]) {
      if (command.roles.includes(role)) continue;
      rows.push({ name: `authz: ${role} on ${command.route}`, request: { method: command.method, path: command.path, as: ACTOR_OF[role], body: command.body }, status: 403, type: 'forbidden' });
    }
  }
  return rows;
}

function objectRows(): Row[] {
  return [
    { name: 'authz: a stakeholder withdrawing another\u2019s amendment', request: { method: 'POST', path: '/api/v1/amendments/{egyptAmendment}/withdrawal', as: 'kenya', body: {} }, status: 403, type: 'not-allowed' },
    { name: 'authz: a stakeholder withdrawing another\u2019s contribution', request: { method: 'POST', path: '/api/v1/contributions/{openContribution}/withdrawal', as: 'kenya', body: {} }, status: 403, type: 'not-allowed' },
    { name: 'authz: a stakeholder submitting in another\u2019s name', request: { method: 'POST', path: '/api/v1/contributions', as: 'apc', body: { ...report('{open}'), submitters: ['egypt'] } }, status: 403, type: 'not-allowed' },
    { name: 'authz: a chair ruling in a consultation it does not chair', request: { method: 'POST', path: '/api/v1/amendments/{restrictedAmendment}/decision', as: 'chairOpen', body: { ruling: 'accepted' } }, status: 403, type: '(restricted|not-allowed)' },
    ...(
      [
        ['document', '/api/v1/documents/{restrictedDocument}'],
        ['text', '/api/v1/documents/{restrictedDocument}/text'],
        ['amendment', '/api/v1/amendments/{restrictedAmendment}'],
        ['contribution', '/api/v1/contributions/{restrictedContribution}'],
        ['contributions', '/api/v1/consultations/{restricted}/contributions'],
      ] as const
    ).flatMap(([what, path]): Row[] => [
      { name: `authz: a restricted consultation\u2019s ${what}, to a stakeholder that does not take part`, request: { method: 'GET', path, as: 'apc' }, status: 403, type: 'restricted' },
      { name: `authz: a restricted consultation\u2019s ${what}, to the chair of another consultation`, request: { method: 'GET', path, as: 'chairOpen' }, status: 403, type: 'restricted' },
    ]),
  ];
}

function inputRows(): Row[] {
  const post = (name: string, body: unknown, status: number, type: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Row => ({
    name: `input: ${name}`,
    request: { method: 'POST', path: '/api/v1/consultations', as: 'secretariat', headers, body },
    status,
    type,
  });
  return [
    ...DISGUISES.map(([codePoint, char]) => post(`the invisible ${codePoint} in a title`, consultation({ title: `Review of ${char}Resolution 71` }), 400, 'validation')),
    post('a bidi override in a chair\u2019s id', consultation({ chairs: ['chair\u202E1'] }), 400, 'validation'),
    post('a lone high surrogate as a JSON escape', `{${consultationText.replace('Strategic plan', 'Strategic \\ud800plan')}}`, 400, 'validation'),
    post('a lone low surrogate as a JSON escape', `{${consultationText.replace('Strategic plan', 'Strategic \\udc00plan')}}`, 400, 'validation'),
    post('a stray continuation byte', Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0x80]), Buffer.from('"]}')]), 400, 'invalid-utf8'),
    post('an overlong slash', Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0xc0, 0xaf]), Buffer.from('"]}')]), 400, 'invalid-utf8'),
    post('a surrogate encoded as UTF-8', Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"]}')]), 400, 'invalid-utf8'),
    post('nesting 40 levels deep', `{${consultationText},"deadlines":${'['.repeat(40)}${']'.repeat(40)}}`, 400, 'too-deep'),
    post('nesting sixty thousand levels deep', '['.repeat(60_000), 400, 'too-deep'),
    post('an unknown field that sets a status', consultation({ status: 'closed' }), 400, 'validation'),
    post('an unknown field that names the recorder', consultation({ recordedBy: 'chair-1' }), 400, 'validation'),
    post('the key __proto__', `{${consultationText},"__proto__":{"restricted":true}}`, 400, 'validation'),
    post('the key constructor', `{${consultationText},"constructor":{"prototype":{"restricted":true}}}`, 400, 'validation'),
    post('a repeated key, the last one opening a restricted consultation', `{${consultationText},"restricted":true,"chairs":[],"restricted":false}`, 400, 'duplicate-key'),
    post('a repeated title hiding a bidi override in the first', `{"title":"\\u202eReview","body":"ITU Council","subject":"s","originalLanguage":"en","title":"Review"}`, 400, 'duplicate-key'),
    post('a repeated key written with an escape', `{${consultationText},"t\\u0069tle":"Another title"}`, 400, 'duplicate-key'),
    post('a repeated key in a nested object', `{${consultationText},"deadlines":{"negotiation":"2026-05-01T00:00:00Z","negotiation":"2026-06-01T00:00:00Z"}}`, 400, 'duplicate-key'),
    {
      name: 'input: a repeated key inside an amendment\u2019s operation',
      request: { method: 'POST', path: '/api/v1/documents/{openDocument}/amendments', as: 'egypt', headers: { 'content-type': 'application/json' }, body: '{"versionNumber":1,"operation":{"kind":"suppress","provisionId":"op-1-2","provisionId":"op-1-1"}}' },
      status: 400,
      type: 'duplicate-key',
    },
    post('a body over the limit', consultation({ body: 'x'.repeat(70_000) }), 413, 'body-too-large'),
    post('a body declared larger than the limit', `{${consultationText}}`.padEnd(70_000, ' '), 413, 'body-too-large'),
    post('a title over its length', consultation({ title: 'x'.repeat(501) }), 400, 'validation'),
    post('too many chairs', consultation({ chairs: Array.from({ length: 500 }, (_, i) => `chair-${i}`) }), 400, 'validation'),
    post('malformed JSON', `{${consultationText},}`, 400, 'malformed-json'),
    post('a body that is not JSON', 'title=x', 415, 'unsupported-media-type', { 'content-type': 'text/plain' }),
    post('a web form sent to the API', 'title=x', 415, 'unsupported-media-type', FORM),
    post('JSON in Latin-1', `{${consultationText}}`, 415, 'unsupported-encoding', { 'content-type': 'application/json; charset=iso-8859-1' }),
    post('a deadline in year 0', consultation({ deadlines: { negotiation: '0000-01-01T00:00:00Z' } }), 400, 'validation'),
    post('a deadline at the earliest Date', consultation({ deadlines: { negotiation: '-271821-04-20T00:00:00.000Z' } }), 400, 'validation'),
  ];
}

function pagingRows(): Row[] {
  const get = (name: string, path: string, as: Sender = 'auditor'): Row => ({ name: `paging: ${name}`, request: { method: 'GET', path, as }, status: 400, type: 'validation' });
  const earliest = '-271821-04-20T00:00:00.000Z';
  return [
    get('a consultations cursor holding the earliest Date', `/api/v1/consultations?cursor=${unsigned([earliest, UNKNOWN])}`),
    get('a contributions cursor holding the earliest Date', `/api/v1/consultations/{open}/contributions?cursor=${unsigned([earliest, UNKNOWN])}`),
    get('a refusals cursor past a bigint', `/api/v1/audit/refusals?cursor=${unsigned(['refusal', '9999999999999999999'])}`),
    get('refusals from year 0', '/api/v1/audit/refusals?from=0000-01-01'),
    get('refusals to the last second of year 0', '/api/v1/audit/refusals?to=0000-12-31T23:59:59Z'),
    get('refusals from 30 February', '/api/v1/audit/refusals?from=2026-02-30'),
    get('refusals to a time without its offset', '/api/v1/audit/refusals?to=2026-04-10T09:00:00'),
    get('refusals from a six-digit year', `/api/v1/audit/refusals?from=${encodeURIComponent('+275760-09-13T00:00:00Z')}`),
    get('a history from year 0', '/api/v1/consultations/{open}/history?from=0000-01-01'),
    get('a history to the earliest Date', `/api/v1/consultations/{open}/history?to=${encodeURIComponent(earliest)}`),
    get('a history cursor made by the client', `/api/v1/consultations/{open}/history?cursor=${unsigned({ after: 0 })}`),
    get('a text as of year 0', '/api/v1/documents/{openDocument}/text?asOf=0000-12-31T23:59:59Z'),
    get('a provision\u2019s why as of year 0', '/api/v1/audit/documents/{openDocument}/provisions/op-1-1/why?asOf=0000-01-01'),
    get('a stakeholders cursor made by the client', `/api/v1/stakeholders?cursor=${unsigned(['a', 'b'])}`),
    get('a search cursor made by the client', `/api/v1/search?q=wsis&cursor=${unsigned(['1:1', 'x'])}`),
    get('a genuine cursor with its signature changed', '/api/v1/stakeholders?cursor={tamperedCursor}'),
    get('a cursor that is not base64', '/api/v1/consultations?cursor=%00%01'),
    get('a cursor given twice', '/api/v1/consultations?cursor=a&cursor=b'),
    get('an empty cursor', '/api/v1/consultations?cursor='),
    get('a limit of 0', '/api/v1/consultations?limit=0'),
    get('a limit past the largest page', '/api/v1/consultations?limit=100000'),
    get('a negative limit', '/api/v1/audit/refusals?limit=-1'),
  ];
}

function webRows(): Row[] {
  const session = (csrf = CSRF) => ({ cookie: `ledger_session={chairToken}; ledger_csrf=${csrf}; ledger_lang=ar`, ...FORM });
  const phase = (name: string, body: string, status: number, headers: Record<string, string> = session()): Row => ({
    name: `web: ${name}`,
    request: { method: 'POST', path: '/web/consultations/{open}/phase', headers, body },
    status,
    type: 'page',
    lang: 'ar',
  });
  return [
    phase('a form without its CSRF token', 'to=negotiation', 403),
    phase('a form with another CSRF token', `to=negotiation&_csrf=${'d'.repeat(43)}`, 403),
    phase('a form posted from another site', `to=negotiation&_csrf=${CSRF}`, 403, { ...session(), origin: 'https://evil.example' }),
    phase('a form whose CSRF cookie is missing', `to=negotiation&_csrf=${CSRF}`, 403, { cookie: 'ledger_session={chairToken}; ledger_lang=ar', ...FORM }),
    phase('a phase given twice, the second one other', `to=negotiation&_csrf=${CSRF}&to=closed`, 400),
    phase('a CSRF token given twice', `_csrf=${CSRF}&to=negotiation&_csrf=${CSRF}`, 400),
    phase('a repeated field written with a percent escape', `to=negotiation&_csrf=${CSRF}&t%6F=closed`, 400),
    phase('a form over the size limit', `to=negotiation&_csrf=${CSRF}&reason=${'x'.repeat(2 * 1024 * 1024)}`, 413),
    phase('a form in another encoding than the page sends', `to=negotiation&_csrf=${CSRF}`, 415, { ...session(), 'content-type': 'multipart/form-data; boundary=x' }),
    {
      name: 'web: a repeated token on the sign-in form',
      request: { method: 'POST', path: '/web/sign-in', headers: { ...FORM, cookie: `ledger_csrf=${CSRF}`, 'accept-language': 'en' }, body: `_csrf=${CSRF}&token=a&token=b` },
      status: 400,
      type: 'page',
      lang: 'en',
    },
    {
      name: 'web: a page that does not exist',
      request: { method: 'GET', path: '/web/nothing-here', headers: { 'accept-language': 'ar' } },
      status: 404,
      type: 'page',
      lang: 'ar',
    },
  ];
}

function malformedHttpRows(): Row[] {
  const raw = (name: string, bytes: string, status: number, type: string | 'page', lang?: 'ar' | 'en'): Row => ({ name: `http: ${name}`, request: { method: 'RAW', path: '', raw: bytes }, status, type, lang });
  const post = 'POST /api/v1/consultations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {secretariatToken}\r\nContent-Type: application/json\r\n';
  const body = `{${consultationText}}`;
  return [
    raw('a query of 64 KB', `GET /api/v1/consultations?q=${'x'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'headers-too-large'),
    raw('a header of 32 KB', `GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Padding: ${'x'.repeat(32 * 1024)}\r\n\r\n`, 431, 'headers-too-large'),
    raw('an unknown method', 'BREW /api/v1/consultations HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'malformed-request'),
    raw('a NUL in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\0b\r\n\r\n', 400, 'malformed-request'),
    raw('a CR in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\rb\r\n\r\n', 400, 'malformed-request'),
    raw('Content-Length with Transfer-Encoding (request smuggling)', `${post}Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${body}`, 400, 'malformed-request'),
    raw('two Content-Lengths', `${post}Content-Length: ${body.length}\r\nContent-Length: 2\r\n\r\n${body}`, 400, 'malformed-request'),
    raw('a folded header (obs-fold)', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n  b\r\n\r\n', 400, 'malformed-request'),
    raw('an unknown method on a page, in Arabic', 'BREW /web/consultations HTTP/1.1\r\nHost: x\r\nAccept-Language: ar\r\n\r\n', 400, 'page', 'ar'),
    raw('a header of 20 KB on a page, in English', `GET /web HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nX-Padding: ${'x'.repeat(20 * 1024)}\r\n\r\n`, 431, 'page', 'en'),
  ];
}

function rateRows(): Row[] {
  return [
    {
      name: 'rate: an actor over its limit',
      request: { method: 'GET', path: '/api/v1/stakeholders', as: 'flooder', times: ACTOR_BURST + 1 },
      status: 429,
      type: 'too-many-requests',
      header: 'retry-after',
    },
    {
      name: 'rate: an address over its limit, whoever asks',
      request: { method: 'GET', path: '/api/v1/consultations', headers: { 'x-forwarded-for': '198.51.100.7' }, times: ADDRESS_BURST + 1 },
      status: 429,
      type: 'too-many-requests',
      header: 'retry-after',
    },
    {
      name: 'rate: an address over its limit on a command, before its body is read',
      request: { method: 'POST', path: '/api/v1/consultations', as: 'secretariat', headers: { 'x-forwarded-for': '198.51.100.7' }, body: consultation() },
      status: 429,
      type: 'too-many-requests',
      header: 'retry-after',
    },
    {
      name: 'rate: an address over its limit on the pages, in Arabic',
      request: { method: 'GET', path: '/web/sign-in', headers: { 'x-forwarded-for': '198.51.100.8', 'accept-language': 'ar' }, times: ADDRESS_BURST + 1 },
      status: 429,
      type: 'page',
      lang: 'ar',
      header: 'retry-after',
    },
  ];
}

const ACTOR_BURST = 150;
const ADDRESS_BURST = 10;

const ROWS: readonly Row[] = [...authenticationRows(), ...roleRows(), ...objectRows(), ...inputRows(), ...pagingRows(), ...webRows(), ...malformedHttpRows(), ...rateRows()];

describe('security table: every hostile request refused, with its status and problem type, and nothing recorded', () => {
  const idp = new TestIdentityProvider();
  let database: { url: string; drop: () => Promise<void> };
  let server: ServiceProcess;
  let port: number;
  let pg: Client;
  const tokens = {} as Record<Exclude<Sender, 'anonymous'>, string>;
  const ids = {} as Ids & { tamperedCursor: string };

  const fill = (text: string) =>
    text
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in ids ? ids[name as keyof typeof ids] : whole))
      .replace('{chairToken}', tokens.chairOpen)
      .replace('{secretariatToken}', tokens.secretariat);
  const fillBody = (body: unknown): unknown => (body === undefined || Buffer.isBuffer(body) ? body : typeof body === 'string' ? fill(body) : JSON.parse(fill(JSON.stringify(body))));

  async function eventCount(): Promise<number> {
    const { rows } = await pg.query('SELECT count(*)::int AS n FROM events');
    return rows[0].n;
  }

  async function send(request: HostileRequest): Promise<Answer> {
    if (request.raw !== undefined) return sendRaw(fill(request.raw));
    const token = request.token ? await request.token() : request.as && request.as !== 'anonymous' ? tokens[request.as] : undefined;
    const body = fillBody(request.body);
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !request.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}),
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = fill(value);
    const response = await fetch(`http://127.0.0.1:${port}${fill(request.path)}`, {
      method: request.method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', headers: Object.fromEntries(response.headers), text: await response.text() };
  }

  function sendRaw(bytes: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(bytes, 'latin1')));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = text.split('\r\n\r\n');
        const [statusLine, ...lines] = head.split('\r\n');
        const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        resolve({ status: Number(statusLine.split(' ')[1]), contentType: headers['content-type'] ?? '', headers, text: rest.join('\r\n\r\n') });
      });
    });
  }

  beforeAll(async () => {
    await idp.start();
    database = await createTestDatabase('security_table');
    pg = new Client({ connectionString: database.url });
    await pg.connect();
    port = await freePort();
    server = await startService('all', {
      DATABASE_URL: database.url,
      PORT: String(port),
      RELAY_POLL_INTERVAL_MS: '50',
      AUTH_MODE: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      JWT_JWKS_URL: idp.jwksUrl,
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      MAX_BODY_BYTES: '65536',
      // Addresses come from X-Forwarded-For, sent by the rate rows only: the other rows come from loopback, which is not limited.
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_ACTOR_BURST: String(ACTOR_BURST),
      RATE_LIMIT_ACTOR_PER_SECOND: '0.1',
      RATE_LIMIT_ADDRESS_BURST: String(ADDRESS_BURST),
      RATE_LIMIT_ADDRESS_PER_SECOND: '0.1',
    });
    const actors: Record<Exclude<Sender, 'anonymous'>, [string, Role]> = {
      secretariat: ['itu-secretariat', 'secretariat'],
      auditor: ['auditor-1', 'auditor'],
      chairOpen: ['chair-open', 'chair'],
      egypt: ['egypt', 'stakeholder'],
      kenya: ['kenya', 'stakeholder'],
      apc: ['apc', 'stakeholder'],
      flooder: ['flooder', 'stakeholder'],
    };
    for (const [key, [sub, role]] of Object.entries(actors)) tokens[key as keyof typeof tokens] = await tokenFor(sub, role);

    const base = `http://127.0.0.1:${port}`;
    const call = async (as: keyof typeof tokens, method: string, path: string, body?: unknown) => {
      const response = await fetch(base + path, {
        method,
        headers: { authorization: `Bearer ${tokens[as]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    for (const stakeholder of [
      { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
      { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
      { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
    ]) {
      await call('secretariat', 'POST', '/api/v1/stakeholders', stakeholder);
    }
    const open = (title: string, chair: string, restricted: boolean) => ({ title, body: 'ITU Council', subject: 'WSIS+20 review', originalLanguage: 'en', chairs: [chair], restricted });
    ids.open = (await call('secretariat', 'POST', '/api/v1/consultations', open('Review of Resolution 1334', 'chair-open', false))).id;
    ids.restricted = (await call('secretariat', 'POST', '/api/v1/consultations', open('Closed drafting group on Resolution 30', 'chair-restricted', true))).id;
    await call('secretariat', 'POST', `/api/v1/consultations/${ids.restricted}/participants`, { stakeholderId: 'egypt' });
    ids.openDocument = (await call('secretariat', 'POST', `/api/v1/consultations/${ids.open}/documents`, { symbol: 'Resolution 1334', versionLabel: 'Modified 2023', document: smallResolution() })).id;
    ids.restrictedDocument = (await call('secretariat', 'POST', `/api/v1/consultations/${ids.restricted}/documents`, { symbol: 'Resolution 30', versionLabel: 'Rev. 2017', document: smallResolution() })).id;
    for (const id of [ids.open, ids.restricted]) await call('secretariat', 'POST', `/api/v1/consultations/${id}/phase`, { to: 'open-for-contributions' });
    await eventually(async () => {
      const response = await fetch(`${base}/api/v1/consultations/${ids.restricted}`, { headers: { authorization: `Bearer ${tokens.secretariat}` } });
      expect(((await response.json()) as { participants: string[] }).participants).toEqual(['egypt']);
      expect((await fetch(`${base}/api/v1/documents/${ids.restrictedDocument}`, { headers: { authorization: `Bearer ${tokens.secretariat}` } })).status).toBe(200);
    });
    const op = smallResolution().operative[0].provisions[0].text;
    const modify = { versionNumber: 1, operation: { kind: 'modify', provisionId: 'op-1-1', oldText: op, newText: op.replace('encourage', 'strongly encourage') } };
    ids.egyptAmendment = (await call('egypt', 'POST', `/api/v1/documents/${ids.openDocument}/amendments`, modify)).id;
    ids.restrictedAmendment = (await call('egypt', 'POST', `/api/v1/documents/${ids.restrictedDocument}/amendments`, modify)).id;
    ids.openContribution = (await call('egypt', 'POST', '/api/v1/contributions', { ...report(ids.open), symbol: 'C26/71-E' })).id;
    ids.restrictedContribution = (await call('egypt', 'POST', '/api/v1/contributions', { ...report(ids.restricted), symbol: 'C26/72-E' })).id;
    await eventually(async () => {
      for (const path of [`/api/v1/amendments/${ids.restrictedAmendment}`, `/api/v1/contributions/${ids.restrictedContribution}`, `/api/v1/amendments/${ids.egyptAmendment}`]) {
        expect((await fetch(base + path, { headers: { authorization: `Bearer ${tokens.secretariat}` } })).status).toBe(200);
      }
    });
    // A cursor the gateway issued, its signature changed by one character.
    const next: string = (await call('auditor', 'GET', '/api/v1/stakeholders?limit=1')).next;
    ids.tamperedCursor = `${next.slice(0, -1)}${next.endsWith('A') ? 'B' : 'A'}`;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await pg?.end();
    await database?.drop();
    await idp.stop();
  });

  it('has a row for each hostile request, at least 150', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ROWS.map((row) => row.name)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const before = await eventCount();
    let answer: Answer | undefined;
    for (let i = 0; i < (row.request.times ?? 1); i++) answer = await send(row.request);
    const got = answer!;
    const summary = `${got.status} ${got.contentType} ${got.text.slice(0, 300)}`;
    expect({ status: got.status, summary }).toEqual({ status: row.status, summary });
    if (row.type === 'page') {
      expect(got.contentType).toMatch(/^text\/html/);
      if (row.lang) expect(got.text).toContain(`<html lang="${row.lang}"`);
    } else {
      expect(got.contentType).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(got.text);
      expect(problem.type).toMatch(new RegExp(`/${row.type}$`));
      expect(problem.status).toBe(row.status);
    }
    if (row.header) expect(got.headers[row.header]).toBeTruthy();
    expect(await eventCount()).toBe(before);
  });
});
