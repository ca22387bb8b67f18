import { UnLanguage } from '#libs/contracts';

/** A non-state stakeholder sends its written input on the document's current version, or on given provisions of it. */
export interface SubmitStakeholderInput {
  readonly kind: 'SubmitStakeholderInput';
  readonly inputId: string;
  readonly documentId: string;
  /** The version the input comments on: the latest; taken as the latest when absent. */
  readonly versionNumber?: number;
  /** Empty when the input is on the version as a whole. */
  readonly provisionIds: readonly string[];
  readonly stakeholderId: string;
  readonly title: string;
  readonly text: string;
  readonly language: UnLanguage;
}

/** Its submitter takes an input back; the record keeps that it was published. */
export interface WithdrawStakeholderInput {
  readonly kind: 'WithdrawStakeholderInput';
  readonly inputId: string;
  readonly reason?: string;
}

export type InputCommand = SubmitStakeholderInput | WithdrawStakeholderInput;
