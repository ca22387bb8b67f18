import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  AmendmentProposed,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  DocumentRegistered,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  RecordedEvent,
  VERSION_ADOPTED,
  isDocumentEvent,
} from '#libs/contracts';
import type { AmendmentRow, DecisionKindColumn, DecisionPayload, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { changesWorkingText, evolveWorkingText } from './working-text';

/*
 * The documents projection as a pure step: given an event and the rows it reads (its
 * document, the amendments and the corrected decision it names, the latest version a
 * correction replays from), the rows it leaves, each whole, as it stands after the event.
 */

/** The rows of the documents tables as they stand before the event; undefined for a row that does not exist. */
export interface DocumentsState {
  document(id: string): DocumentRow | undefined;
  version(documentId: string, number: number): DocumentVersionRow | undefined;
  amendment(id: string): AmendmentRow | undefined;
  decision(id: string): DecisionRow | undefined;
}

/** What one event writes: each row whole, as it stands after the event. */
export interface DocumentsChanges {
  readonly document?: DocumentRow;
  readonly version?: DocumentVersionRow;
  readonly amendments: readonly AmendmentRow[];
  readonly decisions: readonly DecisionRow[];
}

/** The rows an event reads: its document, the amendments it changes, the decision a correction supersedes. */
export interface DocumentsReads {
  readonly documents: readonly string[];
  readonly amendments: readonly string[];
  readonly decisions: readonly string[];
}

const NO_READS: DocumentsReads = { documents: [], amendments: [], decisions: [] };
const NO_CHANGES: DocumentsChanges = { amendments: [], decisions: [] };

export function documentsReads(event: RecordedEvent): DocumentsReads {
  // A registration writes whole rows: it reads nothing.
  if (!isDocumentEvent(event) || event.type === DOCUMENT_REGISTERED) return NO_READS;
  const reads = { documents: [event.payload.documentId], amendments: [] as string[], decisions: [] as string[] };
  switch (event.type) {
    case AMENDMENT_CO_SPONSORED:
    case AMENDMENT_REVISED:
    case AMENDMENT_WITHDRAWN:
    case AMENDMENT_RULED:
      reads.amendments.push(event.payload.amendmentId);
      break;
    case AMENDMENTS_MERGED:
      reads.amendments.push(...event.payload.amendmentIds);
      break;
    case DECISION_CORRECTED: {
      const e = event.payload;
      reads.amendments.push(e.amendmentId);
      reads.decisions.push(e.corrects);
      break;
    }
    case REVISION_ISSUED:
      reads.amendments.push(...event.payload.rebased.map((r) => r.amendmentId), ...event.payload.overtaken);
      break;
  }
  return reads;
}

/** The version a correction replays the working text from: the document's latest, as it stands before the event. */
export function versionReplayedBy(
  event: RecordedEvent,
  state: Pick<DocumentsState, 'document'>,
): { documentId: string; number: number } | undefined {
  if (event.type !== DECISION_CORRECTED || !isDocumentEvent(event)) return undefined;
  const documentId = event.payload.documentId;
  const document = state.document(documentId);
  return document ? { documentId, number: document.currentVersion } : undefined;
}

/** The rows an event leaves in the documents tables. */
export function documentsStep(event: RecordedEvent, state: DocumentsState): DocumentsChanges {
  if (!isDocumentEvent(event)) return NO_CHANGES;
  if (event.type === DOCUMENT_REGISTERED) return register(event);
  const documentId = event.payload.documentId;
  const document = state.document(documentId);
  if (!document) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
  const at = new Date(event.recordedAt);
  const amendments: AmendmentRow[] = [];
  const decisions: DecisionRow[] = [];
  let version: DocumentVersionRow | undefined;

  // An amendment that was never proposed is left alone, as an UPDATE of no row would.
  const amend = (id: string, change: Partial<AmendmentRow>) => {
    const amendment = state.amendment(id);
    if (amendment) amendments.push({ ...amendment, ...change, updatedAt: at, lastPosition: event.position });
  };
  const decide = (decisionId: string, kind: DecisionKindColumn, amendmentIds: readonly string[], payload: DecisionPayload) =>
    decisions.push({
      id: decisionId,
      documentId: document.id,
      consultationId: document.consultationId,
      kind,
      amendmentIds: [...amendmentIds],
      payload,
      meeting: payload.meeting ?? null,
      date: payload.date ?? null,
      decidedBy: event.metadata.actor.id,
      correctedBy: null,
      recordedAt: at,
      position: event.position,
    });

  switch (event.type) {
    case AMENDMENT_PROPOSED:
      amendments.push(proposed(event));
      break;
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = state.amendment(e.amendmentId);
      if (amendment && !amendment.coSponsors.includes(e.stakeholderId))
        amend(e.amendmentId, { coSponsors: [...amendment.coSponsors, e.stakeholderId] });
      break;
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      // A revision is drafted against the latest version, whatever the original was.
      amend(e.amendmentId, {
        operation: e.operation,
        revision: e.revision,
        versionNumber: document.currentVersion,
        ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
      });
      break;
    }
    case AMENDMENT_WITHDRAWN:
      amend(event.payload.amendmentId, { status: 'withdrawn' });
      break;
    case AMENDMENT_RULED: {
      const e = event.payload;
      amend(e.amendmentId, { status: e.ruling, decisionId: e.decisionId, ruling: e });
      decide(e.decisionId, 'ruling', [e.amendmentId], e);
      break;
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      for (const amendmentId of e.amendmentIds) amend(amendmentId, { status: 'merged', decisionId: e.decisionId, ruling: e });
      decide(e.decisionId, 'merge', e.amendmentIds, e);
      break;
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      decide(e.decisionId, 'brackets', [], e);
      break;
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      version = {
        documentId,
        number: e.versionNumber,
        label: e.label,
        text: e.text,
        adoptedMeeting: e.meeting,
        adoptedDate: e.date,
        adoptedNumber: e.number ?? null,
        adoptedSymbol: e.symbol ?? null,
        adoptedTitle: e.title ?? null,
        adoptionLine: e.adoptionLine ?? null,
        adoptedPlace: e.place ?? null,
        adoptionMethod: e.method ?? null,
        decisionId: e.decisionId,
        recordedAt: at,
      };
      // The adopted text lives in document_versions; the decision keeps the rest of the record.
      const { text: _text, ...adoption } = e;
      decide(e.decisionId, 'adoption', [], adoption);
      break;
    }
    case REVISION_ISSUED: {
      const e = event.payload;
      version = {
        ...unadopted(documentId, e.versionNumber, e.label, e.text, at),
        revision: { number: e.revision, label: e.label, date: e.date, ...(e.symbol ? { symbol: e.symbol } : {}) },
        decisionId: e.decisionId,
      };
      for (const { amendmentId, operation } of e.rebased) amend(amendmentId, { operation, versionNumber: e.versionNumber });
      for (const amendmentId of e.overtaken) amend(amendmentId, { status: 'overtaken', decisionId: e.decisionId });
      const { text: _text, ...revision } = e;
      decide(e.decisionId, 'revision', e.overtaken, revision);
      break;
    }
    case RESERVATION_RECORDED: {
      const e = event.payload;
      decide(e.decisionId, 'reservation', [], e);
      break;
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      amend(e.amendmentId, { status: e.ruling, decisionId: e.decisionId, ruling: e });
      const corrected = state.decision(e.corrects);
      if (corrected) decisions.push({ ...corrected, correctedBy: e.decisionId });
      decide(e.decisionId, 'correction', [e.amendmentId], e);
      break;
    }
  }
  return { document: documentAfter(document, event, state), version, amendments, decisions };
}

/** The document row after an event of its stream: the stream's head, and the working text when the event changes it. */
function documentAfter(document: DocumentRow, event: RecordedEvent, state: DocumentsState): DocumentRow {
  const head = { ...document, streamVersion: event.streamVersion, lastPosition: event.position, updatedAt: new Date(event.recordedAt) };
  if (!changesWorkingText(event)) return head;
  const latest = event.type === DECISION_CORRECTED ? state.version(document.id, document.currentVersion) : undefined;
  if (event.type === DECISION_CORRECTED && !latest)
    throw new Error(`document ${document.id} has no row for its version ${document.currentVersion}`);
  const next = evolveWorkingText({ working: document.working, applied: document.applied, latestVersion: latest?.text }, event)!;
  const adopted = event.type === VERSION_ADOPTED || event.type === REVISION_ISSUED ? event.payload : undefined;
  return {
    ...head,
    working: next.working,
    applied: [...next.applied],
    title: next.working.title,
    ...(adopted ? { currentVersion: adopted.versionNumber, currentLabel: adopted.label } : {}),
  };
}

// Registration writes whole rows, so a rebuild under a new version starts each document afresh.
function register(event: RecordedEvent<DocumentRegistered>): DocumentsChanges {
  const e = event.payload;
  const at = new Date(event.recordedAt);
  return {
    document: {
      id: e.documentId,
      consultationId: e.consultationId,
      symbol: e.symbol,
      title: e.text.title,
      language: e.text.language,
      style: e.text.style,
      currentVersion: 1,
      currentLabel: e.versionLabel,
      working: e.text,
      applied: [],
      source: e.source,
      registeredAt: at,
      updatedAt: at,
      lastPosition: event.position,
      streamVersion: event.streamVersion,
    },
    version: unadopted(e.documentId, 1, e.versionLabel, e.text, at),
    amendments: [],
    decisions: [],
  };
}

/** A version no adoption made: the registered base text, or a revision. */
function unadopted(documentId: string, number: number, label: string, text: DocumentVersionRow['text'], at: Date): DocumentVersionRow {
  return {
    documentId,
    number,
    label,
    text,
    adoptedMeeting: null,
    adoptedDate: null,
    adoptedNumber: null,
    adoptedSymbol: null,
    adoptedTitle: null,
    adoptionLine: null,
    adoptedPlace: null,
    revision: null,
    decisionId: null,
    recordedAt: at,
  };
}

function proposed(event: RecordedEvent<AmendmentProposed>): AmendmentRow {
  const e = event.payload;
  const at = new Date(event.recordedAt);
  return {
    id: e.amendmentId,
    documentId: e.documentId,
    versionNumber: e.versionNumber,
    operation: e.operation,
    proposers: [...e.proposers],
    coSponsors: [],
    onBehalfOf: e.onBehalfOf ?? null,
    contributionId: e.contributionId ?? null,
    status: 'pending',
    revision: 0,
    explanation: e.explanation ?? null,
    decisionId: null,
    ruling: null,
    proposedAt: at,
    proposedPosition: event.position,
    updatedAt: at,
    lastPosition: event.position,
  };
}
