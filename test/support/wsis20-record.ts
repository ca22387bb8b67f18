/**
 * The negotiation as the signed record tells it: the audit bundle an auditor downloads, and
 * what its events alone say about the revisions, the state of play, the silences and the
 * stakeholder inputs of a document. Read from the events' contracts only, never from the
 * projections or the gateway, so that the read models can be held against it.
 */
import { BundleEvent } from '#libs/audit';
import { provisionsChangedBy } from '#libs/domain';
import {
  MEETING_REGISTERED,
  POSITION_EXPLAINED,
  PROVISIONS_READ,
  PROVISION_STATUSES_RECORDED,
  ProvisionStatus,
  ProvisionStatusesRecordedV1,
  REVISION_ISSUED,
  RevisionIssuedV1,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
  SILENCE_EXTENDED,
  SILENCE_STARTED,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  SilenceBrokenV1,
  SilenceConcludedV1,
  SilenceExtendedV1,
  SilenceStartedV1,
  StakeholderInputSubmittedV1,
  StakeholderInputWithdrawnV1,
  VERSION_ADOPTED,
  VersionAdoptedV1,
  consultationStreamId,
  documentStreamId,
} from '#libs/contracts';
import { bundleEvents, parseLines } from '../../libs/audit/src/testing/bundle-tampering';
import { HttpClient } from './http';
import { recorded } from './negotiation-steps';

/** The event types issue 20 added, each of which the consultation history must show. */
export const NEGOTIATION_EVENT_TYPES = [
  MEETING_REGISTERED,
  PROVISIONS_READ,
  REVISION_ISSUED,
  PROVISION_STATUSES_RECORDED,
  SILENCE_STARTED,
  SILENCE_EXTENDED,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
  POSITION_EXPLAINED,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
] as readonly string[];

/** The whole history as the auditor downloads it, after the secretariat had a checkpoint signed over it. */
export async function signedRecord(secretariat: HttpClient, auditor: HttpClient): Promise<BundleEvent[]> {
  recorded('a checkpoint', await secretariat.post('/api/v1/audit/checkpoints', {}), 200);
  const bundle = await auditor.get('/api/v1/audit/bundle');
  if (bundle.status !== 200) throw new Error(`the audit bundle: ${bundle.status} ${bundle.text.slice(0, 500)}`);
  return bundleEvents(parseLines(bundle.text));
}

const ofDocument = <P>(events: readonly BundleEvent[], documentId: string, type: string) =>
  events
    .filter((e) => e.type === type && (e.payload as { documentId?: string }).documentId === documentId)
    .map((e) => ({ position: e.position, actor: (e.metadata as { actor?: { id: string; role: string } }).actor, ...(e.payload as P) }));

/** The revisions recorded on a document, in order. */
export function revisionsIn(events: readonly BundleEvent[], documentId: string) {
  return ofDocument<RevisionIssuedV1>(events, documentId, REVISION_ISSUED);
}

/** The adoptions recorded on a document, in order. */
export function adoptionsIn(events: readonly BundleEvent[], documentId: string) {
  return ofDocument<VersionAdoptedV1>(events, documentId, VERSION_ADOPTED);
}

/** The rounds of statuses recorded on a document, in order. */
export function roundsIn(events: readonly BundleEvent[], documentId: string) {
  return ofDocument<ProvisionStatusesRecordedV1>(events, documentId, PROVISION_STATUSES_RECORDED);
}

/**
 * Each provision of the current text as the recorded rounds and revisions leave it: its latest
 * recorded status (a status carries over a revision that leaves the provision's words alone; a
 * revision that changes them reopens it), else pending.
 */
export function trackerOf(
  events: readonly BundleEvent[],
  documentId: string,
  provisionIds: readonly string[],
): Record<string, ProvisionStatus> {
  const tracker: Record<string, ProvisionStatus> = Object.fromEntries(provisionIds.map((id) => [id, 'pending' as ProvisionStatus]));
  const story = [...roundsIn(events, documentId), ...revisionsIn(events, documentId)].sort((a, b) => a.position - b.position);
  for (const step of story) {
    if ('statuses' in step) {
      for (const { provisionId, status } of step.statuses) if (provisionId in tracker) tracker[provisionId] = status;
    } else {
      for (const provisionId of step.changes.flatMap(provisionsChangedBy)) if (provisionId in tracker) tracker[provisionId] = 'pending';
    }
  }
  return tracker;
}

/** The silences of a document as their events tell them: state, deadline (extended or not) and breaks. */
export function silencesIn(events: readonly BundleEvent[], documentId: string) {
  const silences = new Map<
    string,
    {
      silenceId: string;
      versionNumber: number;
      deadline: string;
      timeZone: string;
      state: 'open' | 'held' | 'broken';
      breaks: { stakeholderId: string; provisionIds: readonly string[]; reasons: string }[];
      concludedBy?: string;
    }
  >();
  for (const event of events) {
    const payload = event.payload as { documentId?: string; silenceId?: string };
    if (payload.documentId !== documentId) continue;
    if (event.type === SILENCE_STARTED) {
      const e = event.payload as SilenceStartedV1;
      silences.set(e.silenceId, { ...pick(e), state: 'open', breaks: [] });
    } else if (event.type === SILENCE_EXTENDED) {
      const e = event.payload as SilenceExtendedV1;
      Object.assign(silences.get(e.silenceId)!, { deadline: e.deadline, timeZone: e.timeZone });
    } else if (event.type === SILENCE_BROKEN) {
      const e = event.payload as SilenceBrokenV1;
      silences.get(e.silenceId)!.breaks.push({ stakeholderId: e.stakeholderId, provisionIds: e.provisionIds, reasons: e.reasons });
    } else if (event.type === SILENCE_CONCLUDED) {
      const e = event.payload as SilenceConcludedV1;
      const actor = (event.metadata as { actor?: { id: string; role: string } }).actor;
      Object.assign(silences.get(e.silenceId)!, { state: e.outcome, concludedBy: actor?.role });
    }
  }
  return [...silences.values()];
}

const pick = (e: SilenceStartedV1) => ({
  silenceId: e.silenceId,
  versionNumber: e.versionNumber,
  deadline: e.deadline,
  timeZone: e.timeZone,
});

/** The stakeholder inputs on a document as their streams tell them, in order of submission. */
export function inputsIn(events: readonly BundleEvent[], documentId: string) {
  const withdrawn = new Set(
    events.filter((e) => e.type === STAKEHOLDER_INPUT_WITHDRAWN).map((e) => (e.payload as StakeholderInputWithdrawnV1).inputId),
  );
  return ofDocument<StakeholderInputSubmittedV1>(events, documentId, STAKEHOLDER_INPUT_SUBMITTED).map((input) => ({
    inputId: input.inputId,
    stakeholderId: input.stakeholderId,
    versionNumber: input.versionNumber,
    provisionIds: input.provisionIds,
    withdrawn: withdrawn.has(input.inputId),
  }));
}

/** The events of a consultation's own stream and of the streams that belong to it (its documents, contributions, amendments, inputs). */
export function eventsOfConsultation(events: readonly BundleEvent[], consultationId: string, documentIds: readonly string[]) {
  const streams = new Set([consultationStreamId(consultationId), ...documentIds.map(documentStreamId)]);
  return events.filter(
    (e) => streams.has(e.streamId) || (e.payload as { consultationId?: string } | null)?.consultationId === consultationId,
  );
}
