import { renderCleanText } from '../render/clean-text';
import { toInterchange } from '../render/interchange';
import { missingWords, wordsOf } from '../word-multiset';
import { everyProvision, readFixture, sourceWords } from './fixtures/seeds';
import { importResolution } from './import-resolution';
import type { ImportWarningKey } from './import-warnings';
import { importWarningKeys, revisionTraceKeys } from './import-warnings';

// Expectations written from reading wtdc17-23-rcc-rev-res30.ar.txt: an RCC contribution to
// WTDC-17 proposing a revision of Resolution 30, with its cover, its explanatory prose,
// and a resolution text whose revision marks were lost in extraction.
const source = readFixture('wtdc17-23-rcc-rev-res30.ar.txt');
const { document: doc, warnings } = importResolution(source);
const interchange = toInterchange(doc, warnings);
const warningLines = (...keys: ImportWarningKey[]) => warnings.filter((w) => keys.includes(w.key)).map((w) => w.line);
const lostRevisionMarks: readonly ImportWarningKey[] = Object.values(revisionTraceKeys);

describe('importing the RCC contribution WTDC-17/23 revising Resolution 30, Arabic', () => {
  it('reads the cover: symbol, Russian original, the RCC as submitter, the contribution fields', () => {
    expect(doc.metadata.symbol).toBe('WTDC-17/23-A');
    expect(doc.metadata.originalLanguage).toBe('ru');
    expect(doc.metadata.submitters).toEqual(['الدول الأعضاء في الاتحاد، الأعضاء في الكومنولث الإقليمي في مجال الاتصالات (RCC)']);
    expect(doc.metadata.priorityArea).toBe('-');
    expect(doc.metadata.summary?.split('\n')).toHaveLength(2);
    expect(doc.metadata.summary?.startsWith('تتضمن هذه الوثيقة مشروعاً لمراجعة القرار 30')).toBe(true);
    expect(doc.metadata.expectedResults).toBe(
      'يُدعى المؤتمر العالمي لتنمية الاتصالات لعام 2017 إلى النظر في الوثيقة المقترحة واتخاذ القرارات المناسبة.',
    );
    expect(doc.metadata.references).toBe('القرار 140 لمؤتمر المندوبين المفوضين لعام 2014، والقرار 1332 للمجلس في دورته لعام 2016');
  });

  it('reads the three title lines as one title', () => {
    expect(doc.title).toBe(
      'مشروع مراجعة القرار 30 للمؤتمر العالمي لتنمية الاتصالات - دور قطاع تنمية الاتصالات للاتحاد الدولي للاتصالات في تنفيذ نتائج القمة العالمية لمجتمع المعلومات',
    );
  });

  it('keeps the introduction and the proposal, which are not resolution text, as narrative', () => {
    const narrative = doc.metadata.narrative ?? [];
    expect(narrative[0]).toBe('أولاً\tمقدمة');
    expect(narrative.filter((p) => p.includes('\t'))).toEqual(['أولاً\tمقدمة', 'ثانياً\tالمقترح']);
    expect(narrative).toHaveLength(8);
    expect(narrative[7].startsWith('ينبغي تعديل القرار 30 (المراجَع في دبي، 2014)')).toBe(true);
  });

  it('reads the Conference as the enacting body, lost revision marks and all', () => {
    expect(doc.body).toBe('إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014بوينس آيرس، 2017)،');
  });

  it('finds the six preamble headings and their provisions', () => {
    expect(doc.preamble.map((s) => s.heading)).toEqual([
      'إذ يذكّر',
      'وإذ يدرك',
      'وإذ يدرك كذلك',
      'وإذ يأخذ بعين الاعتبار',
      'وإذ يلاحظ',
      'وإذ يلاحظ كذلك',
    ]);
    expect(doc.preamble.map((s) => s.provisions.length)).toEqual([13, 4, 5, 4, 3, 1]);
  });

  it('finds the five operative headings and their provisions', () => {
    expect(doc.operative.map((s) => s.heading)).toEqual([
      'يقرر دعوة قطاع تنمية الاتصالات للاتحاد إلى',
      'يكلف مدير مكتب تنمية الاتصالات',
      'يكلف مدير مكتب تنمية الاتصالات كذلك',
      'يناشد الدول الأعضاء وأعضاء القطاعات والمنتسبين إليها والهيئات الأكاديمية المنضمة إليها',
      'يطلب من الأمين العام',
    ]);
    expect(doc.operative.map((s) => s.provisions.length)).toEqual([9, 4, 9, 5, 1]);
  });

  it('reletters "recalling" by position although the printed letters ran old and new together', () => {
    expect(interchange.preamble[0].provisions.map((p) => p.label)).toEqual([
      'أ )',
      'ب)',
      'ج)',
      'د )',
      'هـ )',
      'و )',
      'ز )',
      'ح)',
      'ط)',
      'ي)',
      'ك)',
      'ل)',
      'م)',
    ]);
    expect(doc.preamble[0].provisions[4].text.startsWith('بالقرار 71 (المراجَع في غوادالاخارا')).toBe(true);
    expect(doc.preamble[0].provisions[6].text.startsWith('بالقرار 131 (المراجَع في بوسان، 2014)')).toBe(true);
  });

  it('renumbers "instructs the Director further" where 45, 56, 67 stood for old 4, 5, 6 and new 5, 6, 7', () => {
    expect(interchange.operative[2].provisions.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(doc.operative[2].provisions[4].text.startsWith('بتشجيع مؤسسات التمويل الدولية')).toBe(true);
    expect(warnings.find((w) => w.line === 101)).toMatchObject({
      key: importWarningKeys.oldAndNewLabels,
      params: { label: '45', readAs: '5' },
    });
  });

  it('hangs dash, bullet and quoted-number sub-items under the provision that introduces them', () => {
    const documents = doc.preamble[0].provisions[10];
    expect(documents.text).toBe('بالوثائق التي اعتمدتها القمة في مرحلتيها:');
    expect(documents.listMarker).toBe('dash');
    expect(documents.children.map((c) => c.text)).toEqual([
      'إعلان مبادئ جنيف وخطة عمل جنيف؛',
      'التزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات؛',
    ]);
    expect(doc.preamble[4].provisions[1].listMarker).toBe('bullet');
    expect(doc.preamble[4].provisions[1].children).toHaveLength(2);
    expect(interchange.operative[0].provisions[8].children.map((c) => c.label)).toEqual(["'1'", "'2'", "'3'"]);
    expect(doc.operative[2].provisions[0].children).toHaveLength(4);
    expect(doc.operative[2].provisions[0].listMarker).toBe('dash');
    expect(interchange.operative[2].provisions[6].children.map((c) => c.label)).toEqual(["'1'", "'2'", "'3'", "'4'"]);
    expect(everyProvision(doc).filter((p) => p.children.length > 0)).toHaveLength(5);
  });

  it('attaches the footnote on developing countries to the first provision of "resolves to invite", after its anchor word', () => {
    const first = doc.operative[0].provisions[0];
    expect(first.footnotes.map((f) => f.text)).toEqual([
      'تشمل أقل البلدان نمواً والدول الجزرية الصغيرة النامية والبلدان النامية غير الساحلية والبلدان التي تمر اقتصاداتها بمرحلة انتقالية.',
    ]);
    const words = first.text.split(' ');
    expect(words[(first.footnotes[0].anchor ?? 0) - 1]).toBe('النامية');
    expect(first.text).toContain('البلدان النامية في مجال بناء');
    expect(first.text.endsWith('في إطار ولايته؛')).toBe(true);
    expect(everyProvision(doc).filter((p) => p.footnotes.length > 0)).toEqual([first]);
  });

  it('keeps the single unlettered provisions of "noting further" and "requests the Secretary-General"', () => {
    expect(doc.preamble[5].provisions[0].text.startsWith('أن الأمين العام للاتحاد قد أنشأ فريق المهام')).toBe(true);
    expect(doc.operative[4].provisions[0].text.endsWith('(المراجَع في غوادالاخارا، 2010بوسان، 2014).')).toBe(true);
    expect(interchange.operative[4].provisions[0].label).toBe('');
  });

  it('keeps the unlettered paragraph that lost its label and warns about it', () => {
    expect(doc.preamble[2].provisions[4].text.startsWith('أن مؤتمر المندوبين المفوضين، في قراره 140')).toBe(true);
    expect(warningLines(importWarningKeys.paragraphWithoutLabel)).toEqual([59]);
  });

  it('writes the symbols A/70/125 and A/70/1 with a Latin A where the source had a Cyrillic one', () => {
    const text = doc.operative[1].provisions[1].text;
    expect(text).toContain('A/70/125 وA/70/1،');
    expect(text).not.toMatch(/\u0410/u);
  });

  it('warns about every trace of a lost revision mark it can see, line by line', () => {
    expect(warningLines(importWarningKeys.oldAndNewLabels)).toEqual([38, 39, 41, 42, 43, 70, 101, 102, 103]);
    expect(warningLines(importWarningKeys.labelOutOfSequence)).toEqual([44, 47, 48]);
    expect(warningLines(...lostRevisionMarks)).toEqual([32, 38, 39, 41, 42, 50, 61, 62, 72, 81, 85, 89, 89, 117, 117]);
    expect(warnings.find((w) => w.line === 62 && lostRevisionMarks.includes(w.key))).toMatchObject({
      key: importWarningKeys.revisionMarksYearsRunTogether,
      params: { excerpt: expect.stringContaining('20122015') },
    });
    expect(warnings.find((w) => w.line === 89 && w.key === importWarningKeys.revisionMarksYearsSideBySide)?.params).toEqual({
      excerpt: expect.stringContaining('2014 2018'),
    });
  });

  it('gives every provision a distinct id', () => {
    const ids = everyProvision(doc).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loses no word of the source in the clean text, the symbol line being printed in its usual form', () => {
    const clean = renderCleanText(doc);
    expect(clean.split('\n')[0]).toBe('الوثيقة WTDC-17/23-A');
    expect(missingWords(sourceWords(source), wordsOf(clean))).toEqual(['للوثيقة']);
  });

  it('renders a clean text that imports back to the same clean text', () => {
    const clean = renderCleanText(doc);
    expect(renderCleanText(importResolution(clean).document)).toBe(clean);
  });
});
