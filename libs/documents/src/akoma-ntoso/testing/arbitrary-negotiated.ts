/**
 * Generated documents as negotiation leaves them: bracketed alternatives inline, a footnote
 * inside a bracket, ids that are not the importer's (amendments choose their own), a
 * heading with no provisions yet, a list marker kept on a provision whose sub-items left.
 */
import fc from 'fast-check';
import type { Provision, ResolutionDocument, Section } from '#libs/text';
import { anyDocument } from '../../../../text/src/testing/arbitrary-document';

const oddIds = fc.constantFrom('op 1/new', 'amend#7', 'ب-١', '_x_', "it's(2)");

function bracketed(provision: Provision, alternatives: readonly string[]): Provision {
  const words = provision.text.split(' ');
  const at = Math.min(1, words.length);
  const text = [...words.slice(0, at), alternatives.map((a) => `[${a}]`).join(' '), ...words.slice(at)].join(' ');
  // A footnote after the first alternative's first word: inside the brackets.
  return { ...provision, text, footnotes: [...provision.footnotes, { id: `${provision.id}-fn-bracket`, text: 'note.', anchor: at + 1 }] };
}

function firstOperative(doc: ResolutionDocument, change: (p: Provision) => Provision): ResolutionDocument {
  const [section, ...rest] = doc.operative;
  const [first, ...others] = section.provisions;
  return { ...doc, operative: [{ ...section, provisions: [change(first), ...others] }, ...rest] };
}

export const negotiatedDocument: fc.Arbitrary<ResolutionDocument> = fc
  .record({
    doc: anyDocument,
    alternatives: fc.array(fc.constantFrom('open to all stakeholders', 'intergovernmental', 'multistakeholder'), {
      minLength: 1,
      maxLength: 3,
    }),
    oddId: oddIds,
    emptyHeading: fc.boolean(),
    strayMarker: fc.boolean(),
    endAnchor: fc.boolean(),
  })
  .map(({ doc, alternatives, oddId, emptyHeading, strayMarker, endAnchor }) => {
    let out = firstOperative(doc, (p) => ({ ...bracketed(p, alternatives), id: oddId }));
    if (emptyHeading) {
      const heading: Section = { id: 'pre-new', heading: doc.preamble[0]?.heading ?? 'noting', provisions: [] };
      out = { ...out, preamble: [...out.preamble, heading] };
    }
    if (strayMarker) out = firstOperative(out, (p) => ({ ...p, children: [], listMarker: 'bullet' }));
    if (endAnchor) {
      // An anchor after the last word given explicitly, as a changed footnote may carry it.
      out = firstOperative(out, (p) => ({
        ...p,
        footnotes: [...p.footnotes, { id: 'fn-end', text: 'end.', anchor: p.text.split(/\s+/u).filter(Boolean).length }],
      }));
    }
    return out;
  });
