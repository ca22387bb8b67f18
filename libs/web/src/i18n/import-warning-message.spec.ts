import { IMPORT_WARNING_KEYS, importResolution, importWarningParamNames } from '#libs/text';
import { importWarningMessage } from './import-warning-message';
import { CATALOGUES, isMessageKey, placeholdersOf, translator } from './translate';

describe("the importer's warnings in the message catalogues", () => {
  it('have a message in English and in Arabic for every key the importer states', () => {
    expect(IMPORT_WARNING_KEYS.length).toBeGreaterThan(0);
    for (const key of IMPORT_WARNING_KEYS) {
      expect({ key, known: isMessageKey(key) }).toEqual({ key, known: true });
      for (const locale of ['en', 'ar'] as const) {
        expect({ key, locale, message: CATALOGUES[locale][key].trim() !== '' }).toEqual({ key, locale, message: true });
      }
    }
  });

  it("name in each message exactly the parameters the key's warning carries", () => {
    for (const key of IMPORT_WARNING_KEYS) {
      const names = [...importWarningParamNames[key]].sort();
      expect({ key, en: placeholdersOf(CATALOGUES.en[key]), ar: placeholdersOf(CATALOGUES.ar[key]) }).toEqual({
        key,
        en: names,
        ar: names,
      });
    }
  });

  it('reads a warning in the interface language, citing the labels as printed', () => {
    const source = ['The ITU Council,', 'resolves', '1\tto act;', '3\tto report back;'].join('\n');
    const [warning] = importResolution(source, { language: 'en' }).warnings;
    expect(warning).toMatchObject({ line: 4, key: 'import.label-out-of-sequence', params: { label: '3', expected: '2' } });
    expect(importWarningMessage(translator('en'), warning)).toBe(
      'Label "3" stands where "2" is expected; the provision keeps its place and takes the label of its place.',
    );
    expect(importWarningMessage(translator('ar'), warning)).toBe(
      'الترقيم "3" في موضع يُنتظر فيه "2"؛ تبقى الفقرة في مكانها وتأخذ ترقيم موضعها.',
    );
  });
});
