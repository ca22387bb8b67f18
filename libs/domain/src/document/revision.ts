/**
 * Rev.N: the chair or co-facilitators issue a whole new text. The changes are derived from
 * the working text it replaces (as a stakeholder's edited text is turned into amendments),
 * keeping the provisions' ids; the undecided amendments are carried onto it or overtaken.
 */
import { NewEvent, Phase, RevisionReflects, revisionIssued } from '#libs/contracts';
import {
  AmendmentOperation,
  ResolutionDocument,
  Unexpressed,
  applyAmendment,
  citeProvision,
  deriveAmendments,
  rebaseAmendment,
} from '#libs/text';
import { Decision, Refusal, accept, refusalOf, refuse } from '../result';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { describeAmendment } from './described';
import { AmendmentRecord, DocumentState, latestVersion, undecidedAmendments } from './document-state';
import { textProposedAgainst } from './one-proposal';
import { provisionsChangedBy } from './changed-provisions';

export { provisionsChangedBy };

/**
 * A revision is the chair's draft while the text is still being negotiated. Once the
 * consultation is in adoption (or closed) the text on the table is the one to adopt:
 * a new draft means moving the consultation back to negotiation first.
 */
export const REVISION_PHASES: readonly Phase[] = ['drafting', 'open-for-contributions', 'negotiation'];

/** What the chair sends to issue a revision. */
export interface RevisionRequest {
  readonly decisionId: string;
  /** The whole text of the revision. */
  readonly text: ResolutionDocument;
  /** As printed; "Rev.N" (N = the revisions issued so far + 1) when absent. */
  readonly label?: string;
  readonly symbol?: string;
  /** ISO 8601 date of issue. */
  readonly date: string;
  readonly meetingId?: string;
  readonly meeting?: string;
  /** The amendments and inputs each revised provision takes up. */
  readonly reflects?: readonly RevisionReflectsProvision[];
  /** Undecided amendments the chair closes as overtaken; the others are rebased onto the revision. */
  readonly overtake?: readonly string[];
}

export interface RevisionReflectsProvision {
  readonly provisionId: string;
  readonly amendmentIds?: readonly string[];
  readonly inputIds?: readonly string[];
}

/** The changes a revision text makes to the working text, and the text they give. */
export interface DerivedRevision {
  readonly changes: readonly AmendmentOperation[];
  /** The revision as recorded: the working text with the changes applied, under the revision's cover. */
  readonly text: ResolutionDocument;
  readonly unexpressed: readonly Unexpressed[];
}

/** The changes `revised` makes to `working`; provisions recognised by their wording keep their ids. */
export function deriveRevision(working: ResolutionDocument, revised: ResolutionDocument): DerivedRevision {
  const derived = deriveAmendments(working, revised);
  let text = working;
  for (const change of derived.operations) {
    const applied = applyAmendment(text, change);
    // deriveAmendments emits only changes that applied in turn; one that does not is the derivation's defect.
    if (!applied.ok) throw new Error(`a derived change no longer applies: ${applied.refusal.message}`);
    text = applied.value;
  }
  // The cover and the enacting formula are registered with the revision, not amended.
  return {
    changes: derived.operations,
    text: { ...text, metadata: derived.expected.metadata, body: derived.expected.body },
    unexpressed: derived.unexpressed,
  };
}

const NO_ONE: StakeholderDirectory = { get: () => undefined };

/** The number the next revision takes: 1 for Rev.1. */
export function nextRevisionNumber(state: DocumentState): number {
  return state.versions.filter((version) => version.revision).length + 1;
}

/** The revision's event, or why it cannot be issued. The phase and the chair are checked by the caller. */
export function decideRevision(
  state: DocumentState,
  request: RevisionRequest,
  stakeholders: StakeholderDirectory = NO_ONE,
): Decision<NewEvent> {
  if (!request.date.trim()) return refuse('invalid', 'revision.needsDate');
  const derived = deriveRevision(state.working!, request.text);
  const notReproduced = derived.unexpressed.find((item) => item.code === 'not-reproduced');
  if (notReproduced) return refuse('invalid', 'revision.notReproduced');
  if (derived.changes.length === 0) return refuse('invalid', 'revision.noChange');

  const reflects = reflectsOf(state, derived.changes, request.reflects ?? []);
  if ('refusal' in reflects) return { ok: false, refusal: reflects.refusal };
  const undecided = undecidedAmendments(state);
  const undecidedIds = new Set(undecided.map((a) => a.id));
  const notUndecided = (request.overtake ?? []).filter((id) => !undecidedIds.has(id));
  if (notUndecided.length > 0) {
    const named = notUndecided.map((id) =>
      state.amendments[id] ? describeAmendment(state, state.amendments[id], stakeholders) : `“${id}”`,
    );
    return refuse('invalid', 'revision.notUndecided', { amendments: named });
  }
  // An amendment a change takes up is part of the revision: it no longer stands on its own.
  const reflected = reflects.entries.flatMap((entry) => entry.amendmentIds).filter((id) => undecidedIds.has(id));
  const carried = carryOnto(state, derived.text, new Set([...(request.overtake ?? []), ...reflected]));

  const number = nextRevisionNumber(state);
  return accept(
    revisionIssued({
      documentId: state.documentId!,
      decisionId: request.decisionId,
      versionNumber: latestVersion(state).number + 1,
      revision: number,
      label: request.label?.trim() || `Rev.${number}`,
      ...(request.symbol ? { symbol: request.symbol } : {}),
      date: request.date,
      ...(request.meeting ? { meeting: request.meeting } : {}),
      ...(request.meetingId ? { meetingId: request.meetingId } : {}),
      changes: derived.changes,
      text: derived.text,
      reflects: reflects.entries,
      rebased: carried.rebased,
      overtaken: carried.overtaken,
      ...(derived.unexpressed.length > 0 ? { unexpressed: derived.unexpressed } : {}),
    }),
  );
}

/** The chair's reflects, by provision, as entries on the changes that touch each provision. */
function reflectsOf(
  state: DocumentState,
  changes: readonly AmendmentOperation[],
  requested: readonly RevisionReflectsProvision[],
): { entries: RevisionReflects[] } | { refusal: Refusal } {
  const byChange = new Map<number, { amendmentIds: Set<string>; inputIds: Set<string> }>();
  for (const item of requested) {
    const unknown = (item.amendmentIds ?? []).filter((id) => !state.amendments[id]);
    if (unknown.length > 0) return { refusal: refusalOf('invalid', 'revision.unknownAmendments', { count: unknown.length }) };
    const touching = changes.flatMap((change, index) => (provisionsChangedBy(change).includes(item.provisionId) ? [index] : []));
    if (touching.length === 0)
      return {
        refusal: refusalOf('invalid', 'revision.doesNotChange', {
          provision: citeProvision(state.working!, item.provisionId) ?? `“${item.provisionId}”`,
        }),
      };
    for (const index of touching) {
      const entry = byChange.get(index) ?? { amendmentIds: new Set<string>(), inputIds: new Set<string>() };
      for (const id of item.amendmentIds ?? []) entry.amendmentIds.add(id);
      for (const id of item.inputIds ?? []) entry.inputIds.add(id);
      byChange.set(index, entry);
    }
  }
  const entries = [...byChange.entries()]
    .sort(([a], [b]) => a - b)
    .map(([change, entry]) => ({ change, amendmentIds: [...entry.amendmentIds], inputIds: [...entry.inputIds] }));
  return { entries };
}

/**
 * The undecided amendments rebased onto the revision, and those it overtakes: the ones
 * named, and the ones whose words the revision changed. A contribution's amendments are
 * carried in order, each onto the revision with its earlier ones applied, as they were drafted.
 */
export function carryOnto(
  state: DocumentState,
  revision: ResolutionDocument,
  overtake: ReadonlySet<string> = new Set(),
): { rebased: { amendmentId: string; operation: AmendmentOperation }[]; overtaken: string[] } {
  const undecided: readonly AmendmentRecord[] = undecidedAmendments(state);
  const rebased: { amendmentId: string; operation: AmendmentOperation }[] = [];
  const overtaken: string[] = [];
  const carriedText = new Map<string, ResolutionDocument>();
  for (const amendment of [...undecided].sort((a, b) => a.sequence - b.sequence)) {
    if (overtake.has(amendment.id)) {
      overtaken.push(amendment.id);
      continue;
    }
    const proposal = amendment.contributionId;
    const current = (proposal && carriedText.get(proposal)) || revision;
    const outcome = rebaseAmendment(textProposedAgainst(state, amendment), current, amendment.operation);
    if (outcome.status === 'conflict') {
      overtaken.push(amendment.id);
      continue;
    }
    rebased.push({ amendmentId: amendment.id, operation: outcome.op });
    const applied = applyAmendment(current, outcome.op);
    if (proposal && applied.ok) carriedText.set(proposal, applied.value);
  }
  return { rebased, overtaken };
}
