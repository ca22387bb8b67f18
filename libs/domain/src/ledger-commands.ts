import {
  ContributionCover,
  ConsultationRegisteredV2,
  LedgerCommand,
  Phase,
  StakeholderRegisteredV1,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { DocumentCommand } from './document/document-decide';

/** What a contribution brings, as submitted: the text of a draft, or the amendments themselves. */
export type SubmittedSubstance =
  | { readonly kind: 'draft'; readonly documentId: string; readonly symbol: string; readonly versionLabel: string; readonly text: ResolutionDocument }
  | {
      readonly kind: 'amendments';
      readonly documentId: string;
      readonly versionNumber: number;
      readonly amendments: readonly { readonly amendmentId: string; readonly operation: AmendmentOperation; readonly explanation?: string }[];
    }
  | { readonly kind: 'report'; readonly text: string };

export type RegisterStakeholderCommand = LedgerCommand<'RegisterStakeholder', StakeholderRegisteredV1>;
export type RegisterConsultationCommand = LedgerCommand<'RegisterConsultation', ConsultationRegisteredV2>;
export type ChangePhaseCommand = LedgerCommand<'ChangePhase', { consultationId: string; to: Phase; reason?: string }>;
export type AdmitParticipantCommand = LedgerCommand<'AdmitParticipant', { consultationId: string; stakeholderId: string }>;
/** A command on a document's text, amendments or decisions; a command on an amendment may leave the document to the write side to find. */
export type DocumentLedgerCommand = LedgerCommand<'Document', { documentId?: string; command: DocumentCommand }>;
export type SubmitContributionCommand = LedgerCommand<
  'SubmitContribution',
  { contributionId: string; consultationId: string; cover: ContributionCover; substance: SubmittedSubstance }
>;
export type ReviseContributionCommand = LedgerCommand<
  'ReviseContribution',
  { contributionId: string; cover: ContributionCover; substance: SubmittedSubstance }
>;
export type WithdrawContributionCommand = LedgerCommand<'WithdrawContribution', { contributionId: string; reason?: string }>;
/** A named co-submitter agrees to the current revision (`reference`: the letter the secretariat records it from). */
export type ConfirmCoSubmissionCommand = LedgerCommand<'ConfirmCoSubmission', { contributionId: string; stakeholderId: string; reference?: string }>;
export type DeclineCoSubmissionCommand = LedgerCommand<'DeclineCoSubmission', { contributionId: string; stakeholderId: string; reason?: string; reference?: string }>;

export type AnyLedgerCommand =
  | RegisterStakeholderCommand
  | RegisterConsultationCommand
  | ChangePhaseCommand
  | AdmitParticipantCommand
  | DocumentLedgerCommand
  | SubmitContributionCommand
  | ReviseContributionCommand
  | WithdrawContributionCommand
  | ConfirmCoSubmissionCommand
  | DeclineCoSubmissionCommand;

export const LEDGER_COMMAND_TYPES: readonly AnyLedgerCommand['type'][] = [
  'RegisterStakeholder',
  'RegisterConsultation',
  'ChangePhase',
  'AdmitParticipant',
  'Document',
  'SubmitContribution',
  'ReviseContribution',
  'WithdrawContribution',
  'ConfirmCoSubmission',
  'DeclineCoSubmission',
];
