/**
 * Dates and times a client sends (filters, cursors, "as of"): read strictly and held to the
 * range a record of this service can have. JavaScript's Date reaches ±275,760 years and
 * PostgreSQL's timestamptz 4713 BC to 294276 AD, but neither agrees on year 0 nor on the
 * six-digit years `-271821-04-20T00:00:00.000Z` is written with: such a value sent on to SQL
 * fails there (500) instead of being refused here (400).
 */

/** The earliest instant accepted: nothing of this service is recorded before 1970. */
export const EARLIEST_INSTANT_MS = Date.UTC(1970, 0, 1);
/** The latest instant accepted: the last millisecond a four-digit year writes. */
export const LATEST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a Date is a valid instant within the accepted range. */
export function isInstantInRange(at: Date): boolean {
  const ms = at.getTime();
  return Number.isFinite(ms) && ms >= EARLIEST_INSTANT_MS && ms <= LATEST_INSTANT_MS;
}

export interface InstantOptions {
  /** Whether a date alone (YYYY-MM-DD) is accepted, and which edge of the day it names: its start, or the start of the next day (an exclusive end). */
  readonly dateAlone?: 'start' | 'end';
}

/** The UTC milliseconds of a calendar date and time, or NaN when a part is out of its range (30 February, 24:00, 61 seconds). */
function calendarMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, ms);
  return at.getUTCMonth() === month - 1 && at.getUTCDate() === day ? at.getTime() : NaN;
}

/**
 * An ISO 8601 date-time with its offset (`2026-04-10T09:00:00Z`, `2026-04-10T11:00+02:00`),
 * or a date alone where the options say which edge of the day it names; undefined for
 * anything else, for dates that do not exist, and for instants outside 1970 to 9999.
 */
export function readInstant(raw: string, options: InstantOptions = {}): Date | undefined {
  if (raw.length > 40) return undefined;
  const date = DATE.exec(raw);
  if (date) {
    if (!options.dateAlone) return undefined;
    const start = calendarMs(Number(date[1]), Number(date[2]), Number(date[3]));
    const at = new Date(options.dateAlone === 'start' ? start : start + DAY_MS);
    return isInstantInRange(at) ? at : undefined;
  }
  const match = DATE_TIME.exec(raw);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  if (!zulu && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const local = calendarMs(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const offsetMs = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const at = new Date(local - offsetMs);
  return isInstantInRange(at) ? at : undefined;
}

/** The largest value of a PostgreSQL bigint, the type of ids and positions. */
export const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** Whether a text is a whole number from `min` that a PostgreSQL bigint holds (ids of the refusal log). */
export function isBigintText(raw: string, min = 1n): boolean {
  return /^\d{1,19}$/.test(raw) && BigInt(raw) >= min && BigInt(raw) <= MAX_BIGINT;
}
