import fc from 'fast-check';
import { longestCommonSubsequence } from './common-subsequence';

/** Whether `sub` can be read out of `list` in order, skipping members. */
function isSubsequence<T>(sub: readonly T[], list: readonly T[]): boolean {
  let i = 0;
  for (const member of list) if (i < sub.length && sub[i] === member) i++;
  return i === sub.length;
}

/** The length of a longest common subsequence, by trying every subset of the shorter list (the reference for small lists). */
function bruteForceLength(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << a.length; mask++) {
    const sub = a.filter((_, i) => mask & (1 << i));
    if (sub.length > best && isSubsequence(sub, b)) best = sub.length;
  }
  return best;
}

describe('the longest common subsequence of two lists', () => {
  it('keeps the members still in order when one was moved to the end', () => {
    expect(longestCommonSubsequence(['op-1', 'op-2', 'op-3', 'op-4'], ['op-1', 'op-3', 'op-4', 'op-2'])).toEqual(['op-1', 'op-3', 'op-4']);
  });

  it('of two swapped members keeps the one the second list names first', () => {
    expect(longestCommonSubsequence(['a', 'b'], ['b', 'a'])).toEqual(['b']);
  });

  it('is empty when either list is', () => {
    expect(longestCommonSubsequence([], ['a'])).toEqual([]);
    expect(longestCommonSubsequence(['a'], [])).toEqual([]);
  });

  it('is a subsequence of both lists, and none longer exists', () => {
    const list = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 9 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        const common = longestCommonSubsequence(a, b);
        expect(isSubsequence(common, a)).toBe(true);
        expect(isSubsequence(common, b)).toBe(true);
        expect(common.length).toBe(bruteForceLength(a, b));
      }),
    );
  });
});
