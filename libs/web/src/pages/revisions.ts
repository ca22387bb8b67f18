import { DocumentDiff } from '#libs/text';
import { Html, html } from '../html';
import { markedDocument } from '../marked';
import { OperationPreview } from '../previews';
import { PageContext, Notice } from './context';
import { bidi, csrfField, date, facts, submitButton, textArea, textField } from './components';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';
import { previewBlock } from './preview';

/** A revision as the list shows it. */
export interface RevisionModel {
  readonly revision: number;
  readonly label: string;
  readonly symbol: string | null;
  readonly date: string;
  readonly versionNumber: number;
  readonly changes: number;
  /** Inputs and amendments the changes take up. */
  readonly reflected: number;
  readonly rebased: number;
  readonly overtaken: number;
}

/** What the chair's form carries from one post to the next: the whole text and what the revision prints. */
export interface RevisionForm {
  /** The idempotency key of the revision. */
  readonly key: string;
  readonly source: string;
  readonly label: string;
  readonly symbol: string;
  readonly date: string;
  readonly meeting: string;
}

/** The changes a pasted revision would make, as previewed. */
export interface RevisionPreviewModel {
  readonly changes: readonly OperationPreview[];
  /** What the derived amendments cannot say, in the interface language. */
  readonly unexpressed: readonly { readonly code: string; readonly message: string }[];
  readonly refused: boolean;
  /** The undecided amendments it would carry onto the revision, and those it would overtake. */
  readonly rebased: readonly string[];
  readonly overtaken: readonly string[];
  /** The working text against the revision. */
  readonly diff: DocumentDiff;
}

export interface RevisionsData extends DocumentHeader {
  /** The language of the document, which the text keeps whatever the interface language. */
  readonly language: string;
  readonly revisions: readonly RevisionModel[];
  /** Present for a chair of the consultation: the form to issue the next revision. */
  readonly form?: RevisionForm;
  readonly preview?: RevisionPreviewModel;
  readonly notices?: readonly Notice[];
}

function revisionList(ctx: PageContext, documentId: string, revisions: readonly RevisionModel[]): Html {
  const { t } = ctx;
  if (revisions.length === 0) return html`<p>${t('revisions.none')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${t('revisions.revision')}</th><th scope="col">${t('revisions.symbol')}</th><th scope="col">${t('revisions.date')}</th><th scope="col">${t('revisions.version')}</th><th scope="col">${t('revisions.changes')}</th><th scope="col">${t('revisions.reflects')}</th><th scope="col">${t('revisions.rebased')}</th><th scope="col">${t('revisions.overtaken')}</th></tr></thead>
<tbody>${revisions.map(
    (r) =>
      html`<tr><th scope="row">${bidi(r.label)}</th><td>${r.symbol ? bidi(r.symbol, 'symbol') : '—'}</td><td>${date(ctx, r.date)}</td><td><a href="/web/documents/${documentId}?version=${r.versionNumber}">${t('document.versionNumber', { number: r.versionNumber })}</a></td><td>${String(r.changes)}</td><td>${String(r.reflected)}</td><td>${String(r.rebased)}</td><td>${String(r.overtaken)}</td></tr>`,
  )}</tbody>
</table>`;
}

function previewSection(ctx: PageContext, language: string, preview: RevisionPreviewModel): Html {
  const { t } = ctx;
  return html`<section aria-labelledby="changes-heading">
<h2 id="changes-heading">${t('revisions.previewHeading', { count: preview.changes.length })}</h2>
${preview.refused ? html`<div class="notice error"><p>${t('revisions.notReproduced')}</p></div>` : ''}
<ol class="proposals">${preview.changes.map((change) => html`<li>${previewBlock(ctx, language, change)}</li>`)}</ol>
${
  preview.unexpressed.length > 0
    ? html`<div class="notice info"><p>${t('revisions.unexpressed')}</p><ul>${preview.unexpressed.map((item) => html`<li>${item.message}</li>`)}</ul></div>`
    : ''
}
${facts([
  [
    t('revisions.rebased'),
    preview.rebased.length > 0 ? html`${preview.rebased.map((id, i) => html`${i > 0 ? ' ' : ''}<code>${id}</code>`)}` : '—',
  ],
  [
    t('revisions.overtaken'),
    preview.overtaken.length > 0 ? html`${preview.overtaken.map((id, i) => html`${i > 0 ? ' ' : ''}<code>${id}</code>`)}` : '—',
  ],
])}
<h2>${t('revisions.marked')}</h2>
<div class="document">${markedDocument(preview.diff, ctx.locale, t)}</div>
</section>`;
}

function issueForm(ctx: PageContext, data: RevisionsData, form: RevisionForm): Html {
  const { t } = ctx;
  const path = `/web/documents/${data.document.id}/revisions`;
  return html`<section aria-labelledby="issue-heading">
<h2 id="issue-heading">${t('revisions.issueHeading')}</h2>
<form method="post" action="${path}" novalidate>
${csrfField(ctx, form.key)}
${textArea({ id: 'source', name: 'source', label: t('revisions.text'), hint: t('revisions.textHint'), value: form.source, lang: data.language, rows: 24, required: true })}
<div class="actions">${submitButton(t('revisions.preview'), { name: 'intent', value: 'preview', secondary: true })}</div>
${data.preview ? previewSection(ctx, data.language, data.preview) : ''}
${textField({ id: 'label', name: 'label', label: t('revisions.label'), hint: t('revisions.labelHint'), value: form.label, extra: html` dir="ltr"` })}
${textField({ id: 'symbol', name: 'symbol', label: t('revisions.symbol'), value: form.symbol, extra: html` dir="ltr"` })}
${textField({ id: 'date', name: 'date', label: t('revisions.date'), value: form.date, required: true, type: 'date' })}
${textField({ id: 'meeting', name: 'meeting', label: t('revisions.meeting'), value: form.meeting })}
<div class="actions">${submitButton(t('revisions.issue'), { name: 'intent', value: 'issue' })}</div>
</form>
</section>`;
}

/** A document's revisions, and for its chair the form to issue the next one from a pasted text, with a preview. */
export function revisionsPage(ctx: PageContext, data: RevisionsData): string {
  const { t } = ctx;
  const d = data.document;
  const title = t('revisions.title', { symbol: d.symbol });
  const body = html`<h1>${title}</h1>
${documentLinks(ctx, data)}
<p>${t('revisions.intro')}</p>
${revisionList(ctx, d.id, data.revisions)}
${data.form ? issueForm(ctx, data, data.form) : ''}`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/revisions`, label: t('document.revisions') }),
  });
}
