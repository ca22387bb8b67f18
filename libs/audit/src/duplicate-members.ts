/**
 * Duplicate member names in JSON text. JSON.parse keeps the last of two members of the same
 * name and says nothing, while another parser may keep the first: a line of the audit bundle
 * with a duplicate name means two different things to two readers, and the hash covers only
 * one of them. RFC 8259 leaves such objects' meaning undefined; the bundle refuses them.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

interface Frame {
  /** Member names seen so far; undefined for an array. */
  readonly names?: Set<string>;
  readonly parent?: Frame;
  /** The name of the member being read (objects only). */
  current?: string;
  /** The index of the element being read (arrays only). */
  index: number;
  expectingName: boolean;
}

/**
 * The path of the first member whose name its object already holds (`event.payload.ruling`),
 * or undefined when there is none. The text must be JSON that JSON.parse accepted.
 */
export function firstDuplicateMember(text: string): string | undefined {
  // One pass; strings are skipped with indexOf, only member names are looked at, and a path is built only for a duplicate.
  let top: Frame | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (top?.names && top.expectingName) {
        const raw = text.slice(i + 1, end);
        const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.names.has(name)) return join(pathOf(top.parent), name);
        top.names.add(name);
        top.current = name;
        top.expectingName = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) {
      top = { names: new Set(), parent: top, index: 0, expectingName: true };
    } else if (c === OPEN_ARRAY) {
      top = { parent: top, index: 0, expectingName: false };
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      top = top?.parent;
    } else if (c === COMMA && top) {
      if (top.names) top.expectingName = true;
      else top.index++;
    }
  }
  return undefined;
}

/** Where in the line the value being read in this frame's parent chain is. */
function pathOf(frame: Frame | undefined): string {
  if (!frame) return '';
  if (frame.names) return frame.current === undefined ? pathOf(frame.parent) : join(pathOf(frame.parent), frame.current);
  return `${pathOf(frame.parent)}[${frame.index}]`;
}

function join(path: string, name: string): string {
  const step = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
  return path === '' ? step : `${path}.${step}`;
}

/** The index of the quote that closes the string opening at `open`. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return text.length;
    // A quote preceded by an odd number of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}
