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
import { eventually } from './support/eventually';
import { SecuredService, startSecuredService } from './support/secured-service';
import { smallResolution } from './support/security-fixtures';
import { TestIdentityProvider } from './support/security-idp';
import { ACTOR_BURST, ADDRESS_BURST, Answer, HostileRequest, Ids, ROWS, Role, Sender, report } from './support/security-table-rows';
import { tokenFor } from './support/tokens';

describe('security table: every hostile request refused, with its status and problem type, and nothing recorded', () => {
  const idp = new TestIdentityProvider();
  let service: SecuredService;
  let port: number;
  const tokens = {} as Record<Exclude<Sender, 'anonymous'>, string>;
  const ids = {} as Ids & { tamperedCursor: string };

  const fill = (text: string) =>
    text
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in ids ? ids[name as keyof typeof ids] : whole))
      .replace('{chairToken}', tokens.chairOpen)
      .replace('{secretariatToken}', tokens.secretariat);
  const fillBody = (body: unknown): unknown =>
    body === undefined || Buffer.isBuffer(body) ? body : typeof body === 'string' ? fill(body) : JSON.parse(fill(JSON.stringify(body)));

  const eventCount = () => service.eventCount();

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
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: Object.fromEntries(response.headers),
      text: await response.text(),
    };
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
        const headers = Object.fromEntries(
          lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        resolve({
          status: Number(statusLine.split(' ')[1]),
          contentType: headers['content-type'] ?? '',
          headers,
          text: rest.join('\r\n\r\n'),
        });
      });
    });
  }

  beforeAll(async () => {
    await idp.start();
    service = await startSecuredService('security_table', idp, {
      // Addresses come from X-Forwarded-For, sent by the rate rows only: the other rows come from loopback, which is not limited.
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_ACTOR_BURST: String(ACTOR_BURST),
      RATE_LIMIT_ACTOR_PER_SECOND: '0.1',
      RATE_LIMIT_ADDRESS_BURST: String(ADDRESS_BURST),
      RATE_LIMIT_ADDRESS_PER_SECOND: '0.1',
    });
    port = service.port;
    const actors: Record<Exclude<Sender, 'anonymous'>, [string, Role]> = {
      secretariat: ['itu-secretariat', 'secretariat'],
      auditor: ['auditor-1', 'auditor'],
      translator: ['translator-1', 'translator'],
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
    const open = (title: string, chair: string, restricted: boolean) => ({
      title,
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: [chair],
      restricted,
    });
    ids.open = (await call('secretariat', 'POST', '/api/v1/consultations', open('Review of Resolution 1334', 'chair-open', false))).id;
    ids.restricted = (
      await call('secretariat', 'POST', '/api/v1/consultations', open('Closed drafting group on Resolution 30', 'chair-restricted', true))
    ).id;
    await call('secretariat', 'POST', `/api/v1/consultations/${ids.restricted}/participants`, { stakeholderId: 'egypt' });
    ids.openDocument = (
      await call('secretariat', 'POST', `/api/v1/consultations/${ids.open}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        document: smallResolution(),
      })
    ).id;
    ids.restrictedDocument = (
      await call('secretariat', 'POST', `/api/v1/consultations/${ids.restricted}/documents`, {
        symbol: 'Resolution 30',
        versionLabel: 'Rev. 2017',
        document: smallResolution(),
      })
    ).id;
    for (const id of [ids.open, ids.restricted])
      await call('secretariat', 'POST', `/api/v1/consultations/${id}/phase`, { to: 'open-for-contributions' });
    await eventually(async () => {
      const response = await fetch(`${base}/api/v1/consultations/${ids.restricted}`, {
        headers: { authorization: `Bearer ${tokens.secretariat}` },
      });
      expect(((await response.json()) as { participants: string[] }).participants).toEqual(['egypt']);
      expect(
        (await fetch(`${base}/api/v1/documents/${ids.restrictedDocument}`, { headers: { authorization: `Bearer ${tokens.secretariat}` } }))
          .status,
      ).toBe(200);
    });
    const op = smallResolution().operative[0].provisions[0].text;
    const modify = {
      versionNumber: 1,
      operation: { kind: 'modify', provisionId: 'op-1-1', oldText: op, newText: op.replace('encourage', 'strongly encourage') },
    };
    ids.egyptAmendment = (await call('egypt', 'POST', `/api/v1/documents/${ids.openDocument}/amendments`, modify)).id;
    ids.restrictedAmendment = (await call('egypt', 'POST', `/api/v1/documents/${ids.restrictedDocument}/amendments`, modify)).id;
    ids.openContribution = (await call('egypt', 'POST', '/api/v1/contributions', { ...report(ids.open), symbol: 'C26/71-E' })).id;
    ids.restrictedContribution = (
      await call('egypt', 'POST', '/api/v1/contributions', { ...report(ids.restricted), symbol: 'C26/72-E' })
    ).id;
    await eventually(async () => {
      for (const path of [
        `/api/v1/amendments/${ids.restrictedAmendment}`,
        `/api/v1/contributions/${ids.restrictedContribution}`,
        `/api/v1/amendments/${ids.egyptAmendment}`,
      ]) {
        expect((await fetch(base + path, { headers: { authorization: `Bearer ${tokens.secretariat}` } })).status).toBe(200);
      }
    });
    // A cursor the gateway issued, its signature changed by one character.
    const next: string = (await call('auditor', 'GET', '/api/v1/stakeholders?limit=1')).next;
    ids.tamperedCursor = `${next.slice(0, -1)}${next.endsWith('A') ? 'B' : 'A'}`;
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
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
