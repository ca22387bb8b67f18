import { renderCleanText } from '../render/clean-text';
import { toInterchange } from '../render/interchange';
import { missingWords, wordsOf } from '../word-multiset';
import { readFixture, sourceWords } from './fixtures/seeds';
import { importResolution } from './import-resolution';

// fixtures/unga-res78-132-excerpt.en.txt: an excerpt of a UN General Assembly resolution
// written for these tests, with the UN cover, unlettered preambular paragraphs, operative
// paragraphs "1." with sub-items "(a)", footnotes "(1)" whose bodies stand at page feet
// (one in the middle of a paragraph broken by the page), and the closing meeting line.
const source = readFixture('unga-res78-132-excerpt.en.txt');
const { document: doc, warnings } = importResolution(source);
const interchange = toInterchange(doc, warnings);

describe('importing a UN General Assembly resolution', () => {
  it('detects English and the UNGA style', () => {
    expect(doc.language).toBe('en');
    expect(doc.style).toBe('unga');
  });

  it('reads the symbol, date and agenda item, the numbered title and the enacting body', () => {
    expect(doc.metadata).toMatchObject({ symbol: 'A/RES/78/132', date: '22 December 2023', agendaItem: '18' });
    expect(doc.title).toBe('78/132. Information and communications technologies for sustainable development');
    expect(doc.body).toBe('The General Assembly,');
  });

  it('keeps the UN cover lines it does not model, each with a warning', () => {
    expect(doc.metadata.cover).toEqual([
      'General Assembly Distr.: General',
      'Seventy-eighth session',
      '[on the report of the Second Committee (A/78/459)]',
    ]);
    expect(warnings.map((w) => w.line)).toEqual([2, 4, 8]);
  });

  it('reads four unlettered preambular paragraphs that open with participles', () => {
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0].heading).toBe('');
    expect(doc.preamble[0].provisions.map((p) => p.text.split(' ')[0])).toEqual(['Recalling', 'Reaffirming', 'Noting', 'Recognizing']);
    expect(interchange.preamble[0].provisions.map((p) => p.label)).toEqual(['', '', '', '']);
  });

  it('joins the paragraph broken by a page foot around its footnote body', () => {
    expect(doc.preamble[0].provisions[3].text).toBe(
      'Recognizing that the speed of technological change offers opportunities and challenges for developing countries,',
    );
  });

  it('reads operative paragraphs "1." whose first word is the verb, with sub-items (a) (b)', () => {
    expect(doc.operative).toHaveLength(1);
    expect(doc.operative[0].provisions.map((p) => p.text.split(' ')[0])).toEqual(['Takes', 'Recognizes', 'Calls', 'Decides']);
    expect(interchange.operative[0].provisions.map((p) => p.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(interchange.operative[0].provisions[2].children.map((p) => p.label)).toEqual(['(a)', '(b)']);
  });

  it('attaches footnotes (1) and (2) to the paragraphs carrying their markers', () => {
    expect(doc.preamble[0].provisions[1].footnotes.map((f) => f.text)).toEqual(['Resolution 70/125.']);
    expect(doc.operative[0].provisions[0].footnotes.map((f) => f.text)).toEqual(['A/78/62-E/2023/49.']);
    expect(doc.operative[0].provisions[0].text).toBe('Takes note of the report of the Secretary-General;');
  });

  it("reads the masthead's adoption line, then the closing plenary meeting and date, as the adoption", () => {
    expect(doc.metadata.adoption).toBe(
      'Resolution adopted by the General Assembly on 19 December 2023\n51st plenary meeting\n19 December 2023',
    );
  });

  it('loses no word of the source in the clean text', () => {
    expect(missingWords(sourceWords(source), wordsOf(renderCleanText(doc)))).toEqual([]);
  });

  it('renders operative paragraphs "1." and the meeting at the end, and imports back to the same clean text', () => {
    const clean = renderCleanText(doc);
    expect(clean).toContain('\n1.\tTakes note of the report of the Secretary-General;(2)\n');
    expect(clean).toContain('\nResolution adopted by the General Assembly on 19 December 2023\n51st plenary meeting\n19 December 2023\n');
    expect(renderCleanText(importResolution(clean).document)).toBe(clean);
  });
});
