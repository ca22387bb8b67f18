import { Actor, STAKEHOLDER_REGISTERED, StakeholderRegisteredV1, NewEvent, stakeholderRegistered } from '#libs/contracts';
import { hasRole } from '../actor';
import { Decision, accept, refuse } from '../result';

export interface RegisterStakeholder {
  readonly kind: 'RegisterStakeholder';
  readonly stakeholder: StakeholderRegisteredV1;
}

export type StakeholderCommand = RegisterStakeholder;

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

/**
 * Whether an actor may speak on behalf of a group ("on behalf of the African region"): it is
 * the group itself or one of its members as the registry lists them when the command is
 * decided, or it is the secretariat recording what the group said.
 */
export function speaksFor(actor: Actor, groupId: string, directory: StakeholderDirectory): boolean {
  return hasRole(actor, 'secretariat') || actsFor(actor, groupId, directory);
}

/** A stakeholder as people read it: its registered name, the id only when the registry does not know it. */
export function nameOf(directory: StakeholderDirectory, stakeholderId: string): string {
  return directory.get(stakeholderId)?.name ?? stakeholderId;
}

/** Names as a sentence lists them: "Egypt", "Egypt and Kenya", "Egypt, Kenya and Nigeria". */
export function namesOf(directory: StakeholderDirectory, stakeholderIds: readonly string[]): string {
  const names = stakeholderIds.map((id) => nameOf(directory, id));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whether the actor is a member of a group, as far as the directory knows the group. */
export function membershipIn(directory: StakeholderDirectory, actorId: string): (groupId: string) => boolean {
  return (groupId) => directory.get(groupId)?.memberIds.includes(actorId) ?? false;
}

/** What registering a stakeholder needs beyond its stream: who asks, and the registry entries of the members it lists. */
export interface StakeholderContext {
  readonly actor: Actor;
  readonly stakeholders: StakeholderDirectory;
}

/** Only the secretariat keeps the registry; a group lists members that are themselves registered. */
export function decideStakeholder(
  command: StakeholderCommand,
  state: StakeholderState,
  { actor, stakeholders }: StakeholderContext,
): Decision<NewEvent> {
  if (!hasRole(actor, 'secretariat')) return refuse('not-allowed', 'stakeholder.registerNotSecretariat');
  if (state.registered)
    return refuse('already-exists', 'stakeholder.alreadyRegistered', { stakeholder: state.stakeholder?.name ?? command.stakeholder.name });
  const unknown = command.stakeholder.memberIds.filter((id) => !stakeholders.get(id));
  if (unknown.length > 0) return refuse('invalid', 'stakeholder.membersNotRegistered', { members: unknown });
  return accept(stakeholderRegistered(command.stakeholder));
}

export function evolveStakeholder(state: StakeholderState, event: NewEvent): StakeholderState {
  if (event.type === STAKEHOLDER_REGISTERED) return { registered: true, stakeholder: event.payload };
  return state;
}
