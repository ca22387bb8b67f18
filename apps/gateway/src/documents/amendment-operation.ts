import { AmendmentOperation } from '#libs/text';
import { textProblem } from '#libs/runtime';

type Json = Record<string, unknown>;

/** Where a field went wrong in an operation, for the problem's `errors`. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

const MAX_TEXT_LENGTH = 20_000;
const ID = /^[A-Za-z0-9._:-]{1,100}$/;

class Reader {
  readonly errors: FieldError[] = [];
  constructor(
    private readonly json: Json,
    private readonly path: string,
  ) {}

  id(name: string): string {
    const value = this.json[name];
    if (typeof value !== 'string' || !ID.test(value)) this.errors.push({ field: `${this.path}.${name}`, message: 'must be an id (letters, digits, . _ : -)' });
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

  int(name: string): number {
    const value = this.json[name];
    if (!Number.isInteger(value) || (value as number) < 0) this.errors.push({ field: `${this.path}.${name}`, message: 'must be a whole number' });
    return value as number;
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
  move: ['kind', 'provisionId', 'position'],
  addSection: ['kind', 'part', 'sectionId', 'heading', 'position'],
  changeHeading: ['kind', 'sectionId', 'heading'],
  addFootnote: ['kind', 'provisionId', 'footnoteId', 'text'],
  changeFootnote: ['kind', 'provisionId', 'footnoteId', 'text'],
  suppressFootnote: ['kind', 'provisionId', 'footnoteId'],
  changeTitle: ['kind', 'title'],
  suppressSection: ['kind', 'sectionId'],
  offerAlternatives: ['kind', 'provisionId', 'baseText', 'from', 'to', 'alternatives'],
  settleBrackets: ['kind', 'provisionId', 'bracketIndex', 'choice'],
};

/**
 * Reads an amendment operation from a request body, field by field, or lists what is wrong.
 * `newId` of an added provision is filled by the caller when absent (identity is decided once).
 */
export function parseAmendmentOperation(value: unknown, path = 'operation', newId?: () => string): { operation?: AmendmentOperation; errors: FieldError[] } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { errors: [{ field: path, message: 'must be an object with a kind' }] };
  const json = value as Json;
  const kind = json.kind as AmendmentOperation['kind'];
  if (!(kind in FIELDS)) return { errors: [{ field: `${path}.kind`, message: `must be one of ${Object.keys(FIELDS).join(', ')}` }] };
  const read = new Reader(json, path);
  read.only(FIELDS[kind]);
  let operation: AmendmentOperation;
  switch (kind) {
    case 'add':
      operation = { kind, newId: json.newId === undefined && newId ? newId() : read.id('newId'), position: read.position('position') as never, text: read.text('text') };
      break;
    case 'modify':
      if ('replacements' in json) {
        const replacements = Array.isArray(json.replacements) ? json.replacements : [];
        if (!Array.isArray(json.replacements) || replacements.length === 0) read.errors.push({ field: `${path}.replacements`, message: 'must be a non-empty list' });
        operation = {
          kind,
          provisionId: read.id('provisionId'),
          baseText: read.text('baseText'),
          replacements: replacements.map((r: Json, i: number) => {
            const item = new Reader(r ?? {}, `${path}.replacements[${i}]`);
            const parsed = { from: item.int('from'), to: item.int('to'), text: item.text('text', { allowEmpty: true }) };
            read.errors.push(...item.errors);
            return parsed;
          }),
        };
      } else {
        operation = { kind, provisionId: read.id('provisionId'), oldText: read.text('oldText'), newText: read.text('newText', { allowEmpty: true }) };
      }
      break;
    case 'replaceText':
      operation = { kind, provisionId: read.id('provisionId'), text: read.text('text') };
      break;
    case 'suppress':
      operation = { kind, provisionId: read.id('provisionId') };
      break;
    case 'move':
      operation = { kind, provisionId: read.id('provisionId'), position: read.position('position') as never };
      break;
    case 'addSection':
      if (json.part !== 'preamble' && json.part !== 'operative') read.errors.push({ field: `${path}.part`, message: 'must be preamble or operative' });
      operation = { kind, part: json.part as 'preamble', sectionId: json.sectionId === undefined && newId ? newId() : read.id('sectionId'), heading: read.text('heading'), position: read.position('position') as never };
      break;
    case 'changeHeading':
      operation = { kind, sectionId: read.id('sectionId'), heading: read.text('heading') };
      break;
    case 'addFootnote':
    case 'changeFootnote':
      operation = { kind, provisionId: read.id('provisionId'), footnoteId: json.footnoteId === undefined && newId ? newId() : read.id('footnoteId'), text: read.text('text') } as AmendmentOperation;
      break;
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
      operation = { kind, provisionId: read.id('provisionId'), baseText: read.text('baseText'), from: read.int('from'), to: read.int('to'), alternatives: alternatives.map((a: string) => String(a).normalize('NFC')) };
      break;
    }
    case 'settleBrackets':
      operation = { kind, provisionId: read.id('provisionId'), bracketIndex: read.int('bracketIndex'), choice: json.choice === 'none' ? 'none' : read.int('choice') };
      break;
  }
  return read.errors.length > 0 ? { errors: read.errors } : { operation: operation!, errors: [] };
}
