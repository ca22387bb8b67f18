/**
 * Who is named on a tracked change: the proposer of the amendment that changed a provision
 * or section, with the date of the decision that carried it; the last such amendment wins.
 */
import type { AmendmentOperation } from '#libs/text';
import type { RevisionAuthorship } from './runs';

/** The provisions and sections an amendment writes to, by id. */
export function operationTargets(operation: AmendmentOperation): string[] {
  switch (operation.kind) {
    case 'add':
      return [operation.newId];
    case 'addSection':
    case 'changeHeading':
      return [operation.sectionId];
    default:
      return 'provisionId' in operation ? [operation.provisionId] : [];
  }
}

export interface AuthoredAmendment {
  readonly operation: AmendmentOperation;
  /** The proposers' names, as the registry knows them. */
  readonly proposers: readonly string[];
  /** ISO 8601 date or date-time of the decision (or of the proposal, for a text with undecided amendments accepted). */
  readonly date: string;
}

/** The authorship of each provision and section the amendments touched, in the order they were decided. */
export function authorshipByTarget(amendments: readonly AuthoredAmendment[]): Map<string, RevisionAuthorship> {
  const byTarget = new Map<string, RevisionAuthorship>();
  for (const amendment of amendments) {
    const authorship = { author: amendment.proposers.join(', '), date: asDateTime(amendment.date) };
    for (const target of operationTargets(amendment.operation)) byTarget.set(target, authorship);
  }
  return byTarget;
}

/** Word wants a date-time: a decision dated by day is taken at midnight UTC. */
function asDateTime(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? `${date}T00:00:00Z` : date;
}
