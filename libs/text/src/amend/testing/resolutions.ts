/**
 * Small documents for tests, built from provisions of the seed texts (WTDC Resolution 30
 * as revised for Buenos Aires 2017, Council Resolution 1334), so that the engine is
 * exercised on real Arabic drafting.
 */
import { Footnote, Provision, ResolutionDocument, Section } from '../../model';

export function provision(id: string, text: string, children: Provision[] = [], footnotes: Footnote[] = []): Provision {
  return { id, text, children, footnotes };
}

export function section(id: string, heading: string, provisions: Provision[]): Section {
  return { id, heading, provisions };
}

/** Provisions of WTDC Resolution 30 (Rev. Dubai, 2014), as they read before the Buenos Aires revision. */
export const RES30 = {
  body: 'إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،',
  recallingA: 'بالنواتج ذات الصلة لمرحلتي القمة العالمية لمجتمع المعلومات (WSIS)؛',
  recallingRes71: 'بالقرار 71 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين، بشأن الخطة الاستراتيجية للاتحاد للفترة 2015‑2012؛',
  recallingRes131: 'بالقرار 131 (المراجَع في بوسان، 2014)، بشأن قياس تكنولوجيا المعلومات والاتصالات لبناء مجتمع معلومات جامع وشامل للجميع؛',
  recallingWsis10: 'بنتائج عملية استعراض تنفيذ نتائج القمة بعد عشر سنوات على انعقادها (WSIS+10)،',
  /** Added by the Buenos Aires revision (it became item ب). */
  recallingA70125:
    'بالقرار A/70/125 للجمعية العامة للأمم المتحدة (UNGA)، بشأن الوثيقة الختامية للاجتماع رفيع المستوى للجمعية العامة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات؛',
  recognizingA: 'أن خطة التنمية المستدامة لعام 2030 لها تأثيرات هامة على أنشطة الاتحاد؛',
  recognizingB:
    'الإمكانات التي تنطوي عليها تكنولوجيا المعلومات والاتصالات لتحقيق أهداف خطة التنمية المستدامة لعام 2030 وغيرها من الأهداف الإنمائية المتفق عليها دولياً،',
  resolves1: 'الاستمرار في تشجيع مبدأ عدم الاستبعاد من مجتمع المعلومات ووضع الآلية المناسبة لذلك (الفقرات من 20 إلى 25 من التزام تونس)؛',
  resolves2:
    'الاستمرار في اقتراح الآليات المناسبة على المؤتمر القادم للمندوبين المفوضين لتمويل الأنشطة المترتبة على نتائج القمة العالمية لمجتمع المعلومات، وتحديداً الآليات التي يلزم اعتمادها بالنسبة:',
  resolves2i: 'لخطوط العمل جيم2 وجيم5 وجيم6 التي تحدد فيها الآن دور الاتحاد كميسر وحيد؛',
  resolves2ii: 'أهداف التنمية المستدامة (SDG) ذات الصلة،',
  resolves3: 'مواصلة أنشطته في مجال العمل الإحصائي لتنمية الاتصالات عملاً بمضمون القرار 8 (المراجَع في دبي، 2014) لهذا المؤتمر؛',
  resolves3Footnote:
    'تشمل أقل البلدان نمواً والدول الجزرية الصغيرة النامية والبلدان النامية غير الساحلية والبلدان التي تمر اقتصاداتها بمرحلة انتقالية.',
  requests: 'رفع هذا القرار إلى علم مؤتمر المندوبين المفوضين (بوسان، 2014) للنظر فيه واتخاذ ما يلزم بشأنه.',
};

/** WTDC Resolution 30 (Rev. Dubai, 2014), abridged: two preamble sections, two operative sections, sub-items and a footnote. */
export function resolution30(): ResolutionDocument {
  return {
    language: 'ar',
    style: 'itu',
    title:
      'القرار 30 (المراجَع في دبي، 2014) - دور قطاع تنمية الاتصالات للاتحاد الدولي للاتصالات في تنفيذ نتائج القمة العالمية لمجتمع المعلومات',
    body: RES30.body,
    preamble: [
      section('recalling', 'إذ يذكّر', [
        provision('recalling-wsis', RES30.recallingA),
        provision('recalling-res71', RES30.recallingRes71),
        provision('recalling-res131', RES30.recallingRes131),
        provision('recalling-wsis10', RES30.recallingWsis10),
      ]),
      section('recognizing', 'وإذ يدرك', [
        provision('recognizing-2030', RES30.recognizingA),
        provision('recognizing-potential', RES30.recognizingB),
      ]),
    ],
    operative: [
      section('resolves', 'يقرر دعوة قطاع تنمية الاتصالات للاتحاد إلى', [
        provision('resolves-inclusion', RES30.resolves1),
        provision('resolves-financing', RES30.resolves2, [
          provision('financing-lines', RES30.resolves2i),
          provision('financing-sdg', RES30.resolves2ii),
        ]),
        provision('resolves-statistics', RES30.resolves3, [], [{ id: 'fn-developing', text: RES30.resolves3Footnote }]),
      ]),
      section('requests', 'يطلب من الأمين العام', [provision('requests-pp', RES30.requests)]),
    ],
    metadata: { symbol: 'WTDC-17/23-A', originalLanguage: 'بالروسية' },
  };
}

/** A short English ITU resolution, for tests that read more easily in English. */
export function englishResolution(): ResolutionDocument {
  return {
    language: 'en',
    style: 'itu',
    title: 'Resolution 1334 (Modified 2023) - ITU role in the overall review of the implementation of the WSIS outcomes',
    body: 'The ITU Council,',
    preamble: [
      section('recalling', 'recalling', [
        provision('r-a', 'Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;'),
        provision('r-b', 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference;'),
        provision('r-c', 'UNGA Resolution 70/125 on the outcome document of the high-level meeting,'),
      ]),
    ],
    operative: [
      section('instructs', 'resolves to instruct the Secretary-General', [
        provision('o-1', 'to take all possible measures to encourage the full participation of all United Nations organizations;'),
        provision('o-2', 'to present the outcomes of the WSIS+20 High-Level Event;', [
          provision('o-2-i', 'to the General Assembly;'),
          provision('o-2-ii', 'to the Council;'),
        ]),
        provision('o-3', 'to report annually to the Council on the implementation of this resolution.'),
      ]),
    ],
    metadata: {},
  };
}
