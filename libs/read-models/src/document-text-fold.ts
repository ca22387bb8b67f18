import { replay } from '#libs/domain';
import type { ResolutionDocument } from '#libs/text';
import type { AppliedChangeColumn } from './document-row.entity';

/** The event types that start a version: their row holds the version's own text and no change. */
export const VERSION_STARTS: readonly string[] = ['DocumentRegistered', 'VersionAdopted', 'RevisionIssued'];

/** What the fold reads of a row of `document_text_history`: `working` only where the fold starts from it. */
export interface TextHistoryFoldRow {
  readonly eventType: string;
  readonly working: ResolutionDocument | null;
  readonly change: AppliedChangeColumn | null;
  readonly corrects: string | null;
}

/** A document's working text folded from its history rows, with the changes applied to its version. */
export interface FoldedText {
  readonly working: ResolutionDocument;
  readonly applied: readonly AppliedChangeColumn[];
  /** The changes folded onto the snapshot, and their bytes as JSON: when the next snapshot is due. */
  readonly changesSinceSnapshot: number;
  readonly changeBytesSinceSnapshot: number;
}

/**
 * The text after the last of `rows`: the rows of one version of one document from its
 * first row on, in order, with `working` given on the last snapshot row (at least). The
 * changes list is folded over every row (a correction takes one out); the text is the last
 * snapshot's with the changes after it applied by the text engine, as the write side did.
 */
export function foldTextHistory(rows: readonly TextHistoryFoldRow[]): FoldedText {
  let applied: AppliedChangeColumn[] = [];
  let working: ResolutionDocument | undefined;
  let changesSinceSnapshot = 0;
  let changeBytesSinceSnapshot = 0;
  for (const row of rows) {
    if (VERSION_STARTS.includes(row.eventType)) applied = [];
    else if (row.corrects !== null) applied = applied.filter((change) => change.decisionId !== row.corrects);
    if (row.change) applied.push(row.change);
    if (row.working) {
      working = row.working;
      changesSinceSnapshot = 0;
      changeBytesSinceSnapshot = 0;
    } else if (working && row.change) {
      working = replay(working, [row.change]);
      changesSinceSnapshot++;
      changeBytesSinceSnapshot += JSON.stringify(row.change).length;
    }
  }
  if (!working) throw new Error('a text history fold needs the snapshot its rows fold from');
  return { working, applied, changesSinceSnapshot, changeBytesSinceSnapshot };
}
