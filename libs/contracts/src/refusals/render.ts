import { LANGUAGE_NAMES, LanguageCode, languageNameIn } from '#libs/text';

/** A message within a message (an alignment finding, a decision as cited), rendered from the catalogue in the same language. */
export interface NestedMessage {
  readonly key: string;
  readonly params: RefusalParams;
}

/** A value a refusal message names: words as printed (names, citations, quotations), a number, a nested message, or a list of them. */
export type RefusalParamValue = string | number | NestedMessage | readonly (string | NestedMessage)[];

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

const LANGUAGES: Readonly<Record<string, RefusalText>> = Object.fromEntries(
  (Object.keys(LANGUAGE_NAMES.en) as LanguageCode[]).map((code) => [
    code,
    { en: languageNameIn('en', code), ar: languageNameIn('ar', code) },
  ]),
);

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
  bracketed: { en: 'bracketed', ar: 'بين أقواس معقوفة' },
  deleted: { en: 'deleted', ar: 'محذوف' },
  held: { en: 'held', ar: 'صمد' },
  broken: { en: 'was broken', ar: 'كُسر' },
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

/** Why the text engine could not apply a change, by its stable code. */
const WHY: Readonly<Record<string, RefusalText>> = {
  'unknown-provision': { en: 'a provision it names is not in the text', ar: 'حكم يذكره ليس في النص' },
  'unknown-section': { en: 'a section it names is not in the text', ar: 'جزء يذكره ليس في النص' },
  'unknown-footnote': { en: 'a footnote it names is not in the text', ar: 'حاشية يذكرها ليست في النص' },
  'stale-target': {
    en: 'the provision no longer reads as it did when the amendment was proposed',
    ar: 'لم يعد الحكم يُقرأ كما كان حين اقتُرح التعديل',
  },
  'duplicate-id': { en: 'it adds what the text already holds', ar: 'يضيف ما هو موجود في النص من قبل' },
  'invalid-range': {
    en: 'the words it changes are not in the provision as it reads',
    ar: 'الكلمات التي يغيّرها ليست في الحكم بصيغته الحالية',
  },
  'words-not-found': { en: 'the words it quotes are not in the provision', ar: 'الكلمات التي يقتبسها ليست في الحكم' },
  'words-ambiguous': {
    en: 'the words it quotes occur more than once in the provision',
    ar: 'الكلمات التي يقتبسها ترد أكثر من مرة في الحكم',
  },
  'invalid-position': { en: 'the place it names is not in the text', ar: 'الموضع الذي يذكره ليس في النص' },
  'invalid-alternatives': {
    en: 'its alternatives are empty or hold brackets themselves',
    ar: 'بدائله فارغة أو تتضمن هي نفسها أقواساً معقوفة',
  },
  'bracket-not-found': {
    en: 'the bracketed words it names are not in the provision',
    ar: 'الكلمات بين الأقواس المعقوفة التي يذكرها ليست في الحكم',
  },
  'invalid-choice': { en: 'the choice is not one of the bracketed alternatives', ar: 'الخيار ليس من البدائل بين الأقواس المعقوفة' },
  'unsettled-brackets': { en: 'brackets remain unsettled', ar: 'ما زالت أقواس معقوفة غير محسومة' },
  conflict: { en: 'another change was made to the same words', ar: 'أُدخل تغيير آخر على الكلمات نفسها' },
  'invalid-amendment': { en: 'it does not apply to the version it was proposed against', ar: 'لا ينطبق على النسخة التي اقتُرح عليها' },
  'target-gone': { en: 'what it changes is no longer in the text', ar: 'ما يغيّره لم يعد في النص' },
  'anchor-gone': { en: 'the provision it is placed next to is no longer in the text', ar: 'الحكم الذي يوضع بجانبه لم يعد في النص' },
  'id-taken': { en: 'what it adds is already in the text', ar: 'ما يضيفه موجود في النص من قبل' },
  'overlapping-words': {
    en: 'the words it changes, or words next to them, were changed meanwhile',
    ar: 'الكلمات التي يغيّرها، أو كلمات مجاورة لها، غُيّرت في الأثناء',
  },
  'changed-meanwhile': {
    en: 'the heading or footnote it rewrites was rewritten meanwhile',
    ar: 'العنوان أو الحاشية التي يعيد صياغتها أعيدت صياغتها في الأثناء',
  },
};

const ACTIONS: Readonly<Record<string, RefusalText>> = {
  add: { en: 'ADD', ar: 'إضافة' },
  addSection: { en: 'ADD', ar: 'إضافة' },
  addFootnote: { en: 'ADD', ar: 'إضافة' },
  modify: { en: 'MOD', ar: 'تعديل' },
  replaceText: { en: 'MOD', ar: 'تعديل' },
  changeHeading: { en: 'MOD', ar: 'تعديل' },
  changeFootnote: { en: 'MOD', ar: 'تعديل' },
  changeTitle: { en: 'MOD', ar: 'تعديل' },
  offerAlternatives: { en: 'MOD', ar: 'تعديل' },
  settleBrackets: { en: 'MOD', ar: 'تعديل' },
  suppress: { en: 'SUP', ar: 'حذف' },
  suppressSection: { en: 'SUP', ar: 'حذف' },
  suppressFootnote: { en: 'SUP', ar: 'حذف' },
  move: { en: 'MOV', ar: 'نقل' },
};

const DOUBTS: Readonly<Record<string, RefusalText>> = {
  'sub-items': { en: 'the number of sub-items', ar: 'عدد البنود الفرعية' },
  footnotes: { en: 'the number of footnotes', ar: 'عدد الحواشي' },
  numbers: { en: 'the numbers and symbols in the text', ar: 'الأرقام والرموز الواردة في النص' },
  label: { en: 'the printed label', ar: 'الترقيم المطبوع' },
  length: { en: 'length', ar: 'الطول' },
};

/** The two parts of a resolution, as a refusal names them. */
const PARTS: Readonly<Record<string, RefusalText>> = {
  preamble: { en: 'preamble', ar: 'الديباجة' },
  operative: { en: 'operative part', ar: 'المنطوق' },
};

const ROLES: Readonly<Record<string, RefusalText>> = {
  stakeholder: { en: 'a stakeholder', ar: 'صاحب مصلحة' },
  chair: { en: 'a chair', ar: 'رئيس' },
  secretariat: { en: 'the secretariat', ar: 'الأمانة' },
  translator: { en: 'a translator', ar: 'مترجم' },
  auditor: { en: 'an auditor', ar: 'مدقِّق' },
  system: { en: 'the ledger itself', ar: 'السجل نفسه' },
};

const STYLES: Readonly<Record<string, RefusalText>> = {
  itu: { en: 'ITU', ar: 'الاتحاد الدولي للاتصالات' },
  unga: { en: 'UN General Assembly', ar: 'الجمعية العامة للأمم المتحدة' },
};

/** Parameters whose value is a code the message names in the reader's words: by the parameter's name. */
function termsFor(name: string): Readonly<Record<string, RefusalText>> | undefined {
  if (name === 'phase' || name.endsWith('Phase')) return PHASES;
  if (name === 'language' || name === 'languages' || name.endsWith('Language')) return LANGUAGES;
  if (name === 'status' || name === 'statuses' || name.endsWith('Status')) return STATUSES;
  if (name === 'kind' || name === 'kinds') return MEETING_KINDS;
  if (name === 'field') return FIELDS;
  if (name === 'why') return WHY;
  if (name === 'reasons') return DOUBTS;
  if (name === 'roles') return ROLES;
  if (name === 'part' || name.endsWith('Part')) return PARTS;
  if (name === 'action') return ACTIONS;
  if (name === 'style' || name === 'originalStyle') return STYLES;
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

/** Words in a list as the language joins them: "a, b and c" / "أ و ب و ج" (or "a, b or c" / "أ أو ب" for alternatives). */
export function joinList(items: readonly string[], language: RefusalLanguage, alternatives = false): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  if (language === 'ar') return `${items.slice(0, -1).join('، ')} ${alternatives ? 'أو ' : 'و'}${last}`;
  return `${items.slice(0, -1).join(', ')} ${alternatives ? 'or' : 'and'} ${last}`;
}

/** Renders a nested message; given by the catalogue, which knows the templates. */
export type NestedRenderer = (message: NestedMessage, language: RefusalLanguage) => string;

function renderValue(name: string, value: RefusalParamValue, language: RefusalLanguage, nested: NestedRenderer): string {
  const terms = termsFor(name);
  const one = (item: string | NestedMessage) =>
    typeof item !== 'string'
      ? nested(item, language)
      : terms?.[item]
        ? terms[item][language]
        : isMoment(name)
          ? moment(item, language)
          : item;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' || !Array.isArray(value)) return one(value as string | NestedMessage);
  return joinList(
    (value as readonly (string | NestedMessage)[]).map(one),
    language,
    name === 'roles' || name === 'kinds' || name === 'statuses',
  );
}

/** A template with its placeholders filled in the reader's language; a placeholder without a value stays visible as "…". */
export function fillTemplate(template: string, params: RefusalParams, language: RefusalLanguage, nested: NestedRenderer): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) =>
    params[name] !== undefined ? renderValue(name, params[name], language, nested) : '…',
  );
}

/** The language Accept-Language prefers among those refusals are written in (by quality, then order); English otherwise. */
export function refusalLanguageOf(acceptLanguage: string | undefined): RefusalLanguage {
  if (!acceptLanguage) return 'en';
  const ranges = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [range, ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find((match) => match !== null);
      return { language: range.trim().toLowerCase().split('-')[0], quality: q ? Number(q[1]) : 1, order };
    })
    .filter((r) => r.quality > 0 && (r.language === 'ar' || r.language === 'en'))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return (ranges[0]?.language as RefusalLanguage | undefined) ?? 'en';
}
