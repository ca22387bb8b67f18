import { checkText, cleanText, describeCodePoint } from './input-policy';

describe('the input policy for texts', () => {
  it('accepts the texts of the six UN languages as the seeds carry them', () => {
    for (const text of [
      'إن مجلس الاتحاد الدولي للاتصالات،',
      'وإذ يذكّر أيضاً\tبالقرار 73 (المراجَع في دبي، 2014بوينس آيرس، 2017)؛',
      'Révision de la Résolution 30\nsecond line',
      'Резолюция 1334 (изм. 2023 г.)',
      '信息社会世界峰会',
      'non\u00A0breaking\u2011hyphen ⁽¹⁾',
    ]) {
      expect(checkText(text, 'prose')).toBeUndefined();
    }
  });

  it.each([
    ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
    ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
    ['\u202C', 'POP DIRECTIONAL FORMATTING'],
    ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
    ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
    ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
    ['\u2068', 'FIRST STRONG ISOLATE'],
    ['\u2069', 'POP DIRECTIONAL ISOLATE'],
  ])('refuses the bidi control %j everywhere, naming it and its offset', (char, name) => {
    for (const kind of ['prose', 'identifier', 'symbol'] as const) {
      const found = checkText(`Resolution ${char}30`, kind);
      expect(found).toMatchObject({ code: 'bidi-control', offset: 11 });
      expect(found!.message).toContain(
        `the bidirectional control ${describeCodePoint(char.codePointAt(0)!).slice(0, 6)} at offset 11 (${name})`,
      );
    }
  });

  it.each([
    ['zero width space', '\u200B'],
    ['word joiner', '\u2060'],
    ['invisible times', '\u2062'],
    ['byte order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['Mongolian vowel separator', '\u180E'],
    ['a tag character', '\u{E0041}'],
  ])('refuses a %s in prose and in identifiers', (_, char) => {
    expect(checkText(`ad${char}opt`, 'prose')).toMatchObject({ code: 'invisible-format', offset: 2 });
    expect(checkText(`ad${char}opt`, 'identifier')).toMatchObject({ code: 'invisible-format', offset: 2 });
  });

  it('accepts the directional marks in prose, and refuses them in identifiers and symbols', () => {
    const text = 'القرار \u200F1334\u200E (2023) \u061C';
    expect(checkText(text, 'prose')).toBeUndefined();
    expect(checkText('C23/71\u200F-A', 'symbol')).toMatchObject({ code: 'invisible-format', codePoint: 'U+200F', offset: 6 });
    expect(checkText('egypt\u200E', 'identifier')).toMatchObject({ code: 'invisible-format', offset: 5 });
  });

  it('accepts a joiner between two letters in prose, where it shapes them, and nowhere else', () => {
    expect(checkText('می\u200Cخواهم', 'prose')).toBeUndefined();
    expect(checkText('क्\u200Dष', 'prose')).toBeUndefined();
    expect(checkText('\u200Cstart', 'prose')).toMatchObject({ code: 'invisible-format', offset: 0 });
    expect(checkText('end\u200D', 'prose')).toMatchObject({ code: 'invisible-format', offset: 3 });
    expect(checkText('a \u200C b', 'prose')).toMatchObject({ code: 'invisible-format', offset: 2 });
    expect(checkText('egy\u200Dpt', 'identifier')).toMatchObject({ code: 'invisible-format', offset: 3 });
  });

  it('refuses lone surrogates, high or low, and accepts pairs', () => {
    expect(checkText('ab\uD800cd', 'prose')).toMatchObject({ code: 'lone-surrogate', codePoint: 'U+D800', offset: 2 });
    expect(checkText('ab\uDC00', 'prose')).toMatchObject({ code: 'lone-surrogate', codePoint: 'U+DC00', offset: 2 });
    expect(checkText('\uD83D', 'identifier')).toMatchObject({ code: 'lone-surrogate', offset: 0 });
    expect(checkText('emoji 😀 and 𝔸', 'prose')).toBeUndefined();
  });

  it('accepts tabs and line breaks in prose only, and refuses other controls everywhere', () => {
    expect(checkText('a\tb\r\nc', 'prose')).toBeUndefined();
    expect(checkText('a\tb', 'identifier')).toMatchObject({ code: 'control', offset: 1 });
    expect(checkText('a\nb', 'symbol')).toMatchObject({ code: 'control', offset: 1 });
    expect(checkText('a\u0000b', 'prose')).toMatchObject({ code: 'control', codePoint: 'U+0000' });
    expect(checkText('a\u001Bb', 'prose')).toMatchObject({ code: 'control', codePoint: 'U+001B' });
    expect(checkText('a\u0085b', 'prose')).toMatchObject({ code: 'control', codePoint: 'U+0085' });
  });

  it('refuses noncharacters, and private-use and line-separator characters in identifiers', () => {
    expect(checkText('a\uFFFE', 'prose')).toMatchObject({ code: 'noncharacter' });
    expect(checkText('a\uFDD0', 'prose')).toMatchObject({ code: 'noncharacter' });
    expect(checkText('id\uE000', 'identifier')).toMatchObject({ code: 'private-use' });
    expect(checkText('Res\u2028 30', 'symbol')).toMatchObject({ code: 'line-separator' });
  });

  it('refuses a symbol that mixes Latin with Cyrillic or Greek letters, naming the odd letter', () => {
    expect(checkText('C23/71-A', 'symbol')).toBeUndefined();
    expect(checkText('А/70/125', 'symbol')).toBeUndefined(); // one Cyrillic letter and digits: one script
    expect(checkText('Резолюция 1334', 'symbol')).toBeUndefined();
    expect(checkText('القرار 1334 (Rev. 2017)', 'symbol')).toBeUndefined(); // Arabic is not confusable with Latin
    const mixed = checkText('A/RES/78/1З2', 'symbol'); // a Cyrillic Ze for a 3
    expect(mixed).toMatchObject({ code: 'mixed-script', codePoint: 'U+0417', offset: 10 });
    expect(mixed!.message).toContain('Cyrillic letter among Latin letters');
    expect(checkText('Rеsolution 30', 'symbol')).toMatchObject({ code: 'mixed-script', offset: 1 }); // Cyrillic е
    expect(checkText('Rеsolution 30', 'prose')).toBeUndefined();
  });

  it('normalises what it accepts to NFC', () => {
    expect(cleanText('Re\u0301solution', 'prose')).toEqual({ ok: true, text: 'Résolution' });
    expect(cleanText('x\u202E', 'prose')).toMatchObject({ ok: false, violation: { code: 'bidi-control' } });
  });
});
