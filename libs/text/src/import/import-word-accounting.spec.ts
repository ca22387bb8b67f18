import fc from 'fast-check';
import type { FixtureName } from './fixtures/seeds';
import { readFixture } from './fixtures/seeds';
import { accountWords } from './fixtures/result-words';
import { arabicGaResolution, englishGaResolution, gaResolutionSource } from './fixtures/ga-resolution-pdf';
import { importResolution } from './import-resolution';

const fixtures: FixtureName[] = [
  'itu-council-res1334-mod2023.ar.txt',
  'wtdc17-23-rcc-rev-res30.ar.txt',
  'sg-report-wsis20-roadmap.ar.txt',
  'itu-res1334-excerpt.en.txt',
  'unga-res78-132-excerpt.en.txt',
];

describe('every word of the source in exactly one place of the result', () => {
  it.each(fixtures)('%s', (name) => {
    const source = readFixture(name);
    expect(accountWords(source, importResolution(source))).toEqual({ lost: [], extra: [] });
  });
});

const sources: [string, string][] = [
  ...fixtures.map((name): [string, string] => [name, readFixture(name)]),
  ['GA resolution from PDF, Arabic', gaResolutionSource(arabicGaResolution)],
  ['GA resolution from PDF, English', gaResolutionSource(englishGaResolution)],
];

// What a page of a PDF or a careless paste leaves between the lines of a text: page numbers, job numbers, symbols,
// word-processor artefacts (bookmarks, footnote anchors without a body, presentation forms, no-break spaces) and stray
// words of the text's own vocabulary (particles, adoption and meeting words), with or without a clause mark.
const junkWord = fc.constantFrom(
  '23-25876',
  '2/4',
  'A/78/459',
  '78/132',
  'Page',
  '-',
  '•',
  '1',
  '(a)',
  '[bookmark: _Toc9]',
  'note⁽⁹⁾',
  'note(7)',
  '[footnoteRef:8]',
  'ﻫ',
  'نص\u00A0آخر',
  'إنه',
  'وإن',
  'تشير',
  'الجمعية',
  'العامة',
  'اتخذته',
  'قرار',
  'يقرر',
  'وإذ',
  'يذكّر',
  'التنمية',
  'Resolution',
  'adopted',
  'by',
  'the',
  'General',
  'Assembly',
  'plenary',
  'meeting',
  'Recalling',
  'resolves',
);
const junkLine = fc
  .tuple(fc.array(junkWord, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ',', '،', ';', '؛', '.', ':'))
  .map(([words, end]) => `${words.join(' ')}${end}`);

/** A source with junk lines put in at random places and a few of its own lines moved elsewhere. */
const disturbed = (source: string) =>
  fc
    .tuple(fc.array(fc.tuple(fc.nat(), junkLine), { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }))
    .map(([insertions, moves]) => {
      const lines = source.split('\n');
      for (const [from, to] of moves) {
        const [line] = lines.splice(from % lines.length, 1);
        lines.splice(to % (lines.length + 1), 0, line);
      }
      for (const [at, junk] of insertions) lines.splice(at % (lines.length + 1), 0, junk);
      return lines.join('\n');
    });

describe.each(sources)('every word in exactly one place, with junk lines put in and lines moved: %s', (_, source) => {
  it('holds for generated disturbances', () => {
    fc.assert(
      fc.property(disturbed(source), (text) => {
        expect(accountWords(text, importResolution(text))).toEqual({ lost: [], extra: [] });
      }),
      { numRuns: 50 },
    );
  });
});

describe('the accounting itself', () => {
  const source = gaResolutionSource(englishGaResolution);
  const result = importResolution(source);

  it('finds the words of a provision the result lost', () => {
    const [, ...rest] = result.document.operative[0].provisions;
    const lossy = { ...result, document: { ...result.document, operative: [{ ...result.document.operative[0], provisions: rest }] } };
    expect(accountWords(source, lossy).lost).toEqual(expect.arrayContaining(['Takes', 'note', 'report']));
  });

  it('finds the words of a line the result holds twice', () => {
    const twice = { ...result, document: { ...result.document, title: `${result.document.title} ${result.document.body}` } };
    expect(accountWords(source, twice).extra).toEqual(['The', 'General', 'Assembly']);
  });

  it('counts the words of a line the importer could not place in the warning that names it', () => {
    const withFooter = `${source}23-25876 Page 2/4\n`;
    const imported = importResolution(withFooter);
    expect(imported.warnings).toContainEqual({
      line: source.split('\n').length,
      key: 'import.line-not-placed',
      params: {},
      text: '23-25876 Page 2/4',
    });
    expect(accountWords(withFooter, imported)).toEqual({ lost: [], extra: [] });
  });
});
