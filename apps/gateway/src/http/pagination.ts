import { ProblemException, problem } from '#libs/runtime';

const MAX_PAGE_SIZE = 100;

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', `${field} ${message}`, { errors: [{ field, message }] }));
}

/**
 * Reads `limit` and `cursor` of a keyset-paginated list, or answers 400 naming the
 * parameter. Every list's cursor goes through here (or its own parser, the history's) and
 * through keyset-cursor, which signs them: a cursor is only ever one a gateway issued.
 */
export function pageParameters<Cursor>(
  limitParam: string | undefined,
  cursorParam: string | undefined,
  decode: (cursor: string) => Cursor | undefined,
): { limit: number; cursor?: Cursor } {
  const limit = limitParam === undefined ? 20 : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw invalid('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  if (cursorParam === undefined) return { limit };
  const cursor = typeof cursorParam === 'string' ? decode(cursorParam) : undefined;
  if (!cursor) throw invalid('cursor', 'is not one this service issued');
  return { limit, cursor };
}

/** The answer, or 404 problem details when the read model has no such thing (yet). */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new ProblemException(problem(404, 'not-found', 'Not found', `No ${what} (yet: what was just recorded appears once projected).`));
  }
  return value;
}
