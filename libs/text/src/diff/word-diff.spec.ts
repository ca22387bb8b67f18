import fc from 'fast-check';
import { diffWords, textAfter, textBefore } from './word-diff';

describe('diffWords', () => {
  it('strikes "Dubai, 2014" and adds "Buenos Aires, 2017" as whole phrases, as the ITU marks a MOD', () => {
    expect(
      diffWords('إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،', 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،'),
    ).toEqual([
      { kind: 'equal', text: 'إن المؤتمر العالمي لتنمية الاتصالات (' },
      { kind: 'delete', text: 'دبي، 2014' },
      { kind: 'insert', text: 'بوينس آيرس، 2017' },
      { kind: 'equal', text: ')،' },
    ]);
  });

  it('marks only the words that changed', () => {
    expect(
      diffWords(
        'to encourage the full participation of all organizations',
        'to encourage the active participation of all organizations and bodies',
      ),
    ).toEqual([
      { kind: 'equal', text: 'to encourage the ' },
      { kind: 'delete', text: 'full' },
      { kind: 'insert', text: 'active' },
      { kind: 'equal', text: ' participation of all organizations' },
      { kind: 'insert', text: ' and bodies' },
    ]);
  });

  it('aligns words that differ only in diacritics but keeps both spellings', () => {
    const segments = diffWords('إذ يذكّر بالقرار 71', 'إذ يذكر بالقرار 71');
    expect(segments).toEqual([
      { kind: 'equal', text: 'إذ ' },
      { kind: 'delete', text: 'يذكّر' },
      { kind: 'insert', text: 'يذكر' },
      { kind: 'equal', text: ' بالقرار 71' },
    ]);
  });

  it('carries both wordings exactly', () => {
    const words = fc
      .array(fc.constantFrom('القرار', 'يذكّر', 'يذكر', 'the', 'Council', '،', '؛', ' ', '  ', '(', ')', '2014', 'x'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    const anyText = fc.oneof(words, fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const segments = diffWords(before, after);
        expect(textBefore(segments)).toBe(before);
        expect(textAfter(segments)).toBe(after);
      }),
    );
  });
});
