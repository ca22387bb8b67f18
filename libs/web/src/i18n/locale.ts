/** The languages the interface speaks; every string of it is in a message catalogue of each. */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** The writing direction of a language: a document keeps its own whatever the interface language. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * The interface language: the `lang` query parameter when it names one, else the cookie
 * that remembers the last choice, else the best of Accept-Language (RFC 9110, 12.5.4), else
 * English.
 */
export function chooseLocale(sources: { query?: unknown; cookie?: string; acceptLanguage?: string }): Locale {
  if (isLocale(sources.query)) return sources.query;
  if (isLocale(sources.cookie)) return sources.cookie;
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The locale Accept-Language prefers, by quality then by order; undefined when it names none of ours. */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [range, ...parameters] = part
        .trim()
        .split(';')
        .map((piece) => piece.trim());
      const q = parameters.map((p) => /^q=([01](?:\.\d{0,3})?)$/i.exec(p)).find((match) => match !== null);
      return { language: range.toLowerCase().split('-')[0], quality: q ? Number(q[1]) : 1, order };
    })
    .filter((range) => range.quality > 0 && isLocale(range.language))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranges[0]?.language as Locale | undefined;
}
