import {
  Actor,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionCover,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionSubstance,
  NewEvent,
  contributionRevised,
  contributionSubmitted,
  contributionWithdrawn,
} from '#libs/contracts';
import { ConsultationState, pastDeadline } from '../consultation/consultation';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory, actsFor } from '../stakeholder/stakeholder';

export type ContributionCommand =
  | { readonly kind: 'SubmitContribution'; readonly contribution: ContributionSubmittedV1 }
  | { readonly kind: 'ReviseContribution'; readonly cover: ContributionCover; readonly substance: ContributionSubstance }
  | { readonly kind: 'WithdrawContribution'; readonly reason?: string };

export interface ContributionState {
  readonly submitted: boolean;
  readonly contributionId?: string;
  readonly consultationId?: string;
  readonly submitters: readonly string[];
  /** 0 for the original, 1 for Rev.1 ... */
  readonly revision: number;
  readonly substance?: ContributionSubstance;
  readonly withdrawn: boolean;
}

export const initialContributionState: ContributionState = { submitted: false, submitters: [], revision: 0, withdrawn: false };

export interface ContributionContext {
  readonly actor: Actor;
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  /** When the command was made (ISO 8601): deadlines are judged against it. */
  readonly now: string;
}

/** Contributions are submitted and revised while the consultation is open for them; never edited in place. */
export function decideContribution(command: ContributionCommand, state: ContributionState, context: ContributionContext): Decision<NewEvent> {
  const { actor, consultation, stakeholders } = context;
  if (command.kind === 'SubmitContribution') {
    if (state.submitted) return refuse('already-exists', `contribution ${command.contribution.contributionId} exists`);
    if (!consultation.registered) return refuse('not-found', 'no such consultation');
    const problem = checkCover(command.contribution, actor, stakeholders);
    if (problem) return problem;
    if (consultation.phase !== 'open-for-contributions') {
      return refuse('wrong-phase', `contributions are accepted while the consultation is open for contributions, not in ${consultation.phase}`);
    }
    const late = pastDeadline(consultation, context.now);
    if (late) return refuse('wrong-phase', `${late}; contributions are no longer accepted`);
    return accept(contributionSubmitted(command.contribution));
  }
  if (!state.submitted) return refuse('not-found', 'no such contribution');
  if (state.withdrawn) return refuse('invalid', 'the contribution was withdrawn');
  if (!state.submitters.some((s) => actsFor(actor, s, stakeholders))) return refuse('not-allowed', 'only its submitters revise or withdraw a contribution');
  if (command.kind === 'WithdrawContribution') {
    return accept(contributionWithdrawn({ contributionId: state.contributionId!, consultationId: state.consultationId!, by: actor.id, reason: command.reason }));
  }
  if (consultation.phase !== 'open-for-contributions') {
    return refuse('wrong-phase', `contributions are revised while the consultation is open for contributions, not in ${consultation.phase}`);
  }
  const late = pastDeadline(consultation, context.now);
  if (late) return refuse('wrong-phase', `${late}; contributions are no longer revised`);
  const problem = checkCover(command.cover, actor, stakeholders);
  if (problem) return problem;
  const revised: ContributionRevisedV1 = {
    ...command.cover,
    contributionId: state.contributionId!,
    consultationId: state.consultationId!,
    revision: state.revision + 1,
    substance: command.substance,
  };
  return accept(contributionRevised(revised));
}

function checkCover(cover: ContributionCover, actor: Actor, stakeholders: StakeholderDirectory): Decision<NewEvent> | undefined {
  const submitter = cover.submitters[0];
  if (!submitter || !actsFor(actor, submitter, stakeholders)) {
    return refuse('not-allowed', 'a stakeholder submits for itself or for a group it belongs to');
  }
  const unknown = [...cover.submitters, ...cover.coSponsors, ...(cover.onBehalfOf ? [cover.onBehalfOf] : [])].filter((id) => !stakeholders.get(id));
  if (unknown.length > 0) return refuse('invalid', `not registered stakeholders: ${unknown.join(', ')}`);
  return undefined;
}

export function evolveContribution(state: ContributionState, event: NewEvent): ContributionState {
  switch (event.type) {
    case CONTRIBUTION_SUBMITTED: {
      const e = event.payload as ContributionSubmittedV1;
      return { ...state, submitted: true, contributionId: e.contributionId, consultationId: e.consultationId, submitters: e.submitters, substance: e.substance };
    }
    case CONTRIBUTION_REVISED: {
      const e = event.payload as ContributionRevisedV1;
      return { ...state, revision: e.revision, submitters: e.submitters, substance: e.substance };
    }
    case CONTRIBUTION_WITHDRAWN:
      return { ...state, withdrawn: true };
    default:
      return state;
  }
}
