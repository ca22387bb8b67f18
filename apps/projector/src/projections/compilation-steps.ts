import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_WITHDRAWN,
  CO_SUBMISSION_CONFIRMED,
  CO_SUBMISSION_DECLINED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  DOCUMENT_REGISTERED,
  REVISION_ISSUED,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import type {
  CompilationAmendmentRow,
  CompilationContributionRow,
  CompilationStakeholderRow,
  CompilationVersionRow,
} from '#libs/read-models';
import { amendmentDecisionOf, withDecision } from './compilation-decisions';
import { footprintOf } from './compilation-footprint';

/** What the compilation knows of a document's versions: the registered base text's consultation and symbol, and the number of the latest version. */
export interface CompilationDocument {
  readonly id: string;
  readonly base?: { readonly consultationId: string; readonly symbol: string };
  /** The highest version number stored; 0 when none is. */
  readonly latestVersion: number;
}

/** The rows an event reads, as they stand before it; undefined for one never written. */
export interface CompilationState {
  amendment(id: string): CompilationAmendmentRow | undefined;
  contribution(id: string): CompilationContributionRow | undefined;
  document(id: string): CompilationDocument | undefined;
}

/** The rows an event writes. */
export interface CompilationChanges {
  readonly stakeholder?: CompilationStakeholderRow;
  readonly contribution?: CompilationContributionRow;
  /** A document registered afresh: its versions after the first are deleted. */
  readonly registered?: string;
  readonly version?: CompilationVersionRow;
  readonly document?: CompilationDocument;
  /** The amendments it changes, each as it stands after the event, in the order changed. */
  readonly amendments: readonly CompilationAmendmentRow[];
}

/** The ids of the rows `compilationStep` reads for the event, but for the contribution a revision reads (see `revisedContribution`). */
export function compilationReads(event: RecordedEvent): { amendments: string[]; contributions: string[]; documents: string[] } {
  switch (event.type) {
    case AMENDMENT_PROPOSED: {
      const { contributionId } = event.payload;
      return { amendments: [], contributions: contributionId === undefined ? [] : [contributionId], documents: [] };
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      return { amendments: [e.amendmentId], contributions: [], documents: [e.documentId] };
    }
    case AMENDMENT_CO_SPONSORED:
    case AMENDMENT_WITHDRAWN:
      return { amendments: [event.payload.amendmentId], contributions: [], documents: [] };
    case VERSION_ADOPTED:
      return { amendments: [], contributions: [], documents: [event.payload.documentId] };
    case REVISION_ISSUED: {
      const e = event.payload;
      return { amendments: [...e.rebased.map((r) => r.amendmentId), ...e.overtaken], contributions: [], documents: [e.documentId] };
    }
    case CO_SUBMISSION_CONFIRMED:
    case CO_SUBMISSION_DECLINED:
      return { amendments: [], contributions: [event.payload.contributionId], documents: [] };
    default:
      return { amendments: [...(amendmentDecisionOf(event)?.amendmentIds ?? [])], contributions: [], documents: [] };
  }
}

/** The contribution whose symbol a revision reads: that of the amendment it revises, as the state has it. */
export function revisedContribution(event: RecordedEvent, state: Pick<CompilationState, 'amendment'>): string[] {
  if (event.type !== AMENDMENT_REVISED) return [];
  const contributionId = state.amendment(event.payload.amendmentId)?.contributionId;
  return contributionId == null ? [] : [contributionId];
}

/**
 * What one event does to the compilation, from the rows it reads. An event that changes a
 * row that was never written changes nothing; one that needs a row to build on (a
 * revision, a decision, an adoption) refuses to go on without it.
 */
export function compilationStep(event: RecordedEvent, state: CompilationState): CompilationChanges {
  const at = new Date(event.recordedAt);
  const symbolOf = (contributionId: string | null | undefined) =>
    contributionId == null ? null : (state.contribution(contributionId)?.symbol ?? null);
  switch (event.type) {
    case STAKEHOLDER_REGISTERED: {
      const e = event.payload;
      return { stakeholder: { id: e.stakeholderId, name: e.name, category: e.category, region: e.region }, amendments: [] };
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      // A revision carries a new symbol ("C26/15(Rev.1)-A"); the amendments it brings follow it in the log.
      const e = event.payload;
      // Each revision asks its own co-submitters afresh.
      return {
        contribution: {
          id: e.contributionId,
          consultationId: e.consultationId,
          symbol: e.symbol,
          awaiting: [...(e.awaitingCoSubmitters ?? [])],
          declined: [],
        },
        amendments: [],
      };
    }
    case CO_SUBMISSION_CONFIRMED:
    case CO_SUBMISSION_DECLINED: {
      // Answers come for the current revision only (the decider sees to it), so they follow its event in the log.
      const e = event.payload;
      const contribution = state.contribution(e.contributionId);
      if (!contribution) return { amendments: [] };
      const awaiting = contribution.awaiting.filter((id) => id !== e.stakeholderId);
      const declined = event.type === CO_SUBMISSION_DECLINED ? [...contribution.declined, e.stakeholderId] : contribution.declined;
      return { contribution: { ...contribution, awaiting, declined }, amendments: [] };
    }
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      // Registration starts the document afresh, so a rebuild over old rows reads no later version before its adoption.
      return {
        registered: e.documentId,
        version: {
          documentId: e.documentId,
          number: 1,
          consultationId: e.consultationId,
          symbol: e.symbol,
          label: e.versionLabel,
          text: e.text,
          adoptedMeeting: null,
          adoptedDate: null,
          decisionId: null,
          recordedAt: at,
        },
        document: { id: e.documentId, base: { consultationId: e.consultationId, symbol: e.symbol }, latestVersion: 1 },
        amendments: [],
      };
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      const document = state.document(e.documentId);
      if (!document?.base)
        throw new Error(`${event.type} at position ${event.position} names document ${e.documentId}, which was never registered`);
      return {
        version: {
          documentId: e.documentId,
          number: e.versionNumber,
          consultationId: document.base.consultationId,
          symbol: document.base.symbol,
          label: e.label,
          text: e.text,
          adoptedMeeting: e.meeting,
          adoptedDate: e.date,
          decisionId: e.decisionId,
          recordedAt: at,
        },
        document: { ...document, latestVersion: Math.max(document.latestVersion, e.versionNumber) },
        amendments: [],
      };
    }
    case REVISION_ISSUED: {
      // A revision is a version like an adoption, not adopted; the amendments before it move onto it or are overtaken.
      const e = event.payload;
      const document = state.document(e.documentId);
      if (!document?.base)
        throw new Error(`${event.type} at position ${event.position} names document ${e.documentId}, which was never registered`);
      const moved = { versionNumber: e.versionNumber, lastPosition: event.position };
      return {
        version: {
          documentId: e.documentId,
          number: e.versionNumber,
          consultationId: document.base.consultationId,
          symbol: document.base.symbol,
          label: e.label,
          text: e.text,
          adoptedMeeting: null,
          adoptedDate: null,
          decisionId: e.decisionId,
          recordedAt: at,
        },
        document: { ...document, latestVersion: Math.max(document.latestVersion, e.versionNumber) },
        amendments: [
          ...e.rebased.map(({ amendmentId, operation }) => ({
            ...existing(state, amendmentId, event),
            operation,
            placement: footprintOf(operation).placement,
            ...moved,
          })),
          ...e.overtaken.map((id) => ({ ...existing(state, id, event), status: 'overtaken' as const, lastPosition: event.position })),
        ],
      };
    }
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      const amendment: CompilationAmendmentRow = {
        id: e.amendmentId,
        documentId: e.documentId,
        versionNumber: e.versionNumber,
        operation: e.operation,
        placement: footprintOf(e.operation).placement,
        proposers: [...e.proposers],
        coSponsors: [],
        onBehalfOf: e.onBehalfOf ?? null,
        contributionId: e.contributionId ?? null,
        contributionSymbol: symbolOf(e.contributionId),
        status: 'pending',
        revision: 0,
        explanation: e.explanation ?? null,
        decisions: [],
        withdrawal: null,
        proposedAt: at,
        proposedPosition: event.position,
        lastPosition: event.position,
      };
      return { amendments: [amendment] };
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = state.amendment(e.amendmentId);
      if (!amendment || amendment.coSponsors.includes(e.stakeholderId)) return { amendments: [] };
      return { amendments: [{ ...amendment, coSponsors: [...amendment.coSponsors, e.stakeholderId], lastPosition: event.position }] };
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      const amendment = existing(state, e.amendmentId, event);
      const revised: CompilationAmendmentRow = {
        ...amendment,
        operation: e.operation,
        placement: footprintOf(e.operation).placement,
        revision: e.revision,
        // A revision is drafted against the latest version, whatever the original was.
        versionNumber: state.document(e.documentId)?.latestVersion ?? 0,
        contributionSymbol: symbolOf(amendment.contributionId),
        ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
        lastPosition: event.position,
      };
      return { amendments: [revised] };
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      const amendment = state.amendment(e.amendmentId);
      if (!amendment) return { amendments: [] };
      const withdrawal = {
        by: e.by,
        ...(e.reason !== undefined ? { reason: e.reason } : {}),
        recordedAt: event.recordedAt,
        position: event.position,
      };
      return { amendments: [{ ...amendment, status: 'withdrawn', withdrawal, lastPosition: event.position }] };
    }
    default: {
      const decided = amendmentDecisionOf(event);
      if (!decided) return { amendments: [] };
      // One decision may name an amendment twice: the second sees the first's change.
      const decidedNow = new Map<string, CompilationAmendmentRow>();
      const amendments = decided.amendmentIds.map((id) => {
        const amendment = decidedNow.get(id) ?? existing(state, id, event);
        const next = {
          ...amendment,
          status: decided.decision.ruling,
          decisions: withDecision(amendment.decisions, decided.decision),
          lastPosition: event.position,
        };
        decidedNow.set(id, next);
        return next;
      });
      return { amendments };
    }
  }
}

function existing(state: CompilationState, amendmentId: string, event: RecordedEvent): CompilationAmendmentRow {
  const amendment = state.amendment(amendmentId);
  if (!amendment) throw new Error(`${event.type} at position ${event.position} names amendment ${amendmentId}, which was never proposed`);
  return amendment;
}
