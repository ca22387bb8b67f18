/*
 * Which paragraphs and proposals of a compilation are shown, and on which page: the one
 * filter and paging of the compilation, used by its web page and by its API
 * (`GET /documents/{id}/compilation?status=&proposer=&page=&limit=`). It reads only the
 * proposals' status and parties, so the API can page before it lays out any proposal.
 */

/** What a proposal must carry to be filtered. */
export interface FilterableProposal {
  readonly status: string;
  readonly proposers: readonly { readonly id: string }[];
  readonly coSponsors: readonly { readonly id: string }[];
}

/** A compilation as the filter reads it: sections in order, each with its own proposals and its paragraphs'. */
export interface FilterableCompilation<P extends FilterableProposal> {
  readonly sections: readonly {
    readonly id: string;
    readonly proposals: readonly P[];
    readonly provisions: readonly { readonly id: string; readonly proposals: readonly P[] }[];
  }[];
}

/** What the compilation shows: which paragraphs, which proposals, which page. */
export interface CompilationFilter {
  readonly show: 'proposals' | 'all';
  readonly status?: string;
  readonly proposer?: string;
  readonly page: number;
}

/** Entries (a section's own proposals, a paragraph) on one page of the compilation. */
export const COMPILATION_PAGE_SIZE = 40;
/**
 * Entries on one page of the chair's web compilation: half the API's, so that a page of
 * proposals, each with its compact ruling form, stays within the pages' budget of HTML (issue 22).
 */
export const CHAIR_COMPILATION_PAGE_SIZE = 20;
/** Above this many paragraphs the chair first sees only those with proposals. */
export const MANY_PARAGRAPHS = 12;

/** The filter a chair starts with: only paragraphs with proposals when the text is long. */
export function defaultShow(compilation: FilterableCompilation<FilterableProposal>, isChair: boolean): CompilationFilter['show'] {
  const paragraphs = compilation.sections.reduce((sum, section) => sum + section.provisions.length, 0);
  return isChair && paragraphs > MANY_PARAGRAPHS ? 'proposals' : 'all';
}

/** Whether a proposal passes the status and proposer filters. */
export function proposalMatches(filter: Omit<CompilationFilter, 'show' | 'page'>, proposal: FilterableProposal): boolean {
  if (filter.status && proposal.status !== filter.status) return false;
  if (
    filter.proposer &&
    !proposal.proposers.some((p) => p.id === filter.proposer) &&
    !proposal.coSponsors.some((p) => p.id === filter.proposer)
  )
    return false;
  return true;
}

/** One entry of the compilation's table: a section's heading with its own proposals, or a paragraph with its. */
export interface CompilationEntry<P extends FilterableProposal = FilterableProposal> {
  readonly kind: 'section' | 'provision';
  readonly id: string;
  readonly proposals: readonly P[];
}

/** The entries a filter keeps, in the order printed, and the page of them to show. */
export interface FilteredCompilation<P extends FilterableProposal = FilterableProposal> {
  readonly entries: readonly CompilationEntry<P>[];
  /** Ids of the entries on the page asked (clamped to the pages there are). */
  readonly onPage: ReadonlySet<string>;
  readonly page: number;
  readonly pages: number;
  /** Paragraphs kept by the filter, and in the text. */
  readonly shown: number;
  readonly total: number;
}

/** Keeps the entries a filter asks for: with "proposals" only those with a proposal that passes it; section headings always stay. */
export function filterCompilation<P extends FilterableProposal>(
  compilation: FilterableCompilation<P>,
  filter: CompilationFilter,
  pageSize = COMPILATION_PAGE_SIZE,
): FilteredCompilation<P> {
  const narrowed = filter.status !== undefined || filter.proposer !== undefined;
  const entries: CompilationEntry<P>[] = [];
  let total = 0;
  for (const section of compilation.sections) {
    const own = section.proposals.filter((p) => proposalMatches(filter, p));
    const paragraphs: CompilationEntry<P>[] = [];
    for (const provision of section.provisions) {
      total += 1;
      const kept = provision.proposals.filter((p) => proposalMatches(filter, p));
      if (kept.length > 0 || (filter.show === 'all' && !narrowed))
        paragraphs.push({ kind: 'provision', id: provision.id, proposals: kept });
    }
    // A section's heading stays above the paragraphs kept under it, so that each reads in its place.
    if (filter.show === 'all' || own.length > 0 || paragraphs.length > 0) entries.push({ kind: 'section', id: section.id, proposals: own });
    entries.push(...paragraphs);
  }
  const paragraphs = entries.filter((entry) => entry.kind === 'provision');
  const pages = Math.max(1, Math.ceil(paragraphs.length / pageSize));
  const page = Math.min(Math.max(1, filter.page), pages);
  // A page is counted in paragraphs; a section heading goes with the paragraphs after it.
  const onPage = new Set<string>();
  let index = -1;
  let pendingSections: string[] = [];
  for (const entry of entries) {
    if (entry.kind === 'section') {
      pendingSections.push(entry.id);
      // A section's own proposals make it an entry worth a page of its own place.
      if (entry.proposals.length > 0 && Math.floor(Math.max(index, 0) / pageSize) + 1 === page) onPage.add(entry.id);
      continue;
    }
    index += 1;
    if (Math.floor(index / pageSize) + 1 === page) {
      for (const id of pendingSections) onPage.add(id);
      onPage.add(entry.id);
    }
    pendingSections = [];
  }
  if (paragraphs.length === 0) for (const entry of entries) onPage.add(entry.id);
  return { entries, onPage, page, pages, shown: paragraphs.length, total };
}

/** The page of the compilation, under a filter, on which an entry (a paragraph or a section) stands. */
export function pageOf(filtered: FilteredCompilation, entryId: string, pageSize = COMPILATION_PAGE_SIZE): number {
  let index = -1;
  for (const entry of filtered.entries) {
    if (entry.kind === 'provision') index += 1;
    if (entry.id === entryId) return Math.floor(Math.max(index, 0) / pageSize) + 1;
  }
  return filtered.pages;
}
