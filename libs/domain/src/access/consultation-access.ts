import { Actor } from '#libs/contracts';
import { hasRole } from '../actor';

/** What decides who may see and touch the drafts of a consultation. */
export interface ConsultationAccessFacts {
  /** Drafts are for the participants only: set by the secretariat when it opens the consultation. */
  readonly restricted: boolean;
  readonly chairs: readonly string[];
  /** The stakeholders the secretariat admitted (a group admitted admits its members). */
  readonly participants: readonly string[];
}

/** Whether the actor is a group the actor is a member of; the registry knows. */
export type MembershipCheck = (groupId: string) => boolean;

/**
 * Whether the actor takes part in the consultation as a stakeholder: admitted itself, or a
 * member of an admitted group ("the African region" admitted, Kenya takes part through it).
 */
export function participates(actor: Actor, consultation: ConsultationAccessFacts, isMemberOf: MembershipCheck): boolean {
  if (!hasRole(actor, 'stakeholder')) return false;
  return consultation.participants.some((id) => id === actor.id || isMemberOf(id));
}

/**
 * Whether the actor may read the drafts of a consultation (its documents, texts, amendments,
 * contributions, decisions, compilation, history, provenance and participation): anyone when
 * it is not restricted; else the secretariat, auditors, its chairs and its participants.
 */
export function mayReadDrafts(actor: Actor, consultation: ConsultationAccessFacts, isMemberOf: MembershipCheck): boolean {
  if (!consultation.restricted) return true;
  // Translators are secretariat staff: a restricted text is translated as it is negotiated.
  if (hasRole(actor, 'secretariat') || hasRole(actor, 'translator') || hasRole(actor, 'auditor')) return true;
  if (hasRole(actor, 'chair') && consultation.chairs.includes(actor.id)) return true;
  return participates(actor, consultation, isMemberOf);
}
