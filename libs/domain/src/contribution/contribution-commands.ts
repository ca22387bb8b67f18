import { ContributionCover, ContributionSubstance } from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';

/** What a contribution brings, as submitted: the text of a draft, or the amendments themselves. */
export type SubmittedSubstance =
  | {
      readonly kind: 'draft';
      readonly documentId: string;
      readonly symbol: string;
      readonly versionLabel: string;
      readonly text: ResolutionDocument;
    }
  | {
      readonly kind: 'amendments';
      readonly documentId: string;
      readonly versionNumber: number;
      readonly amendments: readonly {
        readonly amendmentId: string;
        readonly operation: AmendmentOperation;
        readonly explanation?: string;
      }[];
    }
  | { readonly kind: 'report'; readonly text: string };

export type ContributionCommand =
  | {
      readonly kind: 'SubmitContribution';
      readonly contributionId: string;
      readonly consultationId: string;
      readonly cover: ContributionCover;
      readonly substance: SubmittedSubstance;
    }
  | {
      readonly kind: 'ReviseContribution';
      readonly contributionId: string;
      readonly cover: ContributionCover;
      readonly substance: SubmittedSubstance;
    }
  | { readonly kind: 'WithdrawContribution'; readonly contributionId: string; readonly reason?: string }
  /** A named co-submitter agrees to the current revision (`reference`: the letter the secretariat records it from). */
  | { readonly kind: 'ConfirmCoSubmission'; readonly contributionId: string; readonly stakeholderId: string; readonly reference?: string }
  | {
      readonly kind: 'DeclineCoSubmission';
      readonly contributionId: string;
      readonly stakeholderId: string;
      readonly reason?: string;
      readonly reference?: string;
    };

/** The substance as the contribution's event records it: references to what the document records. */
export function recordedSubstance(substance: SubmittedSubstance): ContributionSubstance {
  switch (substance.kind) {
    case 'draft':
      return { kind: 'draft', documentId: substance.documentId };
    case 'amendments':
      return { kind: 'amendments', documentId: substance.documentId, amendmentIds: substance.amendments.map((a) => a.amendmentId) };
    case 'report':
      return { kind: 'report', text: substance.text };
  }
}
