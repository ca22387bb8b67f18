/** Sessions and meetings of a consultation, recorded on its stream: decisions and statuses cite them by id. */
import { Typed } from './recorded-event';

export const MEETING_REGISTERED = 'MeetingRegistered';
export const PROVISIONS_READ = 'ProvisionsRead';

export const MEETING_KINDS = ['informal-consultation', 'informal-informal', 'plenary', 'working-group', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface MeetingRegisteredV1 {
  readonly consultationId: string;
  readonly meetingId: string;
  readonly kind: MeetingKind;
  /** "informal consultation 2": its number among the consultation's meetings of its kind. */
  readonly number?: number;
  /** The name as displayed: "Second informal consultation", "sixth Plenary Meeting". */
  readonly name: string;
  /** ISO 8601 date, or date and time with offset. */
  readonly date: string;
  readonly place?: string;
  /** The session it belongs to: "eightieth session", "Council 2025". */
  readonly session?: string;
}

/** The provisions of a document read at a meeting. */
export interface ProvisionsReadV1 {
  readonly consultationId: string;
  readonly meetingId: string;
  readonly documentId: string;
  readonly versionNumber: number;
  readonly provisionIds: readonly string[];
}

export type MeetingRegistered = Typed<typeof MEETING_REGISTERED, MeetingRegisteredV1>;
export type ProvisionsRead = Typed<typeof PROVISIONS_READ, ProvisionsReadV1>;

/** The meeting events of a consultation's stream (part of `ConsultationEvent`). */
export type MeetingEvent = MeetingRegistered | ProvisionsRead;

export function meetingRegistered(payload: MeetingRegisteredV1): MeetingRegistered {
  return { type: MEETING_REGISTERED, schemaVersion: 1, payload };
}

export function provisionsRead(payload: ProvisionsReadV1): ProvisionsRead {
  return { type: PROVISIONS_READ, schemaVersion: 1, payload };
}
