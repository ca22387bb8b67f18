import { Actor } from '#libs/contracts';
import { Role, hasRole } from '../actor';
import { Refusal, refusalOf } from '../result';
import { CommandKind } from '../commands';

/**
 * Who may ask for what, by role: the first check of every command, at the HTTP edge and
 * again on the write side. The rules of the object (a stakeholder acts for itself or its
 * groups, a chair decides in the consultations it chairs, restricted consultations) are
 * decided after, by the decide functions.
 */
export const COMMAND_ROLES = {
  RegisterStakeholder: ['secretariat'],
  RegisterConsultation: ['secretariat'],
  AdmitParticipant: ['secretariat'],
  RegisterDocument: ['secretariat'],
  // The secretariat manages phases; a chair moves its own consultation on, and reopens one with a reason.
  ChangePhase: ['secretariat', 'chair'],
  SubmitContribution: ['stakeholder'],
  ReviseContribution: ['stakeholder'],
  WithdrawContribution: ['stakeholder'],
  // A named co-submitter answers for itself; the secretariat records an answer a delegation gave by letter.
  ConfirmCoSubmission: ['stakeholder', 'secretariat'],
  DeclineCoSubmission: ['stakeholder', 'secretariat'],
  ProposeAmendment: ['stakeholder'],
  CoSponsorAmendment: ['stakeholder'],
  ReviseAmendment: ['stakeholder'],
  WithdrawAmendment: ['stakeholder'],
  RuleOnAmendment: ['chair'],
  MergeAmendments: ['chair'],
  SettleBrackets: ['chair'],
  AdoptVersion: ['chair'],
  IssueRevision: ['chair'],
  RecordReservation: ['chair'],
  CorrectDecision: ['chair'],
  // A delegation explains its own position or vote; the secretariat or the chair records one given from the floor.
  ExplainPosition: ['stakeholder', 'secretariat', 'chair'],
  // Meetings are registered by the secretariat or a chair; the decider checks it chairs this consultation.
  RegisterMeeting: ['secretariat', 'chair'],
  RecordProvisionsRead: ['secretariat', 'chair'],
  RecordProvisionStatuses: ['chair'],
  StartSilence: ['chair'],
  ExtendSilence: ['chair'],
  BreakSilence: ['stakeholder'],
  // The outcome of a silence is the ledger's own record at the deadline: no token carries this role.
  ConcludeSilence: ['system'],
  // A non-state stakeholder sends and withdraws its own inputs (the decider checks which stakeholders may).
  SubmitStakeholderInput: ['stakeholder'],
  WithdrawStakeholderInput: ['stakeholder'],
  // Language versions: the secretariat or its translators add one; translators bring it into line.
  AddLanguageVersion: ['secretariat', 'translator'],
  RecordTranslation: ['translator'],
} as const satisfies Record<CommandKind, readonly [Role, ...Role[]]>;

/** Whether a name is that of a command this ledger knows. */
export function isCommandKind(kind: unknown): kind is CommandKind {
  return typeof kind === 'string' && Object.hasOwn(COMMAND_ROLES, kind);
}

/** Whether the actor holds a role that may issue this command. An auditor alone issues none. */
export function mayIssue(actor: Actor, command: CommandKind): boolean {
  return COMMAND_ROLES[command].some((role: Role) => hasRole(actor, role));
}

/** The refusal of a command the actor's roles do not allow, or undefined. */
export function roleRefusal(actor: Actor, command: CommandKind): Refusal | undefined {
  if (mayIssue(actor, command)) return undefined;
  return refusalOf('not-allowed', 'access.needsRole', { roles: [...COMMAND_ROLES[command]] });
}
