import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_WITHDRAWN,
  BRACKETS_SETTLED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  DOCUMENT_REGISTERED,
  DocumentRegistered,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  VERSION_ADOPTED,
  isDocumentEvent,
} from '#libs/contracts';
import type {
  AmendmentDecisionRecord,
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecord,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
} from '#libs/read-models';
import { amendmentDecisionOf, withDecision } from './compilation-decisions';
import { footprintOf, provisionsChanged, roleFor } from './compilation-footprint';
import { changesWorkingText, evolveWorkingText } from './working-text';
import { asPrinted, revisionRecords } from './provenance-revision';

/*
 * The provenance of each provision as a pure step: given an event and the rows of the
 * provenance tables it reads (its document, the amendments it names, a contribution's
 * symbol), the rows it leaves: whole rows as they stand after the event, and the records
 * it adds under each provision it bears on.
 */

/** The rows of the provenance tables as they stand before the event; undefined for a row that does not exist. */
export interface ProvenanceState {
  document(id: string): ProvenanceDocumentRow | undefined;
  amendment(id: string): ProvenanceAmendmentRow | undefined;
  contribution(id: string): ProvenanceContributionRow | undefined;
}

/** What one event writes: each row whole, as it stands after the event. */
export interface ProvenanceChanges {
  readonly stakeholder?: ProvenanceStakeholderRow;
  readonly contribution?: ProvenanceContributionRow;
  readonly document?: ProvenanceDocumentRow;
  readonly amendments: readonly ProvenanceAmendmentRow[];
  readonly records: readonly ProvenanceRecordRow[];
}

/** The rows an event reads that it names itself; `amendmentContributions` names those its amendments name in turn. */
export function provenanceReads(event: RecordedEvent): { documents: string[]; amendments: string[]; contributions: string[] } {
  const reads = { documents: [] as string[], amendments: [] as string[], contributions: [] as string[] };
  // A registration writes whole rows: it reads nothing.
  if (!isDocumentEvent(event) || event.type === DOCUMENT_REGISTERED) return reads;
  reads.documents.push(event.payload.documentId);
  switch (event.type) {
    case AMENDMENT_PROPOSED: {
      const { contributionId } = event.payload;
      if (contributionId !== undefined) reads.contributions.push(contributionId);
      break;
    }
    case AMENDMENT_CO_SPONSORED:
    case AMENDMENT_REVISED:
    case AMENDMENT_WITHDRAWN:
      reads.amendments.push(event.payload.amendmentId);
      break;
    case REVISION_ISSUED:
      reads.amendments.push(...event.payload.rebased.map((r) => r.amendmentId), ...event.payload.overtaken);
      break;
    default:
      reads.amendments.push(...(amendmentDecisionOf(event)?.amendmentIds ?? []));
  }
  return reads;
}

/** The contributions an event reads through the amendments it names: a revision refreshes the symbol of its amendment's contribution. */
export function amendmentContributions(event: RecordedEvent, state: Pick<ProvenanceState, 'amendment'>): string[] {
  if (event.type !== AMENDMENT_REVISED) return [];
  const contributionId = state.amendment(event.payload.amendmentId)?.contributionId;
  return contributionId == null ? [] : [contributionId];
}

/** The rows an event leaves in the provenance tables. */
export function provenanceStep(event: RecordedEvent, state: ProvenanceState): ProvenanceChanges {
  switch (event.type) {
    case STAKEHOLDER_REGISTERED: {
      const e = event.payload;
      return { stakeholder: { id: e.stakeholderId, name: e.name, category: e.category, region: e.region }, amendments: [], records: [] };
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      const e = event.payload;
      return {
        contribution: {
          id: e.contributionId,
          symbol: e.symbol,
          submitters: [...e.submitters],
          coSponsors: [...e.coSponsors],
          onBehalfOf: e.onBehalfOf ?? null,
        },
        amendments: [],
        records: [],
      };
    }
    case DOCUMENT_REGISTERED:
      return register(event);
  }
  if (!isDocumentEvent(event)) return { amendments: [], records: [] };
  const documentId = event.payload.documentId;
  const document = state.document(documentId);
  if (!document) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
  const records = new Records(event, documentId);
  const amendments: ProvenanceAmendmentRow[] = [];
  const symbolOf = (contributionId: string | null | undefined) =>
    contributionId == null ? null : (state.contribution(contributionId)?.symbol ?? null);
  const amendmentOf = (id: string) => {
    const amendment = state.amendment(id);
    if (!amendment) throw new Error(`${event.type} at position ${event.position} names amendment ${id}, which was never proposed`);
    return amendment;
  };

  switch (event.type) {
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      amendments.push({
        id: e.amendmentId,
        documentId,
        versionNumber: e.versionNumber,
        operation: e.operation,
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
        proposedAt: new Date(event.recordedAt),
        proposedPosition: event.position,
      });
      const footprint = footprintOf(e.operation, document.latest);
      for (const provisionId of provisionsChanged(footprint)) {
        records.add(
          provisionId,
          { kind: 'proposed', role: roleFor(footprint, provisionId), operation: e.operation, revision: 0 },
          { amendmentId: e.amendmentId },
        );
      }
      break;
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = state.amendment(e.amendmentId);
      if (amendment && !amendment.coSponsors.includes(e.stakeholderId))
        amendments.push({ ...amendment, coSponsors: [...amendment.coSponsors, e.stakeholderId] });
      break;
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      amendments.push({
        ...amendment,
        operation: e.operation,
        revision: e.revision,
        versionNumber: document.currentVersion,
        contributionSymbol: symbolOf(amendment.contributionId),
        ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
      });
      const before = footprintOf(amendment.operation, document.latest);
      const after = footprintOf(e.operation, document.latest);
      // A revision that no longer bears on a provision is recorded there too, without a role.
      for (const provisionId of new Set([...provisionsChanged(before), ...provisionsChanged(after)])) {
        records.add(
          provisionId,
          { kind: 'revised', role: roleFor(after, provisionId), operation: e.operation, revision: e.revision },
          { amendmentId: e.amendmentId },
        );
      }
      break;
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const withdrawal = {
        by: e.by,
        ...(e.reason !== undefined ? { reason: e.reason } : {}),
        recordedAt: event.recordedAt,
        position: event.position,
      };
      amendments.push({ ...amendment, status: 'withdrawn', withdrawal });
      for (const provisionId of provisionsChanged(footprintOf(amendment.operation, document.latest))) {
        records.add(
          provisionId,
          { kind: 'withdrawn', by: e.by, ...(e.reason !== undefined ? { reason: e.reason } : {}) },
          { amendmentId: e.amendmentId },
        );
      }
      break;
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      records.add(
        e.provisionId,
        {
          kind: 'brackets-settled',
          decisionId: e.decisionId,
          bracketIndex: e.bracketIndex,
          choice: e.choice,
          ...sitting(e),
          decidedBy: event.metadata.actor.id,
        },
        { decisionId: e.decisionId },
      );
      break;
    }
    case RESERVATION_RECORDED: {
      const e = event.payload;
      records.add(
        e.provisionId,
        {
          kind: 'reservation',
          decisionId: e.decisionId,
          stakeholderId: e.stakeholderId,
          text: e.text,
          ...sitting(e),
          decidedBy: event.metadata.actor.id,
        },
        { decisionId: e.decisionId },
      );
      break;
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      const adoption = {
        ...(e.place ? { place: e.place } : {}),
        ...(e.number ? { number: e.number } : {}),
        ...(e.title ? { title: e.title } : {}),
        ...(e.adoptionLine ? { adoptionLine: e.adoptionLine } : {}),
      };
      for (const [provisionId, printed] of asPrinted(e.text)) {
        records.add(
          provisionId,
          {
            kind: 'adopted',
            decisionId: e.decisionId,
            versionNumber: e.versionNumber,
            versionLabel: e.label,
            meeting: e.meeting,
            date: e.date,
            ...adoption,
            ...printed,
          },
          { decisionId: e.decisionId },
        );
      }
      break;
    }
    case REVISION_ISSUED: {
      const e = event.payload;
      const overtaken = e.overtaken.map(amendmentOf);
      for (const { amendmentId, operation } of e.rebased)
        amendments.push({ ...amendmentOf(amendmentId), operation, versionNumber: e.versionNumber });
      amendments.push(...overtaken.map((amendment) => ({ ...amendment, status: 'overtaken' as const })));
      for (const r of revisionRecords(e, document.working, overtaken, document.latest, event.metadata.actor.id))
        records.add(r.provisionId, r.record, { decisionId: e.decisionId });
      break;
    }
    default:
      decide(event, document, state, records, amendments);
  }

  return { document: documentAfter(event, document), amendments, records: records.rows };
}

/** A ruling, a merge or a correction: each amendment it rules on keeps it, and each provision it bears on records it. */
function decide(
  event: RecordedEvent,
  document: ProvenanceDocumentRow,
  state: ProvenanceState,
  records: Records,
  decided: ProvenanceAmendmentRow[],
): void {
  const taken = amendmentDecisionOf(event);
  if (!taken) return;
  const { decision, amendmentIds } = taken;
  // Amendments never proposed are passed over, and one named twice is ruled on once.
  const amendments = [...new Set(amendmentIds)].map((id) => state.amendment(id)).filter((amendment) => amendment !== undefined);
  let corrected: AmendmentDecisionRecord | undefined;
  for (const amendment of amendments) {
    corrected ??= amendment.decisions.find((earlier) => earlier.id === decision.corrects);
    decided.push({ ...amendment, status: decision.ruling, decisions: withDecision(amendment.decisions, decision) });
  }
  // Footprints are read on the working text the decision was taken on, so that what a suppression or move carries is known.
  const effect = decision.applied ? footprintOf(decision.applied, document.working) : undefined;
  const undone = corrected?.applied ? footprintOf(corrected.applied, document.working) : undefined;
  const proposed = amendments.map((amendment) => footprintOf(amendment.operation, document.latest));
  const provisions = new Set([
    ...proposed.flatMap(provisionsChanged),
    ...(effect ? provisionsChanged(effect) : []),
    ...(undone ? provisionsChanged(undone) : []),
  ]);
  const kind = decision.kind === 'ruling' ? 'ruled' : decision.kind === 'merge' ? 'merged' : 'corrected';
  for (const provisionId of provisions) {
    const record: ProvenanceRecord = {
      kind,
      decision,
      amendmentIds: [...amendmentIds],
      ...optional('effect', effect && roleFor(effect, provisionId)),
      ...optional('undoes', undone && roleFor(undone, provisionId)),
    };
    records.add(provisionId, record, { decisionId: decision.id, amendmentId: amendmentIds.length === 1 ? amendmentIds[0] : undefined });
  }
}

/** The document after an event of its stream: its working text as the write side computes it, and the position it reached. */
function documentAfter(event: RecordedEvent, document: ProvenanceDocumentRow): ProvenanceDocumentRow {
  if (!changesWorkingText(event)) return { ...document, lastPosition: event.position };
  const next = evolveWorkingText({ latestVersion: document.latest, working: document.working, applied: document.applied }, event)!;
  const adopted = event.type === VERSION_ADOPTED || event.type === REVISION_ISSUED ? event.payload : undefined;
  return {
    ...document,
    lastPosition: event.position,
    working: next.working,
    applied: [...next.applied],
    ...(adopted ? { latest: adopted.text, currentVersion: adopted.versionNumber, currentLabel: adopted.label } : {}),
  };
}

function register(event: RecordedEvent<DocumentRegistered>): ProvenanceChanges {
  const e = event.payload;
  // Registration writes whole rows, so a rebuild under a new version starts each document afresh.
  const document = {
    id: e.documentId,
    consultationId: e.consultationId,
    symbol: e.symbol,
    currentVersion: 1,
    currentLabel: e.versionLabel,
    latest: e.text,
    working: e.text,
    applied: [],
    lastPosition: event.position,
  };
  const records = new Records(event, e.documentId);
  for (const [provisionId, printed] of asPrinted(e.text)) {
    records.add(provisionId, {
      kind: 'registered',
      versionNumber: 1,
      versionLabel: e.versionLabel,
      source: e.source,
      registeredBy: event.metadata.actor.id,
      ...printed,
    });
  }
  return { document, amendments: [], records: records.rows };
}

/** The records one event leaves, one per provision it bears on. */
class Records {
  readonly rows: ProvenanceRecordRow[] = [];
  private readonly recordedAt: Date;

  constructor(
    private readonly event: RecordedEvent,
    private readonly documentId: string,
  ) {
    this.recordedAt = new Date(event.recordedAt);
  }

  add(provisionId: string, record: ProvenanceRecord, ids: { amendmentId?: string; decisionId?: string } = {}): void {
    this.rows.push({
      documentId: this.documentId,
      provisionId,
      position: this.event.position,
      kind: record.kind,
      amendmentId: ids.amendmentId ?? null,
      decisionId: ids.decisionId ?? null,
      recordedAt: this.recordedAt,
      record,
    });
  }
}

function sitting(e: { meeting?: string; date?: string }): { meeting?: string; date?: string } {
  return { ...optional('meeting', e.meeting), ...optional('date', e.date) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
