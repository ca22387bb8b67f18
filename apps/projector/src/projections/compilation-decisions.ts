import { AMENDMENTS_MERGED, AMENDMENT_RULED, DECISION_CORRECTED, RecordedEvent } from '#libs/contracts';
import type { AmendmentDecisionRecord } from '#libs/read-models';

/**
 * The decision an event records on amendments (a ruling, a merge, a correction), as each
 * amendment it rules on keeps it; undefined for any other event.
 */
export function amendmentDecisionOf(
  event: RecordedEvent,
): { readonly amendmentIds: readonly string[]; readonly decision: AmendmentDecisionRecord } | undefined {
  const taken = { decidedBy: event.metadata.actor.id, recordedAt: event.recordedAt, position: event.position };
  switch (event.type) {
    case AMENDMENT_RULED: {
      const e = event.payload;
      return {
        amendmentIds: [e.amendmentId],
        decision: compact<AmendmentDecisionRecord>({
          id: e.decisionId,
          kind: 'ruling',
          ruling: e.ruling,
          compromise: e.compromise,
          applied: e.applied,
          reason: e.reason,
          meeting: e.meeting,
          date: e.date,
          ...taken,
        }),
      };
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      return {
        amendmentIds: e.amendmentIds,
        decision: compact<AmendmentDecisionRecord>({
          id: e.decisionId,
          kind: 'merge',
          ruling: 'merged',
          operation: e.operation,
          amendmentIds: [...e.amendmentIds],
          applied: e.applied,
          meeting: e.meeting,
          date: e.date,
          ...taken,
        }),
      };
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      return {
        amendmentIds: [e.amendmentId],
        decision: compact<AmendmentDecisionRecord>({
          id: e.decisionId,
          kind: 'correction',
          ruling: e.ruling,
          corrects: e.corrects,
          compromise: e.compromise,
          applied: e.applied,
          reason: e.reason,
          meeting: e.meeting,
          date: e.date,
          ...taken,
        }),
      };
    }
    default:
      return undefined;
  }
}

/**
 * An amendment's decisions with one more, in the order taken. A correction is a new
 * decision that cites the one it corrects, never an edit: the corrected one stays, marked
 * with the correction that superseded it. Recording the same decision again changes nothing.
 */
export function withDecision(decisions: readonly AmendmentDecisionRecord[], decision: AmendmentDecisionRecord): AmendmentDecisionRecord[] {
  const others = decisions.filter((recorded) => recorded.id !== decision.id);
  const marked =
    decision.corrects === undefined
      ? others
      : others.map((recorded) => (recorded.id === decision.corrects ? { ...recorded, correctedBy: decision.id } : recorded));
  return [...marked, decision];
}

/** The record without its absent fields, so that it is stored (and compared) the same way every time. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
