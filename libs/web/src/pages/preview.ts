import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { markedWords } from '../marked';
import { OperationPreview, refusalText } from '../previews';
import { PageContext } from './context';
import { term } from './components';

/** An amendment as it will read: its ITU tag, the provision by its printed label, the marked words, and where a new provision goes. */
export function previewBlock(ctx: PageContext, language: string, preview: OperationPreview): Html {
  const { t } = ctx;
  const doc = html` lang="${language}" dir="${directionOf(language)}"`;
  const about = preview.label || preview.heading;
  return html`<div class="preview">
<p><span class="tag" lang="en">${preview.tag}</span> ${
    about
      ? html`<span${doc}>${preview.label ? html`<span class="label">${preview.label}</span>` : ''}${preview.heading && !preview.label ? preview.heading : ''}</span>`
      : ''
  }${preview.newLabel ? html` ${t('preview.newLabel')} <span${doc} class="label">${preview.newLabel}</span>` : ''}${
    preview.place ? html` — ${term(t, 'relation', preview.place.relation)} <span${doc}>${preview.place.label}</span>` : ''
  }</p>
${preview.segments.length > 0 ? html`<p class="change"${doc}>${markedWords(preview.segments, ctx.locale, t)}</p>` : ''}
${preview.refusal ? html`<p class="conflict">${t('preview.doesNotApply')} <span>${refusalText(preview.refusal, ctx.locale)}</span></p>` : ''}
</div>`;
}
