/**
 * Repeated keys in a JSON object. JSON.parse keeps the last of them, so `{"restricted":true,
 * ..., "restricted":false}` passes a review (or a policy check) of the first and acts on the
 * second; RFC 8259 leaves such objects undefined and RFC 7493 (I-JSON) forbids them. A
 * parser's reviver sees only the survivor, so the bytes are scanned before parsing.
 */

/** The first key that repeats in its object: the key (unescaped), its JSON path, and the byte offset of the repetition. */
export interface DuplicateKey {
  readonly key: string;
  readonly path: string;
  readonly offset: number;
}

interface ObjectFrame {
  readonly kind: 'object';
  readonly path: string;
  readonly keys: Set<string>;
  /** The key whose value is being read. */
  key: string;
  /** The next string is a key (after `{` or a `,`), not a value. */
  expectKey: boolean;
}

interface ArrayFrame {
  readonly kind: 'array';
  readonly path: string;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The path of a member, in the form the policy's errors use: `substance.amendments[2].operation`. */
function memberPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function childPath(frame: ObjectFrame | ArrayFrame | undefined): string {
  if (frame === undefined) return '';
  return frame.kind === 'object' ? memberPath(frame.path, frame.key) : `${frame.path}[${frame.index}]`;
}

/**
 * Scans a JSON text once, keeping for each open object the keys it has seen (after JSON
 * unescaping, so `"a"` and `"\u0061"` are the same key). Answers the first repetition, or
 * undefined. Text that is not JSON is left to the parser, which refuses it.
 */
export function firstDuplicateKey(bytes: Uint8Array): DuplicateKey | undefined {
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      let end = i + 1;
      let escaped = false;
      while (end < bytes.length && bytes[end] !== QUOTE) {
        if (bytes[end] === BACKSLASH) {
          escaped = true;
          end++;
        }
        end++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = decodeKey(bytes, i, end, escaped);
        if (key === undefined) return undefined; // not JSON: the parser says so
        if (top.keys.has(key)) return { key, path: memberPath(top.path, key), offset: i };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
      continue;
    }
    switch (byte) {
      case 0x7b: // {
        stack.push({ kind: 'object', path: childPath(stack[stack.length - 1]), keys: new Set(), key: '', expectKey: true });
        break;
      case 0x5b: // [
        stack.push({ kind: 'array', path: childPath(stack[stack.length - 1]), index: 0 });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x2c: {
        // ,
        const top = stack[stack.length - 1];
        if (top?.kind === 'object') top.expectKey = true;
        else if (top?.kind === 'array') top.index++;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

function decodeKey(bytes: Uint8Array, start: number, end: number, escaped: boolean): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(end + 1, bytes.length) - start).toString('utf8');
  if (!escaped) return text.slice(1, -1);
  try {
    const key: unknown = JSON.parse(text);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first field name repeated in URL-encoded form fields, among those not meant to repeat
 * (check boxes and lists the form gathers are named in `repeatable`), or undefined.
 */
export function firstRepeatedField(names: Iterable<string>, repeatable: ReadonlySet<string>): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    if (repeatable.has(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}
