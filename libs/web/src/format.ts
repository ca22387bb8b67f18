import { Locale } from './i18n/locale';

/*
 * Dates in the interface language, in one form per language wherever a page prints one: the
 * day as "7 December 2026" / "7 ديسمبر 2026", and, for a moment, the time after it on the
 * 24-hour clock with its zone ("7 December 2026, 17:46:33 UTC"). Arabic uses Western digits
 * here, as the ITU's and the UN's Arabic texts print years and numbers ("2023", "القرار 1334").
 * Every date a page shows goes through `formatDay`, so that no page mixes two forms.
 */

const INTL_LOCALE: Readonly<Record<Locale, string>> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** The separator between the day and the time: the Arabic comma in Arabic. */
const COMMA: Readonly<Record<Locale, string>> = { ar: '، ', en: ', ' };

/** The day of an instant in a zone, in the one form of the language. */
function formatDay(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

function formatTime(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** A moment as people read it, to the second, in UTC (the ledger records UTC; meetings span time zones). */
export function formatDateTime(locale: Locale, iso: string): string {
  return formatDateTimeIn(locale, iso, 'UTC');
}

/**
 * A moment as people in a zone read it: "9 December 2025, 18:00:00 GMT-5"; in UTC, "… UTC".
 * The text given back unchanged when it is not a moment or the zone is unknown.
 */
export function formatDateTimeIn(locale: Locale, iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  try {
    const zone =
      timeZone === 'UTC'
        ? 'UTC'
        : (new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
            .formatToParts(at)
            .find((part) => part.type === 'timeZoneName')?.value ?? timeZone);
    return `${formatDay(locale, at, timeZone)}${COMMA[locale]}${formatTime(locale, at, timeZone)} ${zone}`;
  } catch {
    return iso;
  }
}

/** A calendar date (YYYY-MM-DD, or the day of a moment) as people read it. */
export function formatDate(locale: Locale, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/u.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatDay(locale, at, 'UTC');
}
