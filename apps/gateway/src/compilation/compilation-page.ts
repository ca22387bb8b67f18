import { COMPILATION_PAGE_SIZE, CompilationFilter } from '#libs/web';
import { AMENDMENT_STATUSES_FOR_FILTER } from '../documents/amendment-filters';

/** The largest page of a compilation, in paragraphs (and sections' own proposals). */
export const MAX_COMPILATION_PAGE = 100;

/** A page of the compilation, filtered: by the web page's filter (`filterCompilation`), and to one provision or section. */
export interface CompilationPageRequest extends CompilationFilter {
  /** A provision's or a section's id: only the proposals on it. */
  readonly provision?: string;
  /** Paragraphs (and sections' own proposals) on a page. */
  readonly limit: number;
}

/** The query parameters that ask for a page; none of them: the whole compilation. */
export interface CompilationPageQuery {
  readonly page?: string;
  readonly limit?: string;
  readonly status?: string;
  readonly proposer?: string;
  readonly provision?: string;
  readonly show?: string;
}

export type PageRequestOutcome =
  | { readonly ok: true; readonly value: CompilationPageRequest | undefined }
  | { readonly ok: false; readonly errors: readonly { readonly field: string; readonly message: string }[] };

const ID = /^[\p{L}\p{N}._:-]{1,200}$/u;

/** Reads the page and filter of `GET /documents/{id}/compilation`, or the parameters that are malformed. */
export function compilationPageRequest(query: CompilationPageQuery): PageRequestOutcome {
  if (Object.values(query).every((value) => value === undefined)) return { ok: true, value: undefined };
  const errors: { field: string; message: string }[] = [];
  const whole = (field: 'page' | 'limit', fallback: number, max: number) => {
    const raw = query[field];
    if (raw === undefined) return fallback;
    const value = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= 1 && value <= max)) errors.push({ field, message: `must be a whole number from 1 to ${max}` });
    return value;
  };
  const page = whole('page', 1, 999_999);
  const limit = whole('limit', COMPILATION_PAGE_SIZE, MAX_COMPILATION_PAGE);
  const { status, proposer, provision, show } = query;
  if (status !== undefined && !(AMENDMENT_STATUSES_FOR_FILTER as readonly string[]).includes(status))
    errors.push({ field: 'status', message: `must be one of ${AMENDMENT_STATUSES_FOR_FILTER.join(', ')}` });
  for (const [field, value] of [
    ['proposer', proposer],
    ['provision', provision],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || !ID.test(value))) errors.push({ field, message: 'must be an id' });
  }
  if (show !== undefined && show !== 'all' && show !== 'proposals') errors.push({ field: 'show', message: 'must be all or proposals' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      page,
      limit,
      show: show === 'proposals' ? 'proposals' : 'all',
      ...(status !== undefined ? { status } : {}),
      ...(proposer !== undefined ? { proposer } : {}),
      ...(provision !== undefined ? { provision } : {}),
    },
  };
}

/** The address of another page of the same compilation, with the same filter and format. */
export function compilationPageLink(
  documentId: string,
  request: CompilationPageRequest,
  page: number,
  extra: { readonly version?: number; readonly format?: string },
): string {
  const query = new URLSearchParams();
  if (extra.version !== undefined) query.set('version', String(extra.version));
  if (extra.format !== undefined) query.set('format', extra.format);
  if (request.status !== undefined) query.set('status', request.status);
  if (request.proposer !== undefined) query.set('proposer', request.proposer);
  if (request.provision !== undefined) query.set('provision', request.provision);
  if (request.show === 'proposals') query.set('show', 'proposals');
  query.set('limit', String(request.limit));
  query.set('page', String(page));
  return `/api/v1/documents/${encodeURIComponent(documentId)}/compilation?${query}`;
}
