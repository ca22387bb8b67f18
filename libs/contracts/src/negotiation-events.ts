/**
 * The UN way of negotiating a draft, recorded on the document's stream: whole revisions
 * issued by the chair or co-facilitators, the state of play after each informal round,
 * the silence procedure, and explanations of position or vote.
 */
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import type { Sitting } from './document-events';
import { Typed } from './recorded-event';

export const REVISION_ISSUED = 'RevisionIssued';
export const PROVISION_STATUSES_RECORDED = 'ProvisionStatusesRecorded';
export const SILENCE_STARTED = 'SilenceStarted';
export const SILENCE_EXTENDED = 'SilenceExtended';
export const SILENCE_BROKEN = 'SilenceBroken';
export const SILENCE_CONCLUDED = 'SilenceConcluded';
export const POSITION_EXPLAINED = 'PositionExplained';

/** A decision or record that cites a registered meeting; `meeting` stays the name as displayed. */
export interface AtMeeting extends Sitting {
  /** The meeting as registered on the consultation (`MeetingRegistered`). */
  readonly meetingId?: string;
}

/** What a change of a revision takes up: amendments and stakeholder inputs ("reflected in Rev.2"). */
export interface RevisionReflects {
  /** Index into `changes`. */
  readonly change: number;
  readonly amendmentIds: readonly string[];
  readonly inputIds: readonly string[];
}

/**
 * Rev.N: the chair or co-facilitators issue a whole new text. It becomes a new version
 * (not adopted) of the document; the changes are derived from the working text it replaces.
 */
export interface RevisionIssuedV1 extends AtMeeting {
  readonly documentId: string;
  readonly decisionId: string;
  /** The version the revision becomes (the latest version's number + 1). */
  readonly versionNumber: number;
  /** 1 for Rev.1. */
  readonly revision: number;
  /** As printed: "Rev.1". */
  readonly label: string;
  /** "A/80/L.12/Rev.1", when the body gives one. */
  readonly symbol?: string;
  /** ISO 8601 date of issue. */
  readonly date: string;
  /** The derived amendments that turn the replaced working text into `text`, in order. */
  readonly changes: readonly AmendmentOperation[];
  /** The revision as issued: applying `changes` to the replaced working text gives it. */
  readonly text: ResolutionDocument;
  readonly reflects: readonly RevisionReflects[];
  /** Undecided amendments carried onto the revision, with their operations rebased onto its text. */
  readonly rebased: readonly { readonly amendmentId: string; readonly operation: AmendmentOperation }[];
  /** Undecided amendments the revision overtook: they no longer apply and are closed. */
  readonly overtaken: readonly string[];
  /** Differences from the working text no change expresses (the cover, the enacting formula...), as the derivation reports them. */
  readonly unexpressed?: readonly { readonly code: string; readonly message: string; readonly id?: string }[];
}

/** Where a provision stands after an informal round, as negotiators track it by hand. */
export const PROVISION_STATUSES = ['pending', 'agreed-ad-ref', 'agreed', 'bracketed', 'deleted'] as const;
export type ProvisionStatus = (typeof PROVISION_STATUSES)[number];

export interface ProvisionStatusesRecordedV1 extends AtMeeting {
  readonly documentId: string;
  readonly decisionId: string;
  /** The version (registered text, revision or adopted version) the statuses are on. */
  readonly versionNumber: number;
  /** 1 for the first round recorded on the document, counting on across revisions. */
  readonly round: number;
  readonly statuses: readonly { readonly provisionId: string; readonly status: ProvisionStatus; readonly note?: string }[];
}

/** What the system adopts when a silence holds: the adoption the chair announced with it. */
export interface SilenceAdoption {
  /** "Rev.3 (adopted under silence)". */
  readonly label: string;
  /** The meeting the adoption is recorded at, for the adoption line. */
  readonly meeting: string;
  readonly number?: string;
  readonly symbol?: string;
  readonly title?: string;
  readonly adoptionLine?: string;
  readonly place?: string;
}

export interface SilenceStartedV1 extends AtMeeting {
  readonly documentId: string;
  readonly silenceId: string;
  /** The version put under silence: the latest version, a revision. */
  readonly versionNumber: number;
  /** The instant silence ends, ISO 8601 with its offset: "2025-12-09T18:00:00-05:00". */
  readonly deadline: string;
  /** The IANA zone the deadline was announced in: "America/New_York". */
  readonly timeZone: string;
  readonly adoption: SilenceAdoption;
}

export interface SilenceExtendedV1 {
  readonly documentId: string;
  readonly silenceId: string;
  readonly deadline: string;
  readonly timeZone: string;
  readonly reason?: string;
}

/** A member state breaks silence on named provisions, with its reasons. */
export interface SilenceBrokenV1 {
  readonly documentId: string;
  readonly silenceId: string;
  readonly stakeholderId: string;
  readonly provisionIds: readonly string[];
  readonly reasons: string;
}

/** Recorded once, by the system, at the deadline. A silence that held is followed by the adoption in the same append. */
export interface SilenceConcludedV1 {
  readonly documentId: string;
  readonly silenceId: string;
  readonly decisionId: string;
  readonly outcome: 'held' | 'broken';
  /** The deadline that passed. */
  readonly deadline: string;
  /** Who broke silence on which provisions; empty when it held. */
  readonly breaks: readonly { readonly stakeholderId: string; readonly provisionIds: readonly string[] }[];
}

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

/** How an adoption was decided; an adoption without it was by consensus. */
export type AdoptionMethod =
  | { readonly kind: 'consensus' }
  | {
      readonly kind: 'recorded-vote';
      readonly votes: readonly { readonly stakeholderId: string; readonly vote: Vote }[];
      readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number };
    };

/** An explanation of position (consensus) or of vote, given before or after the adoption. */
export interface PositionExplainedV1 extends AtMeeting {
  readonly documentId: string;
  readonly explanationId: string;
  readonly stakeholderId: string;
  readonly kind: 'position' | 'vote';
  readonly timing: 'before-adoption' | 'after-adoption';
  readonly text: string;
  /** The version the explanation concerns (the one adopted, or about to be). */
  readonly versionNumber: number;
}

export type RevisionIssued = Typed<typeof REVISION_ISSUED, RevisionIssuedV1>;
export type ProvisionStatusesRecorded = Typed<typeof PROVISION_STATUSES_RECORDED, ProvisionStatusesRecordedV1>;
export type SilenceStarted = Typed<typeof SILENCE_STARTED, SilenceStartedV1>;
export type SilenceExtended = Typed<typeof SILENCE_EXTENDED, SilenceExtendedV1>;
export type SilenceBroken = Typed<typeof SILENCE_BROKEN, SilenceBrokenV1>;
export type SilenceConcluded = Typed<typeof SILENCE_CONCLUDED, SilenceConcludedV1>;
export type PositionExplained = Typed<typeof POSITION_EXPLAINED, PositionExplainedV1>;

/** The negotiation events of a document's stream (part of `DocumentEvent`). */
export type NegotiationEvent =
  RevisionIssued | ProvisionStatusesRecorded | SilenceStarted | SilenceExtended | SilenceBroken | SilenceConcluded | PositionExplained;

const v1 =
  <T extends NegotiationEvent['type']>(type: T) =>
  <P>(payload: P): Typed<T, P> => ({ type, schemaVersion: 1, payload });

export const revisionIssued: (payload: RevisionIssuedV1) => RevisionIssued = v1(REVISION_ISSUED);
export const provisionStatusesRecorded: (payload: ProvisionStatusesRecordedV1) => ProvisionStatusesRecorded =
  v1(PROVISION_STATUSES_RECORDED);
export const silenceStarted: (payload: SilenceStartedV1) => SilenceStarted = v1(SILENCE_STARTED);
export const silenceExtended: (payload: SilenceExtendedV1) => SilenceExtended = v1(SILENCE_EXTENDED);
export const silenceBroken: (payload: SilenceBrokenV1) => SilenceBroken = v1(SILENCE_BROKEN);
export const silenceConcluded: (payload: SilenceConcludedV1) => SilenceConcluded = v1(SILENCE_CONCLUDED);
export const positionExplained: (payload: PositionExplainedV1) => PositionExplained = v1(POSITION_EXPLAINED);
