import fc from 'fast-check';
import { diffSequences } from './myers';

/** Length of the longest common subsequence, by dynamic programming: the reference an optimal diff must meet. */
function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

function replay(a: number[], b: number[], runs: ReturnType<typeof diffSequences>): { fromA: number[]; fromB: number[]; equal: number } {
  const fromA: number[] = [];
  const fromB: number[] = [];
  let i = 0;
  let j = 0;
  let equal = 0;
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      if (run.kind === 'equal') {
        if (a[i] !== b[j]) throw new Error('equal run over different values');
        fromA.push(a[i++]);
        fromB.push(b[j++]);
        equal++;
      } else if (run.kind === 'delete') fromA.push(a[i++]);
      else fromB.push(b[j++]);
    }
  }
  return { fromA, fromB, equal };
}

describe('diffSequences', () => {
  const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 });

  it('accounts for every element of both sequences, in order', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { fromA, fromB } = replay(a, b, diffSequences(Int32Array.from(a), Int32Array.from(b)));
        expect(fromA).toEqual(a);
        expect(fromB).toEqual(b);
      }),
    );
  });

  it('finds a shortest edit script (keeps a longest common subsequence)', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        expect(replay(a, b, diffSequences(Int32Array.from(a), Int32Array.from(b))).equal).toBe(lcsLength(a, b));
      }),
    );
  });

  it('diffs long sequences with few changes quickly', () => {
    const a = Int32Array.from({ length: 40_000 }, (_, i) => i % 997);
    const b = Int32Array.from(a);
    b[100] = -1;
    b[20_000] = -2;
    const started = performance.now();
    const runs = diffSequences(a, b);
    expect(performance.now() - started).toBeLessThan(200);
    expect(runs.filter((run) => run.kind !== 'equal')).toHaveLength(4);
  });
});
