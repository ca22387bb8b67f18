/**
 * A provision's words as Akoma Ntoso inline content: each footnote as an `authorialNote`
 * where its marker stands, and each bracket group's alternatives as `span`s, the second
 * and later ones `alternativeTo` the first, brackets kept in the words.
 */
import { Footnote, bracketGroups, tokenTexts } from '#libs/text';
import { eIdOf } from './identifiers';
import { LEDGER_PREFIX } from './namespaces';
import { XmlNode, element, inline } from './xml-tree';

/** A footnote with the number printed at its marker (footnotes are numbered through the document). */
export interface NumberedFootnote {
  readonly footnote: Footnote;
  readonly marker: number;
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly eId: string;
  readonly alternativeTo?: string;
}

interface Note {
  readonly at: number;
  readonly node: XmlNode;
}

/** The inline content of a provision's `p`. */
export function provisionInline(text: string, footnotes: readonly NumberedFootnote[], provisionEid: string): XmlNode[] {
  const spans = bracketSpans(text, provisionEid);
  const notes = footnotes.map((numbered) => noteAt(text, numbered));
  return pieces(text, 0, text.length, spans, notes);
}

/** Character ranges of each bracketed alternative, with their eIds. */
function bracketSpans(text: string, provisionEid: string): Span[] {
  if (!text.includes('[')) return [];
  const tokens = tokenTexts(text);
  const offsets: number[] = [0];
  for (const token of tokens) offsets.push(offsets[offsets.length - 1] + token.length);
  const spans: Span[] = [];
  bracketGroups(tokens).forEach((group, g) => {
    let first: string | undefined;
    let alternative = 0;
    for (let t = group.from; t < group.to; t++) {
      if (tokens[t] !== '[') continue;
      let close = t + 1;
      while (tokens[close] !== ']') close++;
      alternative++;
      const eId = `${provisionEid}__brackets_${g + 1}__alt_${alternative}`;
      spans.push({ from: offsets[t], to: offsets[close + 1], eId, alternativeTo: first });
      first ??= eId;
      t = close;
    }
  });
  return spans;
}

function noteAt(text: string, { footnote, marker }: NumberedFootnote): Note {
  const words = [...text.matchAll(/\S+/gu)];
  const canonical = footnote.anchor === undefined || footnote.anchor < words.length;
  const at =
    footnote.anchor === undefined || footnote.anchor >= words.length
      ? text.length
      : footnote.anchor === 0
        ? 0
        : words[footnote.anchor - 1].index + words[footnote.anchor - 1][0].length;
  const node = element(
    'authorialNote',
    {
      eId: eIdOf('note', footnote.id),
      marker: String(marker),
      placement: 'bottom',
      // A marker after the last word has no anchor in the model; one given anyway is kept here.
      [`${LEDGER_PREFIX}:anchor`]: canonical ? undefined : String(footnote.anchor),
    },
    [inline('p', {}, [footnote.text])],
  );
  return { at, node };
}

type Mark = { readonly at: number; readonly note: Note } | { readonly at: number; readonly span: Span };

/** The text from `from` to `to`, each note at its place and each span around its words and the notes inside them. */
function pieces(text: string, from: number, to: number, spans: readonly Span[], notes: readonly Note[]): XmlNode[] {
  const within = (note: Note, span: Span) => note.at > span.from && note.at < span.to;
  // A note at the very start of a span stands before it (notes sort before spans at one place; sort is stable).
  const marks: Mark[] = [
    ...notes.filter((note) => !spans.some((span) => within(note, span))).map((note) => ({ at: note.at, note })),
    ...spans.map((span) => ({ at: span.from, span })),
  ].sort((a, b) => a.at - b.at || Number('span' in a) - Number('span' in b));
  const out: XmlNode[] = [];
  let cursor = from;
  for (const mark of marks) {
    if (mark.at > cursor) out.push(text.slice(cursor, mark.at));
    cursor = Math.max(cursor, mark.at);
    if ('note' in mark) {
      out.push(mark.note.node);
      continue;
    }
    const { span } = mark;
    const inner = notes.filter((note) => within(note, span));
    out.push(inline('span', { eId: span.eId, alternativeTo: span.alternativeTo }, pieces(text, span.from, span.to, [], inner)));
    cursor = span.to;
  }
  if (to > cursor) out.push(text.slice(cursor, to));
  return out;
}
