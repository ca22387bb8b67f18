/**
 * The lines around the text of two versions (cover, closing), aligned: a line both have
 * is kept, a line only one has is added or struck, and a struck line followed by an added
 * one of the same kind is one line reworded, marked word by word.
 */
import { WordSegment, diffWords } from '#libs/text';
import type { FrameLine, FrameLineKind } from './cover';

export interface FrameLineChange {
  readonly kind: FrameLineKind;
  readonly words: readonly WordSegment[];
  readonly inBefore: boolean;
  readonly inAfter: boolean;
}

type Step = { readonly op: 'equal' | 'delete' | 'insert'; readonly line: FrameLine };

/** Longest common subsequence of two short lists of lines (a cover has a few dozen at most). */
function alignLines(before: readonly FrameLine[], after: readonly FrameLine[]): Step[] {
  const same = (a: FrameLine, b: FrameLine) => a.kind === b.kind && a.text === b.text;
  const table: number[][] = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i][j] = same(before[i], after[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && same(before[i], after[j])) {
      steps.push({ op: 'equal', line: after[j] });
      i++;
      j++;
    } else if (i < before.length && (j === after.length || table[i + 1][j] >= table[i][j + 1])) {
      // Struck lines before added ones, so that a reworded line pairs up.
      steps.push({ op: 'delete', line: before[i++] });
    } else {
      steps.push({ op: 'insert', line: after[j++] });
    }
  }
  return steps;
}

export function diffFrameLines(before: readonly FrameLine[], after: readonly FrameLine[]): FrameLineChange[] {
  const steps = alignLines(before, after);
  const changes: FrameLineChange[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k];
    if (step.op === 'equal') {
      changes.push({ kind: step.line.kind, words: [{ kind: 'equal', text: step.line.text }], inBefore: true, inAfter: true });
      continue;
    }
    // A run of struck lines, then a run of added ones: paired one to one while their kinds match.
    const deleted: FrameLine[] = [];
    while (k < steps.length && steps[k].op === 'delete') deleted.push(steps[k++].line);
    const inserted: FrameLine[] = [];
    while (k < steps.length && steps[k].op === 'insert') inserted.push(steps[k++].line);
    k--;
    const paired = Math.min(deleted.length, inserted.length);
    for (let p = 0; p < paired; p++) {
      if (deleted[p].kind === inserted[p].kind) {
        changes.push({ kind: inserted[p].kind, words: diffWords(deleted[p].text, inserted[p].text), inBefore: true, inAfter: true });
      } else {
        changes.push({ kind: deleted[p].kind, words: [{ kind: 'delete', text: deleted[p].text }], inBefore: true, inAfter: false });
        changes.push({ kind: inserted[p].kind, words: [{ kind: 'insert', text: inserted[p].text }], inBefore: false, inAfter: true });
      }
    }
    for (const line of deleted.slice(paired))
      changes.push({ kind: line.kind, words: [{ kind: 'delete', text: line.text }], inBefore: true, inAfter: false });
    for (const line of inserted.slice(paired))
      changes.push({ kind: line.kind, words: [{ kind: 'insert', text: line.text }], inBefore: false, inAfter: true });
  }
  return changes;
}
