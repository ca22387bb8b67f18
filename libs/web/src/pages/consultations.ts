import { html } from '../html';
import { ConsultationModel } from '../models';
import { PageContext, Notice } from './context';
import { bidi, dateTime, inLanguage, selectField, submitButton, term } from './components';
import { layout } from './layout';

/** Consultations to a page of the list. */
export const CONSULTATIONS_PAGE_SIZE = 50;

/** Which consultations the list shows: those in a phase, and which page of them (from 1). */
export interface ConsultationListQuery {
  readonly phase?: string;
  readonly page: number;
}

/** One page of the list, the phase filter applied first; a page past the end shows the last one. */
export function pageOfConsultations<T extends { readonly phase: string }>(
  consultations: readonly T[],
  query: ConsultationListQuery,
  size = CONSULTATIONS_PAGE_SIZE,
): { readonly items: readonly T[]; readonly page: number; readonly pages: number; readonly count: number } {
  const matching = query.phase ? consultations.filter((c) => c.phase === query.phase) : consultations;
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const page = Math.min(Math.max(1, query.page), pages);
  return { items: matching.slice((page - 1) * size, page * size), page, pages, count: matching.length };
}

/** Every consultation, newest first, by phase and in pages: where everyone starts. */
export function consultationsPage(
  ctx: PageContext,
  options: {
    consultations: readonly ConsultationModel[];
    notices?: readonly Notice[];
    /** The phases the filter offers; without them, no filter is shown. */
    phases?: readonly string[];
    query?: ConsultationListQuery;
  },
): string {
  const { t } = ctx;
  const query = options.query ?? { page: 1 };
  const shown = pageOfConsultations(options.consultations, query);
  const rows = shown.items.map(
    (c) => html`<tr>
<td><a href="/web/consultations/${c.id}">${inLanguage(c.originalLanguage, c.title)}</a></td>
<td>${bidi(c.body)}</td>
<td>${term(t, 'phase', c.phase)}</td>
<td>${dateTime(ctx, c.registeredAt)}</td>
</tr>`,
  );
  const href = (page: number) => {
    const parameters = new URLSearchParams();
    if (query.phase) parameters.set('phase', query.phase);
    if (page > 1) parameters.set('page', String(page));
    const search = parameters.toString();
    return `/web${search ? `?${search}` : ''}`;
  };
  const filter = options.phases
    ? html`<form method="get" action="/web" class="filters">
${selectField({
  id: 'list-phase',
  name: 'phase',
  label: t('timeline.list.phase'),
  value: query.phase ?? '',
  choices: [
    { value: '', label: t('timeline.list.anyPhase') },
    ...options.phases.map((phase) => ({ value: phase, label: term(t, 'phase', phase) })),
  ],
})}
${submitButton(t('timeline.list.apply'))}
</form>`
    : '';
  const pager =
    shown.pages > 1
      ? html`<nav aria-label="${t('timeline.list.nav')}"><p>${t('timeline.list.pageOf', { page: shown.page, pages: shown.pages, count: shown.count })}</p><ul class="actions">
${shown.page > 1 ? html`<li><a rel="prev" href="${href(shown.page - 1)}">${t('timeline.list.previous')}</a></li>` : ''}
${shown.page < shown.pages ? html`<li><a rel="next" href="${href(shown.page + 1)}">${t('timeline.list.next')}</a></li>` : ''}
</ul></nav>`
      : '';
  const body = html`<h1>${t('consultations.title')}</h1>
${options.consultations.length > 0 ? filter : ''}
${
  rows.length === 0
    ? html`<p>${options.consultations.length > 0 && query.phase ? t('timeline.list.noMatch') : t('consultations.none')}</p>`
    : html`<table>
<caption class="visually-hidden">${t('consultations.title')}</caption>
<thead><tr><th scope="col">${t('consultations.name')}</th><th scope="col">${t('consultations.body')}</th><th scope="col">${t('consultations.phase')}</th><th scope="col">${t('consultations.registered')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${pager}`
}`;
  return layout(ctx, { title: t('consultations.title'), body, notices: options.notices });
}
