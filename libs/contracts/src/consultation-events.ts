import type { MeetingEvent } from './meeting-events';
import { Typed } from './recorded-event';

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** The phases of a consultation, in the order they go forward. */
export const PHASES = ['drafting', 'open-for-contributions', 'negotiation', 'adoption', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const CONSULTATION_REGISTERED = 'ConsultationRegistered';
export const CONSULTATION_PHASE_CHANGED = 'ConsultationPhaseChanged';
export const PARTICIPANT_ADMITTED = 'ParticipantAdmitted';

/** Schema version 1, as the first release recorded it. */
export interface ConsultationRegisteredV1 {
  readonly consultationId: string;
  readonly title: string;
  /** The body that holds the consultation: "ITU Council", "CWG-WSIS&SDG", "UNGA Second Committee". */
  readonly body: string;
  readonly subject: string;
  readonly originalLanguage: UnLanguage;
}

/** Version 2 adds the chairs, the phase deadlines and whether drafts are restricted to participants. */
export interface ConsultationRegisteredV2 extends ConsultationRegisteredV1 {
  /** Actor ids of the chairs: only they rule on amendments and adopt. */
  readonly chairs: readonly string[];
  /** ISO 8601 deadline of each phase that has one. */
  readonly deadlines: Readonly<Partial<Record<Phase, string>>>;
  readonly restricted: boolean;
}

export interface ConsultationPhaseChangedV1 {
  readonly consultationId: string;
  readonly from: Phase;
  readonly to: Phase;
  /** Required when the chair reopens an earlier phase. */
  readonly reason?: string;
}

export interface ParticipantAdmittedV1 {
  readonly consultationId: string;
  readonly stakeholderId: string;
}

export type ConsultationRegistered = Typed<typeof CONSULTATION_REGISTERED, ConsultationRegisteredV2>;
export type ConsultationPhaseChanged = Typed<typeof CONSULTATION_PHASE_CHANGED, ConsultationPhaseChangedV1>;
export type ParticipantAdmitted = Typed<typeof PARTICIPANT_ADMITTED, ParticipantAdmittedV1>;

/** The events of a consultation's stream. */
export type ConsultationEvent = ConsultationRegistered | ConsultationPhaseChanged | ParticipantAdmitted | MeetingEvent;

export function consultationRegistered(payload: ConsultationRegisteredV2): ConsultationRegistered {
  return { type: CONSULTATION_REGISTERED, schemaVersion: 2, payload };
}

export function consultationPhaseChanged(payload: ConsultationPhaseChangedV1): ConsultationPhaseChanged {
  return { type: CONSULTATION_PHASE_CHANGED, schemaVersion: 1, payload };
}

export function participantAdmitted(payload: ParticipantAdmittedV1): ParticipantAdmitted {
  return { type: PARTICIPANT_ADMITTED, schemaVersion: 1, payload };
}

/** Reads a version 1 registration as version 2: no chairs named, no deadlines, open drafts. */
export function upcastConsultationRegisteredV1(payload: unknown): ConsultationRegisteredV2 {
  return { ...(payload as ConsultationRegisteredV1), chairs: [], deadlines: {}, restricted: false };
}

export function consultationStreamId(consultationId: string): string {
  return `consultation-${consultationId}`;
}
