import { renderRefusal } from '#libs/contracts';
import { AmendmentRefusal, DocumentDiff, ImportWarning } from '#libs/text';
import { Html, html } from '../html';
import { importWarningMessage } from '../i18n/import-warning-message';
import { directionOf } from '../i18n/locale';
import { MessageKey, isMessageKey } from '../i18n/translate';
import { markedDocument } from '../marked';
import { StakeholderModel } from '../models';
import { OperationPreview } from '../previews';
import { PageContext, Notice } from './context';
import { csrfField, selectField, submitButton, textArea, textField } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';
import { previewBlock } from './preview';

/** What the page's form carries from one post to the next: the whole text as edited, and the cover of the contribution. */
export interface EditedTextForm {
  /** The idempotency key of the submission. */
  readonly key: string;
  readonly source: string;
  readonly symbol: string;
  readonly date: string;
  readonly title: string;
  readonly purpose: string;
  /** The stakeholder itself, or a group it speaks in. */
  readonly submitter: string;
  /** The reasons given for the amendments, by the key of what each amends (a Word file's "Reasons" paragraphs, or typed). */
  readonly reasons: Readonly<Record<string, string>>;
}

/** Why an amendment the text proposes is left out: fields the contribution endpoint refuses or would not carry, or the engine's refusal to apply it. */
export type LeftOutReasonModel =
  | { readonly kind: 'refused' | 'notCarried'; readonly fields: readonly string[] }
  | { readonly kind: 'doesNotApply'; readonly refusal?: { readonly key: string; readonly params?: AmendmentRefusal['params'] } };

/** A difference the amendments do not carry: its code, the engine's words, the amendment left out and why, if one is. */
export interface DerivedWarningModel {
  readonly code: string;
  readonly message: string;
  readonly leftOut?: OperationPreview;
  readonly reason?: LeftOutReasonModel;
}

/** What the edited text proposes, as previewed. */
export interface DerivedProposalModel {
  readonly amendments: readonly OperationPreview[];
  /** For each amendment, the key its reasons travel under from one post to the next. */
  readonly reasonKeys: readonly string[];
  readonly warnings: readonly DerivedWarningModel[];
  readonly importWarnings: readonly ImportWarning[];
  /** The current version against the text the amendments make of it. */
  readonly diff: DocumentDiff;
}

export interface EditedTextData extends DocumentHeader {
  /** The language of the document, which the text keeps whatever the interface language. */
  readonly language: string;
  readonly versionLabel: string;
  readonly form: EditedTextForm;
  readonly actingFor: readonly StakeholderModel[];
  readonly derived?: DerivedProposalModel;
  readonly notices?: readonly Notice[];
}

function warningText(ctx: PageContext, code: string): string {
  const key = `derivedWarning.${code}`;
  return isMessageKey(key) ? ctx.t(key as MessageKey) : ctx.t('error.badRequest');
}

/** Why an amendment is left out, in the interface language (the engine's refusal rendered from its key). */
function leftOutReason(ctx: PageContext, reason: LeftOutReasonModel): Html {
  const { t } = ctx;
  if (reason.kind !== 'doesNotApply') {
    const fields = html`${reason.fields.map((field, i) => html`${i > 0 ? ', ' : ''}<code>${field}</code>`)}`;
    return html`<p>${t(reason.kind === 'refused' ? 'derivedWarning.leftOut.refused' : 'derivedWarning.leftOut.notCarried')} ${fields}</p>`;
  }
  const why = reason.refusal ? renderRefusal(reason.refusal.key, reason.refusal.params, ctx.locale) : undefined;
  return html`<p>${why ? t('derivedWarning.leftOut.doesNotApplyBecause', { why }) : t('derivedWarning.leftOut.doesNotApply')}</p>`;
}

function derivedSection(ctx: PageContext, data: EditedTextData, derived: DerivedProposalModel): Html {
  const { t } = ctx;
  const language = data.language;
  return html`<section aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">${t('derived.amendments', { count: derived.amendments.length })}</h2>
      ${
        derived.amendments.length > 0
          ? html`<ol class="proposals">
              ${derived.amendments.map((preview, i) => {
                const key = derived.reasonKeys[i];
                return html`<li>
                  ${previewBlock(ctx, language, preview)}
                  <input type="hidden" name="reasonFor" value="${key}" />
                  ${textArea({ id: `reason-${i + 1}`, name: 'reason', label: t('derived.reasons'), value: data.form.reasons[key] ?? '', lang: language, rows: 2 })}
                </li>`;
              })}
            </ol>`
          : html`<p>${t('derived.noAmendments')}</p>`
      }
    </section>
    ${
      derived.warnings.length > 0
        ? html`<section aria-labelledby="warnings-heading" class="notice info">
            <h2 id="warnings-heading">${t('derived.warnings')}</h2>
            <ul>
              ${derived.warnings.map(
                (warning) =>
                  html`<li>
                    ${warningText(ctx, warning.code)}
                    ${warning.leftOut ? previewBlock(ctx, language, warning.leftOut) : ''}${warning.reason ? leftOutReason(ctx, warning.reason) : ''}
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    ${
      derived.importWarnings.length > 0
        ? html`<section aria-labelledby="import-warnings-heading" class="notice info">
            <h2 id="import-warnings-heading">${t('derived.importWarnings')}</h2>
            <ul>
              ${derived.importWarnings.map(
                (warning) =>
                  html`<li>
                    ${t('derived.line', { line: warning.line })}: ${importWarningMessage(t, warning)}
                    <span class="meta" lang="${language}" dir="${directionOf(language)}">${warning.text}</span>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    ${
      derived.amendments.length > 0
        ? html`<section aria-labelledby="marked-heading">
            <h2 id="marked-heading">${t('derived.marked')}</h2>
            <p class="legend">
              ${t('marked.legend')} <ins><span class="visually-hidden">${t('marks.inserted')} </span>${t('marked.legendInserted')}</ins>
              <del><span class="visually-hidden">${t('marks.deleted')} </span>${t('marked.legendDeleted')}</del
              >${ctx.locale === 'ar' ? '؛' : ';'} ${t('marked.legendTags')}
            </p>
            <div class="document">${markedDocument(derived.diff, ctx.locale, t)}</div>
          </section>`
        : ''
    }`;
}

/** The Word upload: a contribution written in Word, read into the text area and previewed like an edited text. */
function uploadForm(ctx: PageContext, path: string, key: string): Html {
  const { t } = ctx;
  return html`<section aria-labelledby="upload-heading">
    <h2 id="upload-heading">${t('derived.uploadHeading')}</h2>
    <p class="hint" id="docx-hint">${t('derived.uploadHint')}</p>
    <form method="post" action="${path}/docx" enctype="multipart/form-data">
      ${csrfField(ctx, key)}
      <div class="field">
        <label for="docx">${t('derived.uploadFile')}</label>
        <input
          type="file"
          id="docx"
          name="file"
          required
          aria-describedby="docx-hint"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        />
      </div>
      <div class="actions">${submitButton(t('derived.uploadButton'))}</div>
    </form>
  </section>`;
}

/**
 * Proposing by editing the whole text: the current version in a text area, in the document's
 * language and direction; a preview of the amendments the edited text proposes (each by its
 * printed label, the marked text, what they do not carry); then the amendments submitted as a
 * contribution. The form carries the whole text and the cover, so nothing is kept on the server.
 */
export function editedTextPage(ctx: PageContext, data: EditedTextData): string {
  const { t } = ctx;
  const d = data.document;
  const { form } = data;
  const title = t('derived.title', { symbol: d.symbol });
  const path = `/web/documents/${d.id}/derived-proposal`;
  const body = html`<h1>${title}</h1>
    <p>${t('derived.intro')} <span class="meta">${t('composer.against', { version: data.versionLabel })}</span></p>
    ${uploadForm(ctx, path, form.key)}
    <form method="post" action="${path}" novalidate>
      <button type="submit" name="intent" value="preview" class="visually-hidden" tabindex="-1" aria-hidden="true">
        ${t('derived.preview')}
      </button>
      ${csrfField(ctx, form.key)}
      ${textArea({ id: 'source', name: 'source', label: t('derived.text'), hint: t('derived.textHint'), value: form.source, lang: data.language, rows: 30, required: true })}
      <div class="actions">${submitButton(t('derived.preview'), { name: 'intent', value: 'preview' })}</div>
      ${data.derived ? derivedSection(ctx, data, data.derived) : ''}
      <fieldset>
        <legend>${t('composer.cover')}</legend>
        ${textField({ id: 'symbol', name: 'symbol', label: t('composer.symbol'), hint: t('composer.symbolHint'), value: form.symbol, required: true, extra: html` dir="ltr"` })}
        ${textField({ id: 'date', name: 'date', label: t('composer.date'), value: form.date, required: true, type: 'date' })}
        ${textField({ id: 'title', name: 'title', label: t('composer.title'), value: form.title, required: true })}
        ${textArea({ id: 'purpose', name: 'purpose', label: t('composer.purpose'), value: form.purpose, rows: 2 })}
        ${selectField({ id: 'submitter', name: 'submitter', label: t('composer.submitter'), value: form.submitter, choices: data.actingFor.map((s) => ({ value: s.id, label: s.name })) })}
      </fieldset>
      <section aria-labelledby="submit-heading">
        <h2 id="submit-heading">${t('composer.submitHeading')}</h2>
        <p class="hint">${t('derived.submitHint')}</p>
        ${submitButton(t('derived.submit'), { name: 'intent', value: 'submit' })}
      </section>
    </form>`;
  return layout(ctx, { title, body, notices: data.notices, trail: documentTrail(ctx, data, { href: path, label: t('derived.link') }) });
}
