import { languageProfile } from '../languages';
import { endsClause, headingPart, looksLikeEnactingFormula } from './headings';

const ar = languageProfile('ar');
const en = languageProfile('en');

describe('headingPart', () => {
  it.each(['إذ يذكّر', 'وإذ يذكّر أيضاً', 'وإذ يضع في اعتباره أن مؤتمر المندوبين المفوضين لعام 2022 قرر', 'إذ يذكر'])(
    'reads the Arabic preamble heading %j, with or without و and vowel marks',
    (heading) => expect(headingPart(heading, ar)).toBe('preamble'),
  );

  it.each([
    'يقرر أن يكلف الأمين العام',
    'يكلف مدير مكتب تنمية الاتصالات كذلك',
    'يشجع الدول الأعضاء على',
    'ويطلب من الأمين العام',
    'يناشد الدول الأعضاء',
  ])('reads the Arabic operative heading %j', (heading) => expect(headingPart(heading, ar)).toBe('operative'));

  it('reads English headings, also behind "further"', () => {
    expect(headingPart('recalling further', en)).toBe('preamble');
    expect(headingPart('further resolves', en)).toBe('operative');
    expect(headingPart('encourages Member States to', en)).toBe('operative');
  });

  it('does not take a provision, which ends with a clause mark, for a heading', () => {
    expect(headingPart('يقرر المجلس ما يلي؛', ar)).toBeUndefined();
    expect(headingPart('Recalling its resolution 70/125,', en)).toBeUndefined();
    expect(headingPart('أن الأمين العام للاتحاد قد أنشأ فريق المهام', ar)).toBeUndefined();
  });
});

describe('endsClause and the enacting formula', () => {
  it('sees the Arabic and Latin clause marks, behind quotes and footnote anchors', () => {
    expect(endsClause('الاستعراض؛', ar)).toBe(true);
    expect(endsClause('عام 2015"؛', ar)).toBe(true);
    expect(endsClause('developing countries,\uE0001\uE001', en)).toBe(true);
    expect(endsClause('a multistakeholder', en)).toBe(false);
  });

  it('recognises a short line closed by a comma as a possible enacting formula', () => {
    expect(looksLikeEnactingFormula('إن مجلس الاتحاد الدولي للاتصالات،', ar)).toBe(true);
    expect(looksLikeEnactingFormula('The General Assembly,', en)).toBe(true);
    expect(looksLikeEnactingFormula('The General Assembly', en)).toBe(false);
  });
});
