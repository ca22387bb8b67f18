import { Actor } from '#libs/contracts';

export type Role = 'stakeholder' | 'chair' | 'secretariat' | 'auditor';

/** Whether the actor holds a role, as its primary role or among all it was given. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.role === role || (actor.roles?.includes(role) ?? false);
}
