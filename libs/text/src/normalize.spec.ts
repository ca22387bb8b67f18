import {
  collapseWhitespace,
  findDisguisingCharacters,
  fixSymbolConfusables,
  foldPresentationForms,
  normalizeLine,
  normalizeText,
  replaceSuperscriptMarkers,
  superscriptMarkerFor,
} from './normalize';

describe('normalisation', () => {
  it('folds Arabic presentation forms to base letters (ﻫ U+FEEB is ه)', () => {
    expect(foldPresentationForms('\uFEEB')).toBe('ه');
    expect(foldPresentationForms('\uFEED\uFEA1\uFEC1\uFEF1\uFE8F')).toBe('وحطيب');
    expect(foldPresentationForms('\uFEFB')).toBe('لا');
  });

  it('leaves superscripts and other compatibility characters outside the presentation forms alone', () => {
    expect(foldPresentationForms('km² ﬁ ⁽¹⁾')).toBe('km² ﬁ ⁽¹⁾');
  });

  it('composes to NFC', () => {
    expect(normalizeLine('e\u0301')).toBe('é');
  });

  it('turns no-break and narrow no-break spaces into plain spaces', () => {
    expect(normalizeLine('بالقرار\u00A073 (مينيابوليس،\u00A01998)')).toBe('بالقرار 73 (مينيابوليس، 1998)');
    expect(normalizeLine('13\u202F000')).toBe('13 000');
  });

  it('turns the non-breaking hyphen into a hyphen', () => {
    expect(normalizeLine('(2005\u20112003) CWG\u2011WSIS&SDG')).toBe('(2005-2003) CWG-WSIS&SDG');
  });

  it('fixes a Cyrillic А inside the symbol А/70/125, also after an Arabic conjunction', () => {
    expect(fixSymbolConfusables('\u0410/70/125 و\u0410/70/1')).toBe('A/70/125 وA/70/1');
    expect(fixSymbolConfusables('WSI\u0421+20')).toBe('WSIC+20');
  });

  it('leaves Russian words and Cyrillic list letters alone', () => {
    expect(fixSymbolConfusables('Резолюция 140 пункт 3/а')).toBe('Резолюция 140 пункт 3/а');
  });

  it('keeps tabs in a line but collapses them, with runs of spaces, for comparison', () => {
    expect(normalizeLine('ب)\tنص')).toBe('ب)\tنص');
    expect(collapseWhitespace('  ب)\t\t نص   آخر ')).toBe('ب) نص آخر');
    expect(normalizeText(' أ )\tبالقرار\u00A073\n\tالأصل:  بالإنكليزية')).toBe('أ ) بالقرار 73\nالأصل: بالإنكليزية');
  });

  it('recognises superscript footnote markers ⁽¹⁾ and writes them back', () => {
    expect(replaceSuperscriptMarkers('النامية⁽¹⁾ و⁽¹²⁾', (n) => `[${n}]`)).toBe('النامية[1] و[12]');
    expect(superscriptMarkerFor(12)).toBe('⁽¹²⁾');
  });

  it('reports bidi controls and zero-width characters with their offsets, and removes them from lines', () => {
    const text = 'ab\u202Ecd\u200Be\u2066f';
    expect(findDisguisingCharacters(text)).toEqual([
      { char: '\u202E', codePoint: 'U+202E', offset: 2 },
      { char: '\u200B', codePoint: 'U+200B', offset: 5 },
      { char: '\u2066', codePoint: 'U+2066', offset: 7 },
    ]);
    expect(normalizeLine(text)).toBe('abcdef');
    expect(findDisguisingCharacters('بالقرار 73 (WSIS)')).toEqual([]);
  });
});
