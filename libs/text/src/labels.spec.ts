import fc from 'fast-check';
import type { DocumentStyle, LanguageCode, PartName } from './model';
import { formatLabel, labelKindAt, parseLabel, provisionLabel, provisionLabelInSection } from './labels';

const languages: LanguageCode[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];
const styles: DocumentStyle[] = ['itu', 'unga'];
const parts: PartName[] = ['preamble', 'operative'];

const labels = (language: LanguageCode, style: DocumentStyle, part: PartName, depth: number, count: number) =>
  Array.from({ length: count }, (_, i) => provisionLabel(language, style, part, depth, i));

const printed = (language: LanguageCode, style: DocumentStyle, part: PartName, depth: number, count: number) =>
  labels(language, style, part, depth, count).map((l) => formatLabel(language, style, part, depth, l));

describe('provisionLabel', () => {
  it('letters the preamble of an Arabic ITU text in abjad order', () => {
    expect(labels('ar', 'itu', 'preamble', 0, 28).join(' ')).toBe('أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ');
  });

  it('doubles the letter past the end of the alphabet, as the ITU does', () => {
    expect(labels('en', 'itu', 'preamble', 0, 29).slice(24)).toEqual(['y', 'z', 'aa', 'bb', 'cc']);
    expect(provisionLabel('ar', 'itu', 'preamble', 0, 28)).toBe('أأ');
    expect(provisionLabel('ar', 'itu', 'preamble', 0, 32)).toBe('هـهـ');
    expect(provisionLabel('en', 'itu', 'preamble', 0, 52)).toBe('aaa');
  });

  it('letters Russian texts with the Cyrillic letters the ITU uses, skipping й and ы', () => {
    expect(labels('ru', 'itu', 'preamble', 0, 12).join('')).toBe('абвгдежзиклм');
  });

  it('letters French, Spanish and Chinese texts a b c', () => {
    for (const language of ['fr', 'es', 'zh'] as const) {
      expect(labels(language, 'itu', 'preamble', 0, 3)).toEqual(['a', 'b', 'c']);
    }
  });

  it('numbers operative items with Western digits, also in Arabic', () => {
    expect(labels('ar', 'itu', 'operative', 0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });

  it("marks ITU operative sub-items '1' '2' and English preamble sub-items i) ii)", () => {
    expect(printed('en', 'itu', 'operative', 1, 3)).toEqual(["'1'", "'2'", "'3'"]);
    expect(printed('en', 'itu', 'preamble', 1, 4)).toEqual(['i)', 'ii)', 'iii)', 'iv)']);
    expect(printed('ar', 'itu', 'preamble', 1, 2)).toEqual(["'1'", "'2'"]);
  });

  it('leaves UNGA preambular paragraphs unlabelled and numbers operative paragraphs', () => {
    expect(labels('en', 'unga', 'preamble', 0, 3)).toEqual(['', '', '']);
    expect(printed('en', 'unga', 'operative', 0, 2)).toEqual(['1.', '2.']);
    expect(printed('ar', 'unga', 'operative', 0, 2)).toEqual(['1 -', '2 -']);
    expect(printed('en', 'unga', 'operative', 1, 3)).toEqual(['(a)', '(b)', '(c)']);
    expect(printed('ar', 'unga', 'operative', 1, 2)).toEqual(['(أ)', '(ب)']);
  });

  it('prints no label on the lone provision of an ITU section', () => {
    expect(provisionLabelInSection('ar', 'itu', 'operative', 0, 0, 1)).toBe('');
    expect(provisionLabelInSection('ar', 'itu', 'operative', 0, 0, 2)).toBe('1');
    expect(provisionLabelInSection('ar', 'itu', 'preamble', 1, 0, 1)).toBe('1');
  });
});

describe('formatLabel', () => {
  it('prints Arabic letters the way the seeds do: "أ )" "د )" "هـ )" "و )" "ز )" but "ب)" "ج)" "ح)"', () => {
    expect(printed('ar', 'itu', 'preamble', 0, 8)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )', 'و )', 'ز )', 'ح)']);
  });

  it('prints Latin letters with a closing parenthesis', () => {
    expect(printed('en', 'itu', 'preamble', 0, 3)).toEqual(['a)', 'b)', 'c)']);
  });
});

describe('parseLabel', () => {
  const letter = (ordinal: number, extra: object = {}) => ({ kind: 'letter', ordinal, language: 'ar', ...extra });

  it.each([
    [' أ )', 1],
    ['ب)', 2],
    ['د\u00A0)', 4],
    ['هـ\u00A0)', 5],
    ['\uFEEB)', 5],
    ['\u00A0أ\u00A0)', 1],
    ['(أ)', 1],
  ])('reads the Arabic letter label %j as ordinal %i', (raw, ordinal) => {
    expect(parseLabel(raw)).toEqual(letter(ordinal));
  });

  it.each([
    ['\u00A0أ \uFEEB\u00A0)', 5, 1],
    ['ب\uFEED\u00A0)', 6, 2],
    ['ج\uFEA1)', 8, 3],
    ['د \uFEC1)', 9, 4],
    ['\uFEEB\u00A0\uFEF1)', 10, 5],
    ['\uFE8Fج)', 3, 2],
  ])('takes the new letter of the old-and-new pair %j left by a lost revision', (raw, ordinal, previous) => {
    expect(parseLabel(raw)).toEqual(letter(ordinal, { previousOrdinal: previous }));
  });

  it('reads numbers, quoted numbers, dashes and bullets as the seeds print them', () => {
    expect(parseLabel('12')).toEqual({ kind: 'number', ordinal: 12 });
    expect(parseLabel('1 -')).toEqual({ kind: 'number', ordinal: 1 });
    expect(parseLabel('3.')).toEqual({ kind: 'number', ordinal: 3 });
    expect(parseLabel('٣')).toEqual({ kind: 'number', ordinal: 3 });
    expect(parseLabel("'2'")).toEqual({ kind: 'quoted-number', ordinal: 2 });
    expect(parseLabel('\u20193\u2018')).toEqual({ kind: 'quoted-number', ordinal: 3 });
    expect(parseLabel('-')).toEqual({ kind: 'dash', ordinal: 0 });
    expect(parseLabel('\u2022')).toEqual({ kind: 'bullet', ordinal: 0 });
  });

  it('splits an old and a new number run together ("45" where 5 is expected)', () => {
    expect(parseLabel('45', { expected: 5 })).toEqual({ kind: 'number', ordinal: 5, previousOrdinal: 4 });
    expect(parseLabel('10', { expected: 10 })).toEqual({ kind: 'number', ordinal: 10 });
  });

  it('reads "i)" as a letter unless a roman numeral is expected', () => {
    expect(parseLabel('i)')).toMatchObject({ kind: 'letter', ordinal: 9 });
    expect(parseLabel('i)', { kind: 'roman' })).toEqual({ kind: 'roman', ordinal: 1 });
    expect(parseLabel('ii)')).toEqual({ kind: 'roman', ordinal: 2 });
    expect(parseLabel('ii)', { kind: 'letter' })).toMatchObject({ kind: 'letter', ordinal: 35 });
  });

  it('reads Cyrillic letters as Russian', () => {
    expect(parseLabel('в)')).toEqual({ kind: 'letter', ordinal: 3, language: 'ru' });
  });

  it('refuses words that are not labels', () => {
    for (const raw of ['', '  ', 'and', 'WSIS', 'أن', 'و', 'a', 'ii', '(2005', 'a b c)']) expect(parseLabel(raw)).toBeUndefined();
  });
});

describe('label laws', () => {
  const place = fc.record({
    language: fc.constantFrom(...languages),
    style: fc.constantFrom(...styles),
    part: fc.constantFrom(...parts),
    depth: fc.integer({ min: 0, max: 3 }),
  });

  it('gives distinct labels to distinct siblings', () => {
    fc.assert(
      fc.property(place, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), ({ language, style, part, depth }, i, j) => {
        fc.pre(i !== j && labelKindAt(language, style, part, depth) !== 'none');
        return provisionLabel(language, style, part, depth, i) !== provisionLabel(language, style, part, depth, j);
      }),
    );
  });

  it('reads back the ordinal of every printed label', () => {
    fc.assert(
      fc.property(place, fc.integer({ min: 0, max: 300 }), ({ language, style, part, depth }, index) => {
        const kind = labelKindAt(language, style, part, depth);
        fc.pre(kind !== 'none');
        const printedLabel = formatLabel(language, style, part, depth, provisionLabel(language, style, part, depth, index));
        const parsed = parseLabel(printedLabel, { kind, language });
        return parsed !== undefined && parsed.kind === kind && parsed.ordinal === index + 1 && parsed.previousOrdinal === undefined;
      }),
      { numRuns: 2000 },
    );
  });
});
