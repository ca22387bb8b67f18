import fc from 'fast-check';
import { renderCleanText } from '../render/clean-text';
import { missingWords, wordsOf } from '../word-multiset';
import type { GaResolutionShape } from './fixtures/ga-resolution-pdf';
import { arabicGaResolution, englishGaResolution, gaResolutionLines, gaResolutionSource } from './fixtures/ga-resolution-pdf';
import { languageProfile } from '../languages';
import { opensWithGarbledParticle } from './headings';
import { importWarningKeys } from './import-warnings';
import { readFixture } from './fixtures/seeds';
import { importResolution } from './import-resolution';

const arabic = languageProfile('ar');
const cases: [string, GaResolutionShape][] = [
  ['Arabic', arabicGaResolution],
  ['English', englishGaResolution],
];

describe.each(cases)('importing a General Assembly resolution as PDF extraction gives it (%s)', (_, shape) => {
  const source = gaResolutionSource(shape);
  const { document: doc, warnings } = importResolution(source);
  const lineOf = (text: string) => gaResolutionLines(shape).indexOf(text) + 1;

  it('takes the title from the "78/132 - ..." line, not from the adoption line above it', () => {
    expect(doc.style).toBe('unga');
    expect(doc.title).toBe(shape.titleLine);
    expect(doc.metadata.symbol).toBe('A/RES/78/132');
    expect(doc.metadata.submitters).toBeUndefined();
  });

  it('keeps the adoption line as the adoption, above the closing meeting and date', () => {
    expect(doc.metadata.adoption).toBe([shape.adoptionLine, ...shape.closing].join('\n'));
    expect(doc.metadata.cover ?? []).not.toContain(shape.adoptionLine);
  });

  it('keeps the masthead lines it does not model in the cover, each warned with its line and text under a message key', () => {
    const kept = warnings.filter((w) => w.key === importWarningKeys.coverLineKept);
    expect(kept.map((w) => w.text)).toEqual(doc.metadata.cover);
    expect(kept.map((w) => w.line)).toEqual(
      kept.map((w) => lineOf(gaResolutionLines(shape).find((l) => l.replace(/\t/gu, ' ') === w.text) ?? '')),
    );
  });

  it('reads the enacting formula and every preambular paragraph, none of them left in the narrative', () => {
    expect(doc.body).toBe(shape.formula);
    expect(doc.metadata.narrative).toBeUndefined();
    expect(doc.preamble.flatMap((s) => s.provisions.map((p) => p.text))).toEqual(shape.preamble);
  });

  it('reads the numbered operative paragraphs and their lettered sub-items', () => {
    expect(doc.operative.flatMap((s) => s.provisions.map((p) => p.text))).toEqual(shape.operative.map((p) => p.text));
    expect(doc.operative[0].provisions[2].children.map((p) => p.text)).toEqual(shape.operative[2].items);
  });

  it('says which paragraphs opened with a garbled preambular particle, and warns of nothing it placed as printed', () => {
    const garbled = shape.preamble.filter((p) => /^و?إنه?\s/u.test(p)).map(lineOf);
    expect(warnings.filter((w) => w.key === importWarningKeys.garbledPreambleParticle).map((w) => w.line)).toEqual(garbled);
    expect(warnings.filter((w) => w.key === importWarningKeys.lineNotPlaced)).toEqual([]);
  });

  it('loses no word of the source in the clean text, and imports its rendering back to the same clean text', () => {
    const clean = renderCleanText(doc);
    expect(missingWords(wordsOf(source), wordsOf(clean))).toEqual([]);
    expect(renderCleanText(importResolution(clean).document)).toBe(clean);
  });
});

describe('the garbled preambular particle', () => {
  const withPreamble = (preamble: readonly string[]) => importResolution(gaResolutionSource({ ...arabicGaResolution, preamble }));

  it('is read in each form, with and without the conjunction: "إنه", "إن", "وإنه", "وإن"', () => {
    const preamble = [
      'إنه تشير إلى قراراتها السابقة،',
      'إن تلاحظ التقدم المحرز،',
      'وإنه تؤكد من جديد التزامها،',
      'وإن تسلم بالتحديات القائمة،',
    ];
    const { document: doc } = withPreamble(preamble);
    expect(doc.body).toBe('إن الجمعية العامة،');
    expect(doc.preamble[0].provisions.map((p) => p.text)).toEqual(preamble);
  });

  it.each([
    ['the enacting formula', 'إن الجمعية العامة،'],
    ['a sentence that goes on with a noun', 'إن الأمين العام قدم تقريره،'],
    ['a sentence that goes on with a noun in ت', 'إن تقرير الأمين العام شامل،'],
    ['a sentence that ends as an operative paragraph does', 'وإن تقرر الجمعية العامة ذلك؛'],
    ['a particle that does not open the paragraph', 'تلاحظ إنه تشير إلى ذلك،'],
  ])('is not read in %s: "%s"', (_, text) => {
    expect(opensWithGarbledParticle(text, arabic)).toBe(false);
  });

  it('is not warned about in the operative part, where an unnumbered paragraph stays an operative one', () => {
    const lines = gaResolutionLines(arabicGaResolution);
    const closing = lines.indexOf(arabicGaResolution.closing[0]);
    lines.splice(closing, 0, 'وإن تلاحظ الجمعية العامة ذلك،');
    const { document: doc, warnings } = importResolution(lines.join('\n'));
    expect(doc.preamble[0].provisions).toHaveLength(arabicGaResolution.preamble.length);
    expect(doc.operative[0].provisions.map((p) => p.text)).toContain('وإن تلاحظ الجمعية العامة ذلك،');
    expect(warnings.filter((w) => w.key === importWarningKeys.garbledPreambleParticle).map((w) => w.line)).toEqual([10, 11, 12]);
  });

  it('keeps a paragraph that only looks like one out of the preamble, where no formula stands before it', () => {
    const { document: doc, warnings } = withPreamble(['إن الأمين العام قدم تقريره،']);
    expect(doc.preamble.flatMap((s) => s.provisions)).toEqual([]);
    expect(warnings.some((w) => w.key === importWarningKeys.garbledPreambleParticle)).toBe(false);
  });
});

describe('a General Assembly resolution with the particle garbled in any of its forms', () => {
  // Each preambular paragraph of the Arabic fixture opens with "إذ" or "وإذ" once the garbling is undone.
  const bodies = arabicGaResolution.preamble.map((p) => p.replace(/^و?إذ?(?:نه|ن)?\s/u, ''));
  const particle = fc.constantFrom('إذ', 'إنه', 'إن');
  const dash = fc.constantFrom(' - ', ' – ', ' — ', ' ـ ', '-');

  it('reads every preambular paragraph, the title and the adoption, with or without blank lines between the blocks', () => {
    fc.assert(
      fc.property(
        fc.array(particle, { minLength: bodies.length, maxLength: bodies.length }),
        dash,
        fc.boolean(),
        (forms, titleDash, blankLines) => {
          const preamble = bodies.map((body, i) => `${i === 0 ? '' : 'و'}${forms[i]} ${body}`);
          const shape = { ...arabicGaResolution, preamble, titleLine: arabicGaResolution.titleLine.replace(' - ', titleDash) };
          const lines = gaResolutionLines(shape);
          const source = blankLines
            ? lines.map((l) => (l === shape.adoptionLine || l === shape.titleLine ? `\n${l}` : l)).join('\n')
            : lines.join('\n');
          const { document: doc, warnings } = importResolution(source);
          expect(doc.title).toBe(shape.titleLine);
          expect(doc.body).toBe(shape.formula);
          expect(doc.preamble.flatMap((s) => s.provisions.map((p) => p.text))).toEqual(preamble);
          expect(doc.operative[0].provisions).toHaveLength(shape.operative.length);
          expect(doc.metadata.adoption?.split('\n')[0]).toBe(shape.adoptionLine);
          expect(warnings.filter((w) => w.key === importWarningKeys.garbledPreambleParticle)).toHaveLength(
            forms.filter((f) => f !== 'إذ').length,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the numbered title', () => {
  it('does not take the UN adoption line for the title when the numbered title has no blank line before it', () => {
    const { document: doc } = importResolution(
      [
        'Resolution adopted by the General Assembly on 19 December 2023',
        'A/RES/78/132 – Information and communications technologies',
        'The General Assembly,',
        'Recalling its resolutions,',
        '1. Decides to act.',
      ].join('\n'),
    );
    expect(doc.title).toBe('A/RES/78/132 – Information and communications technologies');
    expect(doc.metadata.adoption).toBe('Resolution adopted by the General Assembly on 19 December 2023');
  });

  it('joins a title the page wrapped into one sentence, not into a designation and a subject', () => {
    const lines = gaResolutionLines(englishGaResolution);
    const at = lines.indexOf(englishGaResolution.titleLine);
    lines.splice(at, 1, '78/132 - Information and communications technologies', 'for sustainable development');
    const { document: doc } = importResolution(lines.join('\n'));
    expect(doc.title).toBe(englishGaResolution.titleLine);
    expect(renderCleanText(importResolution(renderCleanText(doc)).document)).toBe(renderCleanText(doc));
  });

  it('reads a symbol in Arabic-Indic digits and a dash printed as a tatweel', () => {
    const titleLine = '٧٨/١٣٢ ـ تكنولوجيا المعلومات والاتصالات لأغراض التنمية المستدامة';
    const { document: doc } = importResolution(gaResolutionSource({ ...arabicGaResolution, titleLine }));
    expect(doc.title).toBe(titleLine);
    expect(doc.preamble[0].provisions).toHaveLength(arabicGaResolution.preamble.length);
  });
});

describe('the garbled particle in an ITU text', () => {
  it('reads the headings "إنه يذكّر", "وإن يضع في اعتباره" as preamble headings, as it reads "إذ يذكّر", and says so', () => {
    const source = readFixture('itu-council-res1334-mod2023.ar.txt');
    const garbled = source.replace(/^إذ يذكّر$/mu, 'إنه يذكّر').replace(/^وإذ يضع في اعتباره$/mu, 'وإن يضع في اعتباره');
    expect(garbled).not.toBe(source);
    const clean = importResolution(source).document;
    const { document: doc, warnings } = importResolution(garbled);
    expect(doc.preamble.map((s) => s.provisions.length)).toEqual(clean.preamble.map((s) => s.provisions.length));
    expect(doc.preamble.map((s) => s.heading)).toEqual(
      clean.preamble.map((s) => s.heading.replace(/^إذ يذكّر$/u, 'إنه يذكّر').replace(/^وإذ يضع في اعتباره$/u, 'وإن يضع في اعتباره')),
    );
    expect(doc.body).toBe(clean.body);
    expect(warnings).toEqual([
      { line: 12, key: importWarningKeys.garbledPreambleParticle, params: {}, text: 'إنه يذكّر' },
      { line: 24, key: importWarningKeys.garbledPreambleParticle, params: {}, text: 'وإن يضع في اعتباره' },
    ]);
  });
});
