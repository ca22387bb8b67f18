import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { markedWords } from '../marked';
import { ConflictModel, ConsultationModel, ContributionModel, DocumentSummaryModel, ProposalModel } from '../models';
import { conflictMessage } from '../i18n/conflict-message';
import { isMessageKey } from '../i18n/translate';
import { PageContext, Notice } from './context';
import { date, inLanguage, parties, statusBadge, term } from './components';
import { bidi } from './components';
import { layout } from './layout';

export interface OwnProposal {
  readonly document: DocumentSummaryModel;
  readonly proposal: ProposalModel;
  /** The provision it bears on, by its label as printed in the version it was drafted against. */
  readonly provisionLabel?: string;
  /** The undecided proposals of others it conflicts with, and why. */
  readonly conflicts?: readonly { readonly other: ProposalModel; readonly conflict: ConflictModel }[];
}

export interface ProposalsData {
  readonly proposals: readonly OwnProposal[];
  readonly contributions: readonly { readonly contribution: ContributionModel; readonly consultation: ConsultationModel }[];
  readonly notices?: readonly Notice[];
}

/** Why two proposals conflict, in the page's language with the provision as printed; one recorded without a key keeps its English. */
function conflictReason(ctx: PageContext, conflict: ConflictModel): Html {
  if (conflict.key !== undefined && isMessageKey(conflict.key))
    return html`<span>${conflictMessage(ctx.t, { key: conflict.key as Parameters<typeof conflictMessage>[1]['key'], params: conflict.params ?? {} })}</span>`;
  return html`<span lang="en" dir="ltr">${conflict.message}</span>`;
}

/** The proposals of the viewer in conflict with another still undecided: the first thing they see after proposing. */
function conflictsSection(ctx: PageContext, data: ProposalsData): Html {
  const { t } = ctx;
  const inConflict = data.proposals.filter((item) => (item.conflicts?.length ?? 0) > 0);
  if (inConflict.length === 0) return html``;
  return html`<section aria-labelledby="own-conflicts-heading" class="notice error">
<h2 id="own-conflicts-heading"><span aria-hidden="true">⚠ </span>${t('proposals.conflicts')}</h2>
<ul>${inConflict.flatMap(({ proposal, conflicts }) =>
    (conflicts ?? []).map(
      ({ other, conflict }) =>
        html`<li class="conflict"><a href="#amendment-${proposal.amendmentId}"><span class="tag" lang="en">${proposal.change.tag}</span>${parties(proposal.proposers, ctx)}</a> — ${t('compilation.conflictsWith')} <span class="tag" lang="en">${other.change.tag}</span>${parties(other.proposers, ctx)}${
          other.contribution ? html` (${bidi(other.contribution.symbol, 'symbol')})` : ''
        }: ${conflictReason(ctx, conflict)}</li>`,
    ),
  )}</ul>
</section>`;
}

function decisionText(ctx: PageContext, proposal: ProposalModel): Html {
  const decision = proposal.decision;
  if (!decision) return html`<span class="meta">${ctx.t('proposals.undecided')}</span>`;
  return html`${term(ctx.t, 'ruling', decision.ruling)}${decision.meeting ? html` — <bdi>${decision.meeting}</bdi>` : ''}${decision.date ? html`, ${date(ctx, decision.date)}` : ''}${
    decision.reason ? html`<br><span class="meta"><bdi>${decision.reason}</bdi></span>` : ''
  }`;
}

/** A stakeholder's own proposals and contributions, with their status and the decisions on them. */
export function proposalsPage(ctx: PageContext, data: ProposalsData): string {
  const { t } = ctx;
  const byDocument = new Map<string, OwnProposal[]>();
  for (const item of data.proposals) byDocument.set(item.document.id, [...(byDocument.get(item.document.id) ?? []), item]);
  const tables = [...byDocument.values()].map((items) => {
    const d = items[0].document;
    const doc = html` lang="${d.language}" dir="${directionOf(d.language)}"`;
    return html`<h3><a href="/web/documents/${d.id}/compilation">${bidi(d.symbol, 'symbol')}</a> — ${inLanguage(d.language, d.title)}</h3>
<table>
<thead><tr><th scope="col">${t('proposals.provision')}</th><th scope="col">${t('proposals.proposal')}</th><th scope="col">${t('proposals.by')}</th><th scope="col">${t('proposals.status')}</th><th scope="col">${t('proposals.decision')}</th></tr></thead>
<tbody>${items.map(
      ({ proposal, provisionLabel }) => html`<tr id="amendment-${proposal.amendmentId}">
<th scope="row"${doc}>${provisionLabel ?? ''}</th>
<td><span class="tag" lang="en">${proposal.change.tag}</span> <span${doc}>${
        proposal.change.segments
          ? markedWords(proposal.change.segments, ctx.locale, t)
          : proposal.change.text !== undefined
            ? markedWords([{ kind: 'insert', text: proposal.change.text }], ctx.locale, t)
            : ''
      }</span></td>
<td>${parties(proposal.proposers, ctx)}${proposal.contribution ? html`<br><span class="meta">${bidi(proposal.contribution.symbol, 'symbol')}</span>` : ''}</td>
<td>${statusBadge(t, proposal.status)}<br><a href="/web/amendments/${proposal.amendmentId}">${t('amendmentActions.open')}</a></td>
<td>${decisionText(ctx, proposal)}</td>
</tr>`,
    )}</tbody>
</table>`;
  });
  const body = html`<h1>${t('proposals.title')}</h1>
<p>${t('proposals.intro')}</p>
${conflictsSection(ctx, data)}
<h2>${t('proposals.amendments')}</h2>
${tables.length === 0 ? html`<p>${t('proposals.none')}</p>` : tables}
<h2>${t('proposals.contributions')}</h2>
${
  data.contributions.length === 0
    ? html`<p>${t('proposals.noContributions')}</p>`
    : html`<table><thead><tr><th scope="col">${t('contribution.symbol')}</th><th scope="col">${t('contribution.title')}</th><th scope="col">${t('proposals.consultation')}</th><th scope="col">${t('contribution.date')}</th><th scope="col">${t('contribution.status')}</th></tr></thead><tbody>${data.contributions.map(
        ({ contribution, consultation }) =>
          html`<tr><th scope="row">${bidi(contribution.symbol, 'symbol')}</th><td><bdi>${contribution.title}</bdi></td><td><a href="/web/consultations/${consultation.id}">${inLanguage(consultation.originalLanguage, consultation.title)}</a></td><td>${date(ctx, contribution.cover.date)}</td><td>${term(t, 'contributionStatus', contribution.status)}${contribution.revision > 0 ? ` (Rev.${contribution.revision})` : ''}</td></tr>`,
      )}</tbody></table>`
}`;
  return layout(ctx, { title: t('proposals.title'), body, notices: data.notices });
}
