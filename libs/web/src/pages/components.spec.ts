import { bidi, bidiText, inLanguage } from './components';

describe('isolating a run of the other direction', () => {
  it('isolates a name in a bdi element, and a symbol in one kept on one line', () => {
    expect(bidi('Council Working Group on WSIS').markup).toBe('<bdi>Council Working Group on WSIS</bdi>');
    expect(bidi('C26/WG-WSIS/12', 'symbol').markup).toBe('<bdi class="symbol">C26/WG-WSIS/12</bdi>');
    expect(bidi('<b>x</b>', 'symbol').markup).toBe('<bdi class="symbol">&lt;b&gt;x&lt;/b&gt;</bdi>');
  });

  it('isolates text that cannot carry markup between FSI and PDI', () => {
    expect(bidiText('Arab Republic of Egypt')).toBe('\u2068Arab Republic of Egypt\u2069');
  });

  it('marks typed text with its declared language, unless it reads the other way: then its direction is its own', () => {
    expect(inLanguage('ar', 'يقرر أن يكلف', 'p').markup).toBe('<p lang="ar" dir="rtl">يقرر أن يكلف</p>');
    expect(inLanguage('ar', 'Implementing the WSIS outcomes').markup).toBe('<span dir="auto">Implementing the WSIS outcomes</span>');
    expect(inLanguage('en', '“تنفيذ نتائج القمة”').markup).toBe('<span dir="auto">“تنفيذ نتائج القمة”</span>');
    expect(inLanguage('ar', '2026').markup).toBe('<span lang="ar" dir="rtl">2026</span>');
    expect(inLanguage('ar', 'WSIS+20: تنفيذ النتائج').markup).toBe('<span lang="ar" dir="rtl">WSIS+20: تنفيذ النتائج</span>');
  });
});
