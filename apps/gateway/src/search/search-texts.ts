import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { SearchQuery, findSearchMatches } from '#libs/text';
import { decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';
import { ProvisionLanguageView, SEARCH_MATCHES, SearchHitView, SearchKind, SearchPageView } from './search.view';
import { buildSnippet } from './snippet';

/** Where the previous page ended: the rank, recency and key of its last hit. */
export interface SearchCursor {
  readonly rank: number;
  readonly position: number;
  readonly entryKey: string;
}

export function encodeSearchCursor(cursor: SearchCursor): string {
  return encodeKeysetCursor({ key: `${cursor.rank}:${cursor.position}`, id: cursor.entryKey });
}

/** Undefined when the cursor is not one this service issued. */
export function decodeSearchCursor(cursor: string): SearchCursor | undefined {
  const decoded = decodeKeysetCursor(cursor);
  const parts = decoded && /^([1-4]):(\d{1,15})$/u.exec(decoded.key);
  return parts ? { rank: Number(parts[1]), position: Number(parts[2]), entryKey: decoded.id } : undefined;
}

/** Documents, provisions and contributions whose text matches a query (already made a search key), best first. */
export class SearchTexts extends Query<SearchPageView> {
  constructor(
    readonly query: SearchQuery,
    readonly filter: { readonly consultationId?: string; readonly kind?: SearchKind; readonly hiddenConsultationIds?: readonly string[] },
    readonly limit: number,
    readonly cursor?: SearchCursor,
  ) {
    super();
  }
}

/** A LIKE pattern that matches `text` literally (the search key holds only letters, digits and spaces, but a pattern is never trusted). */
function literal(text: string): string {
  return text.replace(/[\\%_]/gu, (char) => `\\${char}`);
}

/*
 * Every term must stand somewhere in the key; the rank says how the whole query stands:
 * as whole words (the stored key is padded with spaces), at the start of a word, inside one,
 * or only term by term. The longest term is also asked alone, where a trigram index (when
 * the server has pg_trgm) finds candidates without reading every entry.
 */
const SEARCH_SQL = `
  SELECT * FROM (
    SELECT e.entry_key, e.kind, e.id, e.document_id, e.consultation_id, e.language, e.label, e.title, e.text,
           e.in_working, e.version_numbers, e.status, e.position,
           CASE WHEN e.search_text LIKE $1 THEN 4 WHEN e.search_text LIKE $2 THEN 3 WHEN e.search_text LIKE $3 THEN 2 ELSE 1 END AS rank
      FROM search_entries e
     WHERE e.search_text LIKE $4
       AND e.search_text LIKE ALL ($5::text[])
       AND ($6::text IS NULL OR e.consultation_id = $6)
       AND ($7::text IS NULL OR e.kind = $7)
       AND NOT (e.consultation_id = ANY ($12::text[]))
  ) hit
  WHERE $8::integer IS NULL OR (hit.rank, hit.position, hit.entry_key) < ($8::integer, $9::bigint, $10::text)
  ORDER BY hit.rank DESC, hit.position DESC, hit.entry_key DESC
  LIMIT $11`;

interface HitRow {
  readonly entry_key: string;
  readonly kind: SearchKind;
  readonly id: string;
  readonly document_id: string | null;
  readonly consultation_id: string;
  readonly language: string;
  readonly label: string;
  readonly title: string;
  readonly text: string;
  readonly in_working: boolean | null;
  readonly version_numbers: number[] | null;
  readonly status: string | null;
  readonly position: string;
  readonly rank: number;
}

@QueryHandler(SearchTexts)
export class SearchTextsHandler implements IQueryHandler<SearchTexts> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ query, filter, limit, cursor }: SearchTexts): Promise<SearchPageView> {
    if (query.key === '') return { key: '', items: [] };
    const key = literal(query.key);
    const terms = query.terms.map((term) => `%${literal(term)}%`);
    const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
    const rows: HitRow[] = await this.dataSource.query(SEARCH_SQL, [
      `% ${key} %`,
      `% ${key}%`,
      `%${key}%`,
      longest,
      terms,
      filter.consultationId ?? null,
      filter.kind ?? null,
      cursor?.rank ?? null,
      cursor?.position ?? null,
      cursor?.entryKey ?? null,
      limit + 1,
      filter.hiddenConsultationIds ?? [],
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next =
      rows.length > limit && last
        ? encodeSearchCursor({ rank: last.rank, position: Number(last.position), entryKey: last.entry_key })
        : undefined;
    const languages = await this.languagesOf(page);
    const items = page.map((row) => {
      const hit = hitView(row, query);
      const readings = row.kind === 'provision' ? languages.get(`${row.document_id}\u0000${row.id}`) : undefined;
      // A document without language versions has its provisions in one language: the hit itself says it all.
      return readings && readings.length > 1 ? { ...hit, languages: readings } : hit;
    });
    return { key: query.key, items, ...(next ? { next } : {}) };
  }

  /** Each provision hit in every language it reads in now: the working text's wording and each language version's words. */
  private async languagesOf(page: readonly HitRow[]): Promise<Map<string, ProvisionLanguageView[]>> {
    const provisions = page.filter((row) => row.kind === 'provision' && row.document_id !== null);
    const byProvision = new Map<string, ProvisionLanguageView[]>();
    if (provisions.length === 0) return byProvision;
    const rows: { document_id: string; id: string; language: string; label: string; title: string; text: string }[] =
      await this.dataSource.query(LANGUAGES_SQL, [
        [...new Set(provisions.map((row) => row.document_id!))],
        [...new Set(provisions.map((row) => row.id))],
      ]);
    for (const row of rows) {
      const key = `${row.document_id}\u0000${row.id}`;
      // The index labels an unlabelled paragraph by its id, for want of a label: a reader gets none.
      const label = row.label === row.id ? '' : row.label;
      byProvision.set(key, [...(byProvision.get(key) ?? []), { language: row.language, label, title: row.title, text: row.text }]);
    }
    for (const views of byProvision.values()) views.sort((a, b) => languageOrder(a.language) - languageOrder(b.language));
    return byProvision;
  }
}

/** The current wordings of these documents' provisions, in every language (the original's working wording and each version's words). */
const LANGUAGES_SQL = `
  SELECT document_id, id, language, label, title, text
    FROM search_entries
   WHERE kind = 'provision' AND in_working AND document_id = ANY ($1::text[]) AND id = ANY ($2::text[])`;

/** The six languages in the order the UN lists them (Arabic, Chinese, English, French, Russian, Spanish). */
const LANGUAGE_ORDER = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

function languageOrder(language: string): number {
  const at = LANGUAGE_ORDER.indexOf(language);
  return at < 0 ? LANGUAGE_ORDER.length : at;
}

function hitView(row: HitRow, query: SearchQuery): SearchHitView {
  return {
    kind: row.kind,
    id: row.id,
    documentId: row.document_id,
    consultationId: row.consultation_id,
    language: row.language,
    label: row.label,
    title: row.title,
    ...(row.kind === 'provision' ? { versions: { working: row.in_working ?? false, numbers: row.version_numbers ?? [] } } : {}),
    ...(row.status !== null ? { status: row.status } : {}),
    snippet: buildSnippet(row.text, findSearchMatches(row.text, query)),
    rank: row.rank,
    match: SEARCH_MATCHES[4 - row.rank],
  };
}
