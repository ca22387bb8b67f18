import fc from 'fast-check';
import { ResolutionDocument, allProvisions } from '#libs/text';
import { anyDocument } from '../../../text/src/testing/arbitrary-document';
import { renderDocumentDocx } from './document-docx';
import { readDocx } from './docx-reader';
import { cleanTextLines, wordLines } from './testing/clean-lines';
import { SEED_NAMES, importSeed } from './testing/seeds';

async function wordOf(doc: ResolutionDocument) {
  return readDocx(await renderDocumentDocx(doc));
}

describe('a text as Word', () => {
  describe.each(SEED_NAMES)('the seed %s', (name) => {
    const doc = importSeed(name);

    it('has every line of the clean text in order, labels, tabs and footnote references where the notes are anchored', async () => {
      const content = await wordOf(doc);
      const expected = cleanTextLines(doc);
      const actual = wordLines(doc, content);
      expect(actual.lines).toEqual(expected.lines);
      expect(actual.notes).toEqual(expected.notes);
    });

    it('sets every paragraph right to left and every run in Arabic, right to left, with a complex-script font', async () => {
      const content = await wordOf(doc);
      expect(content.paragraphs.length).toBeGreaterThan(20);
      for (const paragraph of [...content.paragraphs, ...[...content.footnotes.values()].flat()]) {
        expect(paragraph.rightToLeft).toBe(true);
        for (const run of paragraph.runs.filter((r) => r.text !== '')) {
          expect(run).toMatchObject({
            rightToLeft: true,
            language: { value: 'ar-SA', bidi: 'ar-SA' },
            complexScriptFont: 'Traditional Arabic',
          });
        }
      }
    });
  });

  it('writes real footnotes: each in word/footnotes.xml, referenced once in the body', async () => {
    const doc = importSeed('wtdc17-23-rcc-rev-res30.ar.txt');
    const content = await wordOf(doc);
    const references = content.paragraphs.flatMap((p) => p.runs.flatMap((run) => (run.footnoteId === undefined ? [] : [run.footnoteId])));
    const notes = [...allProvisions(doc)].flatMap((provision) => provision.footnotes);
    expect(notes.length).toBeGreaterThan(0);
    expect(references.length).toBe(notes.length);
    expect(new Set(references).size).toBe(references.length);
    expect([...content.footnotes.keys()].sort()).toEqual([...references].sort());
  });

  it('sets preamble headings in italics and a lettered provision with its label hanging before a tab', async () => {
    const doc = importSeed('itu-council-res1334-mod2023.ar.txt');
    const content = await wordOf(doc);
    const heading = content.paragraphs.find((p) => p.runs.map((r) => r.text).join('') === doc.preamble[0].heading);
    expect(heading?.runs.every((run) => run.italics)).toBe(true);
    const first = content.paragraphs.find((p) =>
      p.runs
        .map((r) => r.text)
        .join('')
        .includes(doc.preamble[0].provisions[0].text.slice(0, 30)),
    );
    expect(first?.runs[0].text).toBe('أ )');
    expect(first?.runs[1].text).toBe('\t');
  });

  it('gives any generated document, in any language and style, every line of its clean text and its notes', async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, async (doc) => {
        const content = await wordOf(doc);
        const expected = cleanTextLines(doc);
        const actual = wordLines(doc, content);
        expect(actual.lines).toEqual(expected.lines);
        expect(actual.notes).toEqual(expected.notes);
        const rtl = doc.language === 'ar';
        for (const paragraph of content.paragraphs) {
          expect(paragraph.rightToLeft).toBe(rtl);
          for (const run of paragraph.runs) expect(run.language?.value).toMatch(new RegExp(`^${doc.language}-`));
        }
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});
