/**
 * The lines of a UN resolution's masthead that the language tables do not carry: the
 * numbered title ("78/132. Title", and as PDFs print it, "78/132 - Title",
 * "A/RES/78/132 – Title", "٧٨/١٣٢ ـ العنوان") and the adoption line ("Resolution adopted by
 * the General Assembly on 19 December 2023", "قرار اتخذته الجمعية العامة في ...").
 */
import type { LanguageProfile } from '../languages';
import { languageProfiles } from '../languages';
import type { LanguageCode } from '../model';
import { comparable } from './headings';

const digits = '[0-9\u0660-\u0669\u06F0-\u06F9]';
// The dashes a title's symbol is printed with: hyphen, en and em dash, minus, the small and full-width hyphen-minus, and the Arabic tatweel that PDF extraction gives for a dash.
const dashes = '[-\u2013\u2014\u2212\uFE63\uFF0D\u0640]+';
const numberedTitle = new RegExp(`^(?:A/RES/)?${digits}{1,3}/${digits}{1,4}(?:\\s*\\.\\s+|\\s*${dashes}\\s*)(?=[\\p{L}\\p{N}"“«(])`, 'u');

/** Whether a line is a UN resolution's numbered title: its symbol, a full stop or a dash, then the title. */
export function isNumberedTitle(text: string): boolean {
  return numberedTitle.test(text.trim());
}

// "Resolution adopted by the General Assembly on ...", in each official language.
const adoptionLines: Readonly<Record<LanguageCode, RegExp>> = {
  en: /^(?:resolution\s+)?adopted\s+by\s+the\s+general\s+assembly\b/iu,
  ar: /^(?:قرار\s+)?(?:اتخذته|اعتمدته|اتخذتها|اعتمدتها)\s+الجمعية\s+العامة(?:\s|$)/u,
  fr: /^(?:résolution\s+)?adoptée\s+par\s+l['’]\s?assemblée\s+générale\b/iu,
  es: /^(?:resolución\s+)?aprobada\s+por\s+la\s+asamblea\s+general\b/iu,
  ru: /^(?:резолюция,?\s+)?принятая\s+генеральной\s+ассамблеей/iu,
  zh: /^大会.{0,20}通过的决议/u,
};

/** Whether a line is the General Assembly's adoption line, in any official language (masthead lines may stay in English). */
export function isUnAdoptionLine(text: string): boolean {
  const flat = comparable(text.trim());
  return Object.values(adoptionLines).some((pattern) => pattern.test(flat));
}

/**
 * Whether a line is only a date: "22 December 2023", "December 22, 2023", "4 مايو 2023",
 * "19 كانون الأول/ديسمبر 2023" (the Arabic of the UN names the month twice). Month names
 * of every official language count: a UN masthead keeps its date in English.
 */
export function isDateOnlyLine(text: string): boolean {
  const m = /^(?:\d{1,2} (\S+(?: \S+)?) \d{4}|(\S+) \d{1,2}, \d{4})$/u.exec(text.trim());
  if (!m) return false;
  const month = comparable((m[1] ?? m[2]).split('/').pop() as string);
  return (Object.values(languageProfiles) as LanguageProfile[]).some((p) => p.months.some((name) => comparable(name) === month));
}
