import {
  AMENDMENTS_MERGED,
  AMENDMENT_PROPOSED,
  AMENDMENT_RULED,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  PROVISION_STATUSES_RECORDED,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  SILENCE_BROKEN,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { latestVersion } from '#libs/domain';
import { findProvision } from './provision-lookup';
import { decisionOf, howAdopted } from './provision-decisions';
import {
  Contributions,
  DocumentHistory,
  Proposals,
  actorOf,
  contributionsBy,
  foldDocument,
  printedLabelIn,
  proposalsIn,
  sittingOf,
  wordingIn,
} from './explanation-history';
import { ReplayMoment, ReplayedEvent } from './replay-events';

/*
 * Why a provision reads as it does: the events that gave it its wording, found by replaying
 * its document and comparing the provision before and after each event.
 */

export type ProvenanceStepKind =
  | 'registered'
  | 'contribution'
  | 'proposed'
  | 'revised'
  | 'ruled'
  | 'merged'
  | 'brackets-settled'
  | 'corrected'
  | 'adopted'
  | 'revision'
  | 'relettered'
  | 'reservation'
  | 'status'
  | 'silence-broken';

/** An event in the chain that gave a provision its wording (or, when not decisive, its label or a reservation on it). */
export interface ProvenanceStep {
  readonly kind: ProvenanceStepKind;
  /** Whether the event gave the provision words it has (registration, proposal, decision, adoption) rather than context. */
  readonly decisive: boolean;
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly recordedAt: string;
  readonly actor?: string;
  readonly summary: string;
  readonly decisionId?: string;
  readonly amendmentIds?: readonly string[];
  readonly meeting?: string;
  readonly date?: string;
  /** The provision's words before and after the event, for the events that changed them. */
  readonly wordingBefore?: string;
  readonly wordingAfter?: string;
  readonly labelBefore?: string;
  readonly labelAfter?: string;
}

export interface ProvisionExplanation {
  readonly documentId: string;
  readonly symbol?: string;
  /** The moment asked about, and the last event of the document by then. */
  readonly at: ReplayMoment & { readonly lastPosition: number };
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly provision: {
    readonly id: string;
    readonly label: string;
    readonly printedLabel: string;
    readonly part: string;
    readonly sectionHeading: string;
    readonly reference: string;
    readonly text: string;
    readonly footnotes: readonly string[];
  };
  /** Earliest first. */
  readonly steps: readonly ProvenanceStep[];
}

export type ExplanationResult =
  | { readonly ok: true; readonly explanation: ProvisionExplanation }
  | { readonly ok: false; readonly reason: string; readonly candidates?: readonly string[] };

/**
 * Why a provision of a document reads as it does at a moment: the registration that
 * brought it (or the decision that added it), every decision that changed its words with
 * the amendment proposals (and their revisions and contributions) behind them, the
 * adoptions that carried it into a version, and, as context, relettering and reservations.
 * Computed by replaying the document's events and comparing the provision's words before
 * and after each one, so that nothing is taken on trust from a read model.
 */
export function explainProvision(
  events: Iterable<ReplayedEvent>,
  documentId: string,
  reference: string,
  at: ReplayMoment = {},
): ExplanationResult {
  const all = [...events];
  const { state, history } = foldDocument(all, documentId, at);
  if (!state.registered || !state.working) {
    return {
      ok: false,
      reason: `document ${documentId} was not registered${at.position !== undefined || at.time !== undefined ? ' by that moment' : ''}`,
    };
  }
  const lookup = findProvision(state.working, reference);
  if (!lookup.ok) return { ok: false, reason: lookup.reason, candidates: lookup.candidates };
  const { place } = lookup.found;
  const id = place.provision.id;
  const steps = provenanceSteps(history, id, proposalsIn(history), contributionsBy(all, at));

  const version = latestVersion(state);
  const lastPosition = history.length > 0 ? history[history.length - 1].event.position : 0;
  return {
    ok: true,
    explanation: {
      documentId,
      symbol: state.symbol,
      at: { ...at, lastPosition },
      versionNumber: version.number,
      versionLabel: version.label,
      provision: {
        id,
        label: place.label,
        printedLabel: place.printedLabel,
        part: place.part,
        sectionHeading: lookup.found.sectionHeading,
        reference: lookup.found.reference,
        text: place.provision.text,
        footnotes: place.provision.footnotes.map((f) => f.text),
      },
      steps: [...steps.values()].sort((a, b) => a.position - b.position),
    },
  };
}

/** What every step says of its event: its place in the log and who recorded it. */
function stepBase(event: ReplayedEvent) {
  return {
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    recordedAt: event.recordedAt,
    ...(actorOf(event) ? { actor: actorOf(event) } : {}),
  };
}

/** The steps a document's history gives a provision, by the position of their events. */
function provenanceSteps(
  history: DocumentHistory,
  id: string,
  proposals: Proposals,
  contributions: Contributions,
): Map<number, ProvenanceStep> {
  const steps = new Map<number, ProvenanceStep>();
  /** The proposals behind a decision: each amendment's proposal and revisions up to the decision, and the contribution it came in. */
  const addProposals = (amendmentIds: readonly string[], decidedAt: number) => {
    for (const amendmentId of amendmentIds) {
      for (const event of proposals.get(amendmentId) ?? []) {
        if (event.position > decidedAt || steps.has(event.position)) continue;
        if (event.type === AMENDMENT_PROPOSED) {
          const e = event.payload;
          steps.set(event.position, {
            ...stepBase(event),
            kind: 'proposed',
            decisive: true,
            amendmentIds: [amendmentId],
            summary: `amendment ${amendmentId} (${e.operation.kind}) proposed by ${e.proposers.join(', ')}${e.onBehalfOf ? ` on behalf of ${e.onBehalfOf}` : ''} against version ${e.versionNumber}`,
          });
          const contribution = e.contributionId ? contributions.get(e.contributionId) : undefined;
          if (contribution && !steps.has(contribution.position)) {
            const c = contribution.payload;
            steps.set(contribution.position, {
              ...stepBase(contribution),
              kind: 'contribution',
              decisive: false,
              amendmentIds: [amendmentId],
              summary: `contribution ${c.symbol} by ${c.submitters.join(', ')}${c.onBehalfOf ? ` on behalf of ${c.onBehalfOf}` : ''}: ${c.title}`,
            });
          }
        } else {
          const e = event.payload;
          steps.set(event.position, {
            ...stepBase(event),
            kind: 'revised',
            decisive: true,
            amendmentIds: [amendmentId],
            summary: `amendment ${amendmentId} revised (revision ${e.revision})${e.explanation ? `: ${e.explanation}` : ''}`,
          });
        }
      }
    }
  };

  for (const { event, before, after } of history) {
    const wordingBefore = wordingIn(before, id);
    const wordingAfter = wordingIn(after, id);
    const labelBefore = printedLabelIn(before, id);
    const labelAfter = printedLabelIn(after, id);
    const changed = wordingBefore !== wordingAfter;
    const words = { ...(wordingBefore !== undefined ? { wordingBefore } : {}), ...(wordingAfter !== undefined ? { wordingAfter } : {}) };
    switch (event.type) {
      case DOCUMENT_REGISTERED: {
        if (wordingAfter === undefined) break;
        const e = event.payload;
        const source = e.source.kind === 'import' ? 'imported by the secretariat' : `the draft of contribution ${e.source.contributionId}`;
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'registered',
          decisive: true,
          ...words,
          labelAfter,
          summary: `${e.symbol} (${e.versionLabel}) registered as version 1, ${source}`,
        });
        if (e.source.kind === 'contribution') {
          const contribution = contributions.get(e.source.contributionId);
          if (contribution) {
            const c = contribution.payload;
            steps.set(contribution.position, {
              ...stepBase(contribution),
              kind: 'contribution',
              decisive: true,
              summary: `contribution ${c.symbol} by ${c.submitters.join(', ')}: ${c.title}`,
            });
          }
        }
        break;
      }
      case AMENDMENT_RULED:
      case AMENDMENTS_MERGED:
      case BRACKETS_SETTLED:
      case DECISION_CORRECTED: {
        if (!changed) {
          if (labelBefore !== labelAfter && wordingAfter !== undefined && labelBefore !== undefined) {
            steps.set(event.position, {
              ...stepBase(event),
              kind: 'relettered',
              decisive: false,
              labelBefore,
              labelAfter,
              summary: `relettered from ${labelBefore} to ${labelAfter} by a decision on another provision`,
            });
          }
          break;
        }
        const decision = decisionOf(event);
        steps.set(event.position, {
          ...stepBase(event),
          kind: decision.kind,
          decisive: true,
          decisionId: decision.decisionId,
          amendmentIds: decision.amendmentIds,
          ...sittingOf(event.payload),
          ...words,
          ...(labelBefore !== labelAfter ? { labelBefore, labelAfter } : {}),
          summary:
            decision.summary +
            (wordingBefore === undefined
              ? ': the provision entered the text'
              : wordingAfter === undefined
                ? ': the provision left the text'
                : ': its wording changed'),
        });
        addProposals(decision.amendmentIds, event.position);
        break;
      }
      case VERSION_ADOPTED: {
        if (wordingAfter === undefined) break;
        const e = event.payload;
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'adopted',
          decisive: true,
          decisionId: e.decisionId,
          meeting: e.meeting,
          date: e.date,
          ...(changed ? words : { wordingAfter }),
          summary: `version ${e.versionNumber} (${e.label}) adopted at ${e.meeting} on ${e.date}${howAdopted(e.method)}, with the provision as worded`,
        });
        break;
      }
      case REVISION_ISSUED: {
        // Rev.N replaces the whole text: a step for every provision it carries, decisive where it changed the words.
        if (wordingBefore === undefined && wordingAfter === undefined) break;
        const e = event.payload;
        const reflected = [...new Set(e.reflects.flatMap((r) => r.amendmentIds))];
        const what =
          wordingBefore === undefined
            ? 'the provision entered the text'
            : wordingAfter === undefined
              ? 'the provision left the text'
              : changed
                ? 'its wording changed'
                : 'the provision as worded';
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'revision',
          decisive: changed,
          decisionId: e.decisionId,
          ...(reflected.length > 0 ? { amendmentIds: reflected } : {}),
          ...sittingOf(e),
          ...(changed ? words : { wordingAfter }),
          ...(labelBefore !== labelAfter ? { labelBefore, labelAfter } : {}),
          summary: `${e.label}${e.symbol ? ` (${e.symbol})` : ''} issued as version ${e.versionNumber} on ${e.date}: ${what}`,
        });
        addProposals(reflected, event.position);
        break;
      }
      case RESERVATION_RECORDED: {
        const e = event.payload;
        if (e.provisionId !== id) break;
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'reservation',
          decisive: false,
          decisionId: e.decisionId,
          ...sittingOf(e),
          summary: `reservation by ${e.stakeholderId}: ${e.text}`,
        });
        break;
      }
      case PROVISION_STATUSES_RECORDED: {
        const e = event.payload;
        const recorded = e.statuses.find((entry) => entry.provisionId === id);
        if (!recorded) break;
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'status',
          decisive: false,
          decisionId: e.decisionId,
          ...sittingOf(e),
          summary: `status ${recorded.status} recorded in round ${e.round} on version ${e.versionNumber}${e.meetingId ? ` (meeting ${e.meetingId})` : ''}`,
        });
        break;
      }
      case SILENCE_BROKEN: {
        const e = event.payload;
        if (!e.provisionIds.includes(id)) break;
        steps.set(event.position, {
          ...stepBase(event),
          kind: 'silence-broken',
          decisive: false,
          summary: `silence ${e.silenceId} broken by ${e.stakeholderId} on this provision: ${e.reasons}`,
        });
        break;
      }
    }
  }
  return steps;
}
