import { ResolutionDocument } from '#libs/text';
import { formatDateTimeIn } from '../format';
import { Html, html } from '../html';
import { provisionChoices } from '../labels';
import { choiceGroup, csrfField, facts, submitButton, textArea, textField } from './components';
import { bidi } from './components';
import { chairs } from './consultation';
import { PageContext, Notice, hasRole } from './context';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';

/** A silence procedure as the page shows it (the API's SilenceView). */
export interface SilenceModel {
  readonly silenceId: string;
  readonly versionNumber: number;
  readonly deadline: string;
  readonly timeZone: string;
  readonly state: string;
  readonly breaks: readonly { readonly stakeholderId: string; readonly provisionIds: readonly string[]; readonly reasons: string }[];
  readonly concludedAt?: string;
  readonly adoption: { readonly label?: unknown };
}

export interface SilencePageData extends DocumentHeader {
  readonly silences: readonly SilenceModel[];
  /** The working text: the provisions a break names, as printed. */
  readonly text: ResolutionDocument;
  readonly stakeholderName: (id: string) => string;
  readonly notices?: readonly Notice[];
}

/** An instant in a zone as people there read it, in the one date form of the pages: "9 December 2025, 18:00:00 GMT-5". */
function inZone(ctx: PageContext, iso: string, timeZone: string): string {
  return formatDateTimeIn(ctx.locale, iso, timeZone);
}

function deadlineFacts(ctx: PageContext, silence: SilenceModel): Html {
  const { t } = ctx;
  return html`<time datetime="${silence.deadline}">${inZone(ctx, silence.deadline, silence.timeZone)} (<bdi>${silence.timeZone}</bdi>)</time><br>
<span class="hint">${inZone(ctx, silence.deadline, 'UTC')}</span> · <span class="hint">${t('silence.asAnnounced')}: <bdi>${silence.deadline}</bdi></span>`;
}

function silenceSection(ctx: PageContext, data: SilencePageData, silence: SilenceModel, labels: ReadonlyMap<string, string>): Html {
  const { t } = ctx;
  const cite = (ids: readonly string[]) => ids.map((id) => labels.get(id) || id).join(ctx.locale === 'ar' ? '، ' : ', ');
  return html`<section aria-labelledby="silence-${silence.silenceId}">
<h2 id="silence-${silence.silenceId}">${t('silence.heading', { version: silence.versionNumber })}</h2>
${facts([
  [t('silence.state'), t(`silence.state.${silence.state}` as 'silence.state.open')],
  [t('silence.deadline'), deadlineFacts(ctx, silence)],
  typeof silence.adoption.label === 'string' && [t('silence.adoptedAs'), html`<bdi>${silence.adoption.label}</bdi>`],
  silence.concludedAt !== undefined && [t('silence.concludedAt'), inZone(ctx, silence.concludedAt, 'UTC')],
])}
${
  silence.breaks.length > 0
    ? html`<h3>${t('silence.breaks')}</h3><ul>${silence.breaks.map(
        (b) => html`<li><bdi>${data.stakeholderName(b.stakeholderId)}</bdi>: ${cite(b.provisionIds)} — <q>${b.reasons}</q></li>`,
      )}</ul>`
    : ''
}
${silence.state === 'open' ? openForms(ctx, data, silence) : ''}
</section>`;
}

function openForms(ctx: PageContext, data: SilencePageData, silence: SilenceModel): Html {
  const { t } = ctx;
  const base = `/web/documents/${data.document.id}/silences/${encodeURIComponent(silence.silenceId)}`;
  const extend = chairs(ctx, data.consultation)
    ? html`<form method="post" action="${base}/extensions">
${csrfField(ctx)}
<h3>${t('silence.extend')}</h3>
${textField({ id: 'extend-deadline', name: 'deadline', label: t('silence.newDeadline'), hint: t('silence.deadlineHint'), required: true })}
${textField({ id: 'extend-zone', name: 'timeZone', label: t('silence.timeZone'), hint: t('silence.timeZoneHint'), value: silence.timeZone, required: true })}
${textField({ id: 'extend-reason', name: 'reason', label: t('silence.reason') })}
${submitButton(t('silence.extendSubmit'))}
</form>`
    : '';
  const choices = provisionChoices(data.text);
  const breakForm = hasRole(ctx, 'stakeholder')
    ? html`<form method="post" action="${base}/breaks">
${csrfField(ctx)}
<h3>${t('silence.break')}</h3>
<p class="hint">${t('silence.breakHint')}</p>
${textField({ id: 'break-stakeholder', name: 'stakeholderId', label: t('silence.breakFor'), value: ctx.viewer?.id ?? '', required: true })}
${choiceGroup({
  legend: t('silence.provisions'),
  name: 'provisionIds',
  type: 'checkbox',
  idPrefix: 'break-provision',
  choices: choices.map((c) => ({ value: c.id, label: html`<bdi>${c.label || c.heading}</bdi> ${c.text.slice(0, 80)}` })),
})}
${textArea({ id: 'break-reasons', name: 'reasons', label: t('silence.reasons'), required: true })}
${submitButton(t('silence.breakSubmit'))}
</form>`
    : '';
  return html`${extend}${breakForm}`;
}

function startForm(ctx: PageContext, data: SilencePageData): Html {
  const { t } = ctx;
  const phase = data.consultation.phase;
  if (!chairs(ctx, data.consultation) || (phase !== 'negotiation' && phase !== 'adoption')) return html``;
  if (data.silences.some((s) => s.state === 'open')) return html``;
  return html`<section aria-labelledby="silence-start">
<h2 id="silence-start">${t('silence.start')}</h2>
<p class="hint">${t('silence.startHint')}</p>
<form method="post" action="/web/documents/${data.document.id}/silences">
${csrfField(ctx)}
${textField({ id: 'start-deadline', name: 'deadline', label: t('silence.deadline'), hint: t('silence.deadlineHint'), required: true })}
${textField({ id: 'start-zone', name: 'timeZone', label: t('silence.timeZone'), hint: t('silence.timeZoneHint'), value: 'America/New_York', required: true })}
${textField({ id: 'start-label', name: 'label', label: t('chair.versionLabel'), hint: t('chair.versionLabelHint'), required: true })}
${textField({ id: 'start-meeting', name: 'meeting', label: t('silence.meeting'), required: true })}
${textField({ id: 'start-symbol', name: 'symbol', label: t('chair.adoptedSymbol'), hint: t('chair.adoptedSymbolHint') })}
${submitButton(t('silence.startSubmit'))}
</form>
</section>`;
}

/** The silence procedure of a document: each silence with its deadline in the announced zone and in UTC, its breaks and outcome, and the forms. */
export function silencePage(ctx: PageContext, data: SilencePageData): string {
  const { t } = ctx;
  const d = data.document;
  const labels = new Map(provisionChoices(data.text).map((c) => [c.id, c.label]));
  const body = html`<h1>${t('silence.title')}: ${bidi(d.symbol, 'symbol')}</h1>
${documentLinks(ctx, data)}
${data.silences.length === 0 ? html`<p>${t('silence.none')}</p>` : ''}
${[...data.silences].reverse().map((silence) => silenceSection(ctx, data, silence, labels))}
${startForm(ctx, data)}`;
  return layout(ctx, {
    title: `${t('silence.title')}: ${d.symbol}`,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/silence`, label: t('silence.title') }),
  });
}
