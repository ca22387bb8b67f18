import { UnLanguage } from './consultation-events';
import { Typed } from './recorded-event';

export const CONTRIBUTION_SUBMITTED = 'ContributionSubmitted';
export const CONTRIBUTION_REVISED = 'ContributionRevised';
export const CONTRIBUTION_WITHDRAWN = 'ContributionWithdrawn';
export const CO_SUBMISSION_CONFIRMED = 'CoSubmissionConfirmed';
export const CO_SUBMISSION_DECLINED = 'CoSubmissionDeclined';

/** What a contribution carries: a draft new text, amendments to a version, or an information report. */
export type ContributionSubstance =
  | { readonly kind: 'draft'; readonly documentId: string }
  | { readonly kind: 'amendments'; readonly documentId: string; readonly amendmentIds: readonly string[] }
  | { readonly kind: 'report'; readonly text: string };

/** The cover of a contribution as the secretariat registers it ("C23/71-A", "Original: English"). */
export interface ContributionCover {
  readonly symbol: string;
  /** ISO 8601 date. */
  readonly date: string;
  readonly agendaItem?: string;
  readonly originalLanguage: UnLanguage;
  /** Stakeholder ids of the submitters, in the order the cover names them. */
  readonly submitters: readonly string[];
  readonly onBehalfOf?: string;
  readonly coSponsors: readonly string[];
  readonly title: string;
  readonly purpose?: string;
  readonly actionRequested?: string;
  readonly references?: readonly string[];
}

export interface ContributionSubmittedV1 extends ContributionCover {
  readonly contributionId: string;
  readonly consultationId: string;
  readonly substance: ContributionSubstance;
  /**
   * The submitters named on the cover that the actor does not speak for (neither itself nor
   * a group it belonged to when it submitted): each confirms before the contribution is
   * before the meeting. Absent in events recorded before co-submitters confirmed: none.
   */
  readonly awaitingCoSubmitters?: readonly string[];
}

/** Rev.1, Rev.2 ...: a new cover (and substance) that keeps the earlier revisions in the record. */
export interface ContributionRevisedV1 extends ContributionCover {
  readonly contributionId: string;
  readonly consultationId: string;
  readonly revision: number;
  readonly substance: ContributionSubstance;
  /** As on a submission: a revision asks again those the reviser does not speak for. */
  readonly awaitingCoSubmitters?: readonly string[];
}

export interface ContributionWithdrawnV1 {
  readonly contributionId: string;
  readonly consultationId: string;
  readonly by: string;
  readonly reason?: string;
}

/**
 * A named co-submitter agreed to a revision of a contribution: itself (or a member of the
 * group it is), or the secretariat recording a delegation's letter (`reference`).
 */
export interface CoSubmissionConfirmedV1 {
  readonly contributionId: string;
  readonly consultationId: string;
  readonly revision: number;
  readonly stakeholderId: string;
  /** Who recorded it: the stakeholder's own id, a member's, or the secretariat's. */
  readonly by: string;
  /** The letter or message the secretariat recorded it from. */
  readonly reference?: string;
}

/** A named co-submitter refused to be named on a revision: the submitters revise it without them, or withdraw it. */
export interface CoSubmissionDeclinedV1 {
  readonly contributionId: string;
  readonly consultationId: string;
  readonly revision: number;
  readonly stakeholderId: string;
  readonly by: string;
  readonly reason?: string;
  readonly reference?: string;
}

export type ContributionSubmitted = Typed<typeof CONTRIBUTION_SUBMITTED, ContributionSubmittedV1>;
export type ContributionRevised = Typed<typeof CONTRIBUTION_REVISED, ContributionRevisedV1>;
export type ContributionWithdrawn = Typed<typeof CONTRIBUTION_WITHDRAWN, ContributionWithdrawnV1>;
export type CoSubmissionConfirmed = Typed<typeof CO_SUBMISSION_CONFIRMED, CoSubmissionConfirmedV1>;
export type CoSubmissionDeclined = Typed<typeof CO_SUBMISSION_DECLINED, CoSubmissionDeclinedV1>;

/** The events of a contribution's stream. */
export type ContributionEvent =
  ContributionSubmitted | ContributionRevised | ContributionWithdrawn | CoSubmissionConfirmed | CoSubmissionDeclined;

const v1 =
  <T extends ContributionEvent['type']>(type: T) =>
  <P>(payload: P): Typed<T, P> => ({ type, schemaVersion: 1, payload });

export const contributionSubmitted: (payload: ContributionSubmittedV1) => ContributionSubmitted = v1(CONTRIBUTION_SUBMITTED);
export const contributionRevised: (payload: ContributionRevisedV1) => ContributionRevised = v1(CONTRIBUTION_REVISED);
export const contributionWithdrawn: (payload: ContributionWithdrawnV1) => ContributionWithdrawn = v1(CONTRIBUTION_WITHDRAWN);
export const coSubmissionConfirmed: (payload: CoSubmissionConfirmedV1) => CoSubmissionConfirmed = v1(CO_SUBMISSION_CONFIRMED);
export const coSubmissionDeclined: (payload: CoSubmissionDeclinedV1) => CoSubmissionDeclined = v1(CO_SUBMISSION_DECLINED);

export function contributionStreamId(contributionId: string): string {
  return `contribution-${contributionId}`;
}
