/**
 * Checks a request body as bytes, before it is parsed: invalid UTF-8 (which a decoder would
 * silently replace), nesting deeper than any request of the API needs (which costs the
 * parser and every walker after it) and a key repeated in one object (which the parser would
 * resolve silently, the last one winning) are refused with the byte offset where they start.
 */
import { isUtf8 } from 'node:buffer';
import { firstDuplicateKey } from './duplicate-keys';

export type RawBodyProblem =
  | { readonly code: 'invalid-utf8'; readonly offset: number; readonly message: string }
  | { readonly code: 'too-deep'; readonly offset: number; readonly message: string }
  | { readonly code: 'duplicate-key'; readonly offset: number; readonly message: string; readonly key: string; readonly path: string };

/** The byte offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    let codePoint: number;
    if (byte >= 0xc2 && byte <= 0xdf) [length, min, codePoint] = [2, 0x80, byte & 0x1f];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min, codePoint] = [3, 0x800, byte & 0x0f];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min, codePoint] = [4, 0x10000, byte & 0x07];
    else return i;
    if (i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const continuation = bytes[i + k];
      if ((continuation & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates encoded as UTF-8, and code points past U+10FFFF.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/** The deepest nesting of arrays and objects in a JSON text, stopping at the first place that passes `maxDepth`. */
function firstTooDeepOffset(bytes: Uint8Array, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return -1;
}

/** Why a JSON body is refused before parsing, or undefined. */
export function checkRawJsonBody(bytes: Uint8Array, maxDepth: number): RawBodyProblem | undefined {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Offset(bytes);
    return { code: 'invalid-utf8', offset, message: `The request body is not valid UTF-8 (at byte ${offset}).` };
  }
  const deep = firstTooDeepOffset(bytes, maxDepth);
  if (deep >= 0) {
    return {
      code: 'too-deep',
      offset: deep,
      message: `The request body nests arrays and objects deeper than ${maxDepth} levels (at byte ${deep}).`,
    };
  }
  const duplicate = firstDuplicateKey(bytes);
  if (duplicate) {
    const { key, path, offset } = duplicate;
    return {
      code: 'duplicate-key',
      offset,
      key,
      path,
      message: `The key ${JSON.stringify(key)} is repeated in one object, at ${path} (byte ${offset}).`,
    };
  }
  return undefined;
}
