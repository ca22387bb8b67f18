import { AKOMA_NTOSO_PROBLEMS_EN, AkomaNtosoFormatError, XML_READ_PROBLEMS_EN, importAkomaNtoso } from '#libs/documents';
import { akomaNtosoProblemsEn } from './akoma-ntoso-problems.en';
import { akomaNtosoProblemText } from './akoma-ntoso-problem';

function refusalOf(xml: string): AkomaNtosoFormatError {
  try {
    importAkomaNtoso(xml);
  } catch (error) {
    if (error instanceof AkomaNtosoFormatError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('an Akoma Ntoso file refused, in the reader’s language', () => {
  it('has every reason of libs/documents, in English exactly as libs/documents says it', () => {
    for (const [key, english] of Object.entries({ ...AKOMA_NTOSO_PROBLEMS_EN, ...XML_READ_PROBLEMS_EN }))
      expect({ key, en: akomaNtosoProblemsEn[key as keyof typeof akomaNtosoProblemsEn] }).toEqual({ key, en: english });
  });

  it('names the element in words and by name, and says why from the key', () => {
    const missing = refusalOf('<akomaNtoso><act/></akomaNtoso>');
    expect(missing).toMatchObject({ where: 'akomaNtoso', key: 'akn.missing', params: { name: 'statement' } });
    expect(akomaNtosoProblemText(missing, 'en')).toBe('the document (akomaNtoso): statement is missing');
    expect(akomaNtosoProblemText(missing, 'ar')).toBe('في الوثيقة \u200f(akomaNtoso): العنصر statement ناقص');
    const malformed = refusalOf('<akomaNtoso><statement></akomaNtoso>');
    expect(malformed).toMatchObject({ where: 'file', key: 'xml.malformed' });
    expect(akomaNtosoProblemText(malformed, 'ar')).toMatch(/^في الملف \u200f\(file\): ليس XML سليم البنية: .* \(السطر \d+\)$/u);
  });
});
