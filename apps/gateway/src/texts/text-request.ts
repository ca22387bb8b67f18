/*
 * What a request for a text asks, read from its query string and Accept header. Pure
 * functions: the controller turns their refusals into 400 or 406 problem details.
 */
import { DOCX_MEDIA_TYPE } from '#libs/documents';
import type { LanguageCode } from '#libs/text';
import { readInstant } from '#libs/security';
import { Chosen, chooseRepresentation } from '../http/representation';

/** The moment a text is asked for: the working text now, a version, or as it stood at a position or time. */
export type TextMoment =
  | { readonly kind: 'working' }
  | { readonly kind: 'version'; readonly versionNumber: number }
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'time'; readonly at: Date };

/** One side of a marked text: a version, the working text now, or the working text with every undecided amendment accepted. */
export type MarkedTarget =
  { readonly kind: 'version'; readonly versionNumber: number } | { readonly kind: 'working' } | { readonly kind: 'pending' };

/** `from` and `to` as asked; what is left out defaults once the document's versions are known. */
export interface MarkedRange {
  readonly from?: number;
  readonly to?: MarkedTarget;
}

/** Every representation of a text, with its media type, in the order preferred when the client weighs them equally. */
const MEDIA_TYPES = [
  ['json', 'application/json'],
  ['text', 'text/plain'],
  ['html', 'text/html'],
  ['docx', DOCX_MEDIA_TYPE],
  ['pdf', 'application/pdf'],
  ['akn', 'application/akn+xml'],
] as const;

export type TextFormat = (typeof MEDIA_TYPES)[number][0];

/** What the text endpoints offer: the document text also as Akoma Ntoso, the marked text not. */
export const TEXT_FORMATS: readonly TextFormat[] = ['json', 'text', 'html', 'docx', 'pdf', 'akn'];
export const MARKED_FORMATS: readonly TextFormat[] = ['json', 'text', 'html', 'docx', 'pdf'];

/** The media type of a representation. */
export function mediaTypeOf(format: TextFormat): string {
  return MEDIA_TYPES.find(([name]) => name === format)![1];
}

/** How a marked text in Word shows the changes: as Word's tracked changes, or underlined and struck through as the body prints them. */
export type WordMarks = 'tracked' | 'printed';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

type QueryValues = Readonly<Record<string, unknown>>;

const MAX_VERSION = 2 ** 31 - 1;

/** The six UN languages, as `language` takes them. */
export const LANGUAGE_CODES: readonly LanguageCode[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** Reads `version`, `asOf` or `position` (at most one), `language` and `format` from the query of `GET /documents/{id}/text`. */
export function parseTextQuery(query: QueryValues): Parsed<{ moment: TextMoment; format?: string; language?: LanguageCode }> {
  const errors: FieldError[] = unknownParameters(query, ['version', 'asOf', 'position', 'language', 'format']);
  const language = parseLanguage(query, errors);
  const given = (['version', 'asOf', 'position'] as const).filter((name) => query[name] !== undefined);
  if (given.length > 1) {
    errors.push({ field: given.join(', '), message: `give at most one of version, asOf and position (got ${given.join(' and ')})` });
  }
  const format = single(query, 'format', errors);
  let moment: TextMoment = { kind: 'working' };
  if (given.length === 1) {
    const name = given[0];
    const raw = single(query, name, errors);
    if (raw !== undefined) {
      const parsed = name === 'version' ? parseVersion(raw, name) : name === 'position' ? parsePosition(raw) : parseInstant(raw);
      if (typeof parsed === 'string') errors.push({ field: name, message: parsed });
      else moment = parsed;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { moment, ...(format !== undefined ? { format } : {}), ...(language ? { language } : {}) } };
}

/** Reads `from` (a version), `to` (a version, `working` or `pending`), `language` and `format` from the query of `GET /documents/{id}/marked`. */
export function parseMarkedQuery(
  query: QueryValues,
): Parsed<{ range: MarkedRange; format?: string; marks?: WordMarks; language?: LanguageCode }> {
  const errors: FieldError[] = unknownParameters(query, ['from', 'to', 'language', 'format', 'marks']);
  const language = parseLanguage(query, errors);
  const format = single(query, 'format', errors);
  const marksRaw = single(query, 'marks', errors);
  if (marksRaw !== undefined && marksRaw !== 'tracked' && marksRaw !== 'printed')
    errors.push({ field: 'marks', message: 'marks must be tracked or printed' });
  const fromRaw = single(query, 'from', errors);
  const toRaw = single(query, 'to', errors);
  let from: number | undefined;
  let to: MarkedTarget | undefined;
  if (fromRaw !== undefined) {
    const parsed = parseVersion(fromRaw, 'from');
    if (typeof parsed === 'string') errors.push({ field: 'from', message: parsed });
    else from = parsed.versionNumber;
  }
  if (toRaw === 'working' || toRaw === 'pending') {
    to = { kind: toRaw };
  } else if (toRaw !== undefined) {
    const parsed = parseVersion(toRaw, 'to');
    if (typeof parsed === 'string') errors.push({ field: 'to', message: `${parsed}, working or pending` });
    else to = parsed;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      range: { ...(from !== undefined ? { from } : {}), ...(to ? { to } : {}) },
      ...(format !== undefined ? { format } : {}),
      ...(marksRaw !== undefined ? { marks: marksRaw as WordMarks } : {}),
      ...(language ? { language } : {}),
    },
  };
}

function parseLanguage(query: QueryValues, errors: FieldError[]): LanguageCode | undefined {
  const raw = single(query, 'language', errors);
  if (raw === undefined) return undefined;
  if ((LANGUAGE_CODES as readonly string[]).includes(raw)) return raw as LanguageCode;
  errors.push({ field: 'language', message: `language must be one of the UN languages: ${LANGUAGE_CODES.join(', ')}` });
  return undefined;
}

/** The representation to answer among those `offered` (see chooseRepresentation): JSON unless another is named or preferred. */
export function chooseTextFormat(
  format: string | undefined,
  accept: string | undefined,
  offered: readonly TextFormat[] = MARKED_FORMATS,
): Chosen<TextFormat> {
  return chooseRepresentation(
    MEDIA_TYPES.filter(([name]) => offered.includes(name)),
    format,
    accept,
  );
}

function unknownParameters(query: QueryValues, known: readonly string[]): FieldError[] {
  return Object.keys(query)
    .filter((name) => !known.includes(name))
    .map((name) => ({ field: name, message: `unknown query parameter; this resource takes ${known.join(', ')}` }));
}

/** A parameter given once, as a string; a repeated or nested one is an error. */
function single(query: QueryValues, name: string, errors: FieldError[]): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.push({ field: name, message: 'give it once, as a plain value' });
    return undefined;
  }
  return value;
}

function parseVersion(raw: string, name: string): { kind: 'version'; versionNumber: number } | string {
  const versionNumber = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(versionNumber <= MAX_VERSION)) return `${name} must be a version number (1 is the registered base text)`;
  return { kind: 'version', versionNumber };
}

function parsePosition(raw: string): TextMoment | string {
  const position = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(position)) return 'position must be a global position of the log (a whole number from 1)';
  return { kind: 'position', position };
}

/**
 * An ISO 8601 date-time with its offset ("2026-04-10T17:00:00Z", "2026-04-10T19:00+02:00"),
 * to the millisecond the store records (finer digits are dropped, which keeps every event
 * recorded at or before the instant), from 1970 to 9999 (readInstant, shared by every
 * date a client sends). A date alone is refused: "as of 10 April" could mean
 * its start or its end, and in which time zone.
 */
export function parseInstant(raw: string): TextMoment | string {
  const at = readInstant(raw);
  return at ? { kind: 'time', at } : 'asOf must be an ISO 8601 date-time with a time zone, e.g. 2026-04-10T17:00:00Z';
}
