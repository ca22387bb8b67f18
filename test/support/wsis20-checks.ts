/**
 * "The state of play, history, provenance and the audit replay tell the same story": after
 * each step of the WSIS+20 negotiation, the read models the gateway answers are held against
 * the signed record (the audit bundle) and the replay of its events by the write side's own
 * evolve functions. Nothing here knows how a projection is built.
 */
import { BundleEvent, replayDocument } from '#libs/audit';
import { ProvisionStatus } from '#libs/contracts';
import { allProvisions, fromInterchange, renderCleanText } from '#libs/text';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { recorded } from './negotiation-steps';
import {
  NEGOTIATION_EVENT_TYPES,
  eventsOfConsultation,
  inputsIn,
  revisionsIn,
  roundsIn,
  signedRecord,
  silencesIn,
  trackerOf,
} from './wsis20-record';

export interface NegotiationIds {
  readonly consultationId: string;
  readonly documentIds: readonly string[];
  /** The document negotiated: the zero draft and its revisions. */
  readonly draftId: string;
}

/** A read of the gateway that must answer 200. */
export async function read(client: HttpClient, path: string): Promise<any> {
  return recorded(`GET ${path}`, await client.get(`/api/v1${path}`), 200);
}

/** Waits until every projection has applied every event recorded so far. */
export async function caughtUp(client: HttpClient): Promise<void> {
  await eventually(async () => {
    const projections: { name: string; eventsBehind: number; status: string }[] = await read(client, '/projections');
    expect(projections.filter((p) => p.eventsBehind !== 0 || p.status !== 'live').map((p) => p.name)).toEqual([]);
  }, 60_000);
}

/** Every entry of a consultation's history, page after page. */
export async function wholeHistory(client: HttpClient, consultationId: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(client, `/consultations/${consultationId}/history?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

// The lists may come newest first: compared in an order of their own.
const byFirst = (a: any[], b: any[]) => a[0] - b[0];
const bySilence = (a: { silenceId: string }, b: { silenceId: string }) => a.silenceId.localeCompare(b.silenceId);
const byInput = (a: { inputId: string }, b: { inputId: string }) => a.inputId.localeCompare(b.inputId);

const tally = (statuses: Record<string, ProvisionStatus>) => {
  const counts: Record<ProvisionStatus, number> = { pending: 0, 'agreed-ad-ref': 0, agreed: 0, bracketed: 0, deleted: 0 };
  for (const status of Object.values(statuses)) counts[status]++;
  return counts;
};

/**
 * Holds the gateway's answers against the signed record and its replay; answers the record
 * for the step's own assertions. `adopted`: the document's latest version is an adoption,
 * on which no round is recorded.
 */
export async function expectSameStory(
  reader: HttpClient,
  secretariat: HttpClient,
  auditor: HttpClient,
  ids: NegotiationIds,
): Promise<BundleEvent[]> {
  await caughtUp(reader);
  const events = await signedRecord(secretariat, auditor);
  const verified = await auditor.get('/api/v1/audit/verify');
  expect({ status: verified.status, ok: verified.json?.ok, divergences: verified.json?.divergences }).toEqual({
    status: 200,
    ok: true,
    divergences: [],
  });

  // The working text the read models serve is the one the write side's evolve folds from the record.
  const replay = replayDocument(events, ids.draftId)!;
  const served = await read(reader, `/documents/${ids.draftId}/text`);
  expect({ versionNumber: served.versionNumber, versionLabel: served.versionLabel }).toEqual({
    versionNumber: replay.versionNumber,
    versionLabel: replay.versionLabel,
  });
  expect(renderCleanText(fromInterchange(served.text))).toBe(renderCleanText(replay.text));

  // The history shows every event of the negotiation the record holds, at its position.
  const history = await wholeHistory(reader, ids.consultationId);
  const shown = history
    .map((entry) => [entry.position, entry.details?.event?.type])
    .filter(([, type]) => NEGOTIATION_EVENT_TYPES.includes(type))
    .sort(([a], [b]) => a - b);
  const recordedStory = eventsOfConsultation(events, ids.consultationId, ids.documentIds)
    .filter((e) => NEGOTIATION_EVENT_TYPES.includes(e.type))
    .map((e) => [e.position, e.type]);
  expect(shown).toEqual(recordedStory);

  // Each provision's provenance reads as the replayed working text.
  const provisions = [...allProvisions(replay.text)];
  for (const provision of provisions) {
    const provenance = await read(reader, `/documents/${ids.draftId}/provisions/${provision.id}/provenance`);
    expect({ id: provision.id, text: provenance.current?.text, version: provenance.current?.versionNumber }).toEqual({
      id: provision.id,
      text: provision.text,
      version: replay.versionNumber,
    });
  }

  // The state of play is the tracker the recorded rounds give on the current version.
  const adopted = replay.state.versions[replay.state.versions.length - 1].adoptedAt !== undefined;
  if (!adopted) {
    const stateOfPlay = await read(reader, `/documents/${ids.draftId}/state-of-play`);
    const tracker = trackerOf(
      events,
      ids.draftId,
      provisions.map((p) => p.id),
    );
    expect(stateOfPlay).toMatchObject({ documentId: ids.draftId, versionNumber: replay.versionNumber, versionLabel: replay.versionLabel });
    expect(Object.fromEntries(stateOfPlay.provisions.map((p: any) => [p.provisionId, p.status]))).toEqual(tracker);
    expect(stateOfPlay.counts).toEqual(tally(tracker));
    const rounds = roundsIn(events, ids.draftId);
    expect(stateOfPlay.round).toBe(rounds.length === 0 ? 0 : rounds[rounds.length - 1].round);
  }

  // Revisions, silences and inputs as the gateway lists them are the record's.
  const revisions = await read(reader, `/documents/${ids.draftId}/revisions`);
  expect(revisions.items.map((r: any) => [r.revision, r.label, r.versionNumber]).sort(byFirst)).toEqual(
    revisionsIn(events, ids.draftId).map((r) => [r.revision, r.label, r.versionNumber]),
  );
  const silences = await read(reader, `/documents/${ids.draftId}/silences`);
  expect(
    silences.items
      .map((s: any) => ({
        silenceId: s.silenceId,
        versionNumber: s.versionNumber,
        deadline: Date.parse(s.deadline),
        state: s.state,
        breaks: s.breaks.map((b: any) => ({ stakeholderId: b.stakeholderId, provisionIds: b.provisionIds, reasons: b.reasons })),
      }))
      .sort(bySilence),
  ).toEqual(
    silencesIn(events, ids.draftId)
      .map(({ timeZone: _zone, concludedBy: _by, ...s }) => ({ ...s, deadline: Date.parse(s.deadline) }))
      .sort(bySilence),
  );
  const inputs = await read(reader, `/documents/${ids.draftId}/inputs`);
  expect(
    inputs.items
      .map((i: any) => ({
        inputId: i.inputId,
        stakeholderId: i.stakeholderId,
        versionNumber: i.versionNumber,
        provisionIds: i.provisionIds,
        withdrawn: i.withdrawn,
      }))
      .sort(byInput),
  ).toEqual(inputsIn(events, ids.draftId).sort(byInput));
  return events;
}
