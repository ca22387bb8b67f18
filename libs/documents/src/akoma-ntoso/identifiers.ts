/**
 * Identifiers in an Akoma Ntoso file. Element ids (`eId`) are built from the stable ids of
 * the model, never from labels, so that a relettered provision keeps its eId; the FRBR
 * identifiers follow the Akoma Ntoso naming convention (`/akn/<country>/<type>/...`).
 */
import type { LanguageCode } from '#libs/text';

/** The prefix of an eId for each kind of element that carries a model id. */
export const EID_PREFIX = {
  recitals: 'recitals',
  emptyRecitals: 'recitalsHeading',
  section: 'hcontainer',
  recital: 'recital',
  paragraph: 'para',
  point: 'point',
  item: 'item',
  list: 'list',
  note: 'authorialNote',
} as const;

export type EidKind = keyof typeof EID_PREFIX;

/** The eId of a model element: its kind's prefix and its id, escaped where an eId may not hold a character. */
export function eIdOf(kind: EidKind, id: string): string {
  return `${EID_PREFIX[kind]}_${encodeURIComponent(id)}`;
}

/** The model id an eId carries, or undefined when it was not built by eIdOf for that kind. */
export function idFromEid(kind: EidKind, eId: string | undefined): string | undefined {
  const prefix = `${EID_PREFIX[kind]}_`;
  if (eId === undefined || !eId.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(eId.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/** ISO 639-2 codes, which the naming convention uses in expression URIs. */
const ISO_639_2: Readonly<Record<LanguageCode, string>> = { ar: 'ara', en: 'eng', fr: 'fra', es: 'spa', ru: 'rus', zh: 'zho' };

export function languageCode3(language: LanguageCode): string {
  return ISO_639_2[language];
}

/** A piece of an FRBR URI: lower case, letters, digits and dashes only ("ITU Council" → "itu-council"). */
export function uriComponent(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return encodeURIComponent(slug === '' ? 'unnamed' : slug);
}

/** An id usable as a TLC eId and in `#` references. */
export function referenceId(id: string): string {
  return encodeURIComponent(id.replace(/\s+/gu, '-'));
}

/** The date part (YYYY-MM-DD) of an ISO 8601 date or date-time; undefined when there is none. */
export function isoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/u.exec(value);
  return match ? match[1] : undefined;
}
