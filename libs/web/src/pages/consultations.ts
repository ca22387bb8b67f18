import { html } from '../html';
import { ConsultationModel } from '../models';
import { PageContext, Notice } from './context';
import { bidi, dateTime, inLanguage, term } from './components';
import { layout } from './layout';

/** Every consultation, newest first: where everyone starts. */
export function consultationsPage(
  ctx: PageContext,
  options: { consultations: readonly ConsultationModel[]; notices?: readonly Notice[] },
): string {
  const { t } = ctx;
  const rows = options.consultations.map(
    (c) => html`<tr>
<td><a href="/web/consultations/${c.id}">${inLanguage(c.originalLanguage, c.title)}</a></td>
<td>${bidi(c.body)}</td>
<td>${term(t, 'phase', c.phase)}</td>
<td>${dateTime(ctx, c.registeredAt)}</td>
</tr>`,
  );
  const body = html`<h1>${t('consultations.title')}</h1>
${
  rows.length === 0
    ? html`<p>${t('consultations.none')}</p>`
    : html`<table>
<caption class="visually-hidden">${t('consultations.title')}</caption>
<thead><tr><th scope="col">${t('consultations.name')}</th><th scope="col">${t('consultations.body')}</th><th scope="col">${t('consultations.phase')}</th><th scope="col">${t('consultations.registered')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
}`;
  return layout(ctx, { title: t('consultations.title'), body, notices: options.notices });
}
