/**
 * Words compared as multisets: the check an auditor makes that nothing was lost between
 * a source and what was made of it (order and layout aside).
 */
import { normalizeText, superscriptMarker } from './normalize';

// Footnote marks printed against a word: "word⁽¹⁾", "word,(1)".
const footnoteMarks = new RegExp(`${superscriptMarker.source}|(?<=\\S)\\(\\d{1,3}\\)`, 'gu');

/** The normalised words of a text, without the punctuation around them and without footnote marks; pure punctuation is not a word. */
export function wordsOf(text: string): string[] {
  return normalizeText(text)
    .replace(footnoteMarks, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** The words of `expected` that `actual` lacks, counting repeats (multiset difference). */
export function missingWords(expected: readonly string[], actual: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const w of actual) available.set(w, (available.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of expected) {
    const n = available.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else available.set(w, n - 1);
  }
  return missing;
}
