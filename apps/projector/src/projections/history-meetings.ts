/** The timeline rows of meetings, the readings held at them and the chair's rounds of statuses. */
import { MEETING_REGISTERED, MeetingEvent, ProvisionStatusesRecordedV1, RecordedEvent } from '#libs/contracts';
import { HistoryEntry, messageNamesFor, namesFor } from './history-entry';
import { MessageNames, count, list, msg, optional, sittingMessage } from './history-messages';
import type { TimelineMessage } from '#libs/read-models';
import type { HistorySubjects } from './history-subjects';
import { Names, counted, listed, sittingPhrase } from './history-summary';

type MeetingEntryFields = Omit<HistoryEntry, 'details' | 'stakeholders'>;

/** "Second informal consultation (informal-consultation 2) registered for 2025-11-12 in Conference Room 4". */
export function meetingEntry(event: RecordedEvent<MeetingEvent>, subjects: HistorySubjects): MeetingEntryFields {
  if (event.type === MEETING_REGISTERED) {
    const e = event.payload;
    const kind = `${e.kind}${e.number === undefined ? '' : ` ${e.number}`}`;
    const where = `${e.place ? ` in ${e.place}` : ''}${e.session ? `, ${e.session}` : ''}`;
    return {
      consultationId: e.consultationId,
      kind: 'meeting-registered',
      provisions: [],
      summary: `Meeting ${e.meetingId} "${e.name}" (${kind}) registered for ${e.date}${where}`,
      message: msg('entry.meetingRegistered', {
        name: e.name,
        kind:
          e.number === undefined
            ? msg(`meetingKind.${e.kind}`)
            : msg('meetingKindNumbered', { kind: msg(`meetingKind.${e.kind}`), number: e.number }),
        date: e.date,
        place: optional(e.place, 'meetingPlace', { place: e.place }),
        session: optional(e.session, 'meetingSession', { session: e.session }),
      }),
    };
  }
  const e = event.payload;
  const document = subjects.documents.get(e.documentId);
  const names = namesFor(subjects, document?.text);
  const says = messageNamesFor(subjects, document?.text);
  return {
    consultationId: e.consultationId,
    kind: 'provisions-read',
    documentId: e.documentId,
    provisions: [...e.provisionIds],
    summary: `Read at meeting ${e.meetingId}: ${listed(e.provisionIds.map(names.provision))} of ${document?.symbol ?? e.documentId} (version ${e.versionNumber})`,
    message: msg('entry.provisionsRead', {
      provisions: list(e.provisionIds.map(says.provision)),
      symbol: document?.symbol ?? msg('unknownDocument'),
      version: e.versionNumber,
    }),
  };
}

/** "Round 2 of the state of play of A/80/L.1 (version 2) at Second informal consultation: op-1 [1] agreed-ad-ref, op-2 [2] bracketed". */
export function statusesSummary(e: ProvisionStatusesRecordedV1, symbol: string, names: Names): string {
  const statuses = e.statuses.map(({ provisionId, status }) => `${names.provision(provisionId)} ${status}`);
  const shown = statuses.length > 12 ? [...statuses.slice(0, 12), `${counted(statuses.length - 12, 'other')}`] : statuses;
  return `Round ${e.round} of the state of play of ${symbol} (version ${e.versionNumber})${sittingPhrase(e)}: ${listed(shown)}`;
}

/** The chair's round of statuses as a timeline message; at most twelve provisions are named. */
export function statusesMessage(e: ProvisionStatusesRecordedV1, symbol: string, names: MessageNames): TimelineMessage {
  const statuses: TimelineMessage[] = e.statuses.map(({ provisionId, status }) =>
    msg('status', { provision: names.provision(provisionId), status: msg(`provisionStatus.${status}`) }),
  );
  const shown = statuses.length > 12 ? [...statuses.slice(0, 12), count('otherProvision', statuses.length - 12)] : statuses;
  return msg('entry.provisionStatusesRecorded', {
    round: e.round,
    symbol,
    version: e.versionNumber,
    sitting: sittingMessage(e),
    statuses: list(shown),
  });
}
