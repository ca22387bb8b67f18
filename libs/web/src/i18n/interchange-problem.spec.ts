import { INTERCHANGE_PROBLEMS_EN, InterchangeFormatError, fromInterchange } from '#libs/text';
import { interchangeProblemsEn } from './interchange-problems.en';
import { interchangeFieldInWords, interchangeProblemText } from './interchange-problem';

function refusalOf(value: unknown): InterchangeFormatError {
  try {
    fromInterchange(value);
  } catch (error) {
    if (error instanceof InterchangeFormatError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('an interchange document refused, in the reader’s language', () => {
  it('has every reason of libs/text, in English exactly as libs/text says it', () => {
    for (const [key, english] of Object.entries(INTERCHANGE_PROBLEMS_EN))
      expect({ key, en: interchangeProblemsEn[key as keyof typeof interchangeProblemsEn] }).toEqual({ key, en: english });
  });

  it('names the field in words a secretariat uses, innermost first, beside its JSON path', () => {
    expect(interchangeFieldInWords('$.operative[0].provisions[2].text', 'en')).toBe('the text of paragraph 3 of operative section 1');
    expect(interchangeFieldInWords('$.operative[0].provisions[2].text', 'ar')).toBe('النص من الفقرة 3 من جزء المنطوق 1');
    expect(interchangeFieldInWords('$.preamble[1].provisions[0].children[1].footnotes[0].anchor', 'en')).toBe(
      'the place of the footnote marker of footnote 1 of sub-paragraph 2 of paragraph 1 of preambular section 2',
    );
    expect(interchangeFieldInWords('$.metadata.symbol', 'en')).toBe('the field “symbol” of the cover lines');
    expect(interchangeFieldInWords('$', 'ar')).toBe('الوثيقة');
  });

  it('says the whole problem in Arabic or English, the reason from its key', () => {
    const error = refusalOf({ title: 'x' });
    expect(error.key).toBe('interchange.missing');
    expect(interchangeProblemText('document', error, 'en')).toBe(`document: the enacting formula (${error.path}): missing`);
    expect(interchangeProblemText('document', error, 'ar')).toBe(`document: في صيغة الإصدار ‏(${error.path}): ناقص`);
  });
});
