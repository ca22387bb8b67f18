import { HISTORY_KINDS, HistoryKind } from '#libs/read-models';
import { readInstant } from '#libs/security';
import { openCursor, sealCursor } from '../http/keyset-cursor';

/*
 * What a request for a consultation's history asks, read from its query string. Pure:
 * every value is checked here, at the edge, and then travels to SQL only as a bound
 * parameter, so quotes, semicolons, percent signs and the like in a filter are just
 * characters of a value that matches nothing.
 */

/** Which rows of the timeline to answer. */
export interface HistoryFilter {
  /** Rows that involve this stakeholder. */
  readonly stakeholder?: string;
  /** Rows that touch this provision (or section). */
  readonly provision?: string;
  readonly kinds?: readonly HistoryKind[];
  /** Recorded at or after. */
  readonly from?: Date;
  /** Recorded before. */
  readonly to?: Date;
}

/** Where the page starts: after the last row of the page before it, or before the first row of the page after it. */
export type HistoryCursor = { readonly after: number } | { readonly before: number };

export interface HistoryRequest {
  readonly filter: HistoryFilter;
  readonly limit: number;
  readonly cursor?: HistoryCursor;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

const PARAMETERS = ['stakeholder', 'provision', 'kind', 'from', 'to', 'limit', 'cursor'] as const;
const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;
/** Stakeholder ids as the API accepts them for submitters and proposers. */
const STAKEHOLDER_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/u;
/** Provision and section ids come from importers and proposers: any visible characters, without spaces or controls. */
const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;

/** Reads `stakeholder`, `provision`, `kind` (a comma list), `from`, `to`, `limit` and `cursor`, or says what is wrong with each. */
export function parseHistoryRequest(query: Readonly<Record<string, unknown>>): Parsed<HistoryRequest> {
  const errors: FieldError[] = [];
  for (const name of Object.keys(query)) {
    if (!(PARAMETERS as readonly string[]).includes(name))
      errors.push({ field: name, message: `unknown parameter; the history is filtered by ${PARAMETERS.join(', ')}` });
  }
  const single = (name: (typeof PARAMETERS)[number]): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      errors.push({ field: name, message: `give ${name} once` });
      return undefined;
    }
    return value;
  };
  const filter: { -readonly [K in keyof HistoryFilter]: HistoryFilter[K] } = {};

  const stakeholder = single('stakeholder');
  if (stakeholder !== undefined) {
    if (STAKEHOLDER_ID.test(stakeholder)) filter.stakeholder = stakeholder;
    else errors.push({ field: 'stakeholder', message: 'must be a stakeholder id (letters, digits, . _ : @ -, at most 128)' });
  }
  const provision = single('provision');
  if (provision !== undefined) {
    if (PROVISION_ID.test(provision)) filter.provision = provision;
    else errors.push({ field: 'provision', message: 'must be a provision or section id (1 to 200 visible characters, no spaces)' });
  }
  // Several kinds come as one comma list or as the parameter repeated.
  const kindValue = query.kind;
  if (kindValue !== undefined) {
    const listed = (Array.isArray(kindValue) ? kindValue : [kindValue])
      .flatMap((value) => (typeof value === 'string' ? value.split(',') : [String(value)]))
      .map((kind) => kind.trim());
    const unknown = listed.filter((kind) => !(HISTORY_KINDS as readonly string[]).includes(kind));
    if (listed.length === 0 || unknown.length > 0) {
      errors.push({
        field: 'kind',
        message: `${unknown.length > 0 ? `unknown kind ${unknown.map((kind) => JSON.stringify(kind)).join(', ')}; ` : ''}kind is a comma list of ${HISTORY_KINDS.join(', ')}`,
      });
    } else {
      filter.kinds = [...new Set(listed as HistoryKind[])];
    }
  }
  const from = single('from');
  if (from !== undefined) {
    const at = instant(from, 'start');
    if (at) filter.from = at;
    else
      errors.push({
        field: 'from',
        message: 'must be an ISO 8601 date (YYYY-MM-DD) or date and time with its offset (2026-04-10T09:00:00Z)',
      });
  }
  const to = single('to');
  if (to !== undefined) {
    // A date names the whole day: to=2026-04-10 includes what happened on the 10th.
    const at = instant(to, 'end');
    if (at) filter.to = at;
    else
      errors.push({
        field: 'to',
        message: 'must be an ISO 8601 date (YYYY-MM-DD) or date and time with its offset (2026-04-10T18:00:00Z)',
      });
  }
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime())
    errors.push({ field: 'from', message: 'the period must end after it starts' });

  const limitValue = single('limit');
  const limit = limitValue === undefined ? DEFAULT_PAGE_SIZE : /^\d{1,3}$/u.test(limitValue) ? Number(limitValue) : NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    errors.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` });
  const cursorValue = single('cursor');
  const cursor = cursorValue === undefined ? undefined : decodeHistoryCursor(cursorValue);
  if (cursorValue !== undefined && !cursor) errors.push({ field: 'cursor', message: 'is not one this service issued' });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { filter, limit, ...(cursor ? { cursor } : {}) } };
}

/** The opaque cursor of the page after (or before) the row at a position. */
export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return sealCursor('after' in cursor ? { after: cursor.after } : { before: cursor.before });
}

/** Undefined when the cursor is not one this service issued. */
export function decodeHistoryCursor(cursor: string): HistoryCursor | undefined {
  const opened = openCursor(cursor) as { after?: unknown; before?: unknown } | null | undefined;
  const position = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (position(opened?.after)) return { after: opened!.after as number };
  if (position(opened?.before)) return { before: opened!.before as number };
  return undefined;
}

function instant(value: string, edge: 'start' | 'end'): Date | undefined {
  return readInstant(value, { dateAlone: edge });
}
