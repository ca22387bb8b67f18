import { randomUUID } from 'node:crypto';
import { wsis20Consultation } from './consultations';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { STAKEHOLDERS, amendmentsTo, contributionCover } from './negotiation-parties';
import { modifyWords, res1334, res1334Source } from './negotiation-text';
import { tokenFor } from './tokens';
import { WebClient, formToken } from './web-client';

/*
 * The workload the shutdown spec stops a server under: a negotiation that uses every endpoint
 * family (the API, the web pages, health and the OpenAPI document), the commands the gateway
 * acknowledged, and what the read side shows of it, to compare after a restart.
 */

const CHAIR = 'chair-cwg-wsis';
const MEETING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };

/** The commands the gateway acknowledged (2xx), by the correlation id each was sent with. */
export class Acknowledged {
  readonly correlationIds: string[] = [];

  async command(actor: HttpClient, path: string, body: unknown, status = 201): Promise<any> {
    const correlationId = randomUUID();
    const answer = await actor.post(path, body, { 'x-correlation-id': correlationId });
    if (answer.status !== status) throw new Error(`POST ${path}: expected ${status}, got ${answer.status}: ${answer.text}`);
    this.correlationIds.push(correlationId);
    return answer.json;
  }
}

export async function read(actor: HttpClient, path: string): Promise<any> {
  const answer = await actor.get(path);
  if (answer.status !== 200) throw new Error(`GET ${path}: expected 200, got ${answer.status}: ${answer.text}`);
  return answer.json ?? answer.text;
}

export interface Actors {
  secretariat: HttpClient;
  chair: HttpClient;
  auditor: HttpClient;
  egypt: HttpClient;
  kenya: HttpClient;
}

export async function actorsOf(baseUrl: string): Promise<Actors> {
  const gateway = new HttpClient(baseUrl);
  return {
    secretariat: gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
    chair: gateway.as(await tokenFor(CHAIR, 'chair')),
    auditor: gateway.as(await tokenFor('auditor-1', 'auditor')),
    egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
    kenya: gateway.as(await tokenFor('kenya', 'stakeholder')),
  };
}

/**
 * A negotiation through every endpoint family: stakeholders, a consultation, its base text,
 * contributions (submitted, revised, withdrawn), amendments (proposed, co-sponsored, ruled
 * on), a reservation and an adoption; then every read, the audit (verification, a
 * checkpoint, the bundle, "why"), the pages, health and the OpenAPI document.
 */
export async function negotiateThroughEveryEndpoint(
  baseUrl: string,
  as: Actors,
  acknowledged: Acknowledged,
): Promise<{ consultationId: string; documentId: string }> {
  const { secretariat, chair, auditor, egypt, kenya } = as;
  const until = (path: string, check: (json: any) => boolean) =>
    eventually(async () => {
      const json = await read(secretariat, path);
      if (!check(json)) throw new Error(`GET ${path} does not show it yet: ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    });

  for (const stakeholder of Object.values(STAKEHOLDERS)) await acknowledged.command(secretariat, '/api/v1/stakeholders', stakeholder);
  const consultationId = (await acknowledged.command(secretariat, '/api/v1/consultations', wsis20Consultation({ chairs: [CHAIR] }))).id;
  await until(`/api/v1/consultations/${consultationId}`, () => true);
  for (const { id } of Object.values(STAKEHOLDERS))
    await acknowledged.command(secretariat, `/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id });
  const documentId = (
    await acknowledged.command(secretariat, `/api/v1/consultations/${consultationId}/documents`, {
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      source: res1334Source(),
      language: 'ar',
      style: 'itu',
    })
  ).id;
  await acknowledged.command(secretariat, `/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }, 200);

  const base = res1334();
  const proposal = (
    await acknowledged.command(egypt, '/api/v1/contributions', {
      consultationId,
      ...contributionCover('C26/12-A', 'Proposed modifications to Resolution 1334'),
      substance: amendmentsTo(documentId, 1, { operation: modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة') }),
    })
  ).id;
  const report = (
    await acknowledged.command(kenya, '/api/v1/contributions', {
      consultationId,
      ...contributionCover('C26/15-A', 'Experience of Kenya'),
      substance: { kind: 'report', text: 'Kenya shares its national experience with the WSIS action lines.' },
    })
  ).id;
  await acknowledged.command(kenya, `/api/v1/contributions/${report}/revisions`, {
    ...contributionCover('C26/15(Rev.1)-A', 'Experience of Kenya', { date: '2026-02-27' }),
    substance: { kind: 'report', text: 'Kenya shares its national experience with the WSIS action lines, revised.' },
  });
  await until(`/api/v1/contributions/${report}`, (c) => c.revision === 1);
  await acknowledged.command(kenya, `/api/v1/contributions/${report}/withdrawal`, {});
  const [egyptAmendment] = (await until(`/api/v1/contributions/${proposal}`, (c) => c.substance?.amendmentIds?.length === 1)).substance
    .amendmentIds;

  await acknowledged.command(chair, `/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }, 200);
  const kenyaAmendment = (
    await acknowledged.command(kenya, `/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: 'op-4-3' },
    })
  ).id;
  await until(`/api/v1/amendments/${kenyaAmendment}`, () => true);
  await acknowledged.command(egypt, `/api/v1/amendments/${kenyaAmendment}/co-sponsors`, {});
  await acknowledged.command(chair, `/api/v1/amendments/${egyptAmendment}/decision`, { ruling: 'accepted', ...MEETING });
  await acknowledged.command(chair, `/api/v1/amendments/${kenyaAmendment}/decision`, {
    ruling: 'rejected',
    reason: 'no support',
    ...MEETING,
  });
  await acknowledged.command(chair, `/api/v1/documents/${documentId}/reservations`, {
    stakeholderId: 'egypt',
    provisionId: 'op-1-1',
    text: 'Egypt reserves its position.',
    ...MEETING,
  });
  await acknowledged.command(chair, `/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }, 200);
  await until(`/api/v1/consultations/${consultationId}`, (c) => c.phase === 'adoption');
  await until(`/api/v1/amendments/${kenyaAmendment}`, (a) => a.status === 'rejected');
  await acknowledged.command(chair, `/api/v1/documents/${documentId}/adoptions`, {
    label: 'Modified 2026',
    meeting: 'seventh Plenary Meeting',
    date: '2026-06-18',
  });
  await until(`/api/v1/documents/${documentId}`, (d) => d.currentVersion === 2);

  for (const path of [
    '/api/v1/consultations',
    '/api/v1/stakeholders',
    '/api/v1/stakeholders/african-group',
    `/api/v1/consultations/${consultationId}/documents`,
    `/api/v1/consultations/${consultationId}/contributions`,
    `/api/v1/contributions/${report}/revisions`,
    `/api/v1/documents/${documentId}/versions/2`,
    `/api/v1/documents/${documentId}/amendments`,
    `/api/v1/documents/${documentId}/decisions`,
    `/api/v1/documents/${documentId}/text?version=1`,
    `/api/v1/documents/${documentId}/marked?from=1&to=2`,
    `/api/v1/documents/${documentId}/provisions/op-1-1/provenance`,
    `/api/v1/consultations/${consultationId}/history`,
    `/api/v1/consultations/${consultationId}/participation`,
    '/api/v1/participation',
    `/api/v1/search?q=${encodeURIComponent('القرار')}`,
    '/api/v1/projections',
  ]) {
    await read(secretariat, path);
  }
  await until(`/api/v1/search?q=${encodeURIComponent('Kenya')}`, (page) => page.items.length > 0);

  expect((await secretariat.post('/api/v1/audit/checkpoints', {})).status).toBe(200);
  expect(await read(auditor, '/api/v1/audit/verify')).toMatchObject({ ok: true });
  expect(await read(auditor, '/api/v1/audit/bundle')).toBeTruthy();
  await read(auditor, `/api/v1/audit/documents/${documentId}/provisions/op-1-1/why`);
  await read(auditor, '/api/v1/audit/refusals');

  const web = await signedInPages(baseUrl, await tokenFor('itu-secretariat', 'secretariat'));
  expect((await (await signedInPages(baseUrl, await tokenFor('egypt', 'stakeholder'))).get('/web/proposals')).status).toBe(200);
  for (const path of [
    '/web',
    `/web/consultations/${consultationId}`,
    `/web/consultations/${consultationId}/history`,
    `/web/documents/${documentId}`,
    `/web/documents/${documentId}/marked?from=1&to=2`,
    `/web/documents/${documentId}/compilation`,
    `/web/documents/${documentId}/provenance?provision=op-1-1`,
    '/web/audit',
  ]) {
    const page = await web.get(path);
    expect({ path, status: page.status }).toEqual({ path, status: 200 });
  }

  expect(await read(secretariat, '/health')).toMatchObject({ status: 'up' });
  expect(await read(secretariat, '/health/live')).toBeTruthy();
  expect((await read(secretariat, '/api/docs/openapi.json')).paths).toBeDefined();
  return { consultationId, documentId };
}

async function signedInPages(baseUrl: string, token: string): Promise<WebClient> {
  const web = new WebClient(baseUrl);
  const signIn = await web.get('/web/sign-in');
  expect(signIn.status).toBe(200);
  expect((await web.post('/web/sign-in', { _csrf: formToken(signIn.text), token, next: '/web' })).status).toBe(303);
  return web;
}

/** What the read side shows of the negotiation; a projection that lost or doubled an event shows something else. */
export async function readSide(as: Actors, ids: { consultationId: string; documentId: string }): Promise<unknown[]> {
  const { consultationId, documentId } = ids;
  return Promise.all(
    [
      `/api/v1/consultations/${consultationId}`,
      `/api/v1/consultations/${consultationId}/contributions`,
      `/api/v1/consultations/${consultationId}/participation`,
      `/api/v1/consultations/${consultationId}/history?limit=100`,
      `/api/v1/documents/${documentId}`,
      `/api/v1/documents/${documentId}/versions`,
      `/api/v1/documents/${documentId}/amendments`,
      `/api/v1/documents/${documentId}/decisions`,
      `/api/v1/documents/${documentId}/text`,
      `/api/v1/documents/${documentId}/compilation`,
      `/api/v1/documents/${documentId}/provisions/op-1-1/provenance`,
    ].map((path) => read(as.secretariat, path)),
  );
}
