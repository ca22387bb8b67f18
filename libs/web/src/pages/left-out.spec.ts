import { translator } from '../i18n/translate';
import { PageContext } from './context';
import { citeLeftOut } from './document';

const ctx = (locale: 'ar' | 'en'): PageContext => ({
  locale,
  t: translator(locale),
  csrf: 'csrf',
  url: '/web/x',
  viewer: undefined as never,
});

describe('an amendment left out of the pending text, as people cite it', () => {
  it('names its proposers, its tag and the provision as printed, in the interface language', () => {
    const item = {
      proposers: ['Egypt', 'Kenya'],
      tag: 'MOD' as const,
      provision: 'resolves to instruct the Secretary-General, 2',
      reason: '',
    };
    expect(citeLeftOut(ctx('en'), item)).toBe("Egypt and Kenya's MOD of resolves to instruct the Secretary-General, 2");
    expect(citeLeftOut(ctx('ar'), { ...item, proposers: ['مصر', 'كينيا'], provision: 'يقرر أن يكلف الأمين العام، 2' })).toBe(
      'MOD يقرر أن يكلف الأمين العام، 2 المقترح من مصر وكينيا',
    );
  });

  it('names the title when the amendment changes it', () => {
    expect(citeLeftOut(ctx('en'), { proposers: ['Brazil'], tag: 'MOD', reason: '' })).toBe("Brazil's MOD of the title");
  });
});
