import { Actor, STAKEHOLDER_REGISTERED, StakeholderRegisteredV1, NewEvent, stakeholderRegistered } from '#libs/contracts';
import { hasRole } from '../actor';
import { Decision, accept, refuse } from '../result';

export interface RegisterStakeholder {
  readonly kind: 'RegisterStakeholder';
  readonly stakeholder: StakeholderRegisteredV1;
}

export interface StakeholderState {
  readonly registered: boolean;
  readonly stakeholder?: StakeholderRegisteredV1;
}

export const initialStakeholderState: StakeholderState = { registered: false };

/** What the registry knows of the stakeholders a command names. */
export interface StakeholderDirectory {
  get(stakeholderId: string): StakeholderRegisteredV1 | undefined;
}

/**
 * Whether an actor may act for a stakeholder: it is that stakeholder, or a member of the
 * group that stakeholder is ("on behalf of the African region").
 */
export function actsFor(actor: Actor, stakeholderId: string, directory: StakeholderDirectory): boolean {
  if (!hasRole(actor, 'stakeholder')) return false;
  if (actor.id === stakeholderId) return true;
  return directory.get(stakeholderId)?.memberIds.includes(actor.id) ?? false;
}

/** Whether the actor is a member of a group, as far as the directory knows the group. */
export function membershipIn(directory: StakeholderDirectory, actorId: string): (groupId: string) => boolean {
  return (groupId) => directory.get(groupId)?.memberIds.includes(actorId) ?? false;
}

/** Only the secretariat keeps the registry; a group lists members that are themselves registered. */
export function decideStakeholder(
  command: RegisterStakeholder,
  state: StakeholderState,
  actor: Actor,
  directory: StakeholderDirectory,
): Decision<NewEvent> {
  if (!hasRole(actor, 'secretariat')) return refuse('not-allowed', 'only the secretariat registers stakeholders');
  if (state.registered) return refuse('already-exists', `stakeholder ${command.stakeholder.stakeholderId} is already registered`);
  const unknown = command.stakeholder.memberIds.filter((id) => !directory.get(id));
  if (unknown.length > 0) return refuse('invalid', `members not registered: ${unknown.join(', ')}`);
  return accept(stakeholderRegistered(command.stakeholder));
}

export function evolveStakeholder(state: StakeholderState, event: NewEvent): StakeholderState {
  if (event.type === STAKEHOLDER_REGISTERED) return { registered: true, stakeholder: event.payload as StakeholderRegisteredV1 };
  return state;
}
