import {
  Actor,
  CO_SUBMISSION_CONFIRMED,
  CO_SUBMISSION_DECLINED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionCover,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionSubstance,
  NewEvent,
  coSubmissionConfirmed,
  coSubmissionDeclined,
  contributionRevised,
  contributionSubmitted,
  contributionWithdrawn,
} from '#libs/contracts';
import { ConsultationState, pastDeadline } from '../consultation/consultation';
import { ContributionCommand, recordedSubstance } from './contribution-commands';
import { hasRole } from '../actor';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory, actsFor, nameOf, speaksFor } from '../stakeholder/stakeholder';

export interface ContributionState {
  readonly submitted: boolean;
  readonly contributionId?: string;
  readonly consultationId?: string;
  readonly symbol?: string;
  readonly submitters: readonly string[];
  /** 0 for the original, 1 for Rev.1 ... */
  readonly revision: number;
  readonly substance?: ContributionSubstance;
  readonly withdrawn: boolean;
  /** The named co-submitters of this revision that have not confirmed yet. */
  readonly awaiting: readonly string[];
  /** The named co-submitters that declined this revision. */
  readonly declined: readonly string[];
}

export const initialContributionState: ContributionState = {
  submitted: false,
  submitters: [],
  revision: 0,
  withdrawn: false,
  awaiting: [],
  declined: [],
};

/**
 * Whether a contribution is before the meeting: every submitter it names agreed to it. One
 * awaiting co-submitters (or declined by one) is not in the compilation of proposals, and
 * its amendments are not ruled on.
 */
export function coSubmissionStatus(state: ContributionState): 'complete' | 'awaiting-co-submitters' | 'declined' {
  if (state.declined.length > 0) return 'declined';
  return state.awaiting.length > 0 ? 'awaiting-co-submitters' : 'complete';
}

/** Why the amendments a contribution carries are not offered for ruling yet, or undefined when they are. */
export function notBeforeTheMeeting(state: ContributionState, stakeholders: StakeholderDirectory): Decision<never> | undefined {
  const symbol = state.symbol ?? '';
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(stakeholders, id));
  if (state.declined.length > 0) return refuse('conflict', 'contribution.coSubmissionDeclined', { parties: names(state.declined), symbol });
  if (state.awaiting.length > 0) return refuse('conflict', 'contribution.awaitingCoSubmitters', { symbol, parties: names(state.awaiting) });
  return undefined;
}

export interface ContributionContext {
  readonly actor: Actor;
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  /** When the command was made (ISO 8601): deadlines are judged against it. */
  readonly now: string;
}

/** Contributions are submitted and revised while the consultation is open for them; never edited in place. */
export function decideContribution(
  command: ContributionCommand,
  state: ContributionState,
  context: ContributionContext,
): Decision<NewEvent> {
  const { actor, consultation, stakeholders } = context;
  if (command.kind === 'SubmitContribution') {
    if (state.submitted)
      return refuse('already-exists', 'contribution.alreadySubmitted', { symbol: state.symbol ?? command.cover.symbol ?? '' });
    if (!consultation.registered) return refuse('not-found', 'consultation.notFound');
    const problem = checkCover(command.cover, actor, stakeholders);
    if (problem) return problem;
    if (consultation.phase !== 'open-for-contributions') {
      return refuse('wrong-phase', 'contribution.notOpen', { phase: consultation.phase });
    }
    const late = pastDeadline(consultation, context.now);
    if (late) return refuse('wrong-phase', 'contribution.lateSubmit', { phase: consultation.phase, deadline: late });
    const submitted: ContributionSubmittedV1 = {
      ...withoutAwaiting(command.cover),
      contributionId: command.contributionId,
      consultationId: command.consultationId,
      substance: recordedSubstance(command.substance),
    };
    return accept(contributionSubmitted({ ...submitted, ...awaitingOf(command.cover, actor, stakeholders) }));
  }
  if (!state.submitted) return refuse('not-found', 'contribution.notFound');
  if (state.withdrawn) return refuse('invalid', 'contribution.withdrawn', { symbol: state.symbol ?? '' });
  if (command.kind === 'ConfirmCoSubmission' || command.kind === 'DeclineCoSubmission') return decideCoSubmission(command, state, context);
  // Those named but not (yet) agreeing do not speak for the contribution.
  const consenting = state.submitters.filter((s) => !state.awaiting.includes(s) && !state.declined.includes(s));
  if (!consenting.some((s) => actsFor(actor, s, stakeholders))) return refuse('not-allowed', 'contribution.notSubmitter');
  if (command.kind === 'WithdrawContribution') {
    return accept(
      contributionWithdrawn({
        contributionId: state.contributionId!,
        consultationId: state.consultationId!,
        by: actor.id,
        reason: command.reason,
      }),
    );
  }
  if (consultation.phase !== 'open-for-contributions') {
    return refuse('wrong-phase', 'contribution.notOpenForRevision', { phase: consultation.phase });
  }
  const late = pastDeadline(consultation, context.now);
  if (late) return refuse('wrong-phase', 'contribution.lateRevise', { phase: consultation.phase, deadline: late });
  const problem = checkCover(command.cover, actor, stakeholders);
  if (problem) return problem;
  const revised: ContributionRevisedV1 = {
    ...withoutAwaiting(command.cover),
    contributionId: state.contributionId!,
    consultationId: state.consultationId!,
    revision: state.revision + 1,
    substance: recordedSubstance(command.substance),
    ...awaitingOf(command.cover, actor, stakeholders),
  };
  return accept(contributionRevised(revised));
}

/**
 * A named co-submitter answers for itself (or a member for its group). The secretariat may
 * record the answer on a party's behalf, as secretariats do when a delegation confirms by
 * letter, but only citing that letter (`reference`), which the record keeps.
 */
function decideCoSubmission(
  command: Extract<ContributionCommand, { kind: 'ConfirmCoSubmission' | 'DeclineCoSubmission' }>,
  state: ContributionState,
  { actor, consultation, stakeholders }: ContributionContext,
): Decision<NewEvent> {
  const party = command.stakeholderId;
  const symbol = state.symbol ?? '';
  const forItself = actsFor(actor, party, stakeholders);
  if (!forItself && !hasRole(actor, 'secretariat')) {
    return refuse('not-allowed', 'contribution.doesNotSpeakFor', {
      actor: nameOf(stakeholders, actor.id),
      party: nameOf(stakeholders, party),
    });
  }
  if (!forItself && !command.reference?.trim()) {
    return refuse('invalid', 'contribution.letterReference', { party: nameOf(stakeholders, party) });
  }
  if (consultation.phase === 'closed') return refuse('wrong-phase', 'consultation.closed');
  if (!state.submitters.includes(party))
    return refuse('invalid', 'contribution.notNamedSubmitter', { party: nameOf(stakeholders, party), symbol });
  if (state.declined.includes(party))
    return refuse('conflict', 'contribution.declinedCoSubmission', { party: nameOf(stakeholders, party), symbol });
  if (!state.awaiting.includes(party))
    return refuse('already-exists', 'contribution.alreadyCoSubmits', { party: nameOf(stakeholders, party), symbol });
  const answer = {
    contributionId: state.contributionId!,
    consultationId: state.consultationId!,
    revision: state.revision,
    stakeholderId: party,
    by: actor.id,
    ...(command.reference?.trim() ? { reference: command.reference.trim() } : {}),
  };
  if (command.kind === 'ConfirmCoSubmission') return accept(coSubmissionConfirmed(answer));
  return accept(coSubmissionDeclined({ ...answer, ...(command.reason !== undefined ? { reason: command.reason } : {}) }));
}

/** The named submitters the actor does not speak for: each must confirm (recorded only when there are any). */
function awaitingOf(
  cover: ContributionCover,
  actor: Actor,
  stakeholders: StakeholderDirectory,
): { awaitingCoSubmitters?: readonly string[] } {
  const awaiting = [...new Set(cover.submitters)].filter((id) => !actsFor(actor, id, stakeholders));
  return awaiting.length > 0 ? { awaitingCoSubmitters: awaiting } : {};
}

/** The cover alone: who awaits is the decider's to say, never the sender's. */
function withoutAwaiting(cover: ContributionCover & { readonly awaitingCoSubmitters?: unknown }): ContributionCover {
  const { awaitingCoSubmitters: _claimed, ...rest } = cover;
  return rest;
}

function checkCover(cover: ContributionCover, actor: Actor, stakeholders: StakeholderDirectory): Decision<NewEvent> | undefined {
  const submitter = cover.submitters[0];
  if (!submitter || !actsFor(actor, submitter, stakeholders)) {
    return refuse('not-allowed', 'contribution.submitsForItself');
  }
  const unknown = [...cover.submitters, ...cover.coSponsors, ...(cover.onBehalfOf ? [cover.onBehalfOf] : [])].filter(
    (id) => !stakeholders.get(id),
  );
  if (unknown.length > 0) return refuse('invalid', 'stakeholders.notRegistered', { stakeholders: unknown });
  if (cover.onBehalfOf && !speaksFor(actor, cover.onBehalfOf, stakeholders)) return notAMember(actor, cover.onBehalfOf, stakeholders);
  return undefined;
}

/** The refusal of an actor speaking on behalf of a group it is not a member of. */
export function notAMember(actor: Actor, groupId: string, stakeholders: StakeholderDirectory): Decision<never> {
  return refuse('not-allowed', 'stakeholder.notAMember', { actor: nameOf(stakeholders, actor.id), group: nameOf(stakeholders, groupId) });
}

export function evolveContribution(state: ContributionState, event: NewEvent): ContributionState {
  switch (event.type) {
    case CONTRIBUTION_SUBMITTED: {
      const e = event.payload;
      return {
        ...state,
        submitted: true,
        contributionId: e.contributionId,
        consultationId: e.consultationId,
        symbol: e.symbol,
        submitters: e.submitters,
        substance: e.substance,
        awaiting: e.awaitingCoSubmitters ?? [],
        declined: [],
      };
    }
    case CONTRIBUTION_REVISED: {
      const e = event.payload;
      return {
        ...state,
        revision: e.revision,
        symbol: e.symbol,
        submitters: e.submitters,
        substance: e.substance,
        awaiting: e.awaitingCoSubmitters ?? [],
        declined: [],
      };
    }
    case CONTRIBUTION_WITHDRAWN:
      return { ...state, withdrawn: true };
    case CO_SUBMISSION_CONFIRMED: {
      const e = event.payload;
      return e.revision === state.revision ? { ...state, awaiting: state.awaiting.filter((id) => id !== e.stakeholderId) } : state;
    }
    case CO_SUBMISSION_DECLINED: {
      const e = event.payload;
      if (e.revision !== state.revision) return state;
      return { ...state, awaiting: state.awaiting.filter((id) => id !== e.stakeholderId), declined: [...state.declined, e.stakeholderId] };
    }
    default:
      return state;
  }
}
