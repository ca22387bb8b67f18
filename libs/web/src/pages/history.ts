import { ResolutionDocument, renderHtml } from '#libs/text';
import { formatDateTime } from '../format';
import { Html, html, trusted } from '../html';
import { ConsultationModel, DocumentSummaryModel, HistoryEntryModel } from '../models';
import { PageContext } from './context';
import { bidi, dateTime, inLanguage, selectField, submitButton, term } from './components';
import { bidiText } from './components';
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

export interface HistoryData {
  readonly consultation: ConsultationModel;
  readonly documents: readonly DocumentSummaryModel[];
  readonly documentId?: string;
  readonly entries: readonly HistoryEntryModel[];
  /** The moment chosen: a global position of the log. */
  readonly position?: number;
  readonly asOf?: TextAsOf;
}

function entryLabel(ctx: PageContext, entry: HistoryEntryModel): string {
  return `#${entry.position} · ${formatDateTime(ctx.locale, entry.recordedAt)} — ${term(ctx.t, 'historyKind', entry.kind)} (${bidiText(entry.actor.name ?? entry.actor.id)})`;
}

/** The part of the history page the slider replaces: the text as of the moment chosen. */
export function textAsOfFragment(ctx: PageContext, data: HistoryData): Html {
  const { t } = ctx;
  if (data.position === undefined || !data.asOf) return html`<p>${t('history.chooseMoment')}</p>`;
  const at = data.entries.filter((entry) => entry.position <= data.position!).at(-1);
  const heading = html`<h2>${t('history.asOf', { moment: at ? entryLabel(ctx, at) : String(data.position) })}</h2>`;
  if (data.asOf.kind === 'none') return html`${heading}<p>${t('history.noText')} <span lang="en" dir="ltr">${data.asOf.reason}</span></p>`;
  return html`${heading}<p class="meta">${t('document.version')}: <bdi>${data.asOf.versionLabel}</bdi> · ${t('document.lastChanged')} ${dateTime(ctx, data.asOf.changedAt)}</p>
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
  const query = (p: number) => `?position=${p}${data.documentId ? `&document=${data.documentId}` : ''}#as-of`;
  const body = html`<h1>${t('history.title')}: ${inLanguage(c.originalLanguage, c.title)}</h1>
${
  data.entries.length === 0
    ? html`<p>${t('history.empty')}</p>`
    : html`<form method="get" action="/web/consultations/${c.id}/history">
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
<ol class="timeline" id="timeline">${data.entries.map(
        (
          entry,
        ) => html`<li data-position="${entry.position}" data-label="${entryLabel(ctx, entry)}"${entry === current ? html` aria-current="true"` : ''}>
<a href="${query(entry.position)}">#${entry.position} · ${dateTime(ctx, entry.recordedAt)}</a> · ${term(t, 'historyKind', entry.kind)} · ${bidi(entry.actor.name ?? entry.actor.id)}
<br><span class="meta" lang="en" dir="ltr">${entry.summary}</span></li>`,
      )}</ol>
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
