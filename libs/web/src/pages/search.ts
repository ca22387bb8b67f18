import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { PageContext, Notice } from './context';
import { inLanguage, submitButton, term } from './components';
import { layout } from './layout';

/** A provision as one language version reads it (a hit found through a language version shows the others beside it). */
export interface SearchLanguageModel {
  readonly language: string;
  readonly label: string;
  readonly title: string;
  readonly text: string;
}

/** A hit of the API's search, as the page shows it. */
export interface SearchHitModel {
  readonly kind: 'document' | 'provision' | 'contribution' | 'input';
  readonly id: string;
  readonly documentId: string | null;
  readonly consultationId: string;
  readonly language: string;
  readonly label: string;
  readonly title: string;
  /** The words around the match, HTML-escaped by the search, each match in `<mark>`. */
  readonly snippet: { readonly html: string };
  readonly languages?: readonly SearchLanguageModel[];
}

export interface SearchPageData {
  /** What was typed ('' before a search). */
  readonly query: string;
  readonly hits: readonly SearchHitModel[];
  /** The address of the next page of hits, when there is one. */
  readonly nextHref?: string;
  readonly notices?: readonly Notice[];
}

/**
 * The search field of the site's header (the page's one search landmark) and of the search
 * page (a plain form there, as a page has only one landmark of a kind and name).
 */
export function searchForm(ctx: PageContext, id: string, value = '', landmark = true): Html {
  return html`<form method="get" action="/web/search"${landmark ? html` role="search"` : ''} class="search">
<label for="${id}" class="visually-hidden">${ctx.t('search.label')}</label>
<input type="search" id="${id}" name="q" value="${value}" maxlength="200" dir="auto">
${submitButton(ctx.t('search.submit'), { secondary: true })}
</form>`;
}

function hitLink(hit: SearchHitModel): string {
  switch (hit.kind) {
    case 'document':
      return `/web/documents/${hit.id}`;
    case 'provision':
      return hit.documentId
        ? `/web/documents/${hit.documentId}/provenance?provision=${encodeURIComponent(hit.id)}`
        : `/web/consultations/${hit.consultationId}`;
    case 'input':
      return hit.documentId ? `/web/documents/${hit.documentId}/inputs` : `/web/consultations/${hit.consultationId}`;
    default:
      return `/web/consultations/${hit.consultationId}`;
  }
}

function hitItem(ctx: PageContext, hit: SearchHitModel): Html {
  const { t } = ctx;
  const doc = html` lang="${hit.language}" dir="${directionOf(hit.language)}"`;
  // A provision is cited as printed, with its section: "resolves to instruct the Secretary-General, 5".
  const heading =
    hit.kind === 'provision'
      ? html`<span${doc}>${hit.title}${hit.title && hit.label ? (hit.language === 'ar' ? '، ' : ', ') : ''}${hit.label}</span>`
      : html`<bdi>${hit.label}</bdi>${hit.title ? html` — ${inLanguage(hit.language, hit.title)}` : ''}`;
  const others = (hit.languages ?? []).filter((version) => version.language !== hit.language);
  return html`<li>
<p><a href="${hitLink(hit)}">${heading}</a> <span class="meta">${term(t, 'searchKind', hit.kind)}</span></p>
<p class="snippet"${doc}>${new Html(hit.snippet.html)}</p>
${
  others.length > 0
    ? html`<ul class="languages">${others.map(
        (version) =>
          html`<li><span class="meta">${term(t, 'language', version.language)}:</span> ${inLanguage(version.language, `${version.title}${version.title && version.label ? (version.language === 'ar' ? '، ' : ', ') : ''}${version.label} — ${version.text}`)}</li>`,
      )}</ul>`
    : ''
}
</li>`;
}

/** The search page: the field, and what was found, each hit a link, with its words in the other languages of the document. */
export function searchPage(ctx: PageContext, data: SearchPageData): string {
  const { t } = ctx;
  const results =
    data.query === ''
      ? html`<p class="hint">${t('search.hint')}</p>`
      : data.hits.length === 0
        ? html`<p role="status">${t('search.none', { query: data.query })}</p>`
        : html`<h2>${t('search.resultsFor', { query: data.query })}</h2>
<ol class="search-results">${data.hits.map((hit) => hitItem(ctx, hit))}</ol>
${data.nextHref ? html`<p><a href="${data.nextHref}" rel="next">${t('search.next')}</a></p>` : ''}`;
  const body = html`<h1>${t('search.title')}</h1>
${searchForm(ctx, 'search-page-q', data.query, false)}
${results}`;
  return layout(ctx, { title: t('search.title'), body, notices: data.notices, trail: [{ href: '/web', label: t('nav.consultations') }] });
}
