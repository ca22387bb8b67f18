/**
 * A later version of a seed made the way a negotiation makes one: a word changed in the
 * middle of a sentence, a provision suppressed, one added with a footnote, a footnote added
 * to another, a heading reworded, a provision moved to the head of its section.
 */
import { AmendmentOperation, ResolutionDocument, applyAmendments } from '#libs/text';

export const PROPOSER = { author: 'Arab Republic of Egypt', date: '2026-04-10T17:00:00Z' };
export const SECRETARIAT = { author: 'ITU Secretariat', date: '2026-04-11T09:00:00Z' };

const CHANGED_WORD = 'والمتجددة';

/** A report has no provisions: its prose is revised instead (a word changed, a paragraph dropped, one added). */
function reviseNarrative(doc: ResolutionDocument): ResolutionDocument {
  const narrative = [...(doc.metadata.narrative ?? [])];
  const words = narrative[1].split(' ');
  words[Math.floor(words.length / 2)] = CHANGED_WORD;
  narrative[1] = words.join(' ');
  narrative.splice(3, 1);
  narrative.splice(5, 0, 'ويدعو المجلس إلى الإحاطة علماً بهذا التقرير.');
  return { ...doc, metadata: { ...doc.metadata, narrative } };
}

export function reviseSeed(doc: ResolutionDocument): { after: ResolutionDocument; touched: string[] } {
  if (doc.preamble.length === 0 || doc.operative.length === 0) return { after: reviseNarrative(doc), touched: [] };
  const preamble = doc.preamble[0];
  const operative = doc.operative[0];
  const first = operative.provisions[0];
  const words = first.text.split(' ');
  words[Math.floor(words.length / 2)] = CHANGED_WORD;
  const last = operative.provisions[operative.provisions.length - 1];
  const operations: AmendmentOperation[] = [
    { kind: 'replaceText', provisionId: first.id, text: words.join(' ') },
    {
      kind: 'add',
      newId: 'op-new-1',
      position: { after: first.id },
      text: 'أن يقدم تقريراً سنوياً إلى المجلس؛',
      footnotes: [{ id: 'fn-new-1', text: 'انظر الوثيقة C26/15.', anchor: 2 }],
    },
    { kind: 'changeHeading', sectionId: preamble.id, heading: `${preamble.heading} أيضاً` },
    {
      kind: 'addFootnote',
      provisionId: preamble.provisions[0].id,
      footnoteId: 'fn-new-2',
      text: 'القرار 140 (المراجَع في بوخارست، 2022).',
      anchor: 3,
    },
  ];
  if (preamble.provisions.length > 2) operations.push({ kind: 'suppress', provisionId: preamble.provisions[1].id });
  if (operative.provisions.length > 2) operations.push({ kind: 'move', provisionId: last.id, position: { before: first.id } });
  const applied = applyAmendments(doc, operations);
  if (!applied.ok) throw new Error(`the seed revision does not apply: ${applied.refusal.message}`);
  return { after: applied.value, touched: [first.id, 'op-new-1', preamble.id, preamble.provisions[0].id] };
}
