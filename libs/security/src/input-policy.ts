/**
 * The input policy: what a text the service records may contain. Negotiation texts are
 * political, and a character that cannot be seen can make a proposal read differently from
 * what it is (a right-to-left override turns "30" into "03" on screen), make two symbols
 * look alike while they differ, or smuggle a payload past a reviewer. Pure functions: the
 * HTTP edge applies them to every string of every request (body, query and path).
 */

/**
 * How strict a field is:
 * - `identifier`: ids, codes and enumerations: no control, format, private-use or line-separator character at all;
 * - `symbol`: what people read as a name (a document symbol, a version label, a provision label,
 *   an agenda item): as an identifier, and its letters are not a mix of Latin, Cyrillic and Greek;
 * - `prose`: titles, texts, reasons: tabs and line breaks, and only the format characters the
 *   writing of the six UN languages needs (see PROSE_FORMAT_CHARACTERS).
 */
export type TextKind = 'identifier' | 'symbol' | 'prose';

export type TextViolationCode =
  'lone-surrogate' | 'bidi-control' | 'invisible-format' | 'control' | 'noncharacter' | 'private-use' | 'line-separator' | 'mixed-script';

/** Why a text is refused: the first offending character and where it stands. */
export interface TextViolation {
  readonly code: TextViolationCode;
  /** "U+202E" */
  readonly codePoint: string;
  /** Offset in UTF-16 code units from the start of the text as received (before NFC). */
  readonly offset: number;
  /** A sentence naming the character, its offset and why: fit for a problem's `errors`. */
  readonly message: string;
}

/** Names of the characters people meet in disguised text, for messages a person can act on. */
const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
  0x0000: 'NULL',
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x001b: 'ESCAPE',
  0x007f: 'DELETE',
};

/**
 * The format characters prose may carry, and where: the directional marks (they place
 * neutral characters such as digits and brackets in Arabic text and hide nothing), and the
 * joiners between two letters, where they choose a letter's shape (Persian and Urdu words,
 * Indic conjuncts). Every other format character (bidi embeddings, overrides and isolates,
 * zero-width spaces, word joiners, invisible operators, the BOM, soft hyphens, tags) is refused.
 */
export const PROSE_FORMAT_CHARACTERS: Readonly<Record<number, 'anywhere' | 'between-letters'>> = {
  0x061c: 'anywhere',
  0x200e: 'anywhere',
  0x200f: 'anywhere',
  0x200c: 'between-letters',
  0x200d: 'between-letters',
};

const FORMAT = /^\p{Cf}$/u;
const PRIVATE_USE = /^\p{Co}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const CONFUSABLE_SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /^\p{Script=Latin}$/u],
  ['Cyrillic', /^\p{Script=Cyrillic}$/u],
  ['Greek', /^\p{Script=Greek}$/u],
];

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${hex} ${name}` : hex;
}

function hexOf(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const NOUNS: Readonly<Record<TextViolationCode, string>> = {
  'lone-surrogate': 'a lone surrogate',
  'bidi-control': 'the bidirectional control',
  'invisible-format': 'the invisible formatting character',
  control: 'the control character',
  noncharacter: 'the noncharacter',
  'private-use': 'the private-use character',
  'line-separator': 'the line separator',
  'mixed-script': 'the letter',
};

/** "contains the bidirectional control U+202E at offset 6 (RIGHT-TO-LEFT OVERRIDE): why" */
function violation(code: TextViolationCode, codePoint: number, offset: number, why: string): TextViolation {
  const name = NAMES[codePoint] ?? (code === 'mixed-script' ? String.fromCodePoint(codePoint) : undefined);
  const named = name ? ` (${name})` : '';
  return {
    code,
    codePoint: hexOf(codePoint),
    offset,
    message: `contains ${NOUNS[code]} ${hexOf(codePoint)} at offset ${offset}${named}: ${why}`,
  };
}

function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}

function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isBidiControl(codePoint: number): boolean {
  return (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

/** The code point that starts at `index`, or undefined past the end; a lone surrogate is returned as itself. */
function codePointAt(text: string, index: number): number | undefined {
  return index < text.length ? text.codePointAt(index) : undefined;
}

function isLetterAt(text: string, index: number): boolean {
  const codePoint = codePointAt(text, index);
  return codePoint !== undefined && LETTER.test(String.fromCodePoint(codePoint));
}

function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isLetterAt(text, start);
}

/** The first character that breaks the policy for this kind of field, or undefined when the text is clean. */
export function checkText(text: string, kind: TextKind): TextViolation | undefined {
  const strict = kind !== 'prose';
  let firstScript: string | undefined;
  for (let offset = 0; offset < text.length;) {
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(offset + 1);
      const paired = unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      if (!paired) {
        return violation('lone-surrogate', unit, offset, 'half of a UTF-16 pair is not a character and cannot be stored as UTF-8');
      }
    }
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = String.fromCodePoint(codePoint);

    if (isBidiControl(codePoint)) {
      return violation(
        'bidi-control',
        codePoint,
        offset,
        'bidirectional embeddings, overrides and isolates can make a text read differently from what it is; remove it',
      );
    }
    if (isControl(codePoint)) {
      const allowed = !strict && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d);
      if (!allowed)
        return violation(
          'control',
          codePoint,
          offset,
          strict
            ? 'control characters, tabs and line breaks have no place in an identifier or a symbol'
            : 'control characters other than tab and line breaks are refused',
        );
    }
    if (isNoncharacter(codePoint)) return violation('noncharacter', codePoint, offset, 'a noncharacter is not text');
    if (FORMAT.test(char)) {
      const where = strict ? undefined : PROSE_FORMAT_CHARACTERS[codePoint];
      const allowed =
        where === 'anywhere' || (where === 'between-letters' && letterBefore(text, offset) && isLetterAt(text, offset + width));
      if (!allowed) {
        const why = strict
          ? 'invisible formatting characters are refused in identifiers and symbols, where they make two names look alike while they differ'
          : where === 'between-letters'
            ? 'a joiner is accepted only between two letters, where it chooses their shape'
            : 'invisible formatting characters can disguise a text; only the directional marks (U+200E, U+200F, U+061C) and joiners between letters are accepted in prose';
        return violation('invisible-format', codePoint, offset, why);
      }
    }
    if (strict) {
      if (codePoint === 0x2028 || codePoint === 0x2029)
        return violation('line-separator', codePoint, offset, 'line breaks have no place in an identifier or a symbol');
      if (PRIVATE_USE.test(char))
        return violation('private-use', codePoint, offset, 'private-use characters show as whatever a font puts there');
    }
    if (kind === 'symbol') {
      const script = CONFUSABLE_SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
      if (script && firstScript === undefined) firstScript = script;
      else if (script && script !== firstScript) {
        return violation(
          'mixed-script',
          codePoint,
          offset,
          `a ${script} letter among ${firstScript} letters makes a symbol look like another; write it in one script`,
        );
      }
    }
    offset += width;
  }
  return undefined;
}

/** A text as it is recorded: checked, then normalised to NFC; or why it is refused. */
export function cleanText(
  text: string,
  kind: TextKind,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly violation: TextViolation } {
  const found = checkText(text, kind);
  return found ? { ok: false, violation: found } : { ok: true, text: text.normalize('NFC') };
}
