import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * The cursors of every keyset-paginated list, in one place. A cursor is opaque and
 * tamper-evident: its JSON payload travels with an HMAC-SHA256 tag, so a client can hand
 * back only what a gateway issued, and each list still checks the payload it reads (a
 * date in range, an id of its kind) before the payload reaches SQL.
 */

const TAG_BYTES = 16;
const MAX_CURSOR_LENGTH = 2048;
const CURSOR = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{22})$/;

let cursorKey: Buffer = randomBytes(32);

/**
 * Keys the cursors with a secret every gateway shares (INTERNAL_API_TOKEN in the full mode),
 * so that a cursor one gateway issued is honoured by the others; without one (the embedded
 * default, one process) a key of this process, so cursors last as long as it does.
 */
export function useCursorSecret(secret: string | undefined): void {
  cursorKey = secret ? createHmac('sha256', 'consultation-ledger/cursor-key/v1').update(secret).digest() : randomBytes(32);
}

function tagOf(payload: string): Buffer {
  return createHmac('sha256', cursorKey).update(payload).digest().subarray(0, TAG_BYTES);
}

/** The opaque cursor carrying `value` (anything JSON holds), signed. */
export function sealCursor(value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${tagOf(payload).toString('base64url')}`;
}

/** What a cursor this service issued carries, or undefined for anything else (unsigned, tampered, signed with another key). */
export function openCursor(cursor: string): unknown {
  if (cursor.length > MAX_CURSOR_LENGTH) return undefined;
  const parts = CURSOR.exec(cursor);
  if (!parts) return undefined;
  // Compared as text: base64 decoding ignores the spare bits of the last character, so the
  // bytes alone would let a cursor be changed without its tag changing.
  const given = Buffer.from(parts[2]);
  const expected = Buffer.from(tagOf(parts[1]).toString('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The cursor of a keyset-paginated list: the sort key and the id of the last row of the
 * page, so a page stays stable while new rows arrive.
 */
export interface KeysetCursor {
  readonly key: string;
  readonly id: string;
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return sealCursor([cursor.key, cursor.id]);
}

/** Undefined when the cursor is not one this service issued. */
export function decodeKeysetCursor(cursor: string): KeysetCursor | undefined {
  const value = openCursor(cursor);
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [key, id] = value as unknown[];
  if (typeof key !== 'string' || typeof id !== 'string' || id === '' || id.length > 300 || key.length > 1000) return undefined;
  return { key, id };
}
