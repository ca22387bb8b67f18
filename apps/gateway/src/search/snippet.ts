import type { SearchMatch } from '#libs/text';

/** A stretch of a hit's text around its first match, as plain text and as HTML with the matches marked. */
export interface Snippet {
  /** Plain text, whitespace collapsed, "…" where the text was cut. */
  readonly text: string;
  /** The same text, HTML-escaped, with each match in <mark>. */
  readonly html: string;
  /** Where the matches stand in `text` (UTF-16 offsets). */
  readonly highlights: SearchMatch[];
}

const ELLIPSIS = '…';
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Document text is never markup: everything but the <mark> tags is escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => HTML_ENTITIES[char]);
}

/** The window of about `maxChars` characters around the first match, cut at spaces where it can be. */
function windowAround(text: string, first: SearchMatch | undefined, maxChars: number): { from: number; to: number } {
  if (text.length <= maxChars) return { from: 0, to: text.length };
  const anchor = first ?? { start: 0, end: 0 };
  let from = Math.max(0, anchor.start - Math.floor(maxChars / 3));
  let to = Math.min(text.length, from + Math.max(maxChars, anchor.end - from));
  if (to - from < maxChars) from = Math.max(0, to - maxChars);
  if (from > 0 && !/\s/u.test(text[from - 1])) {
    const space = text.slice(from, anchor.start).search(/\s/u);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length && !/\s/u.test(text[to])) {
    const space = text.slice(anchor.end, to).search(/\s\S*$/u);
    if (space >= 0) to = anchor.end + space;
  }
  return { from, to };
}

/**
 * The snippet of a hit: the text around its first match (the whole text when short), with
 * whitespace collapsed; the matches are highlighted by offsets in `text` and by <mark> in
 * `html`, where everything else is escaped.
 */
export function buildSnippet(text: string, matches: readonly SearchMatch[], maxChars = 240): Snippet {
  const { from, to } = windowAround(text, matches[0], maxChars);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = from;
  for (const match of matches) {
    const start = Math.max(match.start, at);
    const end = Math.min(match.end, to);
    if (start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), marked: false });

  const collapsed = pieces.map((piece) => ({ ...piece, text: piece.text.replace(/\s+/gu, ' ') }));
  if (collapsed.length > 0) {
    collapsed[0] = { ...collapsed[0], text: collapsed[0].text.trimStart() };
    const last = collapsed.length - 1;
    collapsed[last] = { ...collapsed[last], text: collapsed[last].text.trimEnd() };
  }
  const before = from > 0 ? ELLIPSIS : '';
  const after = to < text.length ? ELLIPSIS : '';
  let plain = before;
  let html = escapeHtml(before);
  const highlights: SearchMatch[] = [];
  for (const piece of collapsed) {
    if (piece.marked && piece.text !== '') {
      highlights.push({ start: plain.length, end: plain.length + piece.text.length });
      html += `<mark>${escapeHtml(piece.text)}</mark>`;
    } else {
      html += escapeHtml(piece.text);
    }
    plain += piece.text;
  }
  return { text: plain + after, html: html + escapeHtml(after), highlights };
}
