import fc from 'fast-check';
import { DocumentStyle, LanguageCode, ResolutionDocument } from '#libs/text';
import { arbitraryDocument } from '../../../text/src/testing/arbitrary-document';
import { acceptedText, textOf } from './accept-all';
import { renderDocumentDocx } from './document-docx';
import { DocxContent, DocxParagraph, paragraphText, readDocx } from './docx-reader';
import { renderMarkedDocx } from './marked-docx';
import { PROPOSER, SECRETARIAT, reviseSeed } from './testing/revisions';
import { SEED_NAMES, importSeed } from './testing/seeds';

async function cleanText(doc: ResolutionDocument) {
  return textOf(readDocx(await renderDocumentDocx(doc)));
}

const TAGS = new Set(['MOD', 'ADD', 'SUP']);

/** The printed marked text read as its later version: struck runs and the tags in the margin left out, paragraphs struck whole gone. */
function printedAsLater(content: DocxContent): string[] {
  const keep = (paragraph: DocxParagraph) => paragraph.runs.filter((run) => !run.strike);
  const hasContent = (runs: readonly DocxParagraph['runs'][number][]) =>
    runs.some((run) => run.text !== '' || run.footnoteId !== undefined);
  return content.paragraphs
    .filter((p) => !(TAGS.has(paragraphText(p)) && p.runs.every((run) => run.bold)))
    .filter((p) => !(hasContent(p.runs) && !hasContent(keep(p))))
    .map((p) =>
      keep(p)
        .map((run) => run.text)
        .join(''),
    );
}

describe('the marked text as Word', () => {
  describe.each(SEED_NAMES)('the seed %s, revised', (name) => {
    const before = importSeed(name);
    const { after, touched } = reviseSeed(before);
    const authorshipOf = (id: string) => (touched.includes(id) ? PROPOSER : undefined);

    it('tracks the changes so that Accept All gives the later version exactly, footnotes included', async () => {
      const marked = await renderMarkedDocx(before, after, { form: 'tracked', authorshipOf, fallback: SECRETARIAT });
      expect(acceptedText(marked)).toEqual(await cleanText(after));
    });

    it('names the proposer and the date of the decision on the changes to what it proposed, the secretariat on the rest', async () => {
      const content = readDocx(await renderMarkedDocx(before, after, { form: 'tracked', authorshipOf, fallback: SECRETARIAT }));
      const changed = content.paragraphs.flatMap((p) => p.runs).filter((run) => run.revision !== 'plain');
      expect(changed.some((run) => run.revision === 'insert' && run.text.includes('والمتجددة'))).toBe(true);
      for (const run of changed) expect([PROPOSER, SECRETARIAT]).toContainEqual({ author: run.author, date: run.date });
      const inserted = changed.find((run) => run.text.includes('والمتجددة'));
      expect({ author: inserted?.author, date: inserted?.date }).toEqual(touched.length > 0 ? PROPOSER : SECRETARIAT);
      const added = content.paragraphs.find((p) => /أن يقدم تقريراً سنوياً|ويدعو المجلس إلى الإحاطة/u.test(paragraphText(p)));
      expect(added?.mark).toBe('insert');
      expect(added?.runs.filter((run) => run.text !== '').every((run) => run.revision === 'insert' && run.rightToLeft)).toBe(true);
      if (touched.length > 0) expect(added?.runs.some((run) => run.footnoteId !== undefined && run.revision === 'insert')).toBe(true);
    });

    it('prints added words underlined, struck words struck through and MOD / ADD before the lines they mark', async () => {
      const content = readDocx(await renderMarkedDocx(before, after, { form: 'printed', fallback: SECRETARIAT }));
      const runs = content.paragraphs.flatMap((p) => p.runs);
      expect(runs.every((run) => run.revision === 'plain')).toBe(true);
      expect(runs.some((run) => run.underline && run.text.includes('والمتجددة'))).toBe(true);
      expect(runs.some((run) => run.strike && run.text !== '')).toBe(true);
      const tags = content.paragraphs.map(paragraphText).filter((text) => TAGS.has(text));
      expect(tags).toEqual(expect.arrayContaining(['MOD', 'ADD', 'SUP']));
      expect(printedAsLater(content)).toEqual((await cleanText(after)).paragraphs);
    });
  });

  const pairs = fc
    .tuple(fc.constantFrom<LanguageCode>('ar', 'en', 'fr', 'es', 'ru', 'zh'), fc.constantFrom<DocumentStyle>('itu', 'unga'))
    .chain(([language, style]) => fc.tuple(arbitraryDocument(language, style), arbitraryDocument(language, style)));

  it('gives the later of any two generated versions on Accept All, and in print once struck words are left out', async () => {
    await fc.assert(
      fc.asyncProperty(pairs, async ([before, after]) => {
        const expected = await cleanText(after);
        expect(acceptedText(await renderMarkedDocx(before, after, { form: 'tracked', fallback: SECRETARIAT }))).toEqual(expected);
        expect(printedAsLater(readDocx(await renderMarkedDocx(before, after, { form: 'printed', fallback: SECRETARIAT })))).toEqual(
          expected.paragraphs,
        );
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
