/** The query parameters of the language-version routes, read and checked once at the edge. Pure. */
import { UN_LANGUAGES } from '#libs/contracts';
import type { LanguageCode } from '#libs/text';
import type { FieldError } from '../http/invalid-request';

type QueryValues = Readonly<Record<string, unknown>>;
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

const MAX_VERSION = 2 ** 31 - 1;

/** Whether a value is one of the six UN languages' codes. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (UN_LANGUAGES as readonly string[]).includes(value);
}

/** `?language=ar&status=open|all` of the translation tasks. */
export function parseTaskQuery(query: QueryValues): Parsed<{ language?: LanguageCode; status: 'open' | 'all' }> {
  const errors = unknownParameters(query, ['language', 'status']);
  const language = single(query, 'language', errors);
  const status = single(query, 'status', errors) ?? 'open';
  if (language !== undefined && !isLanguageCode(language)) errors.push(notALanguage('language'));
  if (status !== 'open' && status !== 'all') errors.push({ field: 'status', message: 'status must be open or all' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...(language ? { language: language as LanguageCode } : {}), status: status as 'open' | 'all' } };
}

/** `?left=en&right=ar&version=working|N` of two versions side by side; both languages are required and differ. */
export function parseSideBySideQuery(query: QueryValues): Parsed<{ left: LanguageCode; right: LanguageCode; version: number | 'working' }> {
  const errors = unknownParameters(query, ['left', 'right', 'version']);
  const left = single(query, 'left', errors);
  const right = single(query, 'right', errors);
  for (const [field, value] of [
    ['left', left],
    ['right', right],
  ] as const) {
    if (value === undefined) errors.push({ field, message: `${field} is required: a UN language code (${UN_LANGUAGES.join(', ')})` });
    else if (!isLanguageCode(value)) errors.push(notALanguage(field));
  }
  if (left !== undefined && left === right) errors.push({ field: 'right', message: 'right must be another language than left' });
  const version = versionOf(query, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { left: left as LanguageCode, right: right as LanguageCode, version } };
}

function versionOf(query: QueryValues, errors: FieldError[]): number | 'working' {
  const raw = single(query, 'version', errors);
  if (raw === undefined || raw === 'working') return 'working';
  const number = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(number <= MAX_VERSION)) {
    errors.push({ field: 'version', message: 'version must be working or a version number (1 is the registered base text)' });
    return 'working';
  }
  return number;
}

function notALanguage(field: string): FieldError {
  return { field, message: `${field} must be a UN language code: ${UN_LANGUAGES.join(', ')}` };
}

function unknownParameters(query: QueryValues, known: readonly string[]): FieldError[] {
  return Object.keys(query)
    .filter((name) => !known.includes(name))
    .map((name) => ({ field: name, message: `unknown query parameter; this resource takes ${known.join(', ')}` }));
}

function single(query: QueryValues, name: string, errors: FieldError[]): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.push({ field: name, message: 'give it once, as a plain value' });
    return undefined;
  }
  return value;
}
