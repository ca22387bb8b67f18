import { renderCleanText } from '../render/clean-text';
import { toInterchange } from '../render/interchange';
import { missingWords, wordsOf } from '../word-multiset';
import { everyProvision, readFixture, sourceWords } from './fixtures/seeds';
import { importResolution } from './import-resolution';

// fixtures/itu-res1334-excerpt.en.txt: an English ITU-style excerpt written for these tests,
// carrying the artefacts of the seeds (tabs, a bookmark, no-break space and hyphen, a
// superscript footnote, an inline footnote body over two lines, a page break mid-sentence).
const source = readFixture('itu-res1334-excerpt.en.txt');
const { document: doc, warnings } = importResolution(source);
const interchange = toInterchange(doc, warnings);

describe('importing an English ITU resolution', () => {
  it('detects English and the ITU style', () => {
    expect(doc.language).toBe('en');
    expect(doc.style).toBe('itu');
  });

  it('reads the cover, the title with its adoption line, and the enacting body', () => {
    expect(doc.metadata).toMatchObject({ symbol: 'C23/71-E', originalLanguage: 'en', adoption: 'adopted at the sixth Plenary Meeting' });
    expect(doc.title).toBe(
      "RESOLUTION 1334 (MODIFIED 2023) — ITU's role in the overall review of the implementation of the outcomes of the World Summit on the Information Society",
    );
    expect(doc.body).toBe('The ITU Council,');
  });

  it('finds the lowercase ITU headings, including one that runs on into a clause', () => {
    expect(doc.preamble.map((s) => s.heading)).toEqual([
      'recalling',
      'recalling further',
      'bearing in mind that the 2022 Plenipotentiary Conference resolved',
    ]);
    expect(doc.operative.map((s) => s.heading)).toEqual([
      'resolves to instruct the Secretary-General',
      'instructs the Council Working Group on WSIS and SDGs',
      'encourages Member States to',
    ]);
    expect([...doc.preamble, ...doc.operative].map((s) => s.provisions.length)).toEqual([3, 2, 2, 3, 1, 2]);
  });

  it("letters the preamble a) b) c), numbers the operative part and marks sub-items '1' '2'", () => {
    expect(interchange.preamble[0].provisions.map((p) => p.label)).toEqual(['a)', 'b)', 'c)']);
    expect(interchange.operative[0].provisions.map((p) => p.label)).toEqual(['1', '2', '3']);
    expect(interchange.operative[0].provisions[2].children.map((p) => p.label)).toEqual(["'1'", "'2'"]);
    expect(interchange.operative[1].provisions.map((p) => p.label)).toEqual(['']);
  });

  it('joins a line broken by a page break to the provision it continues', () => {
    expect(doc.operative[0].provisions[1].text).toBe(
      'to present and promote the outcomes of the WSIS+20 High-Level Event, which are being developed through a multistakeholder consultation process, within the framework of the UNGA overall review in 2025;',
    );
  });

  it('normalises the no-break space and the non-breaking hyphen', () => {
    expect(doc.preamble[0].provisions[0].text).toContain('(Minneapolis, 1998)');
    expect(doc.preamble[1].provisions[1].text).toContain('a high-level meeting');
  });

  it('attaches the superscript footnote and the two-line inline footnote to the provisions carrying their anchors', () => {
    expect(doc.preamble[0].provisions[2].footnotes.map((f) => f.text)).toEqual(['A/RES/70/125, adopted on 16 December 2015.']);
    expect(doc.operative[0].provisions[0].footnotes.map((f) => f.text)).toEqual([
      'Including the action line facilitators, in accordance with the Tunis Agenda.',
    ]);
    expect(doc.operative[0].provisions[0].text.endsWith('by the Tunis Agenda;')).toBe(true);
    expect(everyProvision(doc).flatMap((p) => p.footnotes)).toHaveLength(2);
  });

  it('places every line without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it('loses no word of the source in the clean text', () => {
    expect(missingWords(sourceWords(source), wordsOf(renderCleanText(doc)))).toEqual([]);
  });

  it('renders the clean text in the conventions of the input', () => {
    const clean = renderCleanText(doc).split('\n');
    expect(clean).toContain(
      'a)\tResolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference, which achieved its objectives with regard to the holding of the two phases of the World Summit on the Information Society (WSIS);',
    );
    expect(clean).toContain("'2'\tthe role of ITU in achieving the Sustainable Development Goals,");
    expect(clean).toContain('⁽²⁾\tIncluding the action line facilitators, in accordance with the Tunis Agenda.');
    expect(renderCleanText(importResolution(clean.join('\n')).document)).toBe(clean.join('\n'));
  });
});
