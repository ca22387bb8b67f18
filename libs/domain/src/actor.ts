import { Actor } from '#libs/contracts';

/** `translator`: secretariat staff who bring the language versions into line with the original. */
export type Role = 'stakeholder' | 'chair' | 'secretariat' | 'translator' | 'auditor' | 'system';

/** The ledger itself, recording what falls due without a person asking: the outcome of a silence procedure at its deadline. */
export const SYSTEM_ACTOR = { id: 'system', role: 'system', name: 'Consultation ledger' } as const;

/** Whether the actor holds a role, as its primary role or among all it was given. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.role === role || (actor.roles?.includes(role) ?? false);
}
