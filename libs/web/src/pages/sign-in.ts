import { html } from '../html';
import { PageContext, Notice } from './context';
import { csrfField, submitButton } from './components';
import { layout } from './layout';

/** An identity the development sign-in offers: who, in which role. */
export interface DevelopmentIdentity {
  /** `role:id`, as the form posts it. */
  readonly key: string;
  readonly role: string;
  readonly id: string;
  readonly name: string;
  /** What makes this identity one to pick: its category, the consultation it chairs. */
  readonly note?: string;
}

/** Who a development identity is, in words: a stakeholder by its name, the others by what they do (a chair, by the consultation chaired), never by an account id. */
function personName(ctx: PageContext, identity: DevelopmentIdentity): string {
  if (identity.role === 'stakeholder') return identity.name;
  if (identity.role === 'chair' && identity.note) return ctx.t('signIn.chairOf', { consultation: identity.note });
  return ctx.t(`signIn.person.${identity.role}` as never);
}

/**
 * Signing in: with a token from the identity provider, kept in an HttpOnly cookie; in
 * development also by picking one of the people of the consultations, for whom the server
 * signs a token the way `npm run cli -- token` does.
 */
export function signInPage(
  ctx: PageContext,
  options: { next: string; identities?: readonly DevelopmentIdentity[]; notices?: readonly Notice[] },
): string {
  const { t } = ctx;
  const identities = options.identities;
  const groups = identities
    ? (['stakeholder', 'chair', 'secretariat', 'translator', 'auditor'] as const)
        .map((role) => ({ role, list: identities.filter((identity) => identity.role === role) }))
        .filter((group) => group.list.length > 0)
    : [];
  const development = identities
    ? html`<section aria-labelledby="dev-heading">
<h2 id="dev-heading">${t('signIn.devHeading')}</h2>
<p class="hint">${t('signIn.devHint')}</p>
<form method="post" action="/web/sign-in/development">
${csrfField(ctx)}<input type="hidden" name="next" value="${options.next}">
${groups.map(
  (group) => html`<h3>${t(`signIn.group.${group.role}`)}</h3>
<ul class="identities">${group.list.map(
    (identity) =>
      html`<li>${submitButton(personName(ctx, identity), { name: 'identity', value: identity.key, secondary: true })}${
        identity.note && identity.role !== 'chair' ? html` <span class="hint"><bdi>${identity.note}</bdi></span>` : ''
      }</li>`,
  )}</ul>`,
)}
</form>
</section>`
    : '';
  const body = html`<h1>${t('signIn.title')}</h1>
<p>${t('signIn.intro')}</p>
<section aria-labelledby="token-heading">
<h2 id="token-heading">${t('signIn.tokenHeading')}</h2>
<form method="post" action="/web/sign-in">
${csrfField(ctx)}<input type="hidden" name="next" value="${options.next}">
<label for="token">${t('signIn.token')}</label>
<p class="hint" id="token-hint">${t('signIn.tokenHint')}</p>
<input type="password" id="token" name="token" required autocomplete="off" aria-describedby="token-hint" dir="ltr">
${submitButton(t('signIn.submit'))}
</form>
</section>
${development}`;
  return layout(ctx, { title: t('signIn.title'), body, notices: options.notices });
}
