import fc from 'fast-check';
import { toInterchange } from '#libs/text';
import { anyDocument } from '../../../text/src/testing/arbitrary-document';
import { wordOfText } from '../testing/word-of-text';
import { importWordDocument } from './word-import';

describe('text → Word → import = text, on generated documents', () => {
  it('labels typed before a tab, footnotes as real Word footnotes: the same title, formula, sections, provisions, sub-items and footnotes, without a warning', async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, async (doc) => {
        const read = importWordDocument(await wordOfText(toInterchange(doc), 'typed'), { language: doc.language, style: doc.style });
        expect(read.warnings).toEqual([]);
        expect(read.document.title).toBe(doc.title);
        expect(read.document.body).toBe(doc.body);
        expect(read.document.preamble).toEqual(doc.preamble);
        expect(read.document.operative).toEqual(doc.operative);
      }),
      { numRuns: 25 },
    );
  }, 20_000);
});
