import { Html, html } from '../html';
import { OperationPreview } from '../previews';
import { PageContext, Notice, hasRole } from './context';
import { bidi, csrfField, facts, names, statusBadge, submitButton, textArea } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';
import { previewBlock } from './preview';

/** An amendment as its own page shows it: who stands behind it, where it stands, what it changes. */
export interface AmendmentActionsModel {
  readonly id: string;
  readonly status: string;
  readonly revision: number;
  readonly explanation: string | null;
  /** Ids; the first submitted it. */
  readonly proposers: readonly string[];
  readonly coSponsors: readonly string[];
}

export interface AmendmentActionsData extends DocumentHeader {
  readonly amendment: AmendmentActionsModel;
  /** The names of the stakeholders, by id. */
  readonly names: ReadonlyMap<string, string>;
  /** The amendment as it reads against the version it was drafted on, when that text could be read. */
  readonly preview?: OperationPreview;
  readonly notices?: readonly Notice[];
  /** What was typed in a form that was refused, to show again. */
  readonly explanation?: string;
  /** The words the amendment proposes, when they can be retyped (a MOD, an ADD, a new heading). */
  readonly wording?: string;
}

/** An amendment the chair has not decided on yet: the only kind that can still be revised, withdrawn or co-sponsored. */
const UNDECIDED = ['pending', 'deferred'];

/** What the viewer may do with an amendment: its proposers revise or withdraw it while undecided; another stakeholder may co-sponsor it. */
export function amendmentActionsAllowed(
  ctx: PageContext,
  amendment: AmendmentActionsModel,
): { readonly revise: boolean; readonly withdraw: boolean; readonly coSponsor: boolean } {
  const viewer = ctx.viewer?.id;
  if (!viewer || !hasRole(ctx, 'stakeholder') || !UNDECIDED.includes(amendment.status))
    return { revise: false, withdraw: false, coSponsor: false };
  const proposes = amendment.proposers.includes(viewer);
  return { revise: proposes, withdraw: proposes, coSponsor: !proposes && !amendment.coSponsors.includes(viewer) };
}

function forms(ctx: PageContext, data: AmendmentActionsData): Html {
  const { t } = ctx;
  const a = data.amendment;
  const may = amendmentActionsAllowed(ctx, a);
  if (!may.revise && !may.withdraw && !may.coSponsor) return html``;
  const action = (what: string) => `/web/amendments/${a.id}/${what}`;
  return html`<section aria-labelledby="actions-heading">
<h2 id="actions-heading">${t('amendmentActions.title')}</h2>
${
  may.coSponsor
    ? html`<form method="post" action="${action('co-sponsors')}">${csrfField(ctx)}
<p class="hint">${t('amendmentActions.coSponsorHint')}</p>
${submitButton(t('amendmentActions.coSponsor'))}
</form>`
    : ''
}
${
  may.revise
    ? html`<form method="post" action="${action('revisions')}">${csrfField(ctx)}
<h3>${t('amendmentActions.revise')}</h3>
${
  data.wording !== undefined
    ? textArea({
        id: 'wording',
        name: 'wording',
        label: t('amendmentActions.wording'),
        hint: t('amendmentActions.wordingHint'),
        value: data.wording,
        lang: data.document.language,
        rows: 4,
      })
    : html`<p class="hint">${t('amendmentActions.reviseHint')}</p>`
}
${textArea({ id: 'explanation', name: 'explanation', label: t('amendmentActions.explanation'), value: data.explanation ?? a.explanation ?? '', rows: 3 })}
${submitButton(t('amendmentActions.reviseSubmit'))}
</form>`
    : ''
}
${
  may.withdraw
    ? html`<form method="post" action="${action('withdrawal')}">${csrfField(ctx)}
<h3>${t('amendmentActions.withdraw')}</h3>
${textArea({ id: 'withdraw-reason', name: 'reason', label: t('amendmentActions.withdrawReason'), rows: 2 })}
${submitButton(t('amendmentActions.withdrawConfirm'), { secondary: true })}
</form>`
    : ''
}
</section>`;
}

/** One amendment: what it changes, who proposes and co-sponsors it (by name), its status, and what the viewer may do with it. */
export function amendmentActionsPage(ctx: PageContext, data: AmendmentActionsData): string {
  const { t } = ctx;
  const a = data.amendment;
  const name = (id: string) => data.names.get(id) ?? id;
  const title = t('amendmentActions.title');
  const body = html`<h1>${t('amendmentActions.heading')} ${bidi(data.document.symbol)}${a.revision > 0 ? html` · Rev.${a.revision}` : ''}</h1>
${data.preview ? previewBlock(ctx, data.document.language, data.preview) : ''}
${facts([
  [t('proposals.by'), names(ctx, a.proposers.map(name))],
  a.coSponsors.length > 0 && [t('contribution.coSponsoredBy'), names(ctx, a.coSponsors.map(name))],
  [t('proposals.status'), statusBadge(t, a.status)],
  a.explanation !== null && a.explanation !== '' && [t('composer.explanation'), bidi(a.explanation)],
])}
<p class="actions"><a href="/web/documents/${data.document.id}/compilation#amendment-${a.id}">${t('document.compilation')}</a></p>
${forms(ctx, data)}`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/amendments/${a.id}`, label: data.document.symbol }),
  });
}

/** The statuses of a contribution its submitters may still withdraw it from. */
const WITHDRAWABLE = ['submitted', 'revised', 'awaiting-co-submitters'];

/** Whether the viewer submitted the contribution and may still withdraw it. */
export function mayWithdrawContribution(
  ctx: PageContext,
  contribution: { readonly status: string; readonly cover: { readonly submitters: readonly string[] } },
): boolean {
  const viewer = ctx.viewer?.id;
  return (
    viewer !== undefined &&
    hasRole(ctx, 'stakeholder') &&
    WITHDRAWABLE.includes(contribution.status) &&
    contribution.cover.submitters.includes(viewer)
  );
}

/** The form to withdraw a contribution, folded under its symbol, where the contribution is listed. */
export function contributionWithdrawalForm(ctx: PageContext, contribution: { readonly id: string; readonly symbol: string }): Html {
  const { t } = ctx;
  const id = `withdraw-${contribution.id}`;
  return html`<details class="contribution-actions"><summary>${t('contributionActions.withdraw')}<span class="visually-hidden">: ${contribution.symbol}</span></summary>
<form method="post" action="/web/contributions/${contribution.id}/withdrawal">${csrfField(ctx)}
${textArea({ id, name: 'reason', label: t('contributionActions.withdrawReason'), rows: 2 })}
${submitButton(t('contributionActions.withdrawConfirm'), { secondary: true })}
</form></details>`;
}

/** A contribution's withdrawal refused: why, in the reader's language, and the way back to the consultation. */
export function contributionRefusalPage(
  ctx: PageContext,
  consultation: { readonly id: string; readonly title: string },
  notice: Notice,
): string {
  const { t } = ctx;
  const body = html`<h1>${t('contributionActions.withdraw')}</h1>
<p><a href="/web/consultations/${consultation.id}">${bidi(consultation.title)}</a></p>`;
  return layout(ctx, {
    title: t('contributionActions.withdraw'),
    body,
    notices: [notice],
    trail: [{ href: '/web', label: t('nav.consultations') }],
  });
}
