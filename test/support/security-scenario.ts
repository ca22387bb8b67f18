import { Answer } from './negotiation-steps';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { SCRIPT_INJECTIONS, smallResolution } from './security-fixtures';
import { tokenFor } from './tokens';

/*
 * What the security suite sets up before it sends hostile requests: the actors of every role,
 * an open consultation and a restricted one, each with a document, amendments and a
 * contribution, and the checks its refusals share.
 */

export type Role = 'stakeholder' | 'chair' | 'secretariat' | 'translator' | 'auditor';

export const UNKNOWN = '00000000-0000-4000-8000-000000000000';
export const OP_1_1 = smallResolution().operative[0].provisions[0].text;
export const OP_1_2 = smallResolution().operative[0].provisions[1].text;
export const RESTRICTED_OP_1_1 = 'to study the zanzibarcable proposal in confidence;';

/** A refusal as problem details: the status, and a `type` ending in the slug when one is named. */
export function expectProblem(answer: Answer, status: number, slug?: string): void {
  if (answer.status !== status) throw new Error(`expected ${status}${slug ? ` ${slug}` : ''}, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (slug) expect(answer.json.type).toMatch(new RegExp(`/${slug}$`));
}

/** The body of an answer that must be recorded (201, or the status named); otherwise fails with the answer. */
export function recorded(answer: Answer, status = 201): any {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer.json;
}

/** The ids the setup records. */
export interface SecurityIds {
  open: string;
  restricted: string;
  openDocument: string;
  restrictedDocument: string;
  egyptAmendment: string;
  kenyaAmendment: string;
  restrictedAmendment: string;
  openContribution: string;
  restrictedContribution: string;
}

/** The gateway as each actor of the suite, `anonymous` without a token. */
export async function securityActors(gateway: HttpClient): Promise<Record<string, HttpClient>> {
  const actor = async (sub: string, ...roles: Role[]) => gateway.as(await tokenFor(sub, ...roles));
  return {
    anonymous: gateway,
    secretariat: await actor('itu-secretariat', 'secretariat'),
    auditor: await actor('auditor-1', 'auditor'),
    translator: await actor('translator-1', 'translator'),
    chairOpen: await actor('chair-open', 'chair'),
    chairRestricted: await actor('chair-restricted', 'chair'),
    egypt: await actor('egypt', 'stakeholder'),
    kenya: await actor('kenya', 'stakeholder'),
    apc: await actor('apc', 'stakeholder'),
    ericsson: await actor('ericsson', 'stakeholder'),
  };
}

/** The registry, the open and restricted consultations with their documents, two amendments on the open one and one on the restricted, a contribution to each; waits until the read side has them. */
export async function recordSecurityScenario(as: Record<string, HttpClient>): Promise<SecurityIds> {
  const ids = {} as SecurityIds;
  for (const stakeholder of [
    { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
    { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
    { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
    { id: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe' },
  ]) {
    recorded(await as.secretariat.post('/api/v1/stakeholders', stakeholder));
  }
  recorded(
    await as.secretariat.post('/api/v1/stakeholders', {
      id: 'african-group',
      name: 'African Telecommunications Union',
      category: 'member-state',
      region: 'africa',
      memberIds: ['kenya'],
    }),
  );

  const consultation = (title: string, chair: string, restricted: boolean) => ({
    title,
    body: 'ITU Council',
    subject: 'WSIS+20 review',
    originalLanguage: 'en',
    chairs: [chair],
    restricted,
  });
  ids.open = recorded(
    await as.secretariat.post('/api/v1/consultations', consultation('Review of Resolution 1334', 'chair-open', false)),
  ).id;
  ids.restricted = recorded(
    await as.secretariat.post('/api/v1/consultations', consultation('Closed drafting group on Resolution 30', 'chair-restricted', true)),
  ).id;
  recorded(await as.secretariat.post(`/api/v1/consultations/${ids.restricted}/participants`, { stakeholderId: 'egypt' }));
  recorded(await as.secretariat.post(`/api/v1/consultations/${ids.restricted}/participants`, { stakeholderId: 'african-group' }));
  ids.openDocument = recorded(
    await as.secretariat.post(`/api/v1/consultations/${ids.open}/documents`, {
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      document: smallResolution(),
    }),
  ).id;
  ids.restrictedDocument = recorded(
    await as.secretariat.post(`/api/v1/consultations/${ids.restricted}/documents`, {
      symbol: 'Resolution 30',
      versionLabel: 'Rev. Buenos Aires, 2017',
      document: smallResolution({ title: 'Resolution 30: Zanzibarcable draft', operative: RESTRICTED_OP_1_1 }),
    }),
  ).id;
  for (const id of [ids.open, ids.restricted])
    recorded(await as.secretariat.post(`/api/v1/consultations/${id}/phase`, { to: 'open-for-contributions' }), 200);
  await eventually(async () => {
    expect((await as.secretariat.get(`/api/v1/documents/${ids.restrictedDocument}`)).status).toBe(200);
    expect((await as.secretariat.get(`/api/v1/consultations/${ids.restricted}`)).json.participants).toEqual(['egypt', 'african-group']);
  });

  // A MOD names the provision's whole wording as proposed against, and the whole new wording.
  const modify = (oldText: string, newText: string) => ({
    versionNumber: 1,
    operation: { kind: 'modify', provisionId: 'op-1-1', oldText, newText },
  });
  ids.egyptAmendment = recorded(
    await as.egypt.post(
      `/api/v1/documents/${ids.openDocument}/amendments`,
      modify(OP_1_1, OP_1_1.replace('encourage', 'strongly encourage')),
    ),
  ).id;
  ids.kenyaAmendment = recorded(
    await as.kenya.post(`/api/v1/documents/${ids.openDocument}/amendments`, modify(OP_1_1, OP_1_1.replace('encourage', 'invite'))),
  ).id;
  ids.restrictedAmendment = recorded(
    await as.egypt.post(
      `/api/v1/documents/${ids.restrictedDocument}/amendments`,
      modify(RESTRICTED_OP_1_1, RESTRICTED_OP_1_1.replace('study', 'urgently study')),
    ),
  ).id;
  const report = (consultationId: string, symbol: string, subject: string) => ({
    consultationId,
    symbol,
    date: '2026-02-20',
    originalLanguage: 'en',
    title: `Views of Egypt on the ${subject}`,
    substance: { kind: 'report', text: `Egypt supports the ${subject}.` },
  });
  ids.openContribution = recorded(await as.egypt.post('/api/v1/contributions', report(ids.open, 'C26/71-E', 'WSIS+20 review'))).id;
  ids.restrictedContribution = recorded(
    await as.egypt.post('/api/v1/contributions', report(ids.restricted, 'C26/72-E', 'zanzibarcable proposal')),
  ).id;
  await eventually(async () => {
    expect((await as.secretariat.get(`/api/v1/amendments/${ids.restrictedAmendment}`)).status).toBe(200);
    expect((await as.secretariat.get(`/api/v1/contributions/${ids.restrictedContribution}`)).status).toBe(200);
    expect((await as.secretariat.get(`/api/v1/search?q=zanzibarcable`)).json.items.length).toBeGreaterThan(0);
  });
  return ids;
}

/** A consultation whose every text carries script: its title, document, contribution, amendment and the ruling on it; answers the document and the contribution. */
export async function recordScriptInjections(as: Record<string, HttpClient>): Promise<{ document: string; proposed: { id: string } }> {
  const [a, b, c, d] = SCRIPT_INJECTIONS;
  recorded(
    await as.secretariat.post('/api/v1/stakeholders', {
      id: 'injector',
      name: `Injector ${a}`,
      category: 'civil-society',
      region: 'global',
    }),
  );
  const consultation = recorded(
    await as.secretariat.post('/api/v1/consultations', {
      title: `Injection ${a}`,
      body: b,
      subject: c,
      originalLanguage: 'en',
      chairs: ['chair-open'],
    }),
  ).id;
  const document = recorded(
    await as.secretariat.post(`/api/v1/consultations/${consultation}/documents`, {
      symbol: `Resolution ${d}`,
      versionLabel: `Rev. ${a}`,
      document: smallResolution({
        title: `Title ${a}`,
        body: `Body ${b}`,
        heading: `recalling ${c}`,
        recital: `Recital ${d}`,
        operative: `to encourage ${a} participation;`,
        footnote: `Footnote ${b}`,
      }),
    }),
  ).id;
  recorded(await as.secretariat.post(`/api/v1/consultations/${consultation}/phase`, { to: 'open-for-contributions' }), 200);
  await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${document}`)).status).toBe(200));
  const injector = as.anonymous.as(await tokenFor('injector', 'stakeholder'));
  const proposed = recorded(
    await injector.post('/api/v1/contributions', {
      consultationId: consultation,
      symbol: `C26/${c}`,
      date: '2026-02-21',
      originalLanguage: 'en',
      title: `Contribution ${a}`,
      purpose: b,
      substance: {
        kind: 'amendments',
        documentId: document,
        versionNumber: 1,
        amendments: [
          {
            operation: { kind: 'modify', provisionId: 'op-1-2', oldText: OP_1_2, newText: OP_1_2.replace('annual', `annual ${b}`) },
            explanation: `Because ${c}`,
          },
        ],
      },
    }),
  );
  const single = recorded(
    await injector.post(`/api/v1/documents/${document}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'add', position: { after: 'op-1-2' }, text: `New ${d}` },
      explanation: a,
    }),
  );
  recorded(await as.secretariat.post(`/api/v1/consultations/${consultation}/phase`, { to: 'negotiation' }), 200);
  await eventually(async () => expect((await as.chairOpen.get(`/api/v1/amendments/${single.id}`)).status).toBe(200));
  recorded(
    await as.chairOpen.post(`/api/v1/amendments/${single.id}/decision`, {
      ruling: 'accepted-as-modified',
      compromise: { kind: 'add', position: { after: 'op-1-2' }, text: `Compromise ${c}` },
      reason: `Reason ${a}`,
      meeting: `Meeting ${b}`,
      date: '2026-03-01',
    }),
  );
  return { document, proposed };
}
