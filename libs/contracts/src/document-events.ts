import type { AmendmentOperation, LanguageCode, LanguageVersionText, ResolutionDocument } from '#libs/text';
import type { LanguageEvent } from './language-events';
import type { AdoptionMethod, NegotiationEvent } from './negotiation-events';
import { Typed } from './recorded-event';

export const DOCUMENT_REGISTERED = 'DocumentRegistered';
export const AMENDMENT_PROPOSED = 'AmendmentProposed';
export const AMENDMENT_CO_SPONSORED = 'AmendmentCoSponsored';
export const AMENDMENT_REVISED = 'AmendmentRevised';
export const AMENDMENT_WITHDRAWN = 'AmendmentWithdrawn';
export const AMENDMENT_RULED = 'AmendmentRuled';
export const AMENDMENTS_MERGED = 'AmendmentsMerged';
export const BRACKETS_SETTLED = 'BracketsSettled';
export const VERSION_ADOPTED = 'VersionAdopted';
export const RESERVATION_RECORDED = 'ReservationRecorded';
export const DECISION_CORRECTED = 'DecisionCorrected';

export interface DocumentRegisteredV1 {
  readonly documentId: string;
  readonly consultationId: string;
  /** "Resolution 1334", "A/RES/78/132", "C23/71". */
  readonly symbol: string;
  /** The label of the base version: "Modified 2023", "Rev. Buenos Aires, 2017". */
  readonly versionLabel: string;
  readonly text: ResolutionDocument;
  /** Imported by the secretariat, or the draft new resolution of a contribution. */
  readonly source:
    { readonly kind: 'import'; readonly warnings: number } | { readonly kind: 'contribution'; readonly contributionId: string };
}

export interface AmendmentProposedV1 {
  readonly documentId: string;
  readonly amendmentId: string;
  /** The version the amendment was drafted against (1 is the registered base text). */
  readonly versionNumber: number;
  readonly operation: AmendmentOperation;
  /** Stakeholder ids of the proposers; the first is the one who submitted it. */
  readonly proposers: readonly string[];
  /** A group the proposers speak for ("on behalf of the African region"). */
  readonly onBehalfOf?: string;
  readonly contributionId?: string;
  readonly explanation?: string;
  /**
   * The language version it was proposed against, when not the original: its operation's
   * words are in that language. Absent: the negotiating language.
   */
  readonly language?: LanguageCode;
}

export interface AmendmentCoSponsoredV1 {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly stakeholderId: string;
}

export interface AmendmentRevisedV1 {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly revision: number;
  readonly operation: AmendmentOperation;
  readonly explanation?: string;
}

export interface AmendmentWithdrawnV1 {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly by: string;
  readonly reason?: string;
}

export const RULINGS = ['accepted', 'rejected', 'accepted-as-modified', 'deferred'] as const;
export type Ruling = (typeof RULINGS)[number];

/** Where and when a decision was taken. */
export interface Sitting {
  /** "sixth Plenary Meeting", "CWG-WSIS&SDG-44". */
  readonly meeting?: string;
  /** ISO 8601 date. */
  readonly date?: string;
  /** The registered meeting (`MeetingRegistered`); `meeting` stays the name as displayed. */
  readonly meetingId?: string;
}

export interface AmendmentRuledV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  readonly amendmentId: string;
  readonly ruling: Ruling;
  /** The chair's compromise text, for "accepted as modified". */
  readonly compromise?: AmendmentOperation;
  /**
   * For an amendment proposed in another language version and accepted as proposed: its
   * wording in the negotiating language, on which the chair ruled.
   */
  readonly rendering?: AmendmentOperation;
  /** What the text engine applied to the working text (the amendment rebased onto it), if anything. */
  readonly applied?: AmendmentOperation;
  readonly reason?: string;
}

export interface AmendmentsMergedV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  readonly amendmentIds: readonly string[];
  /** The single text the chair made of them. */
  readonly operation: AmendmentOperation;
  readonly applied: AmendmentOperation;
}

export interface BracketsSettledV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  readonly provisionId: string;
  readonly bracketIndex: number;
  readonly choice: number | 'none';
  readonly applied: AmendmentOperation;
}

export interface VersionAdoptedV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  readonly versionNumber: number;
  /** "Modified 2026". */
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  /** What the chair recorded as left open: undecided amendments and unsettled bracket groups. */
  readonly leftOpen: { readonly amendmentIds: readonly string[]; readonly brackets: number };
  /** The adopted text: the working text under the resolution's own title and adoption line, without the contribution's cover. */
  readonly text: ResolutionDocument;
  /** The designation as printed: "Resolution 1334 (Modified 2023)", "القرار 1334 (المعدَّل في 2023)", "78/132". */
  readonly number?: string;
  /** The document symbol: "A/RES/78/132". */
  readonly symbol?: string;
  /** The adopted full title, as the text stores it. Absent only in adoptions recorded before it was kept. */
  readonly title?: string;
  /** The adoption line as printed, without parentheses: "adopted at the sixth Plenary Meeting". Absent only in adoptions recorded before it was kept. */
  readonly adoptionLine?: string;
  /** "Geneva". */
  readonly place?: string;
  /** The registered meeting it was adopted at. */
  readonly meetingId?: string;
  /** Consensus or a recorded vote with its tally; absent in adoptions recorded before it was kept (consensus). */
  readonly method?: AdoptionMethod;
  /** The silence procedure whose holding adopted it, when the system recorded it at the deadline. */
  readonly silenceId?: string;
  /**
   * The language versions at adoption: those in step with the original (adopted as they
   * stand, their texts here) and those adopted provisionally while translation catches up
   * (`AdoptedVersionAligned` records each when it does). Absent for a document with no
   * other language version.
   */
  readonly languages?: {
    readonly inStep: readonly LanguageVersionText[];
    readonly provisional: readonly LanguageCode[];
  };
}

export interface ReservationRecordedV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  readonly stakeholderId: string;
  readonly provisionId: string;
  readonly text: string;
}

export interface DecisionCorrectedV1 extends Sitting {
  readonly documentId: string;
  readonly decisionId: string;
  /** The decision this one corrects; the corrected one stays in the record. */
  readonly corrects: string;
  readonly amendmentId: string;
  readonly ruling: Ruling;
  readonly compromise?: AmendmentOperation;
  /** What the corrected ruling applies to the working text instead, if anything. */
  readonly applied?: AmendmentOperation;
  readonly reason: string;
}

export type DocumentRegistered = Typed<typeof DOCUMENT_REGISTERED, DocumentRegisteredV1>;
export type AmendmentProposed = Typed<typeof AMENDMENT_PROPOSED, AmendmentProposedV1>;
export type AmendmentCoSponsored = Typed<typeof AMENDMENT_CO_SPONSORED, AmendmentCoSponsoredV1>;
export type AmendmentRevised = Typed<typeof AMENDMENT_REVISED, AmendmentRevisedV1>;
export type AmendmentWithdrawn = Typed<typeof AMENDMENT_WITHDRAWN, AmendmentWithdrawnV1>;
export type AmendmentRuled = Typed<typeof AMENDMENT_RULED, AmendmentRuledV1>;
export type AmendmentsMerged = Typed<typeof AMENDMENTS_MERGED, AmendmentsMergedV1>;
export type BracketsSettled = Typed<typeof BRACKETS_SETTLED, BracketsSettledV1>;
export type VersionAdopted = Typed<typeof VERSION_ADOPTED, VersionAdoptedV1>;
export type ReservationRecorded = Typed<typeof RESERVATION_RECORDED, ReservationRecordedV1>;
export type DecisionCorrected = Typed<typeof DECISION_CORRECTED, DecisionCorrectedV1>;

/** The events of a document's stream: its registration, the amendments to it and the chair's decisions on them. */
export type DocumentEvent =
  | DocumentRegistered
  | AmendmentProposed
  | AmendmentCoSponsored
  | AmendmentRevised
  | AmendmentWithdrawn
  | AmendmentRuled
  | AmendmentsMerged
  | BracketsSettled
  | VersionAdopted
  | ReservationRecorded
  | DecisionCorrected
  | NegotiationEvent
  | LanguageEvent;

const v1 =
  <T extends DocumentEvent['type']>(type: T) =>
  <P>(payload: P): Typed<T, P> => ({ type, schemaVersion: 1, payload });

export const documentRegistered: (payload: DocumentRegisteredV1) => DocumentRegistered = v1(DOCUMENT_REGISTERED);
export const amendmentProposed: (payload: AmendmentProposedV1) => AmendmentProposed = v1(AMENDMENT_PROPOSED);
export const amendmentCoSponsored: (payload: AmendmentCoSponsoredV1) => AmendmentCoSponsored = v1(AMENDMENT_CO_SPONSORED);
export const amendmentRevised: (payload: AmendmentRevisedV1) => AmendmentRevised = v1(AMENDMENT_REVISED);
export const amendmentWithdrawn: (payload: AmendmentWithdrawnV1) => AmendmentWithdrawn = v1(AMENDMENT_WITHDRAWN);
export const amendmentRuled: (payload: AmendmentRuledV1) => AmendmentRuled = v1(AMENDMENT_RULED);
export const amendmentsMerged: (payload: AmendmentsMergedV1) => AmendmentsMerged = v1(AMENDMENTS_MERGED);
export const bracketsSettled: (payload: BracketsSettledV1) => BracketsSettled = v1(BRACKETS_SETTLED);
export const versionAdopted: (payload: VersionAdoptedV1) => VersionAdopted = v1(VERSION_ADOPTED);
export const reservationRecorded: (payload: ReservationRecordedV1) => ReservationRecorded = v1(RESERVATION_RECORDED);
export const decisionCorrected: (payload: DecisionCorrectedV1) => DecisionCorrected = v1(DECISION_CORRECTED);

export function documentStreamId(documentId: string): string {
  return `document-${documentId}`;
}
