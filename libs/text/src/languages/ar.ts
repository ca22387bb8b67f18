import type { LanguageProfile } from './profile';

/** The forms an Arabic noun takes after a number: one, two, 3–10 (plural), 11–99 (singular accusative), hundreds. */
interface CountedNoun {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly hundreds: string;
}

const VOTES: CountedNoun = { one: 'صوت واحد', two: 'صوتين', few: 'أصوات', many: 'صوتا', hundreds: 'صوت' };
const MEMBERS: CountedNoun = { one: 'عضو واحد', two: 'عضوين', few: 'أعضاء', many: 'عضوا', hundreds: 'عضو' };

/** "صوت واحد", "صوتين", "5 أصوات", "150 صوتا", "100 صوت", "105 أصوات": the noun agrees with the last part of the number. */
function counted(count: number, noun: CountedNoun): string {
  if (count === 1) return noun.one;
  if (count === 2) return noun.two;
  const lastPart = count % 100;
  if (lastPart >= 3 && lastPart <= 10) return `${count} ${noun.few}`;
  if (lastPart >= 11) return `${count} ${noun.many}`;
  return `${count} ${noun.hundreds}`;
}

/** Arabic, as the ITU and the UN print it (read off the seed texts). */
export const arabic: LanguageProfile = {
  code: 'ar',
  script: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u,
  markers: ['في', 'من', 'على', 'إلى', 'الاتحاد'],
  letters: [
    'أ',
    'ب',
    'ج',
    'د',
    'هـ',
    'و',
    'ز',
    'ح',
    'ط',
    'ي',
    'ك',
    'ل',
    'م',
    'ن',
    'س',
    'ع',
    'ف',
    'ص',
    'ق',
    'ر',
    'ش',
    'ت',
    'ث',
    'خ',
    'ذ',
    'ض',
    'ظ',
    'غ',
  ],
  // The seeds print "أ )", "د )", "هـ )", "و )", "ز )" but "ب)", "ج)", "ح)": letters that do not
  // join to the left get a space so the parenthesis does not read as part of the letter.
  spacedLetters: ['أ', 'د', 'هـ', 'و', 'ز', 'ر', 'ذ'],
  subItems: { preamble: 'quoted-number', operative: 'quoted-number' },
  ungaOperativeFormat: '{n} -',
  clauseEnds: ['؛', '،', '.', ';', ',', ':'],
  commas: ['،', ','],
  preambleOpeners: ['إذ'],
  operativeOpeners: [
    'يقرر',
    'يكلف',
    'يشجع',
    'يدعو',
    'يطلب',
    'يناشد',
    'يحث',
    'يوعز',
    'يوافق',
    'يعتمد',
    'يؤكد',
    'يقر',
    'يرحب',
    'يوصي',
    'يعرب',
    'يدعم',
    'يحيط',
    'يقترح',
    'يكرر',
    'يعيد',
    'يأذن',
    'يفوض',
    'يلتمس',
    'يهيب',
  ],
  headingModifiers: ['كذلك', 'أيضاً', 'أيضا'],
  prefixConjunctions: ['و'],
  spacedWords: true,
  headings: {
    preamble: [
      'إذ يذكّر',
      'وإذ يذكّر أيضاً',
      'وإذ يضع في اعتباره',
      'وإذ يلاحظ بارتياح',
      'وإذ يقدر',
      'وإذ يدرك',
      'وإذ يدرك كذلك',
      'وإذ يأخذ بعين الاعتبار',
      'وإذ يلاحظ',
      'وإذ يلاحظ كذلك',
      'وإذ يعتبر',
    ],
    operative: [
      'يقرر',
      'يقرر أن يكلف الأمين العام',
      'يكلف',
      'يكلف الأمين العام',
      'يشجع الدول الأعضاء على',
      'يدعو',
      'يدعو الدول الأعضاء',
      'يطلب',
      'يطلب من الأمين العام',
      'يناشد الدول الأعضاء',
    ],
  },
  titleOpeners: ['القرار', 'قرار', 'مشروع', 'المقرر', 'مقرر', 'التوصية'],
  keywords: {
    symbol: ['الوثيقة', 'للوثيقة'],
    unitedNations: ['الأمم المتحدة'],
    original: ['الأصل'],
    date: ['التاريخ'],
    agendaItem: ['بند جدول الأعمال'],
    purpose: ['الغرض'],
    summary: ['ملخص'],
    actionRequested: ['الإجراء المطلوب'],
    expectedResults: ['النتائج المتوخاة'],
    references: ['المراجع'],
    priorityArea: ['مجال الأولوية'],
    contributionFrom: ['مساهمة مقدمة من', 'مساهمة من'],
    reportFrom: ['تقرير من', 'تقرير مقدم من'],
    adoption: ['اعتمد', 'اعتمدت'],
    meeting: ['الجلسة العامة'],
  },
  languageNames: {
    ar: ['بالعربية', 'العربية'],
    en: ['بالإنكليزية', 'بالإنجليزية', 'الإنكليزية', 'الإنجليزية'],
    fr: ['بالفرنسية', 'الفرنسية'],
    es: ['بالإسبانية', 'الإسبانية'],
    ru: ['بالروسية', 'الروسية'],
    zh: ['بالصينية', 'الصينية'],
  },
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  adoptedAtMeeting: 'اعتُمد في {meeting}',
  adoptedWithoutVote: 'اعتُمد دون تصويت في {meeting}',
  adoptedByRecordedVote: 'اعتُمد في {meeting} بتصويت مسجل بأغلبية {yes} مقابل {no}، {abstentions}',
  voteCounts: {
    yes: (count) => counted(count, VOTES),
    no: (count) => (count === 0 ? 'لا شيء' : counted(count, VOTES)),
    abstentions: (count) => (count === 0 ? 'دون امتناع أي عضو عن التصويت' : `مع امتناع ${counted(count, MEMBERS)} عن التصويت`),
  },
};
