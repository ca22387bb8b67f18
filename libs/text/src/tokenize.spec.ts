import fc from 'fast-check';
import { anyCodePoint } from './testing/code-points';
import { TokenizedText, comparisonKey, joinTokens, runTogether, tokenTexts, tokenize } from './tokenize';

const texts = (tokens: { text: string }[]) => tokens.map((token) => token.text);

describe('tokenize', () => {
  it('gives the exact input back when its tokens are joined', () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: anyCodePoint }), fc.string());
    fc.assert(fc.property(anyText, (text) => joinTokens(tokenize(text)) === text && tokenTexts(text).join('') === text));
  });

  it('gives the same tokens whether or not comparison keys are computed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => JSON.stringify(texts(tokenize(text))) === JSON.stringify(tokenTexts(text))),
    );
  });

  it('gives the same boundaries to a TokenizedText as to the tokens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: anyCodePoint }), (a, b) => {
        const text = a + b;
        expect(new TokenizedText(text).texts()).toEqual(tokenTexts(text));
      }),
    );
  });

  it('splits exactly as the reference definition written as one regular expression', () => {
    const punctuation = '؛،؟.,;:()\\[\\]«»!?"“”/…—–\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';
    const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
    const reference = new RegExp(`\\s+|[${punctuation}]|[${cjk}]|[^\\s${punctuation}${cjk}]+`, 'gu');
    const mixed = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'وبالقرار',
            'يذكّر',
            '،',
            '؛',
            '(',
            ')',
            '[',
            ']',
            '\u00A0',
            '\u3000',
            '\u2009',
            '信息',
            '𠀋',
            'ひらがな',
            'カタ',
            '。',
            '，',
            'A/70/125',
            '😀',
            '\uD800',
          ),
          fc.string({ unit: anyCodePoint, maxLength: 4 }),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(mixed, (text) => JSON.stringify(tokenTexts(text)) === JSON.stringify(text.match(reference) ?? [])));
  });

  it('makes Arabic and Latin clause punctuation, brackets and guillemets separate tokens', () => {
    expect(texts(tokenize('(دبي، 2014)؛ [أ] «ب» هل؟ a, b; c: d.'))).toEqual([
      '(',
      'دبي',
      '،',
      ' ',
      '2014',
      ')',
      '؛',
      ' ',
      '[',
      'أ',
      ']',
      ' ',
      '«',
      'ب',
      '»',
      ' ',
      'هل',
      '؟',
      ' ',
      'a',
      ',',
      ' ',
      'b',
      ';',
      ' ',
      'c',
      ':',
      ' ',
      'd',
      '.',
    ]);
  });

  it('keeps Arabic proclitics on their word', () => {
    expect(texts(tokenize('وبالقرار وإذ يذكّر'))).toEqual(['وبالقرار', ' ', 'وإذ', ' ', 'يذكّر']);
  });

  it('treats no-break spaces and tabs as whitespace tokens', () => {
    expect(tokenize('أ\u00A0)\tبالقرار').map((token) => token.kind)).toEqual(['word', 'space', 'punctuation', 'space', 'word']);
  });

  it('splits Chinese text per character', () => {
    expect(texts(tokenize('信息社会世界峰会（WSIS）'))).toEqual(['信', '息', '社', '会', '世', '界', '峰', '会', '（', 'WSIS', '）']);
  });

  it('splits Cyrillic text on spaces like Latin text', () => {
    expect(texts(tokenize('напоминая о Резолюции 140;'))).toEqual(['напоминая', ' ', 'о', ' ', 'Резолюции', ' ', '140', ';']);
  });
});

describe('runTogether', () => {
  it('says whether two texts written side by side would make one token at the join', () => {
    const piece = fc
      .array(fc.constantFrom(' ', '\u00A0', 'a', 'ب', 'ّ', '،', '[', '信', 'カ', '😀', '𠀋', '\t'), { minLength: 1, maxLength: 4 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(piece, piece, (left, right) => {
        const apart = tokenTexts(left).length + tokenTexts(right).length;
        expect(runTogether(left, right)).toBe(tokenTexts(left + right).length < apart);
      }),
    );
  });
});

describe('comparisonKey', () => {
  it('folds Arabic diacritics, so that a shadda does not make a different word', () => {
    expect(comparisonKey('يذكّر')).toBe(comparisonKey('يذكر'));
    expect(comparisonKey('المراجَع')).toBe(comparisonKey('المراجع'));
  });

  it('folds tatweel, alef, yeh and teh marbuta variants', () => {
    expect(comparisonKey('هـ')).toBe(comparisonKey('ه'));
    expect(comparisonKey('إلى')).toBe(comparisonKey('الي'));
    expect(comparisonKey('أهمية')).toBe(comparisonKey('اهميه'));
  });

  it('folds Arabic presentation forms to the letters they stand for', () => {
    expect(comparisonKey('ﻫ')).toBe(comparisonKey('ه'));
  });

  it('folds letter case but keeps different words apart', () => {
    expect(comparisonKey('Recalling')).toBe(comparisonKey('recalling'));
    expect(comparisonKey('يذكر')).not.toBe(comparisonKey('يقرر'));
  });
});
