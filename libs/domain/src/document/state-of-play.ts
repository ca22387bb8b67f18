/**
 * The state of play: after each informal round the chair records where provisions stand
 * (pending, agreed ad ref, agreed, bracketed, deleted). Rounds count across the document's
 * versions; a provision with no status recorded is pending.
 */
import { NewEvent, PROVISION_STATUSES, Phase, ProvisionStatus, provisionStatusesRecorded } from '#libs/contracts';
import { listUnsettledBrackets, locateProvision } from '#libs/text';
import { Decision, accept, refuse } from '../result';
import { DocumentState, latestVersion } from './document-state';

export * from './state-of-play-state';

/** Statuses are recorded while the text is negotiated and until it is adopted. */
export const STATUS_PHASES: readonly Phase[] = ['negotiation', 'adoption'];

export interface StatusEntry {
  readonly provisionId: string;
  readonly status: ProvisionStatus;
  readonly note?: string;
}

export interface RecordProvisionStatuses {
  readonly kind: 'RecordProvisionStatuses';
  readonly documentId?: string;
  readonly decisionId: string;
  readonly statuses: readonly StatusEntry[];
  readonly meetingId?: string;
  readonly meeting?: string;
  readonly date?: string;
}

/** The statuses a chair records for one round, or why they cannot be recorded. */
export function decideProvisionStatuses(
  command: RecordProvisionStatuses,
  state: DocumentState,
  phase: Phase,
  sitting: { readonly meeting?: string; readonly date?: string; readonly meetingId?: string },
): Decision<NewEvent> {
  if (!STATUS_PHASES.includes(phase)) return refuse('wrong-phase', `statuses are recorded in negotiation or adoption, not in ${phase}`);
  if (command.statuses.length === 0) return refuse('invalid', 'a round records the status of one provision or more');
  const seen = new Set<string>();
  const version = latestVersion(state);
  const brackets = new Set(listUnsettledBrackets(state.working!).map((group) => group.provisionId));
  for (const { provisionId, status } of command.statuses) {
    if (seen.has(provisionId)) return refuse('invalid', `provision ${provisionId} is given two statuses in one round`);
    seen.add(provisionId);
    if (!PROVISION_STATUSES.includes(status)) return refuse('invalid', `a status is one of: ${PROVISION_STATUSES.join(', ')}`);
    // A provision deleted from the working text is still in the latest version until a revision removes it.
    if (!locateProvision(state.working!, provisionId) && !locateProvision(version.text, provisionId)) {
      return refuse('not-found', `no provision ${provisionId} in the text`);
    }
    if (status === 'bracketed' && !brackets.has(provisionId)) {
      return refuse('invalid', `provision ${provisionId} has no unsettled brackets in the text; bracket its words by an amendment first`);
    }
    if ((status === 'agreed' || status === 'agreed-ad-ref') && brackets.has(provisionId)) {
      return refuse('invalid', `provision ${provisionId} still has unsettled brackets; settle them before recording it as ${status}`);
    }
  }
  return accept(
    provisionStatusesRecorded({
      documentId: state.documentId!,
      decisionId: command.decisionId,
      versionNumber: version.number,
      round: state.stateOfPlay.round + 1,
      statuses: command.statuses.map(({ provisionId, status, note }) => ({ provisionId, status, ...(note?.trim() ? { note } : {}) })),
      ...sitting,
    }),
  );
}
