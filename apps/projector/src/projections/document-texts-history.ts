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
 * the registration), the text each version started with, the first entry of that
 * version, which a correction replays from, and how far the last entry is from its snapshot.
 */
export interface DocumentTextHistory {
  readonly last?: TextHistoryEntry;
  readonly versionStarts: ReadonlyMap<number, ResolutionDocument>;
  readonly sinceSnapshot?: SinceSnapshot;
}

/** The last snapshot row of a document, and the changes written after it. */
export interface SinceSnapshot {
  readonly position: number;
  /** The snapshot's text as JSON, in characters. */
  readonly textBytes: number;
  readonly changes: number;
  /** The changes' JSON, in characters. */
  readonly changeBytes: number;
}

/**
 * A snapshot is written when the changes since the last one have grown as large as its
 * text (so snapshots take at most the changes' bytes again), or this many changes have
 * passed (so an as-of read folds at most this many).
 */
export const MAX_CHANGES_BETWEEN_SNAPSHOTS = 64;

/** Whether the row of this change keeps the whole text: a version's first row, a correction (which replays), or a due snapshot. */
function isSnapshot(event: NewEvent, since: SinceSnapshot | undefined, changeBytes: number): boolean {
  if (startsVersion(event) || event.type === DECISION_CORRECTED || !since) return true;
  return since.changes + 1 >= MAX_CHANGES_BETWEEN_SNAPSHOTS || since.changeBytes + changeBytes >= since.textBytes;
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
  const added = startsVersion(event) ? null : addedChange(event, next);
  const changeBytes = added ? JSON.stringify(added).length : 0;
  const snapshot = isSnapshot(event, history?.sinceSnapshot, changeBytes);
  const sinceSnapshot: SinceSnapshot = snapshot
    ? { position: event.position, textBytes: JSON.stringify(next.working).length, changes: 0, changeBytes: 0 }
    : {
        ...history!.sinceSnapshot!,
        changes: history!.sinceSnapshot!.changes + 1,
        changeBytes: history!.sinceSnapshot!.changeBytes + changeBytes,
      };
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
      snapshotPosition: sinceSnapshot.position,
      working: snapshot ? next.working : null,
      change: added,
      corrects: event.type === DECISION_CORRECTED ? event.payload.corrects : null,
    },
    history: {
      last: next,
      versionStarts: starts.has(next.versionNumber) ? starts : new Map([...starts, [next.versionNumber, next.working]]),
      sinceSnapshot,
    },
  };
}

/** A registration, adoption or revision: the event's text is a version's own, with no change on it. */
function startsVersion(event: NewEvent): boolean {
  return event.type === DOCUMENT_REGISTERED || event.type === VERSION_ADOPTED || event.type === REVISION_ISSUED;
}

/** The change an event added to the applied list: the last one, when it is the event's own decision (a correction may add none). */
function addedChange(event: RecordedEvent, next: TextHistoryEntry): AppliedChange | null {
  const last = next.applied[next.applied.length - 1];
  const decisionId = 'decisionId' in event.payload ? event.payload.decisionId : undefined;
  return last && last.decisionId === decisionId ? last : null;
}
