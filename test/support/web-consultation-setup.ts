import { wsis20Consultation } from './consultations';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { STAKEHOLDERS } from './negotiation-parties';
import { recorded } from './negotiation-steps';
import { res1334Source } from './negotiation-text';

/** What the consultation is opened with (chairs, deadlines): the options `wsis20Consultation` takes. */
export type ConsultationOptions = Parameters<typeof wsis20Consultation>[0];

/**
 * The secretariat registers every stakeholder, opens a WSIS+20 consultation with `consultation`,
 * admits every stakeholder, registers Resolution 1334 (Arabic, ITU style) and opens it for
 * contributions; it returns once the phase and the participants are projected.
 */
export async function openResolution1334ForContributions(
  secretariat: HttpClient,
  consultation: ConsultationOptions,
): Promise<{ consultationId: string; documentId: string }> {
  for (const stakeholder of Object.values(STAKEHOLDERS))
    recorded(`register ${stakeholder.id}`, await secretariat.post('/api/v1/stakeholders', stakeholder));
  const consultationId: string = recorded(
    'open the consultation',
    await secretariat.post('/api/v1/consultations', wsis20Consultation(consultation)),
  ).id;
  await eventually(async () => expect((await secretariat.get(`/api/v1/consultations/${consultationId}`)).status).toBe(200));
  for (const { id } of Object.values(STAKEHOLDERS))
    recorded(`admit ${id}`, await secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
  const documentId: string = recorded(
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
    const projected = await secretariat.get(`/api/v1/consultations/${consultationId}`);
    if (projected.json?.phase !== 'open-for-contributions' || projected.json?.participants?.length !== Object.keys(STAKEHOLDERS).length)
      throw new Error('not projected yet');
  });
  return { consultationId, documentId };
}
