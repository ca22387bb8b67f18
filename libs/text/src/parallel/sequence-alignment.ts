/**
 * The dynamic programme behind the aligner: the cheapest way to walk two lists in order,
 * pairing an item of each or leaving one of either side alone, as in Gale and Church's
 * sentence alignment (one-to-one, one-to-none and none-to-one steps). O(n·m) in time and
 * space for lists of n and m items: lists are a section's provisions or a provision's
 * sub-items, tens of items, never the whole document.
 */

/** One step of an alignment: a pair, or an item of one side with no partner. */
export interface AlignmentStep {
  readonly ours?: number;
  readonly theirs?: number;
}

/** The cheapest alignment of two lists in order, given the price of each pair and of leaving an item alone. */
export function alignSequences(
  n: number,
  m: number,
  skipOurs: number,
  skipTheirs: number,
  pairCost: (i: number, j: number) => number,
): AlignmentStep[] {
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  // 0: pair, 1: ours alone, 2: theirs alone.
  const move = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    cost[i * width] = i * skipOurs;
    move[i * width] = 1;
  }
  for (let j = 1; j <= m; j++) {
    cost[j] = j * skipTheirs;
    move[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const at = i * width + j;
      let best = cost[at - width - 1] + pairCost(i - 1, j - 1);
      let how = 0;
      const alone = cost[at - width] + skipOurs;
      if (alone < best) {
        best = alone;
        how = 1;
      }
      const extra = cost[at - 1] + skipTheirs;
      if (extra < best) {
        best = extra;
        how = 2;
      }
      cost[at] = best;
      move[at] = how;
    }
  }
  const steps: AlignmentStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const how = move[i * width + j];
    if (how === 0) steps.push({ ours: --i, theirs: --j });
    else if (how === 1) steps.push({ ours: --i });
    else steps.push({ theirs: --j });
  }
  return steps.reverse();
}
