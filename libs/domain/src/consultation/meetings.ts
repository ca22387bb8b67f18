/** The meetings of a consultation: registered once, then cited by id by decisions, statuses and readings. */
import { Actor, MEETING_KINDS, MeetingRegisteredV1, NewEvent, meetingRegistered, provisionsRead } from '#libs/contracts';
import { locateProvision } from '#libs/text';
import { hasRole } from '../actor';
import { Decision, Refusal, accept, refuse } from '../result';
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
  if (!input.organises)
    return refuse('not-allowed', 'only the secretariat or a chair of this consultation registers meetings and readings');
  const { consultationId, meetings } = input;
  if (command.kind === 'RegisterMeeting') {
    const meeting = command.meeting;
    if (!meeting.meetingId?.trim()) return refuse('invalid', 'a meeting needs an id');
    if (meetings[meeting.meetingId]) return refuse('already-exists', `meeting ${meeting.meetingId} is already registered`);
    if (!MEETING_KINDS.includes(meeting.kind)) return refuse('invalid', `a meeting is one of: ${MEETING_KINDS.join(', ')}`);
    if (!meeting.name?.trim()) return refuse('invalid', 'a meeting needs its name as displayed');
    if (!meeting.date?.trim() || Number.isNaN(Date.parse(meeting.date))) return refuse('invalid', 'a meeting needs its date (ISO 8601)');
    if (meeting.number !== undefined) {
      if (!Number.isInteger(meeting.number) || meeting.number < 1) return refuse('invalid', 'a meeting number is a positive whole number');
      const same = Object.values(meetings).find((m) => m.kind === meeting.kind && m.number === meeting.number);
      if (same)
        return refuse('already-exists', `${meeting.kind} ${meeting.number} is already registered as ${same.meetingId} (${same.name})`);
    }
    return accept(meetingRegistered({ consultationId, ...meeting }));
  }
  const meeting = meetings[command.meetingId];
  if (!meeting) return refuse('not-found', `no meeting ${command.meetingId} is registered`);
  const document = input.document;
  if (!document?.registered || document.consultationId !== consultationId) {
    return refuse('not-found', `no document ${command.documentId} in this consultation`);
  }
  if (command.provisionIds.length === 0) return refuse('invalid', 'a reading names the provisions read');
  if (new Set(command.provisionIds).size !== command.provisionIds.length) return refuse('invalid', 'a provision is named twice');
  const version = latestVersion(document);
  const unknown = command.provisionIds.filter((id) => !locateProvision(document.working!, id) && !locateProvision(version.text, id));
  if (unknown.length > 0) return refuse('not-found', `no provision ${unknown.join(', ')} in the text`);
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
  if (!meeting) return { ok: false, refusal: { code: 'not-found', message: `no meeting ${cited.meetingId} is registered` } };
  return { ok: true, value: { meeting: meeting.name, date: meeting.date, ...given, meetingId: meeting.meetingId } };
}
