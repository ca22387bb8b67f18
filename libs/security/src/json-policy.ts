/**
 * The input policy over a whole request: every string of a JSON body, a query or a path
 * parameter is checked by the kind of field it stands in, and normalised to NFC; keys are
 * identifiers; the keys that reach an object's prototype are refused.
 */
import { TextKind, checkText } from './input-policy';

/** One field that breaks the policy, for a problem's `errors`. */
export interface FieldViolation {
  /** The path of the field: `title`, `substance.amendments[2].operation.newText`. */
  readonly field: string;
  readonly message: string;
  /** The offending character ("U+202E") and its offset, when a character is at fault. */
  readonly codePoint?: string;
  readonly offset?: number;
}

// Ids, codes and enumerations, by the name of the field that holds them (or of the list).
const IDENTIFIER_FIELDS = new Set([
  'id',
  'kind',
  'language',
  'originalLanguage',
  'style',
  'part',
  'ruling',
  'to',
  'from',
  'category',
  'region',
  'corrects',
  'onBehalfOf',
  'date',
  'chairs',
  'submitters',
  'coSponsors',
  'proposers',
  'choice',
  'before',
  'after',
  'atEndOf',
  'asChildOf',
  'beforeSection',
  'afterSection',
  'atEndOfPart',
  'format',
  'status',
  'cursor',
  'limit',
  'version',
  'position',
  'asOf',
  'stakeholder',
  'provision',
  'consultation',
  'actor',
]);
// What people read as a name: a symbol, a version or provision label, an agenda item.
const SYMBOL_FIELDS = new Set(['symbol', 'versionLabel', 'label', 'agendaItem']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The kind of text a field holds, by its name: ids and codes, symbols, or prose. */
export function textKindOfField(name: string | undefined): TextKind {
  if (name === undefined) return 'prose';
  if (SYMBOL_FIELDS.has(name)) return 'symbol';
  if (IDENTIFIER_FIELDS.has(name) || /[a-z]Ids?$/.test(name)) return 'identifier';
  return 'prose';
}

export interface JsonPolicyOptions {
  /** The name of the value itself (a query parameter, a body field), when it is not the whole body. */
  readonly root?: string;
  /** The deepest nesting of arrays and objects accepted. */
  readonly maxDepth: number;
  /** The kind of a field by its name; textKindOfField unless given. */
  readonly kindOf?: (fieldName: string | undefined) => TextKind;
}

/**
 * Checks every string and key of a parsed JSON value (or a query, or a parameter) and
 * normalises strings to NFC in place. Answers every violation found, each with its path.
 */
export function applyJsonPolicy(value: unknown, options: JsonPolicyOptions): { value: unknown; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const kindOf = options.kindOf ?? textKindOfField;

  const visit = (current: unknown, path: string, name: string | undefined, depth: number): unknown => {
    if (typeof current === 'string') {
      const found = checkText(current, kindOf(name));
      if (found) {
        violations.push({ field: path || name || '(body)', message: found.message, codePoint: found.codePoint, offset: found.offset });
        return current;
      }
      return current.normalize('NFC');
    }
    if (current === null || typeof current !== 'object') return current;
    if (depth >= options.maxDepth) {
      violations.push({ field: path || '(body)', message: `is nested deeper than ${options.maxDepth} levels` });
      return current;
    }
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) current[i] = visit(current[i], `${path}[${i}]`, name, depth + 1);
      return current;
    }
    const record = current as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        violations.push({ field, message: `the key ${key} is refused` });
        continue;
      }
      const badKey = checkText(key, 'identifier');
      if (badKey) {
        violations.push({ field, message: `the key ${badKey.message}`, codePoint: badKey.codePoint, offset: badKey.offset });
        continue;
      }
      record[key] = visit(record[key], field, key, depth + 1);
    }
    return record;
  };

  const result = visit(value, options.root ?? '', options.root, 0);
  return { value: result, violations };
}
