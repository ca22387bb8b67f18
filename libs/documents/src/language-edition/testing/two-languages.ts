/**
 * A small ITU resolution negotiated in English with its Arabic version, ids shared: two
 * preambular items under "recalling", two numbered operative items, the first with a sub-item.
 */
import { LanguageVersionText, ResolutionDocument, composeLanguageText, languageVersionOf } from '#libs/text';

export const englishOriginal: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'Resolution 1500 (Rev. 2026)',
  body: 'The ITU Council,',
  metadata: { symbol: 'Resolution 1500' },
  preamble: [
    {
      id: 'rec',
      heading: 'recalling',
      provisions: [
        { id: 'rec-a', text: 'Resolution 140 of the Plenipotentiary Conference,', children: [], footnotes: [] },
        {
          id: 'rec-b',
          text: 'the outcomes of the World Summit on the Information Society,',
          children: [],
          footnotes: [{ id: 'fn-1', text: 'Geneva 2003 and Tunis 2005.' }],
        },
      ],
    },
  ],
  operative: [
    {
      id: 'res',
      heading: 'resolves',
      provisions: [
        {
          id: 'res-1',
          text: 'to take all appropriate measures',
          children: [{ id: 'res-1-1', text: 'within the available resources;', children: [], footnotes: [] }],
          footnotes: [],
        },
        { id: 'res-2', text: 'to report to the Council.', children: [], footnotes: [] },
      ],
    },
  ],
};

/** The Arabic version's own words, by the original's ids. */
export const arabicVersion: LanguageVersionText = languageVersionOf({
  ...englishOriginal,
  language: 'ar',
  title: 'القرار 1500 (المراجَع في 2026)',
  body: 'إن مجلس الاتحاد الدولي للاتصالات،',
  preamble: [
    {
      id: 'rec',
      heading: 'إذ يذكّر',
      provisions: [
        { id: 'rec-a', text: 'بالقرار 140 لمؤتمر المندوبين المفوضين،', children: [], footnotes: [] },
        {
          id: 'rec-b',
          text: 'بنتائج القمة العالمية لمجتمع المعلومات،',
          children: [],
          footnotes: [{ id: 'fn-1', text: 'جنيف 2003 وتونس 2005.' }],
        },
      ],
    },
  ],
  operative: [
    {
      id: 'res',
      heading: 'يقرر',
      provisions: [
        {
          id: 'res-1',
          text: 'أن يتخذ جميع التدابير المناسبة',
          children: [{ id: 'res-1-1', text: 'في حدود الموارد المتاحة؛', children: [], footnotes: [] }],
          footnotes: [],
        },
        { id: 'res-2', text: 'أن يقدم تقريراً إلى المجلس.', children: [], footnotes: [] },
      ],
    },
  ],
});

/** The Arabic version composed over the English original, every provision translated. */
export function arabicComposed(): ResolutionDocument {
  return composeLanguageText(englishOriginal, arabicVersion).document;
}
