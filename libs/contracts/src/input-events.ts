/**
 * Written inputs of non-state stakeholders (civil society, private sector, academia,
 * technical community ...) on a revision or on given provisions: published, not ruled on.
 */
import type { UnLanguage } from './consultation-events';
import { Typed } from './recorded-event';

export const STAKEHOLDER_INPUT_SUBMITTED = 'StakeholderInputSubmitted';
export const STAKEHOLDER_INPUT_WITHDRAWN = 'StakeholderInputWithdrawn';

export interface StakeholderInputSubmittedV1 {
  readonly inputId: string;
  readonly consultationId: string;
  readonly documentId: string;
  /** The version (revision) the input comments on. */
  readonly versionNumber: number;
  /** The provisions it concerns; empty when it is on the revision as a whole. */
  readonly provisionIds: readonly string[];
  /** The stakeholder the input is from (a non-state stakeholder). */
  readonly stakeholderId: string;
  readonly title: string;
  readonly text: string;
  readonly language: UnLanguage;
}

export interface StakeholderInputWithdrawnV1 {
  readonly inputId: string;
  readonly consultationId: string;
  readonly documentId: string;
  readonly by: string;
  readonly reason?: string;
}

export type StakeholderInputSubmitted = Typed<typeof STAKEHOLDER_INPUT_SUBMITTED, StakeholderInputSubmittedV1>;
export type StakeholderInputWithdrawn = Typed<typeof STAKEHOLDER_INPUT_WITHDRAWN, StakeholderInputWithdrawnV1>;

/** The events of a stakeholder input's stream. */
export type InputEvent = StakeholderInputSubmitted | StakeholderInputWithdrawn;

export function stakeholderInputSubmitted(payload: StakeholderInputSubmittedV1): StakeholderInputSubmitted {
  return { type: STAKEHOLDER_INPUT_SUBMITTED, schemaVersion: 1, payload };
}

export function stakeholderInputWithdrawn(payload: StakeholderInputWithdrawnV1): StakeholderInputWithdrawn {
  return { type: STAKEHOLDER_INPUT_WITHDRAWN, schemaVersion: 1, payload };
}

export function inputStreamId(inputId: string): string {
  return `input-${inputId}`;
}
