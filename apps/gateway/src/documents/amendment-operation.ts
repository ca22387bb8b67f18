import { AmendmentOperation, AmendmentRefusal, Footnote, WordReplacement, locateQuotedWords, tokenize } from '#libs/text';
import { textProblem } from '#libs/runtime';

type Json = Record<string, unknown>;

/** Where a field went wrong in an operation, for the problem's `errors`. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A well-formed field the text does not bear out: the text engine's refusal, rendered in the reader's language. */
export interface FieldRefusal extends FieldError {
  readonly refusal: Pick<AmendmentRefusal, 'key' | 'params'>;
}

const MAX_TEXT_LENGTH = 20_000;
const MAX_FOOTNOTES = 50;
const ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Words a footnote marker can stand after: runs of text between spaces, as the engine counts anchors. */
function wordCount(text: string): number {
  const tokens = tokenize(text);
  return tokens.filter((token, i) => token.kind !== 'space' && (i === 0 || tokens[i - 1].kind === 'space')).length;
}

/** Makes an id once, for a purpose (`footnotes[0]`), or for the operation itself when none is given. */
export type NewId = (purpose?: string) => string;

class Reader {
  readonly errors: FieldError[] = [];
  constructor(
    private readonly json: Json,
    private readonly path: string,
  ) {}

  id(name: string): string {
    const value = this.json[name];
    if (typeof value !== 'string' || !ID.test(value))
      this.errors.push({ field: `${this.path}.${name}`, message: 'must be an id (letters, digits, . _ : -)' });
    return value as string;
  }

  text(name: string, { optional = false, allowEmpty = false } = {}): string {
    const value = this.json[name];
    if (value === undefined && optional) return value as unknown as string;
    if (typeof value !== 'string' || (!allowEmpty && value.trim() === '') || value.length > MAX_TEXT_LENGTH) {
      this.errors.push({ field: `${this.path}.${name}`, message: `must be a text of 1 to ${MAX_TEXT_LENGTH} characters` });
      return value as string;
    }
    const problem = textProblem(value);
    if (problem) this.errors.push({ field: `${this.path}.${name}`, message: problem });
    return value.normalize('NFC');
  }

  int(name: string, { min = 0 } = {}): number {
    const value = this.json[name];
    if (!Number.isInteger(value) || (value as number) < min)
      this.errors.push({
        field: `${this.path}.${name}`,
        message: min === 0 ? 'must be a whole number' : `must be a whole number from ${min}`,
      });
    return value as number;
  }

  /** An optional field: absent stays absent, so that the recorded operation says only what was asked. */
  optional<T>(name: string, read: (name: string) => T): T | undefined {
    return this.json[name] === undefined ? undefined : read(name);
  }

  /** Footnotes carried by a new provision: each a text, or `{ id?, text, anchor? }`; an id is made for one without. */
  footnotes(name: string, newId?: NewId): Footnote[] {
    const value = this.json[name];
    if (!Array.isArray(value) || value.length > MAX_FOOTNOTES) {
      this.errors.push({ field: `${this.path}.${name}`, message: `must be a list of at most ${MAX_FOOTNOTES} footnotes` });
      return [];
    }
    const footnotes = value.map((item: unknown, i: number) => {
      const field = `${this.path}.${name}[${i}]`;
      const json = typeof item === 'string' ? { text: item } : item;
      if (!json || typeof json !== 'object' || Array.isArray(json)) {
        this.errors.push({ field, message: 'must be a text or { id?, text, anchor? }' });
        return undefined;
      }
      const read = new Reader(json as Json, field);
      read.only(['id', 'text', 'anchor']);
      const id = (json as Json).id === undefined && newId ? newId(`${name}[${i}]`) : read.id('id');
      const text = read.text('text');
      const anchor = read.optional('anchor', (n) => read.int(n));
      this.errors.push(...read.errors);
      return anchor === undefined ? { id, text } : { id, text, anchor };
    });
    const ids = footnotes.map((footnote) => footnote?.id);
    ids.forEach((id, i) => {
      if (id !== undefined && ids.indexOf(id) !== i)
        this.errors.push({ field: `${this.path}.${name}[${i}].id`, message: `footnote ${id} is given twice` });
    });
    return footnotes.filter((footnote): footnote is Footnote => footnote !== undefined);
  }

  position(name: string): Json {
    const value = this.json[name];
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    const allowed = ['before', 'after', 'atEndOf', 'asChildOf', 'beforeSection', 'afterSection', 'atEndOfPart'];
    if (keys.length !== 1 || !allowed.includes(keys[0]) || typeof (value as Json)[keys[0]] !== 'string') {
      this.errors.push({ field: `${this.path}.${name}`, message: `must be one of { before | after | atEndOf | asChildOf: id }` });
    }
    return value as Json;
  }

  only(fields: readonly string[]): void {
    for (const key of Object.keys(this.json)) {
      if (!fields.includes(key)) this.errors.push({ field: `${this.path}.${key}`, message: `property ${key} should not exist` });
    }
  }
}

const FIELDS: Record<AmendmentOperation['kind'], readonly string[]> = {
  add: ['kind', 'newId', 'position', 'text', 'footnotes'],
  modify: ['kind', 'provisionId', 'oldText', 'newText', 'baseText', 'replacements'],
  replaceText: ['kind', 'provisionId', 'text'],
  suppress: ['kind', 'provisionId'],
  move: ['kind', 'provisionId', 'position', 'oldText', 'newText', 'baseText', 'replacements'],
  addSection: ['kind', 'part', 'sectionId', 'heading', 'position'],
  changeHeading: ['kind', 'sectionId', 'heading'],
  addFootnote: ['kind', 'provisionId', 'footnoteId', 'text', 'anchor', 'before'],
  changeFootnote: ['kind', 'provisionId', 'footnoteId', 'text', 'anchor'],
  suppressFootnote: ['kind', 'provisionId', 'footnoteId'],
  changeTitle: ['kind', 'title'],
  suppressSection: ['kind', 'sectionId'],
  offerAlternatives: ['kind', 'provisionId', 'baseText', 'words', 'occurrence', 'from', 'to', 'alternatives'],
  settleBrackets: ['kind', 'provisionId', 'bracketIndex', 'choice'],
};

/** Every operation an amendment may carry (the chair's settling of brackets included). */
export const AMENDMENT_OPERATION_KINDS = Object.keys(FIELDS) as readonly AmendmentOperation['kind'][];

/** The words of a MOD (or of a reworded move): replacements on `baseText`, or `oldText` and `newText`. */
function readWords(
  read: Reader,
  json: Json,
  path: string,
): { baseText: string; replacements: WordReplacement[] } | { oldText: string; newText: string } {
  if ('replacements' in json) {
    const replacements = Array.isArray(json.replacements) ? json.replacements : [];
    if (!Array.isArray(json.replacements) || replacements.length === 0)
      read.errors.push({ field: `${path}.replacements`, message: 'must be a non-empty list' });
    return {
      baseText: read.text('baseText'),
      replacements: replacements.map((r: Json, i: number) => {
        const item = new Reader(r ?? {}, `${path}.replacements[${i}]`);
        const parsed = { from: item.int('from'), to: item.int('to'), text: item.text('text', { allowEmpty: true }) };
        read.errors.push(...item.errors);
        return parsed;
      }),
    };
  }
  return { oldText: read.text('oldText'), newText: read.text('newText', { allowEmpty: true }) };
}

/** What a parsed operation is, or why not: `errors` are malformed fields (400), `refusals` well-formed fields the text does not bear out (422). */
export interface ParsedOperation {
  readonly operation?: AmendmentOperation;
  readonly errors: FieldError[];
  readonly refusals?: FieldRefusal[];
}

/**
 * Reads an amendment operation from a request body, field by field, or lists what is wrong.
 * `newId` of an added provision (and of its footnotes) is filled by the caller when absent
 * (identity is decided once).
 */
export function parseAmendmentOperation(value: unknown, path = 'operation', newId?: NewId): ParsedOperation {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { errors: [{ field: path, message: 'must be an object with a kind' }] };
  const json = value as Json;
  const kind = json.kind as AmendmentOperation['kind'];
  if (!(kind in FIELDS)) return { errors: [{ field: `${path}.kind`, message: `must be one of ${Object.keys(FIELDS).join(', ')}` }] };
  const read = new Reader(json, path);
  read.only(FIELDS[kind]);
  let operation: AmendmentOperation;
  switch (kind) {
    case 'add': {
      const added = {
        kind,
        newId: json.newId === undefined && newId ? newId() : read.id('newId'),
        position: read.position('position') as never,
        text: read.text('text'),
      };
      const footnotes = read.optional('footnotes', (name) => read.footnotes(name, newId));
      const words = typeof added.text === 'string' ? wordCount(added.text) : 0;
      footnotes?.forEach((footnote, i) => {
        if (footnote.anchor !== undefined && footnote.anchor > words) {
          read.errors.push({
            field: `${path}.footnotes[${i}].anchor`,
            message: `must be at most ${words}, the words of the text (0: before the first)`,
          });
        }
      });
      operation = footnotes === undefined ? added : { ...added, footnotes };
      break;
    }
    case 'modify': {
      const provisionId = read.id('provisionId');
      operation = { kind, provisionId, ...readWords(read, json, path) };
      break;
    }
    case 'replaceText':
      operation = { kind, provisionId: read.id('provisionId'), text: read.text('text') };
      break;
    case 'suppress':
      operation = { kind, provisionId: read.id('provisionId') };
      break;
    case 'move': {
      const moved = { kind, provisionId: read.id('provisionId'), position: read.position('position') as never };
      // A move may reword the provision on the way, in the words of a MOD: both wordings or neither.
      const reworded = ['oldText', 'newText', 'baseText', 'replacements'].some((name) => json[name] !== undefined);
      operation = reworded ? { ...moved, ...readWords(read, json, path) } : moved;
      break;
    }
    case 'addSection':
      if (json.part !== 'preamble' && json.part !== 'operative')
        read.errors.push({ field: `${path}.part`, message: 'must be preamble or operative' });
      operation = {
        kind,
        part: json.part as 'preamble',
        sectionId: json.sectionId === undefined && newId ? newId() : read.id('sectionId'),
        heading: read.text('heading'),
        position: read.position('position') as never,
      };
      break;
    case 'changeHeading':
      operation = { kind, sectionId: read.id('sectionId'), heading: read.text('heading') };
      break;
    case 'addFootnote': {
      const anchor = read.optional('anchor', (name) => read.int(name));
      const before = read.optional('before', (name) => read.id(name));
      operation = {
        kind,
        provisionId: read.id('provisionId'),
        footnoteId: json.footnoteId === undefined && newId ? newId() : read.id('footnoteId'),
        text: read.text('text'),
        ...(anchor === undefined ? {} : { anchor }),
        ...(before === undefined ? {} : { before }),
      };
      break;
    }
    case 'changeFootnote': {
      // null puts the marker back after the last word; absent leaves it where it stands.
      const anchor = json.anchor === null ? null : read.optional('anchor', (name) => read.int(name));
      operation = {
        kind,
        provisionId: read.id('provisionId'),
        footnoteId: read.id('footnoteId'),
        text: read.text('text'),
        ...(anchor === undefined ? {} : { anchor }),
      };
      break;
    }
    case 'suppressFootnote':
      operation = { kind, provisionId: read.id('provisionId'), footnoteId: read.id('footnoteId') };
      break;
    case 'changeTitle':
      operation = { kind, title: read.text('title') };
      break;
    case 'suppressSection':
      operation = { kind, sectionId: read.id('sectionId') };
      break;
    case 'offerAlternatives': {
      const alternatives = Array.isArray(json.alternatives) ? json.alternatives : [];
      if (alternatives.length < 2 || alternatives.some((a) => typeof a !== 'string' || a.trim() === '' || textProblem(a))) {
        read.errors.push({ field: `${path}.alternatives`, message: 'must be two or more clean texts' });
      }
      const provisionId = read.id('provisionId');
      const baseText = read.text('baseText');
      const offered = alternatives.map((a: string) => String(a).normalize('NFC'));
      if (json.words === undefined) {
        // Token indexes, as the first clients sent them; quoted words are the documented way.
        operation = { kind, provisionId, baseText, from: read.int('from'), to: read.int('to'), alternatives: offered };
        break;
      }
      for (const name of ['from', 'to']) {
        if (json[name] !== undefined)
          read.errors.push({ field: `${path}.${name}`, message: 'give the quoted words or from and to, not both' });
      }
      const words = read.text('words');
      const occurrence = read.optional('occurrence', (name) => read.int(name, { min: 1 }));
      if (read.errors.length > 0) return { errors: read.errors };
      const located = locateQuotedWords(baseText, words, occurrence);
      if (!located.ok)
        return { errors: [], refusals: [{ field: `${path}.words`, message: located.refusal.message, refusal: located.refusal }] };
      operation = { kind, provisionId, baseText, from: located.value.from, to: located.value.to, alternatives: offered };
      break;
    }
    case 'settleBrackets':
      operation = {
        kind,
        provisionId: read.id('provisionId'),
        bracketIndex: read.int('bracketIndex'),
        choice: json.choice === 'none' ? 'none' : read.int('choice'),
      };
      break;
  }
  return read.errors.length > 0 ? { errors: read.errors } : { operation: operation!, errors: [] };
}
