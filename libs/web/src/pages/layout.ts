import { ASSETS } from '../assets';
import { Html, HtmlPart, html } from '../html';
import { LOCALES, Locale, directionOf } from '../i18n/locale';
import { PageContext, Notice, hasRole } from './context';
import { csrfField, term } from './components';
import { searchForm } from './search';

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { ar: 'العربية', en: 'English' };

export interface PageOptions {
  readonly title: string;
  readonly body: HtmlPart;
  readonly notices?: readonly Notice[];
  /** Whether the page needs the progressive-enhancement script. */
  readonly script?: boolean;
  /** The trail above the title: links from the consultations list down to this page. */
  readonly trail?: readonly { readonly href: string; readonly label: string; readonly lang?: string }[];
}

/** The same page in another interface language. */
export function urlInLanguage(url: string, locale: Locale): string {
  const parsed = new URL(url, 'http://page.invalid');
  parsed.searchParams.set('lang', locale);
  // What was just done was said once, in the language it was done in.
  parsed.searchParams.delete('notice');
  parsed.searchParams.delete('after');
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function notices(ctx: PageContext, list: readonly Notice[]): Html {
  return html`${list.map(
    (notice) =>
      html`<div class="notice ${notice.kind}" role="${notice.kind === 'error' ? 'alert' : 'status'}"><span class="icon" aria-hidden="true">${notice.kind === 'error' ? '⚠' : notice.kind === 'success' ? '✓' : 'ℹ'}</span>${notice.text}${
        notice.detail
          ? html`<p class="hint" lang="${notice.detailLanguage ?? 'en'}" dir="${notice.detailLanguage === 'ar' ? 'rtl' : 'ltr'}">${notice.detail}</p>`
          : ''
      }</div>`,
  )}`;
}

function header(ctx: PageContext): Html {
  const { t, viewer } = ctx;
  const links: Html[] = [];
  if (viewer) {
    links.push(html`<li><a href="/web">${t('nav.consultations')}</a></li>`);
    if (hasRole(ctx, 'stakeholder')) links.push(html`<li><a href="/web/proposals">${t('nav.proposals')}</a></li>`);
    if (hasRole(ctx, 'stakeholder') || hasRole(ctx, 'chair') || hasRole(ctx, 'secretariat'))
      links.push(html`<li><a href="/web/notifications">${t('awareness.nav')}</a></li>`);
    if (hasRole(ctx, 'auditor') || hasRole(ctx, 'secretariat'))
      links.push(
        html`<li><a href="/web/audit">${t('nav.verification')}</a></li>`,
        html`<li><a href="/web/projections">${t('nav.projections')}</a></li>`,
      );
  }
  const other = LOCALES.filter((locale) => locale !== ctx.locale);
  const switches = other.map(
    (locale) => html`<a href="${urlInLanguage(ctx.url, locale)}" lang="${locale}" hreflang="${locale}">${LANGUAGE_NAMES[locale]}</a>`,
  );
  const roles = viewer?.roles.map((role) => term(t, 'role', role)).join(ctx.locale === 'ar' ? '، ' : ', ');
  // A person by the name the token gives, with the roles; with no name, by the roles alone, never by the account.
  const who = viewer
    ? html`<span>${t('nav.signedInAs')} ${viewer.name ? html`<bdi>${viewer.name}</bdi> (${roles})` : roles}</span>
<form method="post" action="/web/sign-out" class="inline">${csrfField(ctx)}<button type="submit" class="secondary">${t('nav.signOut')}</button></form>`
    : html`<a href="/web/sign-in">${t('nav.signIn')}</a>`;
  return html`<header class="site">
<a class="brand" href="/web">${t('app.name')}</a>
<nav aria-label="${t('nav.label')}"><ul>${links}</ul></nav>
${viewer ? searchForm(ctx, 'site-search') : ''}
<div class="who">${switches}${who}</div>
</header>`;
}

/** A whole page: `<html lang dir>` of the interface language, the site header, the notices, the body. */
export function layout(ctx: PageContext, options: PageOptions): string {
  const trail = options.trail?.length
    ? html`<nav aria-label="${ctx.t('nav.trail')}" class="trail"><ol class="phases">${options.trail.map(
        (step) =>
          html`<li><a href="${step.href}"${step.lang ? html` lang="${step.lang}" dir="${directionOf(step.lang)}"` : ''}>${step.label}</a></li>`,
      )}</ol></nav>`
    : '';
  const page = html`<!DOCTYPE html>
<html lang="${ctx.locale}" dir="${directionOf(ctx.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${ctx.t('app.name')}</title>
<link rel="stylesheet" href="${ASSETS.css.path}">
${options.script ? html`<script src="${ASSETS.js.path}" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${ctx.t('nav.skip')}</a>
${header(ctx)}
<main id="main" tabindex="-1">
${trail}
${notices(ctx, options.notices ?? [])}
${options.body}
</main>
</body>
</html>
`;
  return page.markup;
}
