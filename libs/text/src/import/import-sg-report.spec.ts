import { renderCleanText } from '../render/clean-text';
import { missingWords, wordsOf } from '../word-multiset';
import { readFixture, sourceWords } from './fixtures/seeds';
import { importResolution } from './import-resolution';
import { importWarningKeys } from './import-warnings';

// Expectations written from reading sg-report-wsis20-roadmap.ar.txt: a report by the
// Secretary-General to Council, not a resolution — it has no enacting formula and no
// preamble or operative headings.
const source = readFixture('sg-report-wsis20-roadmap.ar.txt');
const { document: doc, warnings } = importResolution(source);
const narrative = doc.metadata.narrative ?? [];
const label = (paragraph: string) => (paragraph.includes('\t') ? paragraph.split('\t')[0] : undefined);

describe('importing the Secretary-General’s report on the WSIS+20 roadmap, Arabic', () => {
  it('reads the cover: English original, a report by the Secretary-General, summary, action requested, references', () => {
    expect(doc.language).toBe('ar');
    expect(doc.metadata.originalLanguage).toBe('en');
    expect(doc.metadata.symbol).toBeUndefined();
    expect(doc.metadata.documentKind).toBe('report');
    expect(doc.metadata.submitters).toEqual(['الأمين العام']);
    expect(doc.metadata.summary?.startsWith('تتناول هذه الوثيقة بالتفصيل خارطة طريق الأمين العام')).toBe(true);
    expect(doc.metadata.actionRequested).toBe('يُدعى المجلس إلى الموافقة على التقرير وإحالته إلى مؤتمر المندوبين المفوضين لعام 2022.');
    expect(doc.metadata.references?.startsWith('القرارات A/RES/76/189، A/RES/75/202')).toBe(true);
    expect(doc.metadata.references?.endsWith('(CWG-WSIS&SDG).')).toBe(true);
  });

  it('reads the three heading lines of the cover as the title', () => {
    expect(doc.title).toBe(
      'القمة العالمية لمجتمع المعلومات بعد عشرين عاماً من انعقادها (WSIS+20): القمة العالمية لمجتمع المعلومات بعد عام 2025 خارطة طريق القمة العالمية لمجتمع المعلومات بعد عشرين عاماً من انعقادها (WSIS+20)',
    );
  });

  it('finds no enacting body and no resolution sections, and says so once', () => {
    expect(doc.body).toBe('');
    expect(doc.preamble).toEqual([]);
    expect(doc.operative).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 1, key: importWarningKeys.noResolutionText });
  });

  it('keeps the report body as narrative, one paragraph per line, its three headings in order', () => {
    expect(narrative).toHaveLength(37);
    expect(narrative[0]).toBe('مقدمة');
    expect(narrative[2]).toBe('خلفية');
    expect(narrative.indexOf('الجدول الزمني للاجتماعات والمؤتمرات ذات الصلة')).toBe(33);
  });

  it('keeps the printed labels of the numbered paragraphs, lettered items and their sub-items in order', () => {
    expect(narrative.map(label).filter((l) => l !== undefined && l !== '')).toEqual([
      '1',
      '2',
      '3',
      '4',
      'أ )',
      '’1‘',
      '’2‘',
      '’3‘',
      '’4‘',
      'ب)',
      'ج)',
    ]);
    expect(narrative[3].startsWith('1\tيطلب قرار الجمعية العامة للأمم المتحدة A/RES/70/125')).toBe(true);
  });

  it('keeps the list items whose bullets were lost as tab-led paragraphs', () => {
    expect(narrative.filter((p) => p.startsWith('\t'))).toHaveLength(20);
    expect(narrative).toContain('\tتقرير عن المساهمات في خطة التنمية المستدامة لعام 2030');
  });

  it('loses no word of the source in the clean text', () => {
    expect(missingWords(sourceWords(source), wordsOf(renderCleanText(doc)))).toEqual([]);
  });

  it('renders a clean text that imports back to the same clean text', () => {
    const clean = renderCleanText(doc);
    expect(renderCleanText(importResolution(clean).document)).toBe(clean);
  });
});
