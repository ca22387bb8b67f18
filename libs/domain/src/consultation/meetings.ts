/** The meetings of a consultation: registered once, then cited by id by decisions, statuses and readings. */
import { Actor, MEETING_KINDS, MeetingRegisteredV1, NewEvent, meetingRegistered, provisionsRead } from '#libs/contracts';
import { citeProvision, locateProvision } from '#libs/text';
import { hasRole } from '../actor';
import { Decision, Refusal, accept, refusalOf, refuse } from '../result';
import type { DocumentState } from '../document/document-state';
import { latestVersion } from '../document/document-state';

/** A meeting as the consultation's state keeps it. */
export type MeetingRecord = Omit<MeetingRegisteredV1, 'consultationId'>;

export interface RegisterMeeting {
  readonly kind: 'RegisterMeeting';
  readonly consultationId: string;
  readonly meeting: MeetingRecord;
}

/** The provisions of a document read at a registered meeting. */
export interface RecordProvisionsRead {
  readonly kind: 'RecordProvisionsRead';
  readonly consultationId: string;
  readonly meetingId: string;
  readonly documentId: string;
  readonly provisionIds: readonly string[];
}

export type MeetingCommand = RegisterMeeting | RecordProvisionsRead;

/** What a meeting command needs of its consultation, and, for a reading, the document read. */
export interface MeetingDecisionInput {
  readonly consultationId: string;
  readonly meetings: Readonly<Record<string, MeetingRecord>>;
  readonly organises: boolean;
  /** The document a reading names, as its stream has it. */
  readonly document?: DocumentState;
}

/** Whether the actor may register meetings and readings: the secretariat, or a chair of this consultation. */
export function organisesMeetings(actor: Actor, chairsIt: boolean): boolean {
  return hasRole(actor, 'secretariat') || chairsIt;
}

export function decideMeeting(command: MeetingCommand, input: MeetingDecisionInput): Decision<NewEvent> {
  if (!input.organises) return refuse('not-allowed', 'meeting.notOrganiser');
  const { consultationId, meetings } = input;
  if (command.kind === 'RegisterMeeting') {
    const meeting = command.meeting;
    if (!meeting.meetingId?.trim()) return refuse('invalid', 'meeting.needsId');
    if (meetings[meeting.meetingId])
      return refuse('already-exists', 'meeting.alreadyRegistered', { meeting: meetings[meeting.meetingId].name });
    if (!MEETING_KINDS.includes(meeting.kind)) return refuse('invalid', 'meeting.unknownKind', { kinds: MEETING_KINDS });
    if (!meeting.name?.trim()) return refuse('invalid', 'meeting.needsName');
    if (!meeting.date?.trim() || Number.isNaN(Date.parse(meeting.date))) return refuse('invalid', 'meeting.needsDate');
    if (meeting.number !== undefined) {
      if (!Number.isInteger(meeting.number) || meeting.number < 1) return refuse('invalid', 'meeting.badNumber');
      const same = Object.values(meetings).find((m) => m.kind === meeting.kind && m.number === meeting.number);
      if (same) return refuse('already-exists', 'meeting.numberTaken', { kind: meeting.kind, number: meeting.number, meeting: same.name });
    }
    return accept(meetingRegistered({ consultationId, ...meeting }));
  }
  const meeting = meetings[command.meetingId];
  if (!meeting) return refuse('not-found', 'meeting.notFound');
  const document = input.document;
  if (!document?.registered || document.consultationId !== consultationId) {
    return refuse('not-found', 'meeting.documentNotInConsultation');
  }
  if (command.provisionIds.length === 0) return refuse('invalid', 'meeting.readingNamesNothing');
  const version = latestVersion(document);
  const twice = command.provisionIds.find((id, at) => command.provisionIds.indexOf(id) !== at);
  if (twice !== undefined) {
    const provision = citeProvision(document.working ?? version.text, twice) ?? citeProvision(version.text, twice) ?? `“${twice}”`;
    return refuse('invalid', 'meeting.provisionTwice', { provision });
  }
  const unknown = command.provisionIds.filter((id) => !locateProvision(document.working!, id) && !locateProvision(version.text, id));
  if (unknown.length > 0) return refuse('not-found', 'provision.notInText', { count: unknown.length });
  return accept(
    provisionsRead({
      consultationId,
      meetingId: meeting.meetingId,
      documentId: command.documentId,
      versionNumber: version.number,
      provisionIds: command.provisionIds,
    }),
  );
}

/** The meetings after one registration. */
export function withMeeting(
  meetings: Readonly<Record<string, MeetingRecord>>,
  payload: MeetingRegisteredV1,
): Record<string, MeetingRecord> {
  const { consultationId: _consultationId, ...meeting } = payload;
  return { ...meetings, [meeting.meetingId]: meeting };
}

/** Where a decision was taken: the meeting's name as displayed, its date and, when cited, the registered meeting. */
export interface SittingAt {
  readonly meeting?: string;
  readonly date?: string;
  readonly meetingId?: string;
}

/**
 * The sitting a command cites, checked against the consultation's meetings: an unknown
 * meetingId is refused; a registered one gives the name and date the command leaves out.
 */
export function sittingAt(
  cited: SittingAt,
  meetings: Readonly<Record<string, MeetingRecord>>,
): { readonly ok: true; readonly value: SittingAt } | { readonly ok: false; readonly refusal: Refusal } {
  const given = { ...(cited.meeting ? { meeting: cited.meeting } : {}), ...(cited.date ? { date: cited.date } : {}) };
  if (!cited.meetingId) return { ok: true, value: { meeting: cited.meeting, date: cited.date } };
  const meeting = meetings[cited.meetingId];
  if (!meeting) return { ok: false, refusal: refusalOf('not-found', 'meeting.notFound') };
  return { ok: true, value: { meeting: meeting.name, date: meeting.date, ...given, meetingId: meeting.meetingId } };
}
