import { Html, html } from '../html';
import { PageContext } from './context';
import { csrfField, submitButton, term, textArea, textField } from './components';
import { mayWithdrawContribution } from './amendment-actions';
import type { ContributionPageData, ContributionProposalModel } from './contribution';

/** Whether the viewer may revise the contribution from its page: one of its submitters, while it stands, with amendments or a report. */
export function mayReviseContribution(ctx: PageContext, data: Pick<ContributionPageData, 'contribution'>): boolean {
  return mayWithdrawContribution(ctx, data.contribution) && data.contribution.substance.kind !== 'draft';
}

/**
 * The form that records the next revision (Rev.1 after Rev.0, and so on): the cover's date,
 * title, purpose and action requested as they stand, to change, and for amendments each
 * proposal of the latest revision with a box to keep it; the earlier revisions stay as they were.
 */
export function contributionRevisionForm(
  ctx: PageContext,
  data: ContributionPageData,
  cite: (item: ContributionProposalModel) => Html,
): Html {
  if (!mayReviseContribution(ctx, data)) return html``;
  const { t } = ctx;
  const c = data.contribution;
  const lang = c.cover.originalLanguage;
  const next = `Rev.${c.revision + 1}`;
  const proposals =
    c.substance.kind === 'amendments' && data.proposals.length > 0
      ? html`<fieldset><legend>${t('contributionRevision.keep', { revision: next })}</legend>${data.proposals.map(
          (item, i) =>
            html`<div class="choice"><input type="checkbox" id="keep-${i}" name="keep" value="${item.proposal.amendmentId}" checked><label for="keep-${i}"><span class="tag" lang="en">${item.proposal.change.tag}</span> ${term(t, 'status', item.proposal.status)} — ${cite(item)}</label></div>`,
        )}</fieldset>`
      : '';
  return html`<section aria-labelledby="revise-heading">
<h2 id="revise-heading">${t('contributionRevision.title', { revision: next })}</h2>
<details><summary>${t('contributionRevision.open', { revision: next })}</summary>
<form method="post" action="/web/contributions/${c.id}/revisions">
${csrfField(ctx)}
<p class="hint">${t('contributionRevision.hint')}</p>
${textField({ id: 'revise-date', name: 'date', label: t('composer.date'), value: c.cover.date, type: 'date', required: true })}
${textField({ id: 'revise-title', name: 'title', label: t('composer.title'), value: c.cover.title, lang, required: true })}
${textArea({ id: 'revise-purpose', name: 'purpose', label: t('composer.purpose'), value: c.cover.purpose ?? '', lang, rows: 3 })}
${textArea({ id: 'revise-action', name: 'actionRequested', label: t('composer.actionRequested'), value: c.cover.actionRequested ?? '', lang, rows: 3 })}
${proposals}
${submitButton(t('contributionRevision.submit', { revision: next }))}
</form></details>
</section>`;
}
