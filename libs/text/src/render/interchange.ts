/**
 * The interchange JSON in which services store and exchange documents. Labels are
 * written out for readers but derived again on the way in: the ids are the identities.
 */
import { importWarningParamNames, isImportWarningKey } from '../import/import-warnings';
import { formatLabel, provisionLabelInSection } from '../labels';
import type {
  DocumentMetadata,
  DocumentStyle,
  Footnote,
  ImportWarning,
  LanguageCode,
  PartName,
  Provision,
  ResolutionDocument,
  Section,
} from '../model';

export interface InterchangeProvision {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly children: readonly InterchangeProvision[];
  /** Each with its id (amendments name it) and, when the marker stands inside the words, its anchor. Read also as plain texts, from older writers. */
  readonly footnotes: readonly InterchangeFootnote[];
}

export interface InterchangeFootnote {
  readonly id: string;
  readonly text: string;
  /** How many words of the provision stand before the marker; absent: after the last word. */
  readonly anchor?: number;
}

export interface InterchangeSection {
  readonly id: string;
  readonly heading: string;
  readonly provisions: readonly InterchangeProvision[];
}

export interface InterchangeDocument {
  readonly title: string;
  readonly body: string;
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
  readonly preamble: readonly InterchangeSection[];
  readonly operative: readonly InterchangeSection[];
  readonly metadata: DocumentMetadata;
  readonly warnings: readonly ImportWarning[];
}

/** Why a JSON value is not an interchange document, by key, in English (libs/web holds them in Arabic too). */
export const INTERCHANGE_PROBLEMS_EN = {
  'interchange.notJson': 'not JSON ({why})',
  'interchange.emptyId': 'expected a non-empty id',
  'interchange.footnoteIdTwice': 'footnote id {id} is used twice in the provision',
  'interchange.anchor': 'must be a whole number of words, 0 or more',
  'interchange.line': 'expected a line number',
  'interchange.warningKey': 'expected an import warning key',
  'interchange.stringOrNumber': 'expected a string or a number',
  'interchange.object': 'expected an object',
  'interchange.stringOrList': 'expected a string or a list of strings',
  'interchange.unknownField': 'unknown field',
  'interchange.missing': 'missing',
  'interchange.list': 'expected a list',
  'interchange.string': 'expected a string',
  'interchange.duplicateId': 'duplicate id "{id}"',
  'interchange.oneOf': 'expected one of {allowed}',
} as const;

export type InterchangeProblemKey = keyof typeof INTERCHANGE_PROBLEMS_EN;

/**
 * Refusal of a JSON value that is not an interchange document; `path` points at the offending
 * value ("$.operative[0].provisions[2].text"), `key` and `params` say why for the reader's language.
 */
export class InterchangeFormatError extends Error {
  override readonly name = 'InterchangeFormatError';
  readonly reason: string;

  constructor(
    readonly path: string,
    readonly key: InterchangeProblemKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    const reason = INTERCHANGE_PROBLEMS_EN[key].replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
    super(`${path}: ${reason}`);
    this.reason = reason;
  }
}

const DASH = '-';
const BULLET = '•';

/** The interchange form of a document and the warnings of its import. */
export function toInterchange(doc: ResolutionDocument, warnings: readonly ImportWarning[] = []): InterchangeDocument {
  const place = { language: doc.language, style: doc.style };
  const section =
    (part: PartName) =>
    (s: Section): InterchangeSection => ({
      id: s.id,
      heading: s.heading,
      provisions: s.provisions.map((p, i) =>
        provisionOut(p, printedLabel(place, part, 0, i, s.provisions.length, undefined), part, 0, place),
      ),
    });
  return {
    title: doc.title,
    body: doc.body,
    language: doc.language,
    style: doc.style,
    preamble: doc.preamble.map(section('preamble')),
    operative: doc.operative.map(section('operative')),
    metadata: copyMetadata(doc.metadata),
    warnings: warnings.map((w) => ({ line: w.line, key: w.key, params: { ...w.params }, text: w.text }) as ImportWarning),
  };
}

interface Place {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
}

function provisionOut(p: Provision, label: string, part: PartName, depth: number, place: Place): InterchangeProvision {
  return {
    id: p.id,
    label,
    text: p.text,
    children: p.children.map((c, i) =>
      provisionOut(c, printedLabel(place, part, depth + 1, i, p.children.length, p.listMarker), part, depth + 1, place),
    ),
    footnotes: p.footnotes.map((f) => (f.anchor === undefined ? { id: f.id, text: f.text } : { id: f.id, text: f.text, anchor: f.anchor })),
  };
}

function printedLabel(place: Place, part: PartName, depth: number, index: number, count: number, marker: Provision['listMarker']): string {
  if (marker === 'dash') return DASH;
  if (marker === 'bullet') return BULLET;
  return formatLabel(
    place.language,
    place.style,
    part,
    depth,
    provisionLabelInSection(place.language, place.style, part, depth, index, count),
  );
}

function copyMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const out: DocumentMetadata = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

const languages: readonly LanguageCode[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];
const styles: readonly DocumentStyle[] = ['itu', 'unga'];

/** Reads an interchange document (a parsed value or its JSON text), refusing anything else with an InterchangeFormatError. */
export function fromInterchange(json: unknown): ResolutionDocument {
  const value = typeof json === 'string' ? parseJson(json) : json;
  const ids = new Set<string>();
  const doc = record(value, '$', ['title', 'body', 'language', 'style', 'preamble', 'operative', 'metadata', 'warnings']);
  const language = oneOf(doc.language, '$.language', languages);
  const style = oneOf(doc.style, '$.style', styles);
  array(doc.warnings, '$.warnings').forEach((w, i) => checkWarning(w, `$.warnings[${i}]`));
  return {
    language,
    style,
    title: text(doc.title, '$.title'),
    body: text(doc.body, '$.body'),
    preamble: array(doc.preamble, '$.preamble').map((s, i) => sectionIn(s, `$.preamble[${i}]`, ids)),
    operative: array(doc.operative, '$.operative').map((s, i) => sectionIn(s, `$.operative[${i}]`, ids)),
    metadata: metadataIn(doc.metadata, '$.metadata'),
  };
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new InterchangeFormatError('$', 'interchange.notJson', { why: (error as Error).message });
  }
}

function sectionIn(value: unknown, path: string, ids: Set<string>): Section {
  const s = record(value, path, ['id', 'heading', 'provisions']);
  return {
    id: identity(s.id, `${path}.id`, ids),
    heading: text(s.heading, `${path}.heading`),
    provisions: array(s.provisions, `${path}.provisions`).map((p, i) => provisionIn(p, `${path}.provisions[${i}]`, ids)),
  };
}

function provisionIn(value: unknown, path: string, ids: Set<string>): Provision {
  const p = record(value, path, ['id', 'label', 'text', 'children', 'footnotes']);
  const id = identity(p.id, `${path}.id`, ids);
  text(p.label, `${path}.label`);
  const children = array(p.children, `${path}.children`).map((c, i) => provisionIn(c, `${path}.children[${i}]`, ids));
  const footnoteIds = new Set<string>();
  const footnotes: Footnote[] = array(p.footnotes, `${path}.footnotes`).map((f, i) =>
    footnoteIn(f, `${path}.footnotes[${i}]`, `${id}-fn${i + 1}`, footnoteIds),
  );
  const provision: Provision = { id, text: text(p.text, `${path}.text`), children, footnotes };
  const marker = listMarkerOf(array(p.children, `${path}.children`));
  return marker ? { ...provision, listMarker: marker } : provision;
}

/** A footnote as `{ id, text, anchor? }`, or as its text alone (an id is then made from the provision's). */
function footnoteIn(value: unknown, path: string, madeId: string, ids: Set<string>): Footnote {
  if (typeof value === 'string') return { id: madeId, text: text(value, path) };
  const f = record(value, path, ['text'], ['id', 'anchor']);
  const id = f.id === undefined ? madeId : text(f.id, `${path}.id`);
  if (id.trim() === '') throw new InterchangeFormatError(`${path}.id`, 'interchange.emptyId');
  if (ids.has(id)) throw new InterchangeFormatError(`${path}.id`, 'interchange.footnoteIdTwice', { id });
  ids.add(id);
  const footnote = { id, text: text(f.text, `${path}.text`) };
  if (f.anchor === undefined || f.anchor === null) return footnote;
  if (typeof f.anchor !== 'number' || !Number.isInteger(f.anchor) || f.anchor < 0)
    throw new InterchangeFormatError(`${path}.anchor`, 'interchange.anchor');
  return { ...footnote, anchor: f.anchor };
}

/** Children printed "-" or "•" were marked so in the source: the label is the only place the interchange keeps that. */
function listMarkerOf(children: readonly unknown[]): Provision['listMarker'] {
  const labels = children.map((c) => (c as { label: string }).label);
  if (labels.length > 0 && labels.every((l) => l === DASH)) return 'dash';
  if (labels.length > 0 && labels.every((l) => l === BULLET)) return 'bullet';
  return undefined;
}

/**
 * A warning is a message key and its parameters. Files the command line wrote before warnings
 * were keyed carry an English `message` instead: still read, since a warning only informs and
 * the document is not read from it.
 */
function checkWarning(value: unknown, path: string): void {
  const keyed = typeof value === 'object' && value !== null && !('message' in value);
  const w = record(value, path, keyed ? ['line', 'key', 'params', 'text'] : ['line', 'message', 'text']);
  if (typeof w.line !== 'number' || !Number.isInteger(w.line) || w.line < 0)
    throw new InterchangeFormatError(`${path}.line`, 'interchange.line');
  text(w.text, `${path}.text`);
  if (!keyed) {
    text(w.message, `${path}.message`);
    return;
  }
  if (!isImportWarningKey(w.key)) throw new InterchangeFormatError(`${path}.key`, 'interchange.warningKey');
  const params = record(w.params, `${path}.params`, importWarningParamNames[w.key]);
  for (const [name, param] of Object.entries(params)) {
    if (typeof param !== 'string' && typeof param !== 'number')
      throw new InterchangeFormatError(`${path}.params.${name}`, 'interchange.stringOrNumber');
  }
}

function metadataIn(value: unknown, path: string): DocumentMetadata {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InterchangeFormatError(path, 'interchange.object');
  const out: DocumentMetadata = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (Array.isArray(v)) out[key] = v.map((item, i) => text(item, `${path}.${key}[${i}]`));
    else throw new InterchangeFormatError(`${path}.${key}`, 'interchange.stringOrList');
  }
  return out;
}

function record(value: unknown, path: string, keys: readonly string[], optionalKeys: readonly string[] = []): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InterchangeFormatError(path, 'interchange.object');
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!keys.includes(key) && !optionalKeys.includes(key)) throw new InterchangeFormatError(`${path}.${key}`, 'interchange.unknownField');
  }
  for (const key of keys) {
    if (!(key in object)) throw new InterchangeFormatError(`${path}.${key}`, 'interchange.missing');
  }
  return object;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new InterchangeFormatError(path, 'interchange.list');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InterchangeFormatError(path, 'interchange.string');
  return value;
}

function identity(value: unknown, path: string, ids: Set<string>): string {
  const id = text(value, path);
  if (id.trim() === '') throw new InterchangeFormatError(path, 'interchange.emptyId');
  if (ids.has(id)) throw new InterchangeFormatError(path, 'interchange.duplicateId', { id });
  ids.add(id);
  return id;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new InterchangeFormatError(path, 'interchange.oneOf', { allowed: allowed.join(', ') });
  }
  return value as T;
}
