/**
 * Myers' O(ND) difference algorithm in linear space (the middle-snake bisection), on
 * sequences of integers. Callers intern their comparison keys to integers first.
 */

/** A run of the alignment: `equal` consumes from both sequences, `delete` from a, `insert` from b. */
export interface EditRun {
  readonly kind: 'equal' | 'delete' | 'insert';
  readonly length: number;
}

/** The shortest edit script from `a` to `b`, as runs in order. */
export function diffSequences(a: Int32Array, b: Int32Array): EditRun[] {
  const runs: EditRun[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, runs);
  return mergeRuns(runs);
}

function push(runs: EditRun[], kind: EditRun['kind'], length: number): void {
  if (length > 0) runs.push({ kind, length });
}

function diffRange(a: Int32Array, aStart: number, aEnd: number, b: Int32Array, bStart: number, bEnd: number, runs: EditRun[]): void {
  let prefix = 0;
  while (aStart + prefix < aEnd && bStart + prefix < bEnd && a[aStart + prefix] === b[bStart + prefix]) prefix++;
  aStart += prefix;
  bStart += prefix;
  let suffix = 0;
  while (aEnd - suffix > aStart && bEnd - suffix > bStart && a[aEnd - suffix - 1] === b[bEnd - suffix - 1]) suffix++;
  aEnd -= suffix;
  bEnd -= suffix;

  push(runs, 'equal', prefix);
  if (aStart === aEnd) {
    push(runs, 'insert', bEnd - bStart);
  } else if (bStart === bEnd) {
    push(runs, 'delete', aEnd - aStart);
  } else {
    const snake = middleSnake(a, aStart, aEnd, b, bStart, bEnd);
    if (snake === undefined) {
      push(runs, 'delete', aEnd - aStart);
      push(runs, 'insert', bEnd - bStart);
    } else {
      diffRange(a, aStart, snake.x, b, bStart, snake.y, runs);
      diffRange(a, snake.x, aEnd, b, snake.y, bEnd, runs);
    }
  }
  push(runs, 'equal', suffix);
}

/**
 * Finds a point (x, y) on an optimal path by running the forward and reverse searches
 * until they overlap; the problem then splits in two at that point.
 */
function middleSnake(
  a: Int32Array,
  aStart: number,
  aEnd: number,
  b: Int32Array,
  bStart: number,
  bEnd: number,
): { x: number; y: number } | undefined {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * maxD + 3;
  const forward = new Int32Array(size).fill(-1);
  const reverse = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  reverse[offset + 1] = 0;
  const delta = n - m;
  const frontOverlaps = delta % 2 !== 0;
  let kStartF = 0,
    kEndF = 0,
    kStartR = 0,
    kEndR = 0;

  for (let d = 0; d < maxD; d++) {
    for (let k = -d + kStartF; k <= d - kEndF; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x++;
        y++;
      }
      forward[i] = x;
      if (x > n) kEndF += 2;
      else if (y > m) kStartF += 2;
      else if (frontOverlaps) {
        const r = offset + delta - k;
        if (r >= 0 && r < size && reverse[r] !== -1 && x >= n - reverse[r]) {
          return { x: aStart + x, y: bStart + y };
        }
      }
    }
    for (let k = -d + kStartR; k <= d - kEndR; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && reverse[i - 1] < reverse[i + 1]) ? reverse[i + 1] : reverse[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aEnd - x - 1] === b[bEnd - y - 1]) {
        x++;
        y++;
      }
      reverse[i] = x;
      if (x > n) kEndR += 2;
      else if (y > m) kStartR += 2;
      else if (!frontOverlaps) {
        const f = offset + delta - k;
        if (f >= 0 && f < size && forward[f] !== -1) {
          const fx = forward[f];
          const fy = offset + fx - f;
          if (fx >= n - x) return { x: aStart + fx, y: bStart + fy };
        }
      }
    }
  }
  return undefined;
}

function mergeRuns(runs: EditRun[]): EditRun[] {
  const merged: EditRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.kind === run.kind) merged[merged.length - 1] = { kind: run.kind, length: last.length + run.length };
    else merged.push(run);
  }
  return merged;
}
