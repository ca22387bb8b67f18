import { languageNameIn } from './language-names';

describe('the names of the UN languages', () => {
  it('names each in a sentence of the reader’s language', () => {
    expect(languageNameIn('en', 'ar')).toBe('Arabic');
    expect(languageNameIn('en', 'zh')).toBe('Chinese');
    expect(languageNameIn('ar', 'fr')).toBe('الفرنسية');
    expect(languageNameIn('ar', 'en')).toBe('الإنكليزية');
  });
});
