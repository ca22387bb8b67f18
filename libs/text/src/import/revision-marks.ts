/**
 * Traces of revision marks lost in extraction: a struck-out and an inserted phrase now run
 * together ("(دبي، 2014بوينس آيرس، 2017)" was "Dubai, 2014" struck out and "Buenos Aires,
 * 2017" added). The words are kept as they stand; a person has to look at them.
 */

/** What a trace looks like; each has its warning key (`revisionTraceKeys`). */
export type RevisionTraceKind =
  'number-runs-into-word' | 'years-run-together' | 'years-side-by-side' | 'clause-marks-side-by-side' | 'clause-mark-runs-into-word';

interface Trace {
  readonly pattern: RegExp;
  readonly kind: RevisionTraceKind;
}

const traces: readonly Trace[] = [
  { pattern: /\d[\u0621-\u064A]/gu, kind: 'number-runs-into-word' },
  { pattern: /(?<!\d)(?:19|20)\d\d(?:19|20)\d\d(?!\d)/gu, kind: 'years-run-together' },
  { pattern: /(?<![\d/-])(?:19|20)\d\d (?:19|20)\d\d(?![\d/-])/gu, kind: 'years-side-by-side' },
  { pattern: /[،؛,;][،؛,;]/gu, kind: 'clause-marks-side-by-side' },
  { pattern: /[،؛][\u0621-\u064A]/gu, kind: 'clause-mark-runs-into-word' },
];

export interface RevisionTrace {
  readonly excerpt: string;
  readonly kind: RevisionTraceKind;
}

/** Finds the places in a line where a deleted and an inserted phrase seem to run together. */
export function findRevisionTraces(line: string): RevisionTrace[] {
  const found: RevisionTrace[] = [];
  for (const { pattern, kind } of traces) {
    for (const m of line.matchAll(pattern)) {
      const at = m.index ?? 0;
      found.push({ excerpt: wordsAround(line, at, at + m[0].length), kind });
    }
  }
  return found;
}

function wordsAround(line: string, start: number, end: number): string {
  const before = line.slice(0, start).split(/\s+/u).slice(-1)[0] ?? '';
  const after = line.slice(end).split(/\s+/u)[0] ?? '';
  return `${before}${line.slice(start, end)}${after}`.trim();
}
