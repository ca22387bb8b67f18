import {
  Actor,
  NewEvent,
  Phase,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  UN_LANGUAGES,
  stakeholderInputSubmitted,
  stakeholderInputWithdrawn,
} from '#libs/contracts';
import { locateProvision } from '#libs/text';
import { ConsultationState, pastDeadline } from '../consultation/consultation';
import { DocumentState, latestVersion } from '../document/document-state';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory, actsFor, nameOf } from '../stakeholder/stakeholder';
import { InputCommand, SubmitStakeholderInput } from './input-commands';
import { inputTextProblem, recordedText } from './input-text';

/**
 * Inputs come while the text is still being written: when the consultation is open for
 * contributions (on a zero draft) and through the negotiation (on each revision), as the
 * WSIS+20 co-facilitators took them. Not once the text is before the meeting for adoption.
 */
export const INPUT_PHASES: readonly Phase[] = ['open-for-contributions', 'negotiation'];

export interface InputState {
  readonly submitted: boolean;
  readonly inputId?: string;
  readonly consultationId?: string;
  readonly documentId?: string;
  readonly stakeholderId?: string;
  readonly withdrawn: boolean;
}

export const initialInputState: InputState = { submitted: false, withdrawn: false };

export interface InputContext {
  readonly actor: Actor;
  /** The document the input is on (for a withdrawal, the one it was on). */
  readonly document: DocumentState;
  readonly consultation: ConsultationState;
  /** The registry entries of the actor, the stakeholder, its members and, on a restricted consultation, its participants. */
  readonly stakeholders: StakeholderDirectory;
  /** When the command was made (ISO 8601): deadlines are judged against it. */
  readonly now: string;
}

/** An input is published as sent and never ruled on: it is submitted, and only its submitter withdraws it. */
export function decideInput(command: InputCommand, state: InputState, context: InputContext): Decision<NewEvent> {
  if (command.kind === 'SubmitStakeholderInput') return decideSubmission(command, state, context);
  if (!state.submitted) return refuse('not-found', 'input.notFound');
  if (state.withdrawn) return refuse('conflict', 'input.alreadyWithdrawn');
  if (!actsFor(context.actor, state.stakeholderId!, context.stakeholders))
    return refuse('not-allowed', 'input.notSubmitter', { stakeholder: nameOf(context.stakeholders, state.stakeholderId!) });
  const reason = command.reason === undefined ? undefined : recordedText(command.reason);
  if (reason) {
    const problem = inputTextProblem({ field: 'reason' }, reason);
    if (problem) return { ok: false, refusal: problem };
  }
  return accept(
    stakeholderInputWithdrawn({
      inputId: state.inputId!,
      consultationId: state.consultationId!,
      documentId: state.documentId!,
      by: context.actor.id,
      ...(reason ? { reason } : {}),
    }),
  );
}

function decideSubmission(command: SubmitStakeholderInput, state: InputState, context: InputContext): Decision<NewEvent> {
  const { actor, document, consultation, stakeholders } = context;
  if (state.submitted) return refuse('already-exists', 'input.alreadySubmitted', { title: command.title });
  if (!document.registered) return refuse('not-found', 'document.notFound');
  if (!consultation.registered) return refuse('not-found', 'consultation.notFound');
  const stakeholder = stakeholders.get(command.stakeholderId);
  if (!stakeholder) return refuse('invalid', 'stakeholder.notRegistered', { stakeholder: command.stakeholderId });
  if (!actsFor(actor, command.stakeholderId, stakeholders))
    return refuse('not-allowed', 'input.doesNotActFor', { actor: nameOf(stakeholders, actor.id), stakeholder: stakeholder.name });
  if (isOfMemberStates(command.stakeholderId, stakeholders)) {
    return refuse('not-allowed', 'input.memberStates', { stakeholder: stakeholder.name });
  }
  if (!INPUT_PHASES.includes(consultation.phase)) {
    return refuse('wrong-phase', 'input.wrongPhase', { phase: consultation.phase });
  }
  const late = pastDeadline(consultation, context.now);
  if (late) return refuse('wrong-phase', 'input.late', { phase: consultation.phase, deadline: late });
  if (consultation.restricted && !admitted(command.stakeholderId, consultation, stakeholders)) {
    return refuse('not-allowed', 'input.notAdmitted', { stakeholder: stakeholder.name });
  }
  const version = latestVersion(document);
  if (command.versionNumber !== undefined && command.versionNumber !== version.number) {
    return refuse('invalid', 'input.notCurrentVersion', { number: command.versionNumber, current: version.number, label: version.label });
  }
  const provisionIds = [...new Set(command.provisionIds)];
  const missing = provisionIds.filter((id) => !locateProvision(document.working!, id));
  if (missing.length > 0) return refuse('not-found', 'input.provisionsNotInVersion', { count: missing.length, label: version.label });
  if (!(UN_LANGUAGES as readonly string[]).includes(command.language))
    return refuse('invalid', 'input.unknownLanguage', { given: command.language, languages: UN_LANGUAGES });
  const title = recordedText(command.title);
  const text = recordedText(command.text);
  const problem = inputTextProblem({ field: 'title' }, title) ?? inputTextProblem({ field: 'text' }, text);
  if (problem) return { ok: false, refusal: problem };
  return accept(
    stakeholderInputSubmitted({
      inputId: command.inputId,
      consultationId: document.consultationId!,
      documentId: document.documentId!,
      versionNumber: version.number,
      provisionIds,
      stakeholderId: command.stakeholderId,
      title,
      text,
      language: command.language,
    }),
  );
}

/** A member state, or a group of them ("the African Group"): they negotiate the text by amendments, not by inputs. */
function isOfMemberStates(stakeholderId: string, stakeholders: StakeholderDirectory): boolean {
  const entry = stakeholders.get(stakeholderId);
  if (!entry) return false;
  if (entry.category === 'member-state') return true;
  const members = entry.memberIds.map((id) => stakeholders.get(id));
  return members.length > 0 && members.every((member) => member?.category === 'member-state');
}

/** Admitted to a restricted consultation itself, or through a group it belongs to. */
function admitted(stakeholderId: string, consultation: ConsultationState, stakeholders: StakeholderDirectory): boolean {
  return consultation.participants.some((id) => id === stakeholderId || (stakeholders.get(id)?.memberIds.includes(stakeholderId) ?? false));
}

export function evolveInput(state: InputState, event: NewEvent): InputState {
  switch (event.type) {
    case STAKEHOLDER_INPUT_SUBMITTED: {
      const e = event.payload;
      return {
        ...state,
        submitted: true,
        inputId: e.inputId,
        consultationId: e.consultationId,
        documentId: e.documentId,
        stakeholderId: e.stakeholderId,
      };
    }
    case STAKEHOLDER_INPUT_WITHDRAWN:
      return { ...state, withdrawn: true };
    default:
      return state;
  }
}
