import { wsis20Consultation } from './consultations';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { STAKEHOLDERS } from './negotiation-parties';
import { recorded } from './negotiation-steps';
import { res1334Source } from './negotiation-text';
import { tokenFor } from './tokens';

/** The chair of the WSIS+20 consultation, as in the workflow's negotiation. */
export const CHAIR = 'chair-cwg-wsis';

/**
 * What the secretariat does before anyone opens a page: registers the stakeholders of the
 * negotiation, opens the consultation with its chair, admits the participants, registers
 * Resolution 1334 (Modified 2023) from the Council's Arabic text, and opens the call for
 * contributions. Through the API, as the secretariat's own tools would.
 */
export async function openWsis20Consultation(baseUrl: string): Promise<{ consultationId: string; documentId: string }> {
  const secretariat = new HttpClient(baseUrl, await tokenFor('itu-secretariat', 'secretariat'));
  for (const stakeholder of Object.values(STAKEHOLDERS))
    recorded(`register ${stakeholder.id}`, await secretariat.post('/api/v1/stakeholders', stakeholder));
  const consultationId = recorded(
    'open the consultation',
    await secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: [CHAIR] })),
  ).id;
  await eventually(async () => expectStatus(await secretariat.get(`/api/v1/consultations/${consultationId}`), 200));
  for (const { id } of Object.values(STAKEHOLDERS)) {
    recorded(`admit ${id}`, await secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
  }
  const documentId = recorded(
    'register Resolution 1334',
    await secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      source: res1334Source(),
      language: 'ar',
      style: 'itu',
    }),
  ).id;
  recorded(
    'open for contributions',
    await secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
    200,
  );
  await eventually(async () => {
    const consultation = await secretariat.get(`/api/v1/consultations/${consultationId}`);
    if (
      consultation.json?.phase !== 'open-for-contributions' ||
      consultation.json?.participants?.length !== Object.keys(STAKEHOLDERS).length
    )
      throw new Error('not projected yet');
    expectStatus(await secretariat.get(`/api/v1/documents/${documentId}/compilation`), 200);
  });
  return { consultationId, documentId };
}

function expectStatus(answer: { status: number; text: string }, status: number): void {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
}

/** The amendments of a document as the API lists them to the secretariat, and one of them found by its proposer, kind and where it bears. */
export function documentAmendments(secretariat: () => HttpClient, documentId: () => string) {
  async function amendments(): Promise<any[]> {
    const answer = await secretariat().get(`/api/v1/documents/${documentId()}/amendments`);
    expect(answer.status).toBe(200);
    return answer.json;
  }

  async function amendmentOf(proposer: string, kind: string, provisionOrSection?: string): Promise<any> {
    const found = (await amendments()).find(
      (a) =>
        a.proposers[0] === proposer &&
        a.operation.kind === kind &&
        a.status !== 'withdrawn' &&
        (provisionOrSection === undefined ||
          a.operation.provisionId === provisionOrSection ||
          a.operation.position?.atEndOf === provisionOrSection ||
          a.operation.position?.before === provisionOrSection),
    );
    if (!found) throw new Error(`no ${kind} amendment of ${proposer} on ${provisionOrSection}`);
    return found;
  }

  return { amendments, amendmentOf };
}
