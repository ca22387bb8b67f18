import { PHASES } from '#libs/contracts';
import { Html, html } from '../html';
import { ConsultationModel, ContributionModel, DocumentSummaryModel, StakeholderModel } from '../models';
import { PageContext, Notice, hasRole } from './context';
import { bidi, csrfField, date, facts, inLanguage, names, selectField, submitButton, term, textArea } from './components';
import { layout } from './layout';
import { deadlineList } from './deadline';
import { contributionWithdrawalForm, mayWithdrawContribution } from './amendment-actions';

export interface ConsultationPageData {
  readonly consultation: ConsultationModel;
  readonly documents: readonly DocumentSummaryModel[];
  readonly contributions: readonly ContributionModel[];
  readonly stakeholders: ReadonlyMap<string, StakeholderModel>;
  readonly notices?: readonly Notice[];
  /** The moment the deadlines' countdown counts from (now when absent). */
  readonly now?: Date;
}

export function nameOf(stakeholders: ReadonlyMap<string, StakeholderModel>, id: string): string {
  return stakeholders.get(id)?.name ?? id;
}

/** Whether the viewer presides over this consultation. */
export function chairs(ctx: PageContext, consultation: ConsultationModel): boolean {
  return hasRole(ctx, 'chair') && ctx.viewer !== undefined && consultation.chairs.includes(ctx.viewer.id);
}

function phaseForms(ctx: PageContext, consultation: ConsultationModel): Html {
  const { t } = ctx;
  const index = PHASES.indexOf(consultation.phase as (typeof PHASES)[number]);
  const next = PHASES[index + 1];
  const isChair = chairs(ctx, consultation);
  if (!isChair && !hasRole(ctx, 'secretariat')) return html``;
  const earlier = PHASES.slice(1, Math.max(index, 1));
  return html`<section aria-labelledby="phase-heading">
<h2 id="phase-heading">${t('consultation.phaseManagement')}</h2>
${
  next
    ? html`<form method="post" action="/web/consultations/${consultation.id}/phase">
${csrfField(ctx)}<input type="hidden" name="to" value="${next}">
${submitButton(t('consultation.moveTo', { phase: term(t, 'phase', next) }))}
</form>`
    : ''
}
${
  isChair && earlier.length > 0
    ? html`<form method="post" action="/web/consultations/${consultation.id}/phase">
${csrfField(ctx)}
${selectField({ id: 'reopen-to', name: 'to', label: t('consultation.reopen'), choices: earlier.map((phase) => ({ value: phase, label: term(t, 'phase', phase) })) })}
${textArea({ id: 'reopen-reason', name: 'reason', label: t('consultation.reopenReason'), required: true, rows: 2 })}
${submitButton(t('consultation.reopenSubmit'), { secondary: true })}
</form>`
    : ''
}
</section>`;
}

/** A consultation: its phase, its documents, its contributions, and what the viewer can do next. */
export function consultationPage(ctx: PageContext, data: ConsultationPageData): string {
  const { t } = ctx;
  const { consultation: c } = data;
  const name = (id: string) => nameOf(data.stakeholders, id);
  const isStakeholder = hasRole(ctx, 'stakeholder');
  const open = c.phase === 'open-for-contributions';
  const deadlines = Object.entries(c.deadlines);
  const documents = data.documents.map(
    (d) => html`<tr>
<th scope="row">${bidi(d.symbol, 'symbol')}</th>
<td>${inLanguage(d.language, d.title)}</td>
<td><bdi>${d.currentVersionLabel}</bdi> (${t('document.versionNumber', { number: d.currentVersion })})</td>
<td><ul class="links">
<li><a href="/web/documents/${d.id}">${t('document.read')}</a></li>
<li><a href="/web/documents/${d.id}/marked">${t('document.marked')}</a></li>
<li><a href="/web/documents/${d.id}/compilation">${t('document.compilation')}</a></li>
${isStakeholder && (open || c.phase === 'negotiation') ? html`<li><a href="/web/documents/${d.id}/compose?mode=${open ? 'contribution' : 'amendment'}">${open ? t('document.contribute') : t('document.propose')}</a></li>` : ''}
</ul></td>
</tr>`,
  );
  const contributions = data.contributions.map(
    (contribution) => html`<tr>
<th scope="row">${bidi(contribution.symbol, 'symbol')} <a href="/web/contributions/${contribution.id}/contribution.docx" download>${t('word.download')}<span class="visually-hidden">: ${contribution.symbol}</span></a></th>
<td><a href="/web/contributions/${contribution.id}"><bdi>${contribution.title}</bdi></a></td>
<td>${names(ctx, contribution.cover.submitters.map(name))}${
      contribution.cover.coSponsors?.length
        ? html`<br><span class="meta">${t('contribution.coSponsoredBy')} ${names(ctx, contribution.cover.coSponsors.map(name))}</span>`
        : ''
    }</td>
<td>${date(ctx, contribution.cover.date)}</td>
<td>${term(t, 'contributionStatus', contribution.status)}${contribution.revision > 0 ? html` (Rev.${contribution.revision})` : ''}${
      mayWithdrawContribution(ctx, contribution) ? contributionWithdrawalForm(ctx, contribution) : ''
    }</td>
</tr>`,
  );
  const body = html`<h1>${inLanguage(c.originalLanguage, c.title)}</h1>
<ol class="phases" aria-label="${t('consultation.phases')}">${PHASES.map(
    (phase) => html`<li${phase === c.phase ? html` aria-current="step"` : ''}>${term(t, 'phase', phase)}</li>`,
  )}</ol>
${facts([
  [t('consultation.body'), bidi(c.body)],
  [t('consultation.subject'), bidi(c.subject)],
  [t('consultation.originalLanguage'), term(t, 'language', c.originalLanguage)],
  [t('consultation.chairs'), names(ctx, c.chairs.map(name))],
  [t('consultation.participants'), names(ctx, c.participants.map(name))],
  deadlines.length > 0 && [t('consultation.deadlines'), deadlineList(ctx, c.deadlines, data.now ?? new Date())],
])}
<p class="actions"><a href="/web/consultations/${c.id}/history">${t('consultation.history')}</a> <a href="/web/consultations/${c.id}/participation-figures">${t('pictures.participation.link')}</a> <a href="/web/consultations/${c.id}/progress">${t('pictures.progress.link')}</a></p>
${phaseForms(ctx, c)}
<h2>${t('consultation.documents')}</h2>
${
  documents.length === 0
    ? html`<p>${t('consultation.noDocuments')}</p>`
    : html`<table><thead><tr><th scope="col">${t('document.symbol')}</th><th scope="col">${t('document.title')}</th><th scope="col">${t('document.version')}</th><th scope="col">${t('document.pages')}</th></tr></thead><tbody>${documents}</tbody></table>`
}
<h2>${t('consultation.contributions')}</h2>
${
  contributions.length === 0
    ? html`<p>${t('consultation.noContributions')}</p>`
    : html`<table><thead><tr><th scope="col">${t('contribution.symbol')}</th><th scope="col">${t('contribution.title')}</th><th scope="col">${t('contribution.submitters')}</th><th scope="col">${t('contribution.date')}</th><th scope="col">${t('contribution.status')}</th></tr></thead><tbody>${contributions}</tbody></table>`
}`;
  return layout(ctx, { title: c.title, body, notices: data.notices, trail: [{ href: '/web', label: t('nav.consultations') }] });
}
