/**
 * Seeded resolutions of any size, in the drafting language of the ITU texts (Arabic and
 * English vocabulary taken from the seed documents), for benchmarks. No pasted blobs:
 * the same options and seed always give the same document.
 */
import type { LanguageCode, Provision, ResolutionDocument, Section } from '#libs/text';
import { SeededRandom } from './random';

const VOCABULARY: Record<
  'ar' | 'en',
  {
    readonly words: readonly string[];
    readonly references: readonly string[];
    readonly preambleHeadings: readonly string[];
    readonly operativeHeadings: readonly string[];
    readonly clauseEnd: string;
    readonly comma: string;
    readonly title: string;
    readonly body: string;
  }
> = {
  ar: {
    words: [
      'القمة',
      'العالمية',
      'لمجتمع',
      'المعلومات',
      'الاتحاد',
      'الدولي',
      'للاتصالات',
      'تنفيذ',
      'نواتج',
      'خطة',
      'التنمية',
      'المستدامة',
      'لعام',
      'الدول',
      'الأعضاء',
      'أعضاء',
      'القطاعات',
      'أصحاب',
      'المصلحة',
      'الجمعية',
      'العامة',
      'للأمم',
      'المتحدة',
      'الاستعراض',
      'الشامل',
      'تكنولوجيا',
      'والاتصالات',
      'البلدان',
      'النامية',
      'بناء',
      'الثقة',
      'والأمن',
      'في',
      'استعمال',
      'الأمين',
      'العام',
      'مكتب',
      'تنمية',
      'الاتصالات',
      'بشأن',
      'دور',
      'من',
      'أجل',
      'على',
      'إلى',
      'مع',
      'التعاون',
      'والتنسيق',
      'المنظمات',
      'الإقليمية',
      'والدولية',
      'ذات',
      'الصلة',
      'مواصلة',
      'تعزيز',
      'البنية',
      'التحتية',
      'المجتمع',
      'المدني',
      'والقطاع',
      'الخاص',
      'الأوساط',
      'الأكاديمية',
      'والتقنية',
      'منتدى',
      'حوكمة',
      'الإنترنت',
      'الفجوة',
      'الرقمية',
      'النفاذ',
      'الشراكات',
      'الموارد',
      'المالية',
    ],
    references: ['(المراجَع في بوسان، 2014)', '(المراجَع في دبي، 2018)', '(المراجَع في بوخارست، 2022)', 'A/70/125', '(WSIS+20)', 'جيم5'],
    preambleHeadings: ['إذ يذكّر', 'وإذ يذكّر أيضاً', 'وإذ يضع في اعتباره', 'وإذ يلاحظ بارتياح', 'وإذ يقدر', 'وإذ يدرك', 'وإذ يلاحظ'],
    operativeHeadings: [
      'يقرر أن يكلف الأمين العام',
      'يكلف مدير مكتب تنمية الاتصالات',
      'يشجع الدول الأعضاء على',
      'يدعو أعضاء القطاع',
      'يطلب من الأمين العام',
    ],
    clauseEnd: '؛',
    comma: '،',
    title: 'القرار 1334 (المعدَّل في 2023) - دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات',
    body: 'إن مجلس الاتحاد الدولي للاتصالات،',
  },
  en: {
    words: [
      'the',
      'World',
      'Summit',
      'on',
      'Information',
      'Society',
      'ITU',
      'implementation',
      'outcomes',
      'Agenda',
      'for',
      'Sustainable',
      'Development',
      'Member',
      'States',
      'Sector',
      'Members',
      'stakeholders',
      'General',
      'Assembly',
      'United',
      'Nations',
      'review',
      'overall',
      'information',
      'and',
      'communication',
      'technologies',
      'developing',
      'countries',
      'building',
      'confidence',
      'security',
      'in',
      'use',
      'of',
      'Secretary-General',
      'Bureau',
      'Director',
      'role',
      'to',
      'with',
      'cooperation',
      'coordination',
      'regional',
      'international',
      'organizations',
      'relevant',
      'continue',
      'strengthen',
      'infrastructure',
      'civil',
      'society',
      'private',
      'sector',
      'academia',
      'technical',
      'community',
      'Forum',
      'Internet',
      'governance',
      'digital',
      'divide',
      'access',
      'partnerships',
      'financial',
      'resources',
    ],
    references: ['(Rev. Busan, 2014)', '(Rev. Dubai, 2018)', '(Rev. Bucharest, 2022)', 'A/70/125', '(WSIS+20)', 'C5'],
    preambleHeadings: [
      'recalling',
      'recalling further',
      'bearing in mind',
      'noting with satisfaction',
      'appreciating',
      'recognizing',
      'noting',
    ],
    operativeHeadings: [
      'resolves to instruct the Secretary-General',
      'instructs the Director of the Telecommunication Development Bureau',
      'encourages Member States',
      'invites Sector Members',
      'requests the Secretary-General',
    ],
    clauseEnd: ';',
    comma: ',',
    title: 'Resolution 1334 (Modified 2023) - ITU role in the overall review of the implementation of the WSIS outcomes',
    body: 'The ITU Council,',
  },
};

export interface ResolutionFactoryOptions {
  readonly seed?: number;
  readonly language?: 'ar' | 'en';
  /** Stop adding provisions once the words reach this many UTF-8 bytes. */
  readonly targetBytes?: number;
  /** Or: exactly this many top-level provisions (preamble and operative together). */
  readonly provisions?: number;
  /** Words per provision, inclusive range. */
  readonly wordsPerProvision?: readonly [number, number];
}

/** A resolution in ITU style: lettered preamble items and numbered operative items under headings, some with sub-items and footnotes. */
export function generateResolution(options: ResolutionFactoryOptions = {}): ResolutionDocument {
  const random = new SeededRandom(options.seed ?? 1334);
  const language: 'ar' | 'en' = options.language ?? 'ar';
  const vocabulary = VOCABULARY[language];
  const [minWords, maxWords] = options.wordsPerProvision ?? [18, 60];
  let bytes = Buffer.byteLength(vocabulary.title + vocabulary.body);
  let serial = 0;
  let footnotes = 0;

  const sentence = (ending: string): string => {
    const words: string[] = [];
    const count = random.int(minWords, maxWords);
    for (let i = 0; i < count; i++) {
      if (random.chance(0.05)) words.push(random.pick(vocabulary.references));
      else words.push(random.pick(vocabulary.words) + (i < count - 1 && random.chance(0.06) ? vocabulary.comma : ''));
    }
    return words.join(' ') + ending;
  };
  const provision = (): Provision => {
    const id = `p${++serial}`;
    const children = random.chance(0.1)
      ? Array.from({ length: random.int(2, 4) }, () => ({
          id: `p${++serial}`,
          text: sentence(vocabulary.clauseEnd),
          children: [],
          footnotes: [],
        }))
      : [];
    const notes = random.chance(0.05) ? [{ id: `fn${++footnotes}`, text: sentence('.') }] : [];
    const text = sentence(children.length > 0 ? ':' : vocabulary.clauseEnd);
    bytes +=
      Buffer.byteLength(text) +
      children.reduce((sum, child) => sum + Buffer.byteLength(child.text), 0) +
      notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
    return { id, text, children, footnotes: notes };
  };

  const total = options.provisions;
  const enough = (made: number) => (total !== undefined ? made >= total : bytes >= (options.targetBytes ?? 80_000));
  const preamble: Section[] = [];
  const operative: Section[] = [];
  let made = 0;
  let sectionSerial = 0;
  // Roughly two fifths of a resolution is preamble, the rest operative.
  while (!enough(made)) {
    const inPreamble = total !== undefined ? made < Math.floor(total * 0.4) : bytes < (options.targetBytes ?? 80_000) * 0.4;
    const part = inPreamble ? preamble : operative;
    const headings = inPreamble ? vocabulary.preambleHeadings : vocabulary.operativeHeadings;
    const section: { id: string; heading: string; provisions: Provision[] } = {
      id: `s${++sectionSerial}`,
      heading: headings[part.length % headings.length],
      provisions: [],
    };
    const size = random.int(3, 12);
    for (let i = 0; i < size && !enough(made); i++, made++) section.provisions.push(provision());
    part.push(section);
  }
  return {
    language: language as LanguageCode,
    style: 'itu',
    title: vocabulary.title,
    body: vocabulary.body,
    preamble,
    operative,
    metadata: {},
  };
}

/** A few words of the factory's vocabulary, for amendments. */
export function generatePhrase(random: SeededRandom, language: 'ar' | 'en', words: number): string {
  return Array.from({ length: words }, () => random.pick(VOCABULARY[language].words)).join(' ');
}
