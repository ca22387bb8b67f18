import { html } from '../html';
import { PageContext } from './context';
import { layout } from './layout';

/** A page that says what went wrong, in the interface language, with a way back. */
export function errorPage(ctx: PageContext, options: { status: number; title: string; detail?: string; detailLanguage?: string }): string {
  const lang = options.detailLanguage ?? 'en';
  const body = html`<h1>${options.title}</h1>
${options.detail ? html`<p lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">${options.detail}</p>` : ''}
<p><a href="/web">${ctx.t('error.home')}</a></p>`;
  return layout(ctx, { title: options.title, body });
}
