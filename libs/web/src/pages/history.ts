import { ResolutionDocument, renderHtml } from '#libs/text';
import { formatDateTime } from '../format';
import { Html, html, trusted } from '../html';
import { ConsultationModel, DocumentSummaryModel, HistoryEntryModel } from '../models';
import { PageContext } from './context';
import { bidiText, dateTime, inLanguage, selectField, submitButton, term, textField } from './components';
import { timelineHtml } from '../i18n/timeline-message';
import { layout } from './layout';

/** The text of a document as it stood at a moment of the history, or why there was none. */
export type TextAsOf =
  | {
      readonly kind: 'text';
      readonly document: ResolutionDocument;
      readonly versionLabel: string;
      readonly changedAt: string;
      readonly changedAtPosition: number;
    }
  | { readonly kind: 'none'; readonly reason: string };

/** The filters of the timeline as the reader gave them (each already checked, or left out and named in `invalid`). */
export interface HistoryFilterModel {
  readonly kind?: string;
  readonly stakeholder?: string;
  /** YYYY-MM-DD. */
  readonly from?: string;
  /** YYYY-MM-DD, included. */
  readonly to?: string;
}

/** Where the page of the timeline stands: after or before a position, and the positions its links lead on from. */
export interface HistoryPageModel {
  readonly after?: number;
  readonly before?: number;
  /** The last row's position, when later rows match. */
  readonly next?: number;
  /** The first row's position, when earlier rows match. */
  readonly previous?: number;
  readonly size: number;
}

export interface HistoryData {
  readonly consultation: ConsultationModel;
  readonly documents: readonly DocumentSummaryModel[];
  readonly documentId?: string;
  /** One page of the timeline, oldest first. */
  readonly entries: readonly HistoryEntryModel[];
  readonly filter?: HistoryFilterModel;
  /** The filter fields given that could not be read. */
  readonly invalid?: readonly (keyof HistoryFilterModel)[];
  /** The kinds of entry and the stakeholders the filters offer. */
  readonly kinds?: readonly string[];
  readonly stakeholders?: readonly { readonly id: string; readonly name: string }[];
  readonly page?: HistoryPageModel;
  /** The moment chosen: a global position of the log. */
  readonly position?: number;
  readonly asOf?: TextAsOf;
}

/** Who did it: the name the ledger recorded, or the role it acted in (never an account id). */
function actorOf(ctx: PageContext, entry: HistoryEntryModel): string {
  return entry.actor.name ?? term(ctx.t, 'role', entry.actor.role);
}

/** A moment of the history as the slider names it: when, what and who. */
export function entryLabel(ctx: PageContext, entry: HistoryEntryModel): string {
  return `${formatDateTime(ctx.locale, entry.recordedAt)} — ${term(ctx.t, 'historyKind', entry.kind)} (${bidiText(actorOf(ctx, entry))})`;
}

/** The row's line in the reader's language; rows written before messages existed keep their English summary, marked as English. */
function entryLine(ctx: PageContext, entry: HistoryEntryModel): Html {
  const line = entry.message ? timelineHtml(entry.message, ctx.locale) : undefined;
  return line ?? html`<span lang="en" dir="ltr">${entry.summary}</span>`;
}

/** The query of a page of the timeline: its filters, its document, where it starts, and a moment. */
function pageQuery(data: HistoryData, place: { after?: number; before?: number; position?: number }): string {
  const parameters = new URLSearchParams();
  const f = data.filter ?? {};
  for (const name of ['kind', 'stakeholder', 'from', 'to'] as const) if (f[name]) parameters.set(name, f[name]!);
  if (data.documentId) parameters.set('document', data.documentId);
  if (place.after !== undefined) parameters.set('after', String(place.after));
  if (place.before !== undefined) parameters.set('before', String(place.before));
  if (place.position !== undefined) parameters.set('position', String(place.position));
  const query = parameters.toString();
  return query ? `?${query}` : '?';
}

function filtersForm(ctx: PageContext, data: HistoryData): Html {
  const { t } = ctx;
  const f = data.filter ?? {};
  const labels: Record<keyof HistoryFilterModel, string> = {
    kind: t('timeline.page.kind'),
    stakeholder: t('timeline.page.stakeholder'),
    from: t('timeline.page.from'),
    to: t('timeline.page.to'),
  };
  return html`<form method="get" action="/web/consultations/${data.consultation.id}/history" class="filters" aria-labelledby="filters-heading">
<h2 id="filters-heading">${t('timeline.page.filters')}</h2>
${data.invalid?.length ? html`<p class="notice error" role="alert">${t('timeline.page.invalid', { fields: data.invalid.map((name) => labels[name]).join(ctx.locale === 'ar' ? '، ' : ', ') })}</p>` : ''}
${data.documentId ? html`<input type="hidden" name="document" value="${data.documentId}">` : ''}
${selectField({
  id: 'filter-kind',
  name: 'kind',
  label: labels.kind,
  value: f.kind ?? '',
  choices: [
    { value: '', label: t('timeline.page.anyKind') },
    ...(data.kinds ?? []).map((kind) => ({ value: kind, label: term(t, 'historyKind', kind) })),
  ],
})}
${selectField({
  id: 'filter-stakeholder',
  name: 'stakeholder',
  label: labels.stakeholder,
  value: f.stakeholder ?? '',
  choices: [
    { value: '', label: t('timeline.page.anyStakeholder') },
    ...(data.stakeholders ?? []).map((s) => ({ value: s.id, label: s.name })),
  ],
})}
${textField({ id: 'filter-from', name: 'from', label: labels.from, type: 'date', value: f.from })}
${textField({ id: 'filter-to', name: 'to', label: labels.to, type: 'date', value: f.to })}
<p>${submitButton(t('timeline.page.apply'))} <a href="/web/consultations/${data.consultation.id}/history${data.documentId ? `?document=${encodeURIComponent(data.documentId)}` : ''}">${t('timeline.page.clear')}</a></p>
</form>`;
}

function pageLinks(ctx: PageContext, data: HistoryData): Html {
  const { t } = ctx;
  const page = data.page;
  if (!page || (page.previous === undefined && page.next === undefined)) return html``;
  const link = (label: string, rel: string, place: { after?: number; before?: number } | undefined) =>
    place ? html`<li><a rel="${rel}" href="${pageQuery(data, place)}">${label}</a></li>` : '';
  return html`<nav aria-label="${t('timeline.page.nav')}"><ul class="actions">
${link(t('timeline.page.first'), 'first', page.previous !== undefined ? { after: 0 } : undefined)}
${link(t('timeline.page.previous'), 'prev', page.previous !== undefined ? { before: page.previous } : undefined)}
${link(t('timeline.page.next'), 'next', page.next !== undefined ? { after: page.next } : undefined)}
${link(t('timeline.page.latest'), 'last', page.next !== undefined ? {} : undefined)}
</ul></nav>`;
}

/** The part of the history page the slider replaces: the text as of the moment chosen. */
export function textAsOfFragment(ctx: PageContext, data: HistoryData): Html {
  const { t } = ctx;
  if (data.position === undefined || !data.asOf) return html`<p>${t('history.chooseMoment')}</p>`;
  const at = data.entries.filter((entry) => entry.position <= data.position!).at(-1);
  const heading = html`<h2>${t('history.asOf', { moment: at ? entryLabel(ctx, at) : String(data.position) })}</h2>`;
  if (data.asOf.kind === 'none') return html`${heading}<p>${t('history.noText')} <span lang="en" dir="ltr">${data.asOf.reason}</span></p>`;
  return html`${heading}<p class="meta">${t('document.version')}: <bdi>${data.asOf.versionLabel}</bdi> · ${t('document.lastChanged')} ${dateTime(ctx, data.asOf.changedAt)}</p>
${data.documentId ? html`<p><a href="/web/documents/${data.documentId}/contention?position=${data.position}">${t('pictures.contention.link')}</a></p>` : ''}
<div class="document">${trusted(renderHtml(data.asOf.document))}</div>`;
}

/** The consultation's history as a timeline, with a slider that shows a document's text as of any moment in it. */
export function historyPage(ctx: PageContext, data: HistoryData): string {
  const { t } = ctx;
  const c = data.consultation;
  const first = data.entries[0]?.position ?? 0;
  const last = data.entries.at(-1)?.position ?? 0;
  const position = data.position ?? last;
  const current = data.entries.filter((entry) => entry.position <= position).at(-1);
  const query = (p: number) => `${pageQuery(data, { after: data.page?.after, before: data.page?.before, position: p })}#as-of`;
  const filtered = Object.values(data.filter ?? {}).some((value) => value !== undefined && value !== '');
  const f = data.filter ?? {};
  const body = html`<h1>${t('history.title')}: ${inLanguage(c.originalLanguage, c.title)}</h1>
${
  data.entries.length === 0
    ? html`${filtered || data.invalid?.length ? filtersForm(ctx, data) : ''}<p>${filtered ? t('timeline.page.noMatch') : t('history.empty')}</p>`
    : html`${filtersForm(ctx, data)}
<form method="get" action="/web/consultations/${c.id}/history">
${(['kind', 'stakeholder', 'from', 'to'] as const).map((name) => (f[name] ? html`<input type="hidden" name="${name}" value="${f[name]}">` : ''))}
${data.page?.after !== undefined ? html`<input type="hidden" name="after" value="${data.page.after}">` : ''}
${data.page?.before !== undefined ? html`<input type="hidden" name="before" value="${data.page.before}">` : ''}
${
  data.documents.length > 1
    ? selectField({
        id: 'document',
        name: 'document',
        label: t('history.document'),
        value: data.documentId,
        choices: data.documents.map((d) => ({ value: d.id, label: d.symbol })),
      })
    : data.documentId
      ? html`<input type="hidden" name="document" value="${data.documentId}">`
      : ''
}
<label for="moment">${t('history.slider')}</label>
<p class="hint" id="moment-hint">${t('history.sliderHint')}</p>
<input type="range" id="moment" name="position" min="${first}" max="${last}" step="1" value="${position}" aria-describedby="moment-hint" aria-valuetext="${current ? entryLabel(ctx, current) : String(position)}" data-timeline="#timeline" data-output="moment-output" data-target="as-of">
<p><output id="moment-output" for="moment">${current ? entryLabel(ctx, current) : ''}</output></p>
${submitButton(t('history.show'))}
</form>
<div class="two">
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">${t('history.timeline')}</h2>
<p class="meta">${t('timeline.page.shown', {
        first: formatDateTime(ctx.locale, data.entries[0].recordedAt),
        last: formatDateTime(ctx.locale, data.entries.at(-1)!.recordedAt),
        size: data.page?.size ?? data.entries.length,
      })}</p>
<ol class="timeline" id="timeline">${data.entries.map(
        (
          entry,
        ) => html`<li data-position="${entry.position}" data-label="${entryLabel(ctx, entry)}"${entry === current ? html` aria-current="true"` : ''}>
<a href="${query(entry.position)}">${dateTime(ctx, entry.recordedAt)}</a> · ${term(t, 'historyKind', entry.kind)} · <bdi>${actorOf(ctx, entry)}</bdi>
<br><span class="meta">${entryLine(ctx, entry)}</span></li>`,
      )}</ol>
${pageLinks(ctx, data)}
</section>
<section id="as-of" aria-live="polite">${textAsOfFragment(ctx, data)}</section>
</div>`
}`;
  return layout(ctx, {
    title: `${t('history.title')}: ${c.title}`,
    body,
    script: true,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: `/web/consultations/${c.id}`, label: c.title, lang: c.originalLanguage },
    ],
  });
}
