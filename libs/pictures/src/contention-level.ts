import { ContentionCounts } from './figures';

/**
 * How contested a provision is, as one score: each undecided amendment and each proposer
 * counts once, each group of brackets once, each conflict twice (two proposals that cannot
 * both stand are the heart of a fight).
 */
export function contentionScore(counts: ContentionCounts): number {
  return counts.pendingAmendments + counts.proposers + counts.brackets + 2 * counts.conflicts;
}

/** The lowest score of each shade from 1 to 4; the same for every document, so two maps compare. */
export const CONTENTION_THRESHOLDS = [1, 3, 6, 10] as const;

/** The shade of a provision: 0 (nothing pending, no brackets) to 4 (most contested). */
export function contentionLevel(counts: ContentionCounts): number {
  const score = contentionScore(counts);
  return CONTENTION_THRESHOLDS.filter((threshold) => score >= threshold).length;
}
