/**
 * Word out on documents of the size the field produces: an 80 KB Arabic resolution written
 * as a .docx, and the marked text between it and a revision of every tenth provision, as
 * tracked changes and in the body's printed convention. The aim for each is 200 ms on one core.
 */
import { renderDocumentDocx, renderMarkedDocx } from '#libs/documents';
import { Provision, ResolutionDocument, Section } from '#libs/text';
import { generateResolution } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const BUDGET_MS = 200;
const SECRETARIAT = { author: 'Secretariat', date: '2026-03-02T10:00:00Z' };

function resolution(): ResolutionDocument {
  return generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 });
}

/** The text revised as a negotiation revises it: every tenth provision's second word replaced. */
function revised(doc: ResolutionDocument): ResolutionDocument {
  let n = 0;
  const provision = (p: Provision): Provision => {
    const words = p.text.split(' ');
    if (++n % 10 === 0 && words.length > 2) words[1] = 'المناسبة';
    return { ...p, text: words.join(' '), children: p.children.map(provision) };
  };
  const section = (s: Section): Section => ({ ...s, provisions: s.provisions.map(provision) });
  return { ...doc, preamble: doc.preamble.map(section), operative: doc.operative.map(section) };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export const wordOutSuite: BenchSuite = {
  name: 'word-out',
  description: 'writing Word documents of realistic size: a text, its marked text tracked and printed (aim: 200 ms each, one core)',
  cases: [
    benchCase({
      name: 'word-document-80kb',
      description: 'write an 80 KB Arabic resolution as a .docx in the body layout (renderDocumentDocx)',
      budgetMs: BUDGET_MS,
      setup: async () => {
        const doc = resolution();
        return { doc, written: await renderDocumentDocx(doc) };
      },
      run: ({ doc }) => renderDocumentDocx(doc),
      facts: ({ written }) => ({ docx: kilobytes(written.length) }),
    }),
    benchCase({
      name: 'word-marked-tracked-80kb',
      description:
        'write the marked text between an 80 KB Arabic resolution and a revision of every tenth provision as tracked changes (renderMarkedDocx)',
      budgetMs: BUDGET_MS,
      setup: async () => {
        const before = resolution();
        const after = revised(before);
        return { before, after, written: await renderMarkedDocx(before, after, { form: 'tracked', fallback: SECRETARIAT }) };
      },
      run: ({ before, after }) => renderMarkedDocx(before, after, { form: 'tracked', fallback: SECRETARIAT }),
      facts: ({ written }) => ({ docx: kilobytes(written.length) }),
    }),
    benchCase({
      name: 'word-marked-printed-80kb',
      description: 'the same marked text in the body printed convention: underlined, struck through, MOD in the margin (renderMarkedDocx)',
      budgetMs: BUDGET_MS,
      setup: async () => {
        const before = resolution();
        return { before, after: revised(before) };
      },
      run: ({ before, after }) => renderMarkedDocx(before, after, { form: 'printed', fallback: SECRETARIAT }),
    }),
  ],
};
