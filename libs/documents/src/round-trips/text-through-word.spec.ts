import fc from 'fast-check';
import { ImportResult, ResolutionDocument, importResolution, renderCleanText, toInterchange } from '#libs/text';
import { anyDocument } from '../../../text/src/testing/arbitrary-document';
import { renderDocumentDocx } from '../docx/document-docx';
import { SEED_NAMES, importSeed } from '../docx/testing/seeds';
import { importWordDocument } from '../docx-in/word-import';

/** The text as Word writes it, read back by the same path as an upload. */
async function throughWord(doc: ResolutionDocument) {
  return importWordDocument(await renderDocumentDocx(doc), { language: doc.language, style: doc.style });
}

/** What a warning says, wherever its line is. */
const said = (warnings: ImportResult['warnings']) => warnings.map(({ key, params }) => ({ key, params }));

describe('text → Word (renderDocumentDocx) → import = text', () => {
  it.each(SEED_NAMES)('the seed %s', async (name) => {
    const doc = importSeed(name);
    const read = await throughWord(doc);
    // The seeds' own slips (years run together where revision marks were lost) are reported again, and nothing more.
    expect(said(read.warnings)).toEqual(
      said(importResolution(renderCleanText(doc), { language: doc.language, style: doc.style }).warnings),
    );
    expect(toInterchange(read.document)).toEqual(toInterchange(doc));
  });

  it('generated documents, every language and style', async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, async (doc) => {
        const read = await throughWord(doc);
        expect(read.warnings).toEqual([]);
        expect(toInterchange(read.document)).toEqual(toInterchange(doc));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
