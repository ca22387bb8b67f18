import {
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  NewEvent,
  REVISION_ISSUED,
  RecordedEvent,
  VERSION_ADOPTED,
  isDocumentEvent,
} from '#libs/contracts';
import { AppliedChange } from '#libs/domain';
import type { DocumentTextHistoryRow } from '#libs/read-models';
import { ResolutionDocument } from '#libs/text';
import { changesWorkingText, evolveWorkingText } from './working-text';

/** A document's working text after one event of its history, with the version it builds on. */
export interface TextHistoryEntry {
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly working: ResolutionDocument;
  readonly applied: readonly AppliedChange[];
}

/** Whether an event starts a new entry of the text history: the registration, and every event that changes the working text. */
export function entersTextHistory(event: NewEvent): boolean {
  return event.type === DOCUMENT_REGISTERED || changesWorkingText(event);
}

/**
 * The entry after `event`, folded by the documents projection's own `evolveWorkingText`
 * (the write side's fold) from the entry before it (none before the registration) and
 * the latest version's text, which only a correction needs: it replays from there.
 */
export function nextTextEntry(
  before: TextHistoryEntry | undefined,
  latestVersionText: ResolutionDocument | undefined,
  event: NewEvent,
): TextHistoryEntry {
  const previous = before && { latestVersion: latestVersionText, working: before.working, applied: before.applied };
  const next = evolveWorkingText(previous, event);
  if (!next) throw new Error(`${event.type} does not make a working text`);
  switch (event.type) {
    case DOCUMENT_REGISTERED:
      return { versionNumber: 1, versionLabel: event.payload.versionLabel, working: next.working, applied: next.applied };
    case VERSION_ADOPTED:
    case REVISION_ISSUED: {
      const e = event.payload;
      return { versionNumber: e.versionNumber, versionLabel: e.label, working: next.working, applied: next.applied };
    }
    default:
      return { versionNumber: before!.versionNumber, versionLabel: before!.versionLabel, working: next.working, applied: next.applied };
  }
}

/** The document whose text history an event adds to; undefined for any event that leaves every text as it was. */
export function textHistoryDocument(event: RecordedEvent): string | undefined {
  return isDocumentEvent(event) && entersTextHistory(event) ? event.payload.documentId : undefined;
}

/**
 * What the text history of one document says before an event: its last entry (none before
 * the registration), and the text each version started with, the first entry of that
 * version, which a correction replays from.
 */
export interface DocumentTextHistory {
  readonly last?: TextHistoryEntry;
  readonly versionStarts: ReadonlyMap<number, ResolutionDocument>;
}

/** One change of a document's text in a batch: the document and the event. */
export interface TextChange {
  readonly documentId: string;
  readonly event: RecordedEvent;
}

/**
 * What a batch must read of each document's history, as it stood before the document's
 * first change in the batch: the last entry, unless that change is the registration; the
 * versions' first entries, only when the batch holds a correction of the document.
 */
export function textHistoryReads(changes: readonly TextChange[]): {
  lastBefore: Map<string, number>;
  versionStartsBefore: Map<string, number>;
} {
  const firsts = new Map<string, RecordedEvent>();
  for (const { documentId, event } of changes) if (!firsts.has(documentId)) firsts.set(documentId, event);
  const lastBefore = new Map<string, number>();
  for (const [documentId, first] of firsts) if (first.type !== DOCUMENT_REGISTERED) lastBefore.set(documentId, first.position);
  const versionStartsBefore = new Map<string, number>();
  for (const { documentId, event } of changes)
    if (event.type === DECISION_CORRECTED) versionStartsBefore.set(documentId, firsts.get(documentId)!.position);
  return { lastBefore, versionStartsBefore };
}

/**
 * The row an event adds to its document's text history, and the history after it. Each
 * entry is folded from the one before it in the log, never from the latest, so a rebuild
 * over old rows writes the same rows again.
 */
export function textHistoryStep(
  change: TextChange,
  history: DocumentTextHistory | undefined,
): { readonly row: DocumentTextHistoryRow; readonly history: DocumentTextHistory } {
  const { documentId, event } = change;
  let before: TextHistoryEntry | undefined;
  let latestVersionText: ResolutionDocument | undefined;
  if (event.type !== DOCUMENT_REGISTERED) {
    before = history?.last;
    if (!before) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    if (event.type === DECISION_CORRECTED) {
      latestVersionText = history!.versionStarts.get(before.versionNumber);
      if (!latestVersionText) throw new Error(`document ${documentId} has no history row for its version ${before.versionNumber}`);
    }
  }
  const next = nextTextEntry(before, latestVersionText, event);
  const starts = history?.versionStarts ?? new Map<number, ResolutionDocument>();
  return {
    row: {
      documentId,
      position: event.position,
      streamVersion: event.streamVersion,
      recordedAt: new Date(event.recordedAt),
      eventType: event.type,
      decisionId: 'decisionId' in event.payload ? (event.payload.decisionId ?? null) : null,
      versionNumber: next.versionNumber,
      versionLabel: next.versionLabel,
      working: next.working,
      applied: [...next.applied],
    },
    history: {
      last: next,
      versionStarts: starts.has(next.versionNumber) ? starts : new Map([...starts, [next.versionNumber, next.working]]),
    },
  };
}
