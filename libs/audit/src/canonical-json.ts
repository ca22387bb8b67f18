/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): one exact text for a JSON value, whatever
 * order its keys were written in and however its numbers were spelled, so that a hash of
 * it can be recomputed from any faithful copy (PostgreSQL jsonb, a Kafka message, a file).
 *
 * - objects: members sorted by their names compared as UTF-16 code units, no whitespace;
 * - strings: `"` and `\` escaped, U+0000..U+001F as \b \t \n \f \r or \u00xx (lowercase),
 *   everything else as itself, encoded in UTF-8 by the caller;
 * - numbers: ECMAScript's shortest round-trip form (Number.prototype.toString), -0 as 0;
 * - true, false, null as such; arrays in their order.
 *
 * Only JSON values are accepted: a lone surrogate, a non-finite number, `undefined`, a
 * bigint, a function or an object that is not a plain object or array is refused, since
 * no JSON store could hold it faithfully.
 */

export class CanonicalizationError extends Error {
  constructor(
    /** Where in the value the refused part is (`payload.items[2].text`); empty for the value itself. */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot canonicalize ${path || 'the value'}: ${reason}`);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ANY_SURROGATE = /[\ud800-\udfff]/;
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The RFC 8785 canonical text of a JSON value. */
export function canonicalJson(value: unknown): string {
  return write(value);
}

// The path of a refused value is built only on the way out of a refusal, not for every value written.
function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return writeString(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalizationError('', `${value} is not a JSON number`);
      // ECMAScript's Number::toString, which RFC 8785 adopts; it gives "0" for -0 too.
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return writeArray(value);
      return writeObject(value as Record<string, unknown>);
    default:
      throw new CanonicalizationError('', `a ${typeof value} is not a JSON value`);
  }
}

function writeString(value: string): string {
  // Most text (Arabic included) needs no escape and holds no surrogate: quoting it is all there is to do.
  if (!NEEDS_CARE.test(value)) return `"${value}"`;
  if (ANY_SURROGATE.test(value) && LONE_SURROGATE.test(value)) {
    throw new CanonicalizationError('', 'the string holds a lone UTF-16 surrogate');
  }
  // For well-formed strings JSON.stringify escapes exactly what RFC 8785 escapes, the same way.
  return JSON.stringify(value);
}

function writeArray(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    try {
      out += write(value[i]);
    } catch (error) {
      throw within(error, `[${i}]`);
    }
  }
  return out + ']';
}

function writeObject(value: Record<string, unknown>): string {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalizationError('', `a ${prototype?.constructor?.name ?? 'non-plain'} object is not a JSON value`);
  }
  // Array.prototype.sort compares strings by UTF-16 code units: RFC 8785's order.
  const keys = Object.keys(value).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (i > 0) out += ',';
    try {
      out += writeString(key);
      out += ':';
      out += write(value[key]);
    } catch (error) {
      throw within(error, `.${key}`);
    }
  }
  return out + '}';
}

function within(error: unknown, step: string): unknown {
  if (!(error instanceof CanonicalizationError)) return error;
  // Inner paths come without a leading dot ("b", "[2].c"): put it back between a step and a member name.
  const inner = error.path === '' || error.path.startsWith('[') ? error.path : `.${error.path}`;
  const path = step + inner;
  return new CanonicalizationError(path.startsWith('.') ? path.slice(1) : path, error.reason);
}
