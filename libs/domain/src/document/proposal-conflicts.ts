import { AmendmentOperation, Conflict, findConflictsWith } from '#libs/text';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';
import { sameProposal } from './one-proposal';

/** The pending amendments on the same version that a new one conflicts with, for the proposer to see at once. */
export function conflictsOfProposal(
  state: DocumentState,
  amendmentId: string,
  operation: AmendmentOperation,
  contributionId?: string,
): Conflict[] {
  const version = latestVersion(state);
  const pending = undecidedAmendments(state).filter(
    (a) => a.versionNumber === version.number && a.id !== amendmentId && !sameProposal(a, { contributionId }),
  );
  return findConflictsWith(
    { id: amendmentId, op: operation },
    pending.map((a) => ({ id: a.id, op: a.operation })),
    version.text,
  );
}
