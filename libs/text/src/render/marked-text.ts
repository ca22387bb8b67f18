import { DocumentDiff } from '../diff/document-diff';
import { WordSegment } from '../diff/word-diff';
import { MarkedDocument, MarkedFootnote, MarkedLine, MarkedProvision, markRevision } from './marked-model';

/**
 * The marked text as plain text. The convention:
 *
 * - One line per title, enacting body, section heading, provision and footnote:
 *   `TAG<TAB>CONTENT`. TAG is what the ITU prints in the margin: `ADD` (new),
 *   `MOD` (reworded), `SUP` (suppressed), or nothing.
 * - A provision's CONTENT is its indentation (two spaces per level), its label as
 *   printed, a tab, and its words; a footnote's is its indentation, two spaces more,
 *   `[^id] ` and its words.
 * - Struck words stand in `[-…-]`, added words in `[+…+]`. A relabelled provision shows
 *   both labels, old then new: `[-أ )-][+ب)+]`. A provision added or suppressed whole has
 *   its label and words inside one mark: `ADD	[+ب)	words+]`.
 * - A moved provision stands once, where it stands now, tagged MOD, its label, words,
 *   footnotes and sub-items marked against what they were, with an editorial note in
 *   `⟦…⟧` ("⟦moved from ب) in «يقرر»⟧") that belongs to neither version; where it stood, a
 *   reminder: its old label struck and "⟦moved to …⟧". (In a section moved to the other
 *   part, it is struck where it stood and added where it stands, each with its note.)
 * - In the document's own text, a backslash, `[-`, `[+`, `-]`, `+]`, `⟦`, `⟧`, tab and
 *   line breaks are escaped with a backslash (`\[-`, `-\]`, `\t`, `\n`…), so that the marks
 *   are never ambiguous and `readMarkedText` gives each version back exactly (the old
 *   wording of a moved provision where it now stands).
 */
export function renderMarkedPlainText(diff: DocumentDiff): string {
  return writeMarkedText(markRevision(diff));
}

export function writeMarkedText(marked: MarkedDocument): string {
  const lines: string[] = [];
  const emit = (line: MarkedLine, content: string) => {
    if (line.tag === '' && content === '') return;
    lines.push(`${line.tag}\t${content}${line.note === undefined ? '' : ` ⟦${escape(line.note)}⟧`}`);
  };
  emit(marked.title, wordsOf(marked.title));
  emit(marked.body, wordsOf(marked.body));
  const provision = (item: MarkedProvision) => {
    const indent = '  '.repeat(item.depth);
    emit(
      item,
      item.whole === undefined
        ? `${indent}${segments(item.label)}\t${segments(item.words)}`
        : `${indent}${wrap(item.whole, `${plainText(item.label)}\t${plainText(item.words)}`)}`,
    );
    for (const footnote of item.footnotes) emit(footnote, `${indent}  ${footnoteContent(footnote)}`);
    item.children.forEach(provision);
  };
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of marked.parts[part]) {
      emit(section, wordsOf(section));
      section.provisions.forEach(provision);
    }
  }
  return lines.join('\n') + '\n';
}

function wordsOf(line: MarkedLine): string {
  return line.whole === undefined ? segments(line.words) : wrap(line.whole, plainText(line.words));
}

function footnoteContent(footnote: MarkedFootnote): string {
  const marker = `[^${escape(footnote.id)}] `;
  return footnote.whole === undefined
    ? `${marker}${segments(footnote.words)}`
    : wrap(footnote.whole, `${marker}${plainText(footnote.words)}`);
}

function segments(words: readonly WordSegment[]): string {
  return words.map((segment) => (segment.kind === 'equal' ? escape(segment.text) : wrap(segment.kind, escape(segment.text)))).join('');
}

function plainText(words: readonly WordSegment[]): string {
  return escape(words.map((segment) => segment.text).join(''));
}

function wrap(kind: 'insert' | 'delete', content: string): string {
  if (content === '') return '';
  return kind === 'insert' ? `[+${content}+]` : `[-${content}-]`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '⟦': '\\⟦', '⟧': '\\⟧' };

/** Escapes document text so that nothing in it reads as a mark. */
function escape(text: string): string {
  return text.replace(/[\\\t\n\r⟦⟧]|\[(?=[-+])|(?<=[-+])\]/gu, (char) => ESCAPES[char] ?? `\\${char}`);
}

/**
 * One version read back from a marked text: `before` keeps struck words and drops added
 * ones, `after` the reverse; tags, marks and editorial notes go, escapes are undone, and
 * lines left blank are dropped. What remains is each line's content as the clean version
 * would be laid out in the same convention.
 */
export function readMarkedText(marked: string, side: 'before' | 'after'): string[] {
  const lines: string[] = [];
  for (const raw of marked.split('\n')) {
    const tab = raw.indexOf('\t');
    if (tab < 0) continue;
    const content = readLine(raw.slice(tab + 1), side);
    if (content.trim() !== '') lines.push(content);
  }
  return lines;
}

function readLine(content: string, side: 'before' | 'after'): string {
  let out = '';
  let mark: '+' | '-' | undefined;
  let inNote = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    const next = content[i + 1];
    if (char === '\\' && next !== undefined) {
      i++;
      const literal = next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next;
      if (!inNote && keeps(mark, side)) out += literal;
      continue;
    }
    if (inNote) {
      if (char === '⟧') inNote = false;
      continue;
    }
    if (mark === undefined && char === '[' && (next === '+' || next === '-')) {
      mark = next;
      i++;
      continue;
    }
    if (mark !== undefined && char === mark && next === ']') {
      mark = undefined;
      i++;
      continue;
    }
    if (mark === undefined && char === '⟦') {
      inNote = true;
      if (out.endsWith(' ')) out = out.slice(0, -1);
      continue;
    }
    if (keeps(mark, side)) out += char;
  }
  return out;
}

function keeps(mark: '+' | '-' | undefined, side: 'before' | 'after'): boolean {
  return mark === undefined || (mark === '-' ? side === 'before' : side === 'after');
}
