/** What the decisions on a provision's amendments and its adoption say in an explanation's steps. */
import {
  AMENDMENTS_MERGED,
  AMENDMENT_RULED,
  AdoptionMethod,
  AmendmentRuled,
  AmendmentsMerged,
  BRACKETS_SETTLED,
  BracketsSettled,
  DecisionCorrected,
} from '#libs/contracts';
import { CurrentEvent } from './replay-events';

/** " without a vote", " by a recorded vote of 150 to 5 with 10 abstentions", or nothing for adoptions recorded without their method. */
export function howAdopted(method: AdoptionMethod | undefined): string {
  if (!method) return '';
  if (method.kind === 'consensus') return ' without a vote';
  return ` by a recorded vote of ${method.tally.yes} to ${method.tally.no} with ${method.tally.abstain} abstention(s)`;
}

export function decisionOf(event: CurrentEvent<AmendmentRuled | AmendmentsMerged | BracketsSettled | DecisionCorrected>): {
  kind: 'ruled' | 'merged' | 'brackets-settled' | 'corrected';
  decisionId: string;
  amendmentIds: string[];
  summary: string;
} {
  switch (event.type) {
    case AMENDMENT_RULED: {
      const e = event.payload;
      return {
        kind: 'ruled',
        decisionId: e.decisionId,
        amendmentIds: [e.amendmentId],
        summary: `decision ${e.decisionId}: amendment ${e.amendmentId} ${e.ruling}`,
      };
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      return {
        kind: 'merged',
        decisionId: e.decisionId,
        amendmentIds: [...e.amendmentIds],
        summary: `decision ${e.decisionId}: amendments ${e.amendmentIds.join(', ')} merged into one text`,
      };
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      return {
        kind: 'brackets-settled',
        decisionId: e.decisionId,
        amendmentIds: [],
        summary: `decision ${e.decisionId}: bracketed alternatives settled (${e.choice === 'none' ? 'none kept' : `alternative ${e.choice + 1} kept`})`,
      };
    }
    default: {
      const e = event.payload;
      return {
        kind: 'corrected',
        decisionId: e.decisionId,
        amendmentIds: [e.amendmentId],
        summary: `decision ${e.decisionId} corrects ${e.corrects}: amendment ${e.amendmentId} ${e.ruling} (${e.reason})`,
      };
    }
  }
}
