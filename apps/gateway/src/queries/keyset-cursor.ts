/**
 * The opaque cursor of a keyset-paginated list: the sort key and the id of the last row of
 * the page, so a page stays stable while new rows arrive.
 */
export interface KeysetCursor {
  readonly key: string;
  readonly id: string;
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Undefined when the cursor is not one this service issued. */
export function decodeKeysetCursor(cursor: string): KeysetCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [key, id] = value;
    if (typeof key !== 'string' || typeof id !== 'string' || id === '') return undefined;
    return { key, id };
  } catch {
    return undefined;
  }
}
