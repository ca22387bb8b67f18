import { FieldError, Parsed, parseInstant } from '../texts/text-request';
import { ContentionMoment } from './contention-figures';

/**
 * Reads the moment of a contention map from a query: `asOf` (an ISO 8601 date-time with its
 * time zone) or `position` (a global position of the log), at most one; now when neither.
 * The web page's `lang` is let through.
 */
export function parseContentionQuery(query: Readonly<Record<string, unknown>>, allowed: readonly string[] = []): Parsed<ContentionMoment> {
  const errors: FieldError[] = Object.keys(query)
    .filter((name) => !['asOf', 'position', ...allowed].includes(name))
    .map((name) => ({ field: name, message: 'unknown query parameter; this resource takes asOf or position' }));
  const asOf = query.asOf === '' ? undefined : query.asOf;
  const position = query.position === '' ? undefined : query.position;
  if (asOf !== undefined && position !== undefined)
    errors.push({ field: 'asOf, position', message: 'give at most one of asOf and position' });
  let moment: ContentionMoment = { kind: 'now' };
  if (asOf !== undefined) {
    const parsed = typeof asOf === 'string' ? parseInstant(asOf) : 'asOf must be given once';
    if (typeof parsed === 'string') errors.push({ field: 'asOf', message: parsed });
    else if (parsed.kind === 'time') moment = parsed;
  } else if (position !== undefined) {
    const value = typeof position === 'string' && /^[1-9]\d{0,15}$/u.test(position) ? Number(position) : NaN;
    if (!Number.isSafeInteger(value))
      errors.push({ field: 'position', message: 'position must be a global position of the log (a whole number from 1)' });
    else moment = { kind: 'position', position: value };
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: moment };
}
