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
  const at = footnote.anchor === undefined || footnote.anchor >= words.length ? text.length : footnote.anchor === 0 ? 0 : words[footnote.anchor - 1].index + words[footnote.anchor - 1][0].length;
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

function pieces(text: string, from: number, to: number, spans: readonly Span[], notes: readonly Note[]): XmlNode[] {
  const out: XmlNode[] = [];
  let cursor = from;
  const flushTo = (end: number) => {
    if (end > cursor) out.push(text.slice(cursor, end));
    cursor = Math.max(cursor, end);
  };
  const outside = notes.filter((note) => !spans.some((span) => note.at > span.from && note.at < span.to));
  const events = [
    ...outside.map((note, order) => ({ at: note.at, order, note })),
    ...spans.map((span) => ({ at: span.from, order: Number.MAX_SAFE_INTEGER, span })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);
  for (const event of events) {
    flushTo(event.at);
    if ('note' in event && event.note) out.push(event.note.node);
    else if ('span' in event && event.span) {
      const span = event.span;
      const inner = notes.filter((note) => note.at > span.from && note.at < span.to);
      out.push(inline('span', { eId: span.eId, alternativeTo: span.alternativeTo }, pieces(text, span.from, span.to, [], inner)));
      cursor = span.to;
    }
  }
  flushTo(to);
  return out;
}
