/**
 * A longest common subsequence of two lists, by dynamic programming over the whole table
 * (quadratic: for short lists, the members of one section or one provision). Of several
 * equally long ones it always returns the same: which members count as moved must not
 * change from one rebuild to the next.
 */
export function longestCommonSubsequence<T>(a: readonly T[], b: readonly T[]): T[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const common: T[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common.push(a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return common;
}
