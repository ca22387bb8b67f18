import { UN_LANGUAGES } from '#libs/contracts';
import { Html, html } from '../html';
import { ProvisionChoice } from '../labels';
import { StakeholderInputModel } from '../models';
import { PageContext, Notice } from './context';
import {
  choiceGroup,
  comma,
  csrfField,
  dateTime,
  facts,
  inLanguage,
  selectField,
  statusBadge,
  submitButton,
  term,
  textArea,
  textField,
} from './components';
import { bidi } from './components';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';

/** What the form to send an input offers, and what was typed when it comes back refused. */
export interface InputFormModel {
  /** The non-state stakeholders the viewer sends inputs for: itself, or a group it is a member of. */
  readonly stakeholders: readonly { readonly id: string; readonly name: string }[];
  readonly values?: {
    readonly stakeholderId?: string;
    readonly provisionIds?: readonly string[];
    readonly title?: string;
    readonly text?: string;
    readonly language?: string;
  };
}

export interface InputsPageData extends DocumentHeader {
  readonly inputs: readonly StakeholderInputModel[];
  /** The provisions of the working text, as printed, to filter by and to choose from. */
  readonly provisions: readonly ProvisionChoice[];
  readonly provisionId?: string;
  /** Present when the viewer may send an input now. */
  readonly form?: InputFormModel;
  readonly notices?: readonly Notice[];
}

function provisionName(provisions: ReadonlyMap<string, ProvisionChoice>, id: string): string {
  const provision = provisions.get(id);
  if (!provision) return id;
  return provision.heading ? `${provision.label} (${provision.heading})`.trim() : provision.label || id;
}

function inputItem(
  ctx: PageContext,
  data: InputsPageData,
  input: StakeholderInputModel,
  provisions: ReadonlyMap<string, ProvisionChoice>,
): Html {
  const { t } = ctx;
  const on =
    input.provisionIds.length === 0
      ? t('inputs.wholeText')
      : html`${input.provisionIds.map((id, i) => html`${i > 0 ? comma(ctx) : ''}<bdi lang="${data.document.language}">${provisionName(provisions, id)}</bdi>`)}`;
  return html`<article class="input${input.withdrawn ? ' withdrawn' : ''}" id="input-${input.inputId}">
${inLanguage(input.language, input.title, 'h3')}
${facts([
  [t('inputs.from'), html`<bdi>${input.stakeholderName}</bdi>${input.category ? html` (${term(t, 'category', input.category)})` : ''}`],
  [t('inputs.on'), html`${on} · ${t('inputs.version', { number: input.versionNumber })}`],
  [t('inputs.sent'), dateTime(ctx, input.submittedAt)],
  input.withdrawn && [t('inputs.withdrawn'), statusBadge(t, 'withdrawn')],
])}
${inLanguage(input.language, input.text, 'div')}
</article>`;
}

function submissionForm(ctx: PageContext, data: InputsPageData, form: InputFormModel): Html {
  const { t } = ctx;
  const values = form.values ?? {};
  const chosen = new Set(values.provisionIds ?? []);
  const language = values.language ?? ctx.locale;
  return html`<section aria-labelledby="submit-input">
<h2 id="submit-input">${t('inputs.submit')}</h2>
<p class="hint">${t('inputs.submitHint')}</p>
<form method="post" action="/web/documents/${data.document.id}/inputs">
${csrfField(ctx)}
${selectField({
  id: 'input-stakeholder',
  name: 'stakeholderId',
  label: t('inputs.stakeholder'),
  value: values.stakeholderId,
  required: true,
  choices: form.stakeholders.map((s) => ({ value: s.id, label: s.name })),
})}
${choiceGroup({
  legend: t('inputs.provisions'),
  name: 'provisionIds',
  type: 'checkbox',
  idPrefix: 'input-provision',
  choices: data.provisions.map((p) => ({
    value: p.id,
    label: html`<span class="label">${p.label}</span> ${p.text.length > 90 ? `${p.text.slice(0, 90)}…` : p.text}`,
    checked: chosen.has(p.id),
  })),
})}
${selectField({
  id: 'input-language',
  name: 'language',
  label: t('inputs.language'),
  value: language,
  required: true,
  choices: UN_LANGUAGES.map((code) => ({ value: code, label: term(t, 'language', code) })),
})}
${textField({ id: 'input-title', name: 'title', label: t('inputs.inputTitle'), value: values.title, required: true })}
${textArea({ id: 'input-text', name: 'text', label: t('inputs.text'), value: values.text, required: true, rows: 10 })}
${submitButton(t('inputs.send'))}
</form>
</section>`;
}

/** The inputs of non-state stakeholders on a document, by provision if asked; for such a stakeholder, the form to send one. */
export function inputsPage(ctx: PageContext, data: InputsPageData): string {
  const { t } = ctx;
  const d = data.document;
  const provisions = new Map(data.provisions.map((p) => [p.id, p]));
  const body = html`<h1>${t('inputs.title')}: ${bidi(d.symbol, 'symbol')}</h1>
${documentLinks(ctx, data)}
<p>${t('inputs.intro')}</p>
<form method="get" action="/web/documents/${d.id}/inputs" class="actions">
${selectField({
  id: 'provision-filter',
  name: 'provision',
  label: t('inputs.filter'),
  value: data.provisionId ?? '',
  choices: [
    { value: '', label: t('inputs.allProvisions') },
    ...data.provisions.map((p) => ({ value: p.id, label: provisionName(provisions, p.id) })),
  ],
})}
${submitButton(t('document.showSubmit'), { secondary: true })}
</form>
${data.inputs.length === 0 ? html`<p>${t('inputs.none')}</p>` : data.inputs.map((input) => inputItem(ctx, data, input, provisions))}
${data.form ? submissionForm(ctx, data, data.form) : ''}`;
  return layout(ctx, {
    title: `${t('inputs.title')}: ${d.symbol}`,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/inputs`, label: t('inputs.title') }),
  });
}
