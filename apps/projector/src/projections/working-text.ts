import {
  AMENDMENTS_MERGED,
  AMENDMENT_RULED,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  NewEvent,
  REVISION_ISSUED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { AppliedChange, replay } from '#libs/domain';
import { ResolutionDocument } from '#libs/text';

/*
 * A document's working text as the projections that keep one fold it: the same steps as
 * the write side's `evolveDocument`, without the rest of the document's state. Pure.
 */

/** The working text as the write side keeps it: the latest version with every decision since applied. */
export interface WorkingText {
  /** The latest version's text, which a correction replays from; needed only for corrections. */
  readonly latestVersion?: ResolutionDocument;
  readonly working: ResolutionDocument;
  readonly applied: readonly AppliedChange[];
}

/** The types of the events that may change the working text (see `changesWorkingText`). */
export const WORKING_TEXT_CHANGES = [
  AMENDMENT_RULED,
  AMENDMENTS_MERGED,
  BRACKETS_SETTLED,
  VERSION_ADOPTED,
  DECISION_CORRECTED,
  REVISION_ISSUED,
] as const;

/** The events that change the working text (a ruling only when it applied something). */
export function changesWorkingText(event: NewEvent): boolean {
  switch (event.type) {
    case AMENDMENT_RULED:
      return event.payload.applied !== undefined;
    case AMENDMENTS_MERGED:
    case BRACKETS_SETTLED:
    case VERSION_ADOPTED:
    case DECISION_CORRECTED:
    case REVISION_ISSUED:
      return true;
    default:
      return false;
  }
}

/**
 * Folds one document event into the working text exactly as `evolveDocument` does: a
 * decision's applied operation goes through the text engine onto the working text; a
 * correction drops the corrected decision's change and replays the rest from the latest
 * version; an adoption freezes the working text as the new latest version; a revision replaces it as one.
 */
export function evolveWorkingText(text: WorkingText | undefined, event: NewEvent): WorkingText | undefined {
  switch (event.type) {
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      return { latestVersion: e.text, working: e.text, applied: [] };
    }
    case AMENDMENT_RULED: {
      const e = event.payload;
      return e.applied ? withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied }) : text;
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      return withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied });
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      return withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied });
    }
    case VERSION_ADOPTED:
    case REVISION_ISSUED: {
      const e = event.payload;
      return { latestVersion: e.text, working: e.text, applied: [] };
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      const before = current(text, event);
      if (!before.latestVersion)
        throw new Error(`a correction replays from the latest version's text, which was not given (${event.type})`);
      const applied = [
        ...before.applied.filter((change) => change.decisionId !== e.corrects),
        ...(e.applied ? [{ decisionId: e.decisionId, operation: e.applied }] : []),
      ];
      return { ...before, applied, working: replay(before.latestVersion, applied) };
    }
    default:
      return text;
  }
}

function withChange(text: WorkingText, change: AppliedChange): WorkingText {
  return { ...text, applied: [...text.applied, change], working: replay(text.working, [change]) };
}

function current(text: WorkingText | undefined, event: NewEvent): WorkingText {
  if (!text) throw new Error(`${event.type} on a document that is not registered`);
  return text;
}
