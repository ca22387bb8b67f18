import { DISGUISES, smallResolution } from './security-fixtures';
import { hs256 } from './security-idp';

/*
 * The rows of the security table: one per hostile request, with the status and problem type
 * it must get. Paths and bodies name the ids of the spec's setup as `{open}`, `{openDocument}` ...
 */

export type Role = 'stakeholder' | 'chair' | 'secretariat' | 'translator' | 'auditor';

/** Who sends a row: an actor of the setup, or a token built for the row. */
export type Sender = 'anonymous' | 'secretariat' | 'auditor' | 'translator' | 'chairOpen' | 'egypt' | 'kenya' | 'apc' | 'flooder';

/** The ids the setup records, named in paths and bodies as `{open}`, `{openDocument}` ... */
export type Ids = Record<
  | 'open'
  | 'restricted'
  | 'openDocument'
  | 'restrictedDocument'
  | 'egyptAmendment'
  | 'restrictedAmendment'
  | 'openContribution'
  | 'restrictedContribution',
  string
>;

export interface HostileRequest {
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

export interface Row {
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

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CSRF = 'c'.repeat(43);
const unsigned = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const consultation = (extra: Record<string, unknown> = {}) => ({
  title: 'Review of Resolution 71',
  body: 'ITU Council',
  subject: 'Strategic plan',
  originalLanguage: 'en',
  ...extra,
});
const consultationText = '"title":"Review of Resolution 71","body":"ITU Council","subject":"Strategic plan","originalLanguage":"en"';
export const report = (consultationId: string) => ({
  consultationId,
  symbol: 'C26/90-E',
  date: '2026-02-21',
  originalLanguage: 'en',
  title: 'Views',
  substance: { kind: 'report', text: 'r' },
});

/** Every command route, with the roles that may use it and a body that would be recorded if they sent it. */
const COMMANDS: readonly { route: string; roles: readonly Role[]; method: string; path: string; body?: unknown }[] = [
  {
    route: 'POST /stakeholders',
    roles: ['secretariat'],
    method: 'POST',
    path: '/api/v1/stakeholders',
    body: { id: 'itu-d', name: 'ITU-D', category: 'international-organization', region: 'global' },
  },
  { route: 'POST /consultations', roles: ['secretariat'], method: 'POST', path: '/api/v1/consultations', body: consultation() },
  {
    route: 'POST /consultations/{id}/phase',
    roles: ['secretariat', 'chair'],
    method: 'POST',
    path: '/api/v1/consultations/{open}/phase',
    body: { to: 'negotiation' },
  },
  {
    route: 'POST /consultations/{id}/participants',
    roles: ['secretariat'],
    method: 'POST',
    path: '/api/v1/consultations/{restricted}/participants',
    body: { stakeholderId: 'apc' },
  },
  {
    route: 'POST /consultations/{id}/documents',
    roles: ['secretariat'],
    method: 'POST',
    path: '/api/v1/consultations/{open}/documents',
    body: { symbol: 'Resolution 2', versionLabel: 'x', document: smallResolution() },
  },
  { route: 'POST /contributions', roles: ['stakeholder'], method: 'POST', path: '/api/v1/contributions', body: { ...report('{open}') } },
  {
    route: 'POST /contributions/{id}/withdrawal',
    roles: ['stakeholder'],
    method: 'POST',
    path: '/api/v1/contributions/{openContribution}/withdrawal',
    body: {},
  },
  {
    route: 'POST /documents/{id}/amendments',
    roles: ['stakeholder'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/amendments',
    body: { versionNumber: 1, operation: { kind: 'suppress', provisionId: 'op-1-2' } },
  },
  {
    route: 'POST /amendments/{id}/co-sponsors',
    roles: ['stakeholder'],
    method: 'POST',
    path: '/api/v1/amendments/{egyptAmendment}/co-sponsors',
    body: {},
  },
  {
    route: 'POST /amendments/{id}/withdrawal',
    roles: ['stakeholder'],
    method: 'POST',
    path: '/api/v1/amendments/{egyptAmendment}/withdrawal',
    body: {},
  },
  {
    route: 'POST /amendments/{id}/decision',
    roles: ['chair'],
    method: 'POST',
    path: '/api/v1/amendments/{egyptAmendment}/decision',
    body: { ruling: 'accepted' },
  },
  {
    route: 'POST /documents/{id}/bracket-settlements',
    roles: ['chair'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/bracket-settlements',
    body: { provisionId: 'op-1-1', bracketIndex: 0, choice: 0 },
  },
  {
    route: 'POST /documents/{id}/adoptions',
    roles: ['chair'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/adoptions',
    body: { label: 'Modified 2026', meeting: 'sixth Plenary Meeting', date: '2026-06-12' },
  },
  {
    route: 'POST /documents/{id}/revisions',
    roles: ['chair'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/revisions',
    body: { text: 'Rev.1', date: '2025-11-07' },
  },
  {
    route: 'POST /documents/{id}/reservations',
    roles: ['chair'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/reservations',
    body: { stakeholderId: 'egypt', provisionId: 'op-1-1', text: 'Egypt reserves its position.' },
  },
  {
    route: 'POST /documents/{id}/language-versions/preview',
    roles: ['secretariat', 'translator'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/language-versions/preview',
    body: { format: 'plain', text: 'Résolution 2' },
  },
  {
    route: 'POST /documents/{id}/language-versions',
    roles: ['secretariat', 'translator'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/language-versions',
    body: { format: 'plain', text: 'Résolution 2' },
  },
  {
    route: 'POST /documents/{id}/translations',
    roles: ['translator'],
    method: 'POST',
    path: '/api/v1/documents/{openDocument}/translations',
    body: { language: 'fr', provisions: [{ provisionId: 'op-1-1', text: 'de prendre des mesures;' }] },
  },
  { route: 'POST /audit/checkpoints', roles: ['auditor', 'secretariat'], method: 'POST', path: '/api/v1/audit/checkpoints', body: {} },
  {
    route: 'POST /projections/{name}/rebuild',
    roles: ['auditor', 'secretariat'],
    method: 'POST',
    path: '/api/v1/projections/stakeholders/rebuild',
    body: {},
  },
  { route: 'GET /audit/verify', roles: ['auditor', 'secretariat'], method: 'GET', path: '/api/v1/audit/verify' },
  { route: 'GET /audit/bundle', roles: ['auditor'], method: 'GET', path: '/api/v1/audit/bundle' },
  { route: 'GET /audit/refusals', roles: ['auditor'], method: 'GET', path: '/api/v1/audit/refusals' },
];
const ACTOR_OF: Record<Role, Sender> = {
  stakeholder: 'egypt',
  chair: 'chairOpen',
  secretariat: 'secretariat',
  translator: 'translator',
  auditor: 'auditor',
};

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
  [
    'alg none',
    async () =>
      `${unsigned({ alg: 'none', typ: 'JWT' })}.${unsigned({ sub: 'x', roles: ['secretariat'], iss: 'consultation-ledger', aud: 'consultation-ledger', exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
  ],
  [
    'alg None in another case',
    async () =>
      `${unsigned({ alg: 'None' })}.${unsigned({ sub: 'x', roles: ['secretariat'], iss: 'consultation-ledger', aud: 'consultation-ledger', exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
  ],
  [
    'an expired token',
    () =>
      hs256({ sub: 'egypt', roles: ['stakeholder'], iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }),
  ],
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
    rows.push({
      name: `authn: ${what}, on a read`,
      request: { method: 'GET', path: '/api/v1/consultations', token },
      status: 401,
      type: 'unauthorized',
      header: 'www-authenticate',
    });
    rows.push({
      name: `authn: ${what}, on a command`,
      request: { method: 'POST', path: '/api/v1/consultations', token, body: consultation() },
      status: 401,
      type: 'unauthorized',
      header: 'www-authenticate',
    });
  }
  rows.push(
    {
      name: 'authn: no Authorization header, on a read',
      request: { method: 'GET', path: '/api/v1/consultations' },
      status: 401,
      type: 'unauthorized',
      header: 'www-authenticate',
    },
    {
      name: 'authn: no Authorization header, on a command',
      request: { method: 'POST', path: '/api/v1/consultations', body: consultation() },
      status: 401,
      type: 'unauthorized',
    },
    {
      name: 'authn: an empty bearer credential',
      request: { method: 'POST', path: '/api/v1/consultations', headers: { authorization: 'Bearer ' }, body: consultation() },
      status: 401,
      type: 'unauthorized',
    },
    {
      name: 'authn: the Basic scheme',
      request: {
        method: 'POST',
        path: '/api/v1/consultations',
        headers: { authorization: 'Basic ZWd5cHQ6cGFzc3dvcmQ=' },
        body: consultation(),
      },
      status: 401,
      type: 'unauthorized',
    },
    {
      name: 'authn: the token in the query string',
      request: { method: 'GET', path: '/api/v1/consultations?access_token=x' },
      status: 401,
      type: 'unauthorized',
    },
  );
  return rows;
}

/** Every command route, for every role that may not use it: 403 forbidden before the body is read. */
function roleRows(): Row[] {
  const rows: Row[] = [];
  for (const command of COMMANDS) {
    for (const role of ['stakeholder', 'chair', 'secretariat', 'translator', 'auditor'] as Role[]) {
      if (command.roles.includes(role)) continue;
      rows.push({
        name: `authz: ${role} on ${command.route}`,
        request: { method: command.method, path: command.path, as: ACTOR_OF[role], body: command.body },
        status: 403,
        type: 'forbidden',
      });
    }
  }
  return rows;
}

function objectRows(): Row[] {
  return [
    {
      name: 'authz: a stakeholder withdrawing another\u2019s amendment',
      request: { method: 'POST', path: '/api/v1/amendments/{egyptAmendment}/withdrawal', as: 'kenya', body: {} },
      status: 403,
      type: 'not-allowed',
    },
    {
      name: 'authz: a stakeholder withdrawing another\u2019s contribution',
      request: { method: 'POST', path: '/api/v1/contributions/{openContribution}/withdrawal', as: 'kenya', body: {} },
      status: 403,
      type: 'not-allowed',
    },
    {
      name: 'authz: a stakeholder submitting in another\u2019s name',
      request: { method: 'POST', path: '/api/v1/contributions', as: 'apc', body: { ...report('{open}'), submitters: ['egypt'] } },
      status: 403,
      type: 'not-allowed',
    },
    {
      name: 'authz: a chair ruling in a consultation it does not chair',
      request: { method: 'POST', path: '/api/v1/amendments/{restrictedAmendment}/decision', as: 'chairOpen', body: { ruling: 'accepted' } },
      status: 403,
      type: '(restricted|not-allowed)',
    },
    ...(
      [
        ['document', '/api/v1/documents/{restrictedDocument}'],
        ['text', '/api/v1/documents/{restrictedDocument}/text'],
        ['amendment', '/api/v1/amendments/{restrictedAmendment}'],
        ['contribution', '/api/v1/contributions/{restrictedContribution}'],
        ['contributions', '/api/v1/consultations/{restricted}/contributions'],
      ] as const
    ).flatMap(([what, path]): Row[] => [
      {
        name: `authz: a restricted consultation\u2019s ${what}, to a stakeholder that does not take part`,
        request: { method: 'GET', path, as: 'apc' },
        status: 403,
        type: 'restricted',
      },
      {
        name: `authz: a restricted consultation\u2019s ${what}, to the chair of another consultation`,
        request: { method: 'GET', path, as: 'chairOpen' },
        status: 403,
        type: 'restricted',
      },
    ]),
  ];
}

function inputRows(): Row[] {
  const post = (
    name: string,
    body: unknown,
    status: number,
    type: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Row => ({
    name: `input: ${name}`,
    request: { method: 'POST', path: '/api/v1/consultations', as: 'secretariat', headers, body },
    status,
    type,
  });
  return [
    ...DISGUISES.map(([codePoint, char]) =>
      post(`the invisible ${codePoint} in a title`, consultation({ title: `Review of ${char}Resolution 71` }), 400, 'validation'),
    ),
    post('a bidi override in a chair\u2019s id', consultation({ chairs: ['chair\u202E1'] }), 400, 'validation'),
    post(
      'a lone high surrogate as a JSON escape',
      `{${consultationText.replace('Strategic plan', 'Strategic \\ud800plan')}}`,
      400,
      'validation',
    ),
    post(
      'a lone low surrogate as a JSON escape',
      `{${consultationText.replace('Strategic plan', 'Strategic \\udc00plan')}}`,
      400,
      'validation',
    ),
    post(
      'a stray continuation byte',
      Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0x80]), Buffer.from('"]}')]),
      400,
      'invalid-utf8',
    ),
    post(
      'an overlong slash',
      Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0xc0, 0xaf]), Buffer.from('"]}')]),
      400,
      'invalid-utf8',
    ),
    post(
      'a surrogate encoded as UTF-8',
      Buffer.concat([Buffer.from(`{${consultationText},"chairs":["`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"]}')]),
      400,
      'invalid-utf8',
    ),
    post('nesting 40 levels deep', `{${consultationText},"deadlines":${'['.repeat(40)}${']'.repeat(40)}}`, 400, 'too-deep'),
    post('nesting sixty thousand levels deep', '['.repeat(60_000), 400, 'too-deep'),
    post('an unknown field that sets a status', consultation({ status: 'closed' }), 400, 'validation'),
    post('an unknown field that names the recorder', consultation({ recordedBy: 'chair-1' }), 400, 'validation'),
    post('the key __proto__', `{${consultationText},"__proto__":{"restricted":true}}`, 400, 'validation'),
    post('the key constructor', `{${consultationText},"constructor":{"prototype":{"restricted":true}}}`, 400, 'validation'),
    post(
      'a repeated key, the last one opening a restricted consultation',
      `{${consultationText},"restricted":true,"chairs":[],"restricted":false}`,
      400,
      'duplicate-key',
    ),
    post(
      'a repeated title hiding a bidi override in the first',
      `{"title":"\\u202eReview","body":"ITU Council","subject":"s","originalLanguage":"en","title":"Review"}`,
      400,
      'duplicate-key',
    ),
    post('a repeated key written with an escape', `{${consultationText},"t\\u0069tle":"Another title"}`, 400, 'duplicate-key'),
    post(
      'a repeated key in a nested object',
      `{${consultationText},"deadlines":{"negotiation":"2026-05-01T00:00:00Z","negotiation":"2026-06-01T00:00:00Z"}}`,
      400,
      'duplicate-key',
    ),
    {
      name: 'input: a repeated key inside an amendment\u2019s operation',
      request: {
        method: 'POST',
        path: '/api/v1/documents/{openDocument}/amendments',
        as: 'egypt',
        headers: { 'content-type': 'application/json' },
        body: '{"versionNumber":1,"operation":{"kind":"suppress","provisionId":"op-1-2","provisionId":"op-1-1"}}',
      },
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
    post('JSON in Latin-1', `{${consultationText}}`, 415, 'unsupported-encoding', {
      'content-type': 'application/json; charset=iso-8859-1',
    }),
    post('a deadline in year 0', consultation({ deadlines: { negotiation: '0000-01-01T00:00:00Z' } }), 400, 'validation'),
    post('a deadline at the earliest Date', consultation({ deadlines: { negotiation: '-271821-04-20T00:00:00.000Z' } }), 400, 'validation'),
  ];
}

function pagingRows(): Row[] {
  const get = (name: string, path: string, as: Sender = 'auditor'): Row => ({
    name: `paging: ${name}`,
    request: { method: 'GET', path, as },
    status: 400,
    type: 'validation',
  });
  const earliest = '-271821-04-20T00:00:00.000Z';
  return [
    get('a consultations cursor holding the earliest Date', `/api/v1/consultations?cursor=${unsigned([earliest, UNKNOWN])}`),
    get(
      'a contributions cursor holding the earliest Date',
      `/api/v1/consultations/{open}/contributions?cursor=${unsigned([earliest, UNKNOWN])}`,
    ),
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
    phase('a form whose CSRF cookie is missing', `to=negotiation&_csrf=${CSRF}`, 403, {
      cookie: 'ledger_session={chairToken}; ledger_lang=ar',
      ...FORM,
    }),
    phase('a phase given twice, the second one other', `to=negotiation&_csrf=${CSRF}&to=closed`, 400),
    phase('a CSRF token given twice', `_csrf=${CSRF}&to=negotiation&_csrf=${CSRF}`, 400),
    phase('a repeated field written with a percent escape', `to=negotiation&_csrf=${CSRF}&t%6F=closed`, 400),
    phase('a form over the size limit', `to=negotiation&_csrf=${CSRF}&reason=${'x'.repeat(2 * 1024 * 1024)}`, 413),
    phase('a form in another encoding than the page sends', `to=negotiation&_csrf=${CSRF}`, 415, {
      ...session(),
      'content-type': 'multipart/form-data; boundary=x',
    }),
    {
      name: 'web: a repeated token on the sign-in form',
      request: {
        method: 'POST',
        path: '/web/sign-in',
        headers: { ...FORM, cookie: `ledger_csrf=${CSRF}`, 'accept-language': 'en' },
        body: `_csrf=${CSRF}&token=a&token=b`,
      },
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
  const raw = (name: string, bytes: string, status: number, type: string | 'page', lang?: 'ar' | 'en'): Row => ({
    name: `http: ${name}`,
    request: { method: 'RAW', path: '', raw: bytes },
    status,
    type,
    lang,
  });
  const post =
    'POST /api/v1/consultations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {secretariatToken}\r\nContent-Type: application/json\r\n';
  const body = `{${consultationText}}`;
  return [
    raw('a query of 64 KB', `GET /api/v1/consultations?q=${'x'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'headers-too-large'),
    raw(
      'a header of 32 KB',
      `GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Padding: ${'x'.repeat(32 * 1024)}\r\n\r\n`,
      431,
      'headers-too-large',
    ),
    raw('an unknown method', 'BREW /api/v1/consultations HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'malformed-request'),
    raw('a NUL in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\0b\r\n\r\n', 400, 'malformed-request'),
    raw('a CR in a header value', 'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\rb\r\n\r\n', 400, 'malformed-request'),
    raw(
      'Content-Length with Transfer-Encoding (request smuggling)',
      `${post}Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${body}`,
      400,
      'malformed-request',
    ),
    raw('two Content-Lengths', `${post}Content-Length: ${body.length}\r\nContent-Length: 2\r\n\r\n${body}`, 400, 'malformed-request'),
    raw(
      'a folded header (obs-fold)',
      'GET /api/v1/consultations HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n  b\r\n\r\n',
      400,
      'malformed-request',
    ),
    raw(
      'an unknown method on a page, in Arabic',
      'BREW /web/consultations HTTP/1.1\r\nHost: x\r\nAccept-Language: ar\r\n\r\n',
      400,
      'page',
      'ar',
    ),
    raw(
      'a header of 20 KB on a page, in English',
      `GET /web HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nX-Padding: ${'x'.repeat(20 * 1024)}\r\n\r\n`,
      431,
      'page',
      'en',
    ),
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
      request: {
        method: 'POST',
        path: '/api/v1/consultations',
        as: 'secretariat',
        headers: { 'x-forwarded-for': '198.51.100.7' },
        body: consultation(),
      },
      status: 429,
      type: 'too-many-requests',
      header: 'retry-after',
    },
    {
      name: 'rate: an address over its limit on the pages, in Arabic',
      request: {
        method: 'GET',
        path: '/web/sign-in',
        headers: { 'x-forwarded-for': '198.51.100.8', 'accept-language': 'ar' },
        times: ADDRESS_BURST + 1,
      },
      status: 429,
      type: 'page',
      lang: 'ar',
      header: 'retry-after',
    },
  ];
}

export const ACTOR_BURST = 150;
export const ADDRESS_BURST = 10;

export const ROWS: readonly Row[] = [
  ...authenticationRows(),
  ...roleRows(),
  ...objectRows(),
  ...inputRows(),
  ...pagingRows(),
  ...webRows(),
  ...malformedHttpRows(),
  ...rateRows(),
];
