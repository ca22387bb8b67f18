import type { EntryChange } from './document-diff';

/**
 * Merges the old and new lists of one container (a section's provisions, a provision's
 * sub-items) into one reading order: the new list, with what left it shown where it
 * stood. Items in both lists keep their place when they are in the longest common
 * subsequence; the others moved (they show at both places).
 */
export function alignLists(
  oldIds: readonly string[],
  newIds: readonly string[],
  inNewDocument: (id: string) => boolean,
  inOldDocument: (id: string) => boolean,
): { id: string; change: EntryChange }[] {
  const newIndex = new Map(newIds.map((id, index) => [id, index]));
  const common = oldIds.filter((id) => newIndex.has(id));
  const kept = new Set(longestIncreasing(common.map((id) => newIndex.get(id) as number)).map((index) => newIds[index]));

  // What left each gap of the kept items, keyed by the kept item it follows (null before the first).
  const leftAfter = new Map<string | null, { id: string; change: EntryChange }[]>();
  let previousKept: string | null = null;
  for (const id of oldIds) {
    if (kept.has(id)) {
      previousKept = id;
      continue;
    }
    const change: EntryChange = newIndex.has(id) || inNewDocument(id) ? 'moved-away' : 'deleted';
    const list = leftAfter.get(previousKept) ?? [];
    list.push({ id, change });
    leftAfter.set(previousKept, list);
  }

  const oldSet = new Set(oldIds);
  const merged: { id: string; change: EntryChange }[] = [...(leftAfter.get(null) ?? [])];
  for (const id of newIds) {
    if (kept.has(id)) merged.push({ id, change: 'kept' }, ...(leftAfter.get(id) ?? []));
    else merged.push({ id, change: oldSet.has(id) || inOldDocument(id) ? 'moved-here' : 'inserted' });
  }
  return merged;
}

/** The values of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid] < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
    tailIndex[low] = i;
    previous[i] = low > 0 ? tailIndex[low - 1] : -1;
  });
  const result: number[] = [];
  for (let i = tailIndex[tails.length - 1] ?? -1; i >= 0; i = previous[i]) result.push(values[i]);
  return result.reverse();
}
