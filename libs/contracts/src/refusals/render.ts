/** A value a refusal message names: words as printed (names, citations, quotations), a number, or a list of them. */
export type RefusalParamValue = string | number | readonly string[];

/** The parameters of a refusal, by the names its message templates use. */
export type RefusalParams = Readonly<Record<string, RefusalParamValue>>;

/** The languages refusals are written in; other readers get English. */
export type RefusalLanguage = 'ar' | 'en';

/** The placeholders of a template: "the {phase} phase" → "phase". */
export type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** A refusal message in both languages, with the same placeholders. */
export interface RefusalText {
  readonly en: string;
  readonly ar: string;
}

const PHASES: Readonly<Record<string, RefusalText>> = {
  drafting: { en: 'drafting', ar: 'الصياغة' },
  'open-for-contributions': { en: 'open for contributions', ar: 'تلقي المساهمات' },
  negotiation: { en: 'negotiation', ar: 'التفاوض' },
  adoption: { en: 'adoption', ar: 'الاعتماد' },
  closed: { en: 'closed', ar: 'الإغلاق' },
};

const LANGUAGES: Readonly<Record<string, RefusalText>> = {
  ar: { en: 'Arabic', ar: 'العربية' },
  en: { en: 'English', ar: 'الإنكليزية' },
  fr: { en: 'French', ar: 'الفرنسية' },
  es: { en: 'Spanish', ar: 'الإسبانية' },
  ru: { en: 'Russian', ar: 'الروسية' },
  zh: { en: 'Chinese', ar: 'الصينية' },
};

const STATUSES: Readonly<Record<string, RefusalText>> = {
  pending: { en: 'pending', ar: 'قيد النظر' },
  accepted: { en: 'accepted', ar: 'مقبول' },
  rejected: { en: 'rejected', ar: 'مرفوض' },
  'accepted-as-modified': { en: 'accepted as modified', ar: 'مقبول بصيغة معدَّلة' },
  deferred: { en: 'deferred', ar: 'مؤجَّل' },
  merged: { en: 'merged', ar: 'مدمج' },
  withdrawn: { en: 'withdrawn', ar: 'مسحوب' },
  overtaken: { en: 'overtaken by a revision', ar: 'تجاوزه التنقيح' },
  agreed: { en: 'agreed', ar: 'متفق عليه' },
  'agreed-ad-ref': { en: 'agreed ad referendum', ar: 'متفق عليه رهناً بالإحالة' },
  open: { en: 'open', ar: 'مفتوح' },
  held: { en: 'held', ar: 'صمد' },
  broken: { en: 'broken', ar: 'كُسر' },
};

const MEETING_KINDS: Readonly<Record<string, RefusalText>> = {
  'informal-consultation': { en: 'informal consultation', ar: 'المشاورة غير الرسمية' },
  'informal-informal': { en: 'informal informal', ar: 'المشاورة غير الرسمية المصغّرة' },
  plenary: { en: 'plenary', ar: 'الجلسة العامة' },
  'working-group': { en: 'working group', ar: 'الفريق العامل' },
  other: { en: 'meeting', ar: 'الاجتماع' },
};

const FIELDS: Readonly<Record<string, RefusalText>> = {
  title: { en: 'title', ar: 'العنوان' },
  text: { en: 'text', ar: 'النص' },
  reason: { en: 'reason', ar: 'السبب' },
  reasons: { en: 'reasons', ar: 'الأسباب' },
  wording: { en: 'wording', ar: 'صيغة' },
  footnote: { en: 'footnote', ar: 'حاشية' },
  heading: { en: 'heading', ar: 'العنوان' },
};

/** Parameters whose value is a code the message names in the reader's words: by the parameter's name. */
function termsFor(name: string): Readonly<Record<string, RefusalText>> | undefined {
  if (name === 'phase' || name.endsWith('Phase')) return PHASES;
  if (name === 'language' || name === 'languages' || name.endsWith('Language')) return LANGUAGES;
  if (name === 'status' || name.endsWith('Status')) return STATUSES;
  if (name === 'kind' || name === 'kinds') return MEETING_KINDS;
  if (name === 'field') return FIELDS;
  return undefined;
}

/** A moment as the reader reads it: the date and, when it is not midnight, the time in UTC. */
function moment(value: string, language: RefusalLanguage): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const date = at.toISOString().slice(0, 10);
  const time = at.toISOString().slice(11, 16);
  if (time === '00:00') return date;
  return language === 'ar' ? `${date} الساعة ${time} بالتوقيت العالمي` : `${date} at ${time} UTC`;
}

function isMoment(name: string): boolean {
  return name === 'date' || name === 'deadline' || name.endsWith('Date') || name.endsWith('Deadline') || name.endsWith('At');
}

/** Words in a list as the language joins them: "a, b and c" / "أ و ب و ج". */
export function joinList(items: readonly string[], language: RefusalLanguage): string {
  if (items.length <= 1) return items.join('');
  if (language === 'ar') return `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function renderValue(name: string, value: RefusalParamValue, language: RefusalLanguage): string {
  const terms = termsFor(name);
  const one = (item: string) => (terms?.[item] ? terms[item][language] : isMoment(name) ? moment(item, language) : item);
  if (typeof value === 'number') return language === 'ar' ? String(value) : String(value);
  if (typeof value === 'string') return one(value);
  return joinList(value.map(one), language);
}

/** A template with its placeholders filled in the reader's language; a placeholder without a value stays visible as "…". */
export function fillTemplate(template: string, params: RefusalParams, language: RefusalLanguage): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => (params[name] !== undefined ? renderValue(name, params[name], language) : '…'));
}
