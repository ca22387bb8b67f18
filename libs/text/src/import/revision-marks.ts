/**
 * Traces of revision marks lost in extraction: a struck-out and an inserted phrase now run
 * together ("(دبي، 2014بوينس آيرس، 2017)" was "Dubai, 2014" struck out and "Buenos Aires,
 * 2017" added). The words are kept as they stand; a person has to look at them.
 */

interface Trace {
  readonly pattern: RegExp;
  readonly what: string;
}

const traces: readonly Trace[] = [
  { pattern: /\d[\u0621-\u064A]/gu, what: 'a number runs into a word' },
  { pattern: /(?<!\d)(?:19|20)\d\d(?:19|20)\d\d(?!\d)/gu, what: 'two years run together' },
  { pattern: /(?<![\d/-])(?:19|20)\d\d (?:19|20)\d\d(?![\d/-])/gu, what: 'two years stand side by side' },
  { pattern: /[،؛,;][،؛,;]/gu, what: 'two clause marks stand side by side' },
  { pattern: /[،؛][\u0621-\u064A]/gu, what: 'a clause mark runs into a word' },
];

export interface RevisionTrace {
  readonly excerpt: string;
  readonly what: string;
}

/** Finds the places in a line where a deleted and an inserted phrase seem to run together. */
export function findRevisionTraces(line: string): RevisionTrace[] {
  const found: RevisionTrace[] = [];
  for (const { pattern, what } of traces) {
    for (const m of line.matchAll(pattern)) {
      const at = m.index ?? 0;
      found.push({ excerpt: wordsAround(line, at, at + m[0].length), what });
    }
  }
  return found;
}

function wordsAround(line: string, start: number, end: number): string {
  const before = line.slice(0, start).split(/\s+/u).slice(-1)[0] ?? '';
  const after = line.slice(end).split(/\s+/u)[0] ?? '';
  return `${before}${line.slice(start, end)}${after}`.trim();
}
