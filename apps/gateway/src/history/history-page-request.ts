import { HistoryCursor, HistoryFilter, parseHistoryRequest } from './history-request';

/*
 * What the history page asks, read from its query string: the filters a reader chose
 * (kind of entry, stakeholder, dates), where the page stands, and the moment the text is
 * shown as of. Links carry positions, not sealed cursors, so a page's address stays the
 * same for every reader and every gateway: it can be bookmarked and sent to a colleague.
 */

/** Entries to a page of the history page. */
export const HISTORY_PAGE_SIZE = 50;

/** The position before which the latest page ends: after every row there will ever be. */
export const LATEST = Number.MAX_SAFE_INTEGER;

const FILTERS = ['kind', 'stakeholder', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

export interface HistoryPageRequest {
  readonly filter: HistoryFilter;
  /** The filters as given, those that could be read. */
  readonly given: Partial<Record<FilterName, string>>;
  /** The filters given that could not be read: left out, and named on the page. */
  readonly invalid: FilterName[];
  readonly cursor: HistoryCursor;
  readonly position?: number;
}

const POSITION = /^\d{1,15}$/u;

/**
 * Reads the page's query: each filter alone, so that one that cannot be read is left out
 * (and named) while the others still apply; `after` or `before` a position, else the page
 * that ends at the moment chosen, else the latest page.
 */
export function historyPageRequest(query: Readonly<Record<string, unknown>>): HistoryPageRequest {
  const given: Partial<Record<FilterName, string>> = {};
  const invalid: FilterName[] = [];
  let filter: HistoryFilter = {};
  for (const name of FILTERS) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    const parsed = parseHistoryRequest({ [name]: value });
    if (parsed.ok && typeof value === 'string') {
      given[name] = value;
      filter = { ...filter, ...parsed.value.filter };
    } else invalid.push(name);
  }
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
    invalid.push('from');
    delete given.from;
    const { from: _from, ...rest } = filter;
    filter = rest;
  }
  const number = (name: string) => {
    const value = query[name];
    return typeof value === 'string' && POSITION.test(value) ? Number(value) : undefined;
  };
  const after = number('after');
  const before = number('before');
  const position = number('position');
  const cursor: HistoryCursor =
    after !== undefined
      ? { after }
      : before !== undefined
        ? { before }
        : position !== undefined
          ? { before: position + 1 }
          : { before: LATEST };
  return { filter, given, invalid, cursor, ...(position !== undefined ? { position } : {}) };
}
