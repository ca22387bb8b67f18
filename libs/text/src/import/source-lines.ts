/**
 * The source as lines the structure reader can trust: word-processor artefacts removed,
 * footnote bodies taken out and their anchors replaced by a sentinel, every line
 * normalised but still carrying its tabs and its 1-based line number.
 */
import type { ImportWarning } from '../model';
import { findDisguisingCharacters, normalizeLine, replaceSuperscriptMarkers, superscriptMarkerFor } from '../normalize';
import { importWarningKeys, keyedWarning } from './import-warnings';

export interface SourceLine {
  /** 1-based line number in the source. */
  readonly number: number;
  /** Normalised text; tabs kept; footnote anchors replaced by anchorSentinel(n). */
  readonly text: string;
}

export interface FootnoteBody {
  readonly number: number;
  readonly text: string;
  readonly line: number;
}

export interface PreparedSource {
  readonly lines: readonly SourceLine[];
  readonly footnotes: ReadonlyMap<number, FootnoteBody>;
  readonly warnings: readonly ImportWarning[];
}

const SENTINEL_OPEN = '\uE000';
const SENTINEL_CLOSE = '\uE001';

/** The private-use marker that stands for footnote anchor n inside a line while it is read. */
export function anchorSentinel(footnoteNumber: number): string {
  return `${SENTINEL_OPEN}${footnoteNumber}${SENTINEL_CLOSE}`;
}

/** Matches anchor sentinels; group 1 is the footnote number. */
export const anchorSentinels = /\uE000(\d+)\uE001/gu;

const bookmark = /\[bookmark:[^\]]*\]/gu;
// "[footnoteRef:1]1": the anchor, followed by the printed marker when the extractor kept it.
const footnoteRef = /\[footnoteRef:(\d+)\](\d*)/gu;
const bracketedBodyStart = /\[(\d+):/gu;
// UNGA-style body at a page foot: "(1) See A/70/125." or "⁽¹⁾ ...".
const parenthesisedBody = /^[ \t]*\((\d+)\)[ \t]+(\S.*)$/u;
const inlineParenthesisedMarker = /(?<=\S)\((\d+)\)/gu;

/** Prepares a source text for reading: artefacts, footnotes, normalisation, invisible characters. */
export function prepareSource(source: string): PreparedSource {
  const warnings: ImportWarning[] = [];
  const withoutBom = source.replace(/^\uFEFF/u, '');
  const { text: withoutBodies, bodies } = takeBracketedBodies(withoutBom.replace(/\r\n|\r/gu, '\n'));
  const rawLines = withoutBodies.split('\n');

  rawLines.forEach((raw, i) => {
    for (const found of findDisguisingCharacters(raw)) {
      warnings.push(
        keyedWarning(importWarningKeys.invisibleCharacterRemoved, i + 1, raw, { character: found.codePoint, column: found.offset + 1 }),
      );
    }
  });

  const footnotes = new Map<number, FootnoteBody>(bodies.map((b) => [b.number, b]));
  const lines: SourceLine[] = [];
  const normalised = rawLines.map((raw) => normalizeLine(raw.replace(bookmark, '')));
  const pageFootBodies = takePageFootBodies(normalised, footnotes);

  normalised.forEach((text, i) => {
    if (pageFootBodies.has(i)) return;
    let line = text.replace(footnoteRef, (_, n: string, printed: string) => anchorWithPrinted(Number(n), printed));
    line = replaceSuperscriptMarkers(line, anchorSentinel);
    line = line.replace(inlineParenthesisedMarker, (whole, n: string) => (footnotes.has(Number(n)) ? anchorSentinel(Number(n)) : whole));
    lines.push({ number: i + 1, text: line });
  });
  return { lines, footnotes, warnings };
}

/** Keeps the digits after an anchor unless they only repeat its number as printed. */
function anchorWithPrinted(n: number, printed: string): string {
  return anchorSentinel(n) + (printed === '' || printed === String(n) ? '' : printed);
}

/**
 * Takes out bodies written inline as "[1: 1\ttext]", possibly over several lines, keeping
 * the line breaks so that line numbers stay true.
 */
function takeBracketedBodies(text: string): { text: string; bodies: FootnoteBody[] } {
  const bodies: FootnoteBody[] = [];
  let out = '';
  let from = 0;
  for (const match of text.matchAll(bracketedBodyStart)) {
    const start = match.index ?? 0;
    if (start < from) continue;
    const end = closingBracket(text, start);
    if (end < 0) continue;
    const n = Number(match[1]);
    const inner = text.slice(start + match[0].length, end);
    const line = countLines(text, start);
    out += text.slice(from, start) + '\n'.repeat(countLines(inner, inner.length) - 1);
    from = end + 1;
    bodies.push({ number: n, text: bodyText(inner, n), line });
  }
  return { text: out + text.slice(from), bodies };
}

function closingBracket(text: string, openAt: number): number {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function countLines(text: string, upTo: number): number {
  let n = 1;
  for (let i = 0; i < upTo; i++) if (text[i] === '\n') n++;
  return n;
}

/** A body's words: normalised, on one line, without the number the extractor repeated ("1\t"). */
function bodyText(inner: string, n: number): string {
  // A body keeps no word-processor markers: a bookmark, or an anchor of another footnote, swallowed when a body's closing bracket was lost.
  const unmarked = inner
    .replace(/\n/gu, ' ')
    .replace(bookmark, '')
    .replace(footnoteRef, (_, ref: string, printed: string) => (printed === ref ? ' ' : ` ${printed}`));
  const text = normalizeLine(unmarked)
    .replace(/[ \t]+/gu, ' ')
    .trim();
  const printed = new RegExp(`^${n}(?:\\s+|\\.\\s*|\\)\\s*)`, 'u');
  return text.replace(printed, '').trim();
}

/**
 * Finds UNGA-style bodies at page feet, "(1) text" or "⁽¹⁾ text", for which another line
 * carries the marker "word(1)" or "⁽¹⁾": only then is "(1)" a footnote, not a paragraph mark.
 */
function takePageFootBodies(lines: readonly string[], footnotes: Map<number, FootnoteBody>): Set<number> {
  const taken = new Set<number>();
  lines.forEach((line, i) => {
    const body = pageFootBody(line);
    if (!body || footnotes.has(body.number)) return;
    const marker = new RegExp(`(?<=\\S)\\(${body.number}\\)`, 'u');
    const sup = superscriptMarkerFor(body.number);
    const marked = lines.some((other, j) => j !== i && (marker.test(other) || other.includes(sup)));
    if (!marked) return;
    footnotes.set(body.number, { number: body.number, text: body.text.replace(/[ \t]+/gu, ' ').trim(), line: i + 1 });
    taken.add(i);
  });
  return taken;
}

const superscriptBodyLine = /^[ \t]*(\u207D[⁰¹²³⁴⁵⁶⁷⁸⁹]+\u207E)[ \t]+(\S.*)$/u;

function pageFootBody(line: string): { number: number; text: string } | undefined {
  const parenthesised = parenthesisedBody.exec(line);
  if (parenthesised) return { number: Number(parenthesised[1]), text: parenthesised[2] };
  const superscripted = superscriptBodyLine.exec(line);
  if (!superscripted) return undefined;
  let number = 0;
  replaceSuperscriptMarkers(superscripted[1], (n) => String((number = n)));
  return { number, text: superscripted[2] };
}
