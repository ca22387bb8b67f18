/**
 * The state of play: after each informal round the chair records where provisions stand
 * (pending, agreed ad ref, agreed, bracketed, deleted). Rounds count across the document's
 * versions; a provision with no status recorded is pending.
 */
import { NewEvent, PROVISION_STATUSES, Phase, ProvisionStatus, provisionStatusesRecorded } from '#libs/contracts';
import { citeProvision, listUnsettledBrackets, locateProvision } from '#libs/text';
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
  if (!STATUS_PHASES.includes(phase)) return refuse('wrong-phase', 'statuses.wrongPhase', { phase });
  if (command.statuses.length === 0) return refuse('invalid', 'statuses.empty');
  const seen = new Set<string>();
  const version = latestVersion(state);
  const brackets = new Set(listUnsettledBrackets(state.working!).map((group) => group.provisionId));
  const cite = (provisionId: string) =>
    citeProvision(state.working!, provisionId) ?? citeProvision(version.text, provisionId) ?? `“${provisionId}”`;
  for (const { provisionId, status } of command.statuses) {
    if (seen.has(provisionId)) return refuse('invalid', 'statuses.twice', { provision: cite(provisionId) });
    seen.add(provisionId);
    if (!PROVISION_STATUSES.includes(status)) return refuse('invalid', 'statuses.unknown', { statuses: PROVISION_STATUSES });
    // A provision deleted from the working text is still in the latest version until a revision removes it.
    if (!locateProvision(state.working!, provisionId) && !locateProvision(version.text, provisionId)) {
      return refuse('not-found', 'provision.notFound');
    }
    if (status === 'bracketed' && !brackets.has(provisionId)) {
      return refuse('invalid', 'statuses.noBrackets', { provision: cite(provisionId) });
    }
    if ((status === 'agreed' || status === 'agreed-ad-ref') && brackets.has(provisionId)) {
      return refuse('invalid', 'statuses.stillBracketed', { provision: cite(provisionId), status });
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
