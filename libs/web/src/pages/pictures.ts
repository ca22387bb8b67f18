import type { ContentionFigures, ContentionProvision, ParticipationBar, ParticipationFigures, ProgressFigures } from '#libs/pictures';
import { Html, html, trusted } from '../html';
import { directionOf } from '../i18n/locale';
import { MessageKey } from '../i18n/translate';
import { contentionPicture, participationPicture, progressPicture } from '../pictures';
import { ConsultationModel, HistoryEntryModel } from '../models';
import { entryLabel } from './history';
import { PageContext } from './context';
import { bidi, inLanguage, submitButton, term, textField } from './components';
import { DocumentHeader } from './document';
import { layout } from './layout';
import { formatDateTime } from '../format';
import { percentage } from '#libs/pictures';

/** The picture and, beside it, the table of the same figures (what a screen reader reads), then the downloads (SVG, and the same drawn as PNG). */
function figure(ctx: PageContext, svg: string, table: Html, download: string): Html {
  return html`<figure class="picture">
<div class="picture-svg">${trusted(svg)}</div>
<figcaption><a href="${download}" download>${ctx.t('pictures.download')}</a> · <a href="${download.replace('.svg', '.png')}" download>${ctx.t('pictures.downloadPng')}</a></figcaption>
</figure>
<section aria-labelledby="figures-heading" class="picture-table">
<h2 id="figures-heading">${ctx.t('pictures.tableOf')}</h2>
${table}
</section>`;
}

const n = (value: number) => String(value);

function contentionRow(ctx: PageContext, figures: ContentionFigures, p: ContentionProvision): Html {
  return html`<tr data-provision="${p.provisionId}"><th scope="row"><a href="/web/documents/${figures.documentId}/compilation#provision-${p.provisionId}" lang="${figures.language}" dir="${directionOf(figures.language)}">${p.citation}</a></th>
<td data-figure="level">${n(p.level)}</td><td data-figure="pendingAmendments">${n(p.pendingAmendments)}</td><td data-figure="conflicts">${n(p.conflicts)}</td><td data-figure="brackets">${n(p.brackets)}</td><td data-figure="proposers">${n(p.proposers)}</td></tr>`;
}

export interface ContentionPageData extends DocumentHeader {
  readonly figures: ContentionFigures;
  /** The moment asked, as typed (for the form); undefined for now. */
  readonly asOf?: string;
  /** The moments the slider moves through: the latest of the consultation's history, from the document's registration. */
  readonly moments?: readonly HistoryEntryModel[];
}

/** The part of the contention page the slider replaces: the moment, the map and its table. */
export function contentionAtFragment(ctx: PageContext, data: ContentionPageData): Html {
  const { t } = ctx;
  const f = data.figures;
  const totals = f.totals;
  const table = html`<table id="contention-figures"><thead><tr><th scope="col">${t('pictures.contention.provision')}</th><th scope="col">${t('pictures.contention.level')}</th><th scope="col">${t('pictures.contention.pendingAmendments')}</th><th scope="col">${t('pictures.contention.conflictsColumn')}</th><th scope="col">${t('pictures.contention.bracketsColumn')}</th><th scope="col">${t('pictures.contention.proposersColumn')}</th></tr></thead>
<tbody>${f.sections.flatMap((s) => s.provisions.map((p) => contentionRow(ctx, f, p)))}</tbody>
<tfoot><tr data-total><th scope="row">${t('pictures.contention.total')}</th><td></td><td data-figure="pendingAmendments">${n(totals.pendingAmendments)}</td><td data-figure="conflicts">${n(totals.conflicts)}</td><td data-figure="brackets">${n(totals.brackets)}</td><td data-figure="proposers">${n(totals.proposers)}</td></tr></tfoot></table>`;
  const moment = data.asOf ? `asOf=${encodeURIComponent(data.asOf)}&` : `position=${f.asOf.position}&`;
  return html`<p class="meta" id="contention-moment">${t('pictures.contention.moment', { date: formatDateTime(ctx.locale, f.asOf.recordedAt), version: f.versionLabel })}</p>
${figure(
  ctx,
  contentionPicture(f, ctx.locale, { linkOf: (id) => `/web/documents/${f.documentId}/compilation#provision-${encodeURIComponent(id)}` }),
  table,
  `/web/documents/${f.documentId}/contention.svg?${moment}lang=${ctx.locale}`,
)}`;
}

/** The slider through the history's moments (a form: without script its button shows the map; with it, moving shows it). */
function momentSlider(ctx: PageContext, data: ContentionPageData): Html {
  const { t } = ctx;
  const moments = data.moments ?? [];
  if (moments.length === 0) return html``;
  const first = moments[0].position;
  const last = moments.at(-1)!.position;
  const position = Math.min(Math.max(data.figures.asOf.position, first), last);
  const current = moments.filter((m) => m.position <= position).at(-1) ?? moments[0];
  const action = `/web/documents/${data.figures.documentId}/contention`;
  return html`<form method="get" action="${action}" id="contention-slider">
<label for="moment">${t('pictures.contention.slider')}</label>
<p class="hint" id="moment-hint">${t('pictures.contention.sliderHint')}</p>
<input type="range" id="moment" name="position" min="${first}" max="${last}" step="1" value="${position}" aria-describedby="moment-hint" aria-valuetext="${entryLabel(ctx, current)}" data-timeline="#contention-moments" data-output="moment-output" data-target="contention-at">
<p><output id="moment-output" for="moment">${entryLabel(ctx, current)}</output></p>
<p>${submitButton(t('pictures.contention.showMoment'))}</p>
</form>
<details><summary>${t('pictures.contention.moments')}</summary>
<ol class="timeline" id="contention-moments">${moments.map(
    (m) =>
      html`<li data-position="${m.position}" data-label="${entryLabel(ctx, m)}"${m === current ? html` aria-current="true"` : ''}><a href="${action}?position=${m.position}">${entryLabel(ctx, m)}</a></li>`,
  )}</ol></details>`;
}

/** The contention map of a document, with its table, the slider through the history and the form for any date. */
export function contentionPage(ctx: PageContext, data: ContentionPageData): string {
  const { t } = ctx;
  const f = data.figures;
  const body = html`<h1>${t('pictures.contention.title')}: ${bidi(data.document.symbol, 'symbol')}</h1>
<p>${t('pictures.contention.intro')}</p>
${momentSlider(ctx, data)}
<form method="get" action="/web/documents/${f.documentId}/contention">
${textField({ id: 'as-of', name: 'asOf', label: t('pictures.contention.asOf'), value: data.asOf ?? '', hint: t('pictures.contention.asOfHint') })}
<p>${submitButton(t('pictures.contention.show'))} <a href="/web/documents/${f.documentId}/contention">${t('pictures.contention.now')}</a></p>
</form>
<div id="contention-at" aria-live="polite">${contentionAtFragment(ctx, data)}</div>`;
  return layout(ctx, {
    title: `${t('pictures.contention.title')}: ${data.document.symbol}`,
    body,
    script: true,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: `/web/consultations/${data.consultation.id}`, label: data.consultation.title, lang: data.consultation.originalLanguage },
      { href: `/web/documents/${data.document.id}`, label: data.document.symbol },
    ],
  });
}

function participationRows(ctx: PageContext, group: 'category' | 'region', bars: readonly ParticipationBar[]): Html {
  return html`${bars.map(
    (bar) =>
      html`<tr data-${group}="${bar.key}"><th scope="row">${term(ctx.t, group, bar.key)}</th><td data-figure="stakeholders">${n(bar.stakeholders)}</td><td data-figure="contributions">${n(bar.contributions)}</td><td data-figure="amendments">${n(bar.amendments)}</td><td data-figure="decided">${n(bar.decided)}</td><td data-figure="acceptanceRate" data-value="${bar.acceptanceRate === null ? '' : String(bar.acceptanceRate)}">${percentage(bar.acceptanceRate)}</td></tr>`,
  )}`;
}

function participationTable(ctx: PageContext, id: string, group: 'category' | 'region', bars: readonly ParticipationBar[]): Html {
  const { t } = ctx;
  return html`<table id="${id}"><thead><tr><th scope="col">${t(group === 'category' ? 'pictures.participation.category' : 'pictures.participation.region')}</th><th scope="col">${t('pictures.participation.stakeholders')}</th><th scope="col">${t('pictures.participation.contributions')}</th><th scope="col">${t('pictures.participation.amendments')}</th><th scope="col">${t('pictures.participation.decided')}</th><th scope="col">${t('pictures.participation.rate')}</th></tr></thead>
<tbody>${participationRows(ctx, group, bars)}</tbody></table>`;
}

function consultationTrail(ctx: PageContext, c: ConsultationModel) {
  return [
    { href: '/web', label: ctx.t('nav.consultations') },
    { href: `/web/consultations/${c.id}`, label: c.title, lang: c.originalLanguage },
  ];
}

/** Participation in a consultation as a picture, with its tables. */
export function participationPicturePage(
  ctx: PageContext,
  data: { consultation: ConsultationModel; figures: ParticipationFigures },
): string {
  const { t } = ctx;
  const f = data.figures;
  const c = data.consultation;
  const tables = html`${participationTable(ctx, 'participation-by-category', 'category', f.byCategory)}
${participationTable(ctx, 'participation-by-region', 'region', f.byRegion)}
<table id="participation-weeks"><thead><tr><th scope="col">${t('pictures.participation.week')}</th><th scope="col">${t('pictures.participation.contributions')}</th><th scope="col">${t('pictures.participation.amendments')}</th></tr></thead>
<tbody>${f.weeks.map((w) => html`<tr data-week="${w.week}"><th scope="row">${w.week}</th><td data-figure="contributions">${n(w.contributions)}</td><td data-figure="amendments">${n(w.amendments)}</td></tr>`)}</tbody></table>`;
  const body = html`<h1>${t('pictures.participation.title')}: ${inLanguage(c.originalLanguage, c.title)}</h1>
<p>${t('pictures.participation.intro')}</p>
${figure(ctx, participationPicture(f, ctx.locale), tables, `/web/consultations/${c.id}/participation-figures.svg?lang=${ctx.locale}`)}`;
  return layout(ctx, { title: `${t('pictures.participation.title')}: ${c.title}`, body, trail: consultationTrail(ctx, c) });
}

/** The progress of a consultation's negotiation as a picture, with its tables. */
export function progressPage(ctx: PageContext, data: { consultation: ConsultationModel; figures: ProgressFigures }): string {
  const { t } = ctx;
  const f = data.figures;
  const c = data.consultation;
  const markName = (kind: string, name: string) => (kind === 'phase' || kind === 'deadline' ? term(t, 'phase', name) : bidi(name));
  const tables = html`<table id="progress-points"><thead><tr><th scope="col">${t('pictures.progress.date')}</th><th scope="col">${t('pictures.progress.open')}</th><th scope="col">${t('pictures.progress.bracketed')}</th><th scope="col">${t('pictures.progress.agreed')}</th></tr></thead>
<tbody>${f.points.map((p) => html`<tr data-date="${p.date}"><th scope="row">${p.date}</th><td data-figure="open">${n(p.open)}</td><td data-figure="bracketed">${n(p.bracketed)}</td><td data-figure="agreed">${n(p.agreed)}</td></tr>`)}</tbody></table>
<h3>${t('pictures.progress.marks')}</h3>
<table id="progress-marks"><thead><tr><th scope="col">${t('pictures.progress.date')}</th><th scope="col">${t('pictures.progress.kind')}</th><th scope="col">${t('pictures.progress.name')}</th></tr></thead>
<tbody>${f.marks.map((m) => html`<tr data-kind="${m.kind}"><td>${m.date}</td><td>${t(`pictures.progress.mark.${m.kind}` as MessageKey)}</td><td>${markName(m.kind, m.name)}</td></tr>`)}</tbody></table>`;
  const body = html`<h1>${t('pictures.progress.title')}: ${inLanguage(c.originalLanguage, c.title)}</h1>
<p>${t('pictures.progress.intro')}</p>
${figure(ctx, progressPicture(f, ctx.locale), tables, `/web/consultations/${c.id}/progress.svg?lang=${ctx.locale}`)}`;
  return layout(ctx, { title: `${t('pictures.progress.title')}: ${c.title}`, body, trail: consultationTrail(ctx, c) });
}

/** The links to the pictures of a document or a consultation, for their pages. */
export function pictureLinks(ctx: PageContext, target: { documentId?: string; consultationId?: string }): Html {
  const { t } = ctx;
  const links: Html[] = [];
  if (target.documentId)
    links.push(html`<li><a href="/web/documents/${target.documentId}/contention">${t('pictures.contention.link')}</a></li>`);
  if (target.consultationId)
    links.push(
      html`<li><a href="/web/consultations/${target.consultationId}/participation-figures">${t('pictures.participation.link')}</a></li>`,
      html`<li><a href="/web/consultations/${target.consultationId}/progress">${t('pictures.progress.link')}</a></li>`,
    );
  return html`<nav aria-label="${t('pictures.heading')}"><ul class="actions">${links}</ul></nav>`;
}
