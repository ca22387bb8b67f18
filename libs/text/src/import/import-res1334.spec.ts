import { renderCleanText } from '../render/clean-text';
import { toInterchange } from '../render/interchange';
import { missingWords, wordsOf } from '../word-multiset';
import { everyProvision, readFixture, sourceWords } from './fixtures/seeds';
import { importResolution } from './import-resolution';

// Expectations written from reading itu-council-res1334-mod2023.ar.txt, not from the importer's output.
const source = readFixture('itu-council-res1334-mod2023.ar.txt');
const { document: doc, warnings } = importResolution(source);
const interchange = toInterchange(doc, warnings);

describe('importing Council Resolution 1334 (Modified 2023), Arabic', () => {
  it('detects Arabic and the ITU style', () => {
    expect(doc.language).toBe('ar');
    expect(doc.style).toBe('itu');
  });

  it('reads the designation and the two subject lines as the title, and the adoption line apart', () => {
    expect(doc.title).toBe(
      'القرار 1334 (المعدَّل في 2023) — دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات',
    );
    expect(doc.metadata.adoption).toBe('اعتُمد في الجلسة العامة السادسة');
  });

  it('reads the Council as the enacting body', () => {
    expect(doc.body).toBe('إن مجلس الاتحاد الدولي للاتصالات،');
  });

  it('reads "الأصل: بالإنكليزية" as an English original, and finds no symbol on this text', () => {
    expect(doc.metadata.originalLanguage).toBe('en');
    expect(doc.metadata.symbol).toBeUndefined();
  });

  it('finds the six preamble headings in order, including the one that runs on', () => {
    expect(doc.preamble.map((s) => s.heading)).toEqual([
      'إذ يذكّر',
      'وإذ يذكّر أيضاً',
      'وإذ يضع في اعتباره',
      'وإذ يلاحظ بارتياح',
      'وإذ يقدر',
      'وإذ يضع في اعتباره أن مؤتمر المندوبين المفوضين لعام 2022 قرر',
    ]);
    expect(doc.preamble.map((s) => s.provisions.length)).toEqual([8, 2, 4, 5, 3, 4]);
  });

  it('finds the four operative headings in order with their numbered provisions', () => {
    expect(doc.operative.map((s) => s.heading)).toEqual([
      'يقرر أن يكلف الأمين العام',
      'يكلف فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة',
      'يشجع الدول الأعضاء على',
      'يشجع الأعضاء على',
    ]);
    expect(doc.operative.map((s) => s.provisions.length)).toEqual([12, 3, 4, 6]);
  });

  it('letters the preamble of Res 1334 in abjad order, as printed', () => {
    expect(interchange.preamble[0].provisions.map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )', 'و )', 'ز )', 'ح)']);
    expect(interchange.preamble[3].provisions.map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )']);
  });

  it('numbers each operative section from 1', () => {
    expect(interchange.operative[0].provisions.map((p) => p.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(interchange.operative[3].provisions.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('keeps the words of selected provisions from first to last, with spaces and hyphens normalised', () => {
    const first = doc.preamble[0].provisions[0].text;
    expect(first.startsWith('بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين')).toBe(true);
    expect(first.endsWith('لمجتمع المعلومات (WSIS)؛')).toBe(true);
    expect(doc.preamble[5].provisions[0].text.startsWith('أنه ينبغي للاتحاد أن يواصل التنسيق')).toBe(true);
    expect(doc.operative[0].provisions[3].text).toContain('(2005-2003)');
    expect(doc.operative[0].provisions[10].text).toContain('الفريق CWG-WSIS&SDG، وإلى مؤتمر');
    expect(doc.operative[0].provisions[11].text.endsWith('في تنفيذ هذا القرار،')).toBe(true);
    expect(doc.operative[3].provisions[5].text).toBe(
      'المساهمة في الصندوق الاستئماني للقمة العالمية التابع للاتحاد لضمان كفاءة تنفيذ عملية الاستعراض لتنفيذ نواتج القمة (WSIS+20) وفعاليتها.',
    );
  });

  it('removes the bookmark marker before provision و )', () => {
    expect(doc.preamble[0].provisions[5].text.startsWith('بالقرار 200 (المراجَع في بوخارست، 2022)')).toBe(true);
    expect(everyProvision(doc).some((p) => p.text.includes('bookmark'))).toBe(false);
  });

  it('finds no sub-items and no footnotes in this text', () => {
    expect(everyProvision(doc).filter((p) => p.children.length > 0 || p.footnotes.length > 0)).toEqual([]);
  });

  it('places every line without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it('gives every provision a distinct id', () => {
    const ids = everyProvision(doc).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(26 + 25);
  });

  it('loses no word of the source in the clean text', () => {
    expect(missingWords(sourceWords(source), wordsOf(renderCleanText(doc)))).toEqual([]);
  });

  it('renders a clean text that imports back to the same clean text', () => {
    const clean = renderCleanText(doc);
    expect(renderCleanText(importResolution(clean).document)).toBe(clean);
  });
});
