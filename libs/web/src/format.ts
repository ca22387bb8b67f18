import { Locale } from './i18n/locale';

/*
 * Dates in the interface language. Arabic uses Western digits here, as the ITU's
 * and the UN's Arabic texts print years and numbers ("2023", "القرار 1334").
 */

const INTL_LOCALE: Readonly<Record<Locale, string>> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** A moment as people read it, to the second, in UTC (the ledger records UTC; meetings span time zones). */
export function formatDateTime(locale: Locale, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(at)} UTC`;
}

/** A calendar date (YYYY-MM-DD) as people read it. */
export function formatDate(locale: Locale, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}
