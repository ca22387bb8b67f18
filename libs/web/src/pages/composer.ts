import { AmendmentOperation, ResolutionDocument, locateProvision } from '#libs/text';
import { DRAFT_ACTIONS, DraftAction } from '../drafts';
import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { provisionChoices } from '../labels';
import { StakeholderModel } from '../models';
import { previewOperation } from '../previews';
import { PageContext, Notice } from './context';
import { choiceGroup, csrfField, selectField, submitButton, term, textArea, textField } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';
import { phaseDeadline } from './deadline';
import { previewBlock } from './preview';

/** A contribution's cover as its first page prints it. */
export interface CoverFields {
  readonly symbol: string;
  readonly date: string;
  readonly agendaItem: string;
  readonly originalLanguage: string;
  readonly title: string;
  readonly purpose: string;
  readonly actionRequested: string;
  readonly references: string;
  /** Who submits it: the stakeholder itself, or a group it speaks in. */
  readonly submitter: string;
  readonly coSponsors: readonly string[];
}

/** The editor's fields, as typed. */
export interface EditorFields {
  readonly target?: string;
  readonly action?: DraftAction;
  readonly words?: string;
  readonly selStart?: string;
  readonly selEnd?: string;
  readonly newWords?: string;
  readonly alternatives?: string;
  readonly newText?: string;
  readonly explanation?: string;
}

export interface DraftedAmendment {
  readonly operation: AmendmentOperation;
  readonly explanation?: string;
}

/**
 * Everything the composer holds lives in the form itself, posted back at each step: the
 * cover, the amendments drafted so far, and the one being edited. No draft is kept on the
 * server, so any gateway can serve the next step.
 */
export interface ComposerState {
  readonly mode: 'contribution' | 'amendment';
  /** The idempotency key of the submission: a page sent twice records once. */
  readonly key: string;
  readonly cover: CoverFields;
  readonly amendments: readonly DraftedAmendment[];
  readonly step: 'choose' | 'edit' | 'preview';
  readonly edit: EditorFields;
  /** The operation previewed, when step is preview. */
  readonly draft?: AmendmentOperation;
}

export interface ComposerData extends DocumentHeader {
  /** The version amendments are drafted against. */
  readonly text: ResolutionDocument;
  readonly state: ComposerState;
  /** Whom the viewer may submit for: itself, and the groups it is a member of. */
  readonly actingFor: readonly StakeholderModel[];
  /** Who may co-sponsor: the other registered stakeholders. */
  readonly others: readonly StakeholderModel[];
  readonly notices?: readonly Notice[];
  /** The moment the deadline's countdown counts from (now when absent). */
  readonly now?: Date;
}

const LANGUAGES = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];

function coverFieldset(ctx: PageContext, data: ComposerData): Html {
  const { t } = ctx;
  const cover = data.state.cover;
  return html`<fieldset>
<legend>${t('composer.cover')}</legend>
${textField({ id: 'symbol', name: 'symbol', label: t('composer.symbol'), hint: t('composer.symbolHint'), value: cover.symbol, required: true, extra: html` dir="ltr"` })}
${textField({ id: 'date', name: 'date', label: t('composer.date'), value: cover.date, required: true, type: 'date' })}
${textField({ id: 'agendaItem', name: 'agendaItem', label: t('composer.agendaItem'), value: cover.agendaItem })}
${selectField({ id: 'originalLanguage', name: 'originalLanguage', label: t('composer.originalLanguage'), value: cover.originalLanguage, choices: LANGUAGES.map((language) => ({ value: language, label: term(t, 'language', language) })) })}
${textField({ id: 'title', name: 'title', label: t('composer.title'), value: cover.title, required: true })}
${textArea({ id: 'purpose', name: 'purpose', label: t('composer.purpose'), value: cover.purpose, rows: 2 })}
${textArea({ id: 'actionRequested', name: 'actionRequested', label: t('composer.actionRequested'), value: cover.actionRequested, rows: 2 })}
${textArea({ id: 'references', name: 'references', label: t('composer.references'), hint: t('composer.referencesHint'), value: cover.references, rows: 2 })}
${selectField({ id: 'submitter', name: 'submitter', label: t('composer.submitter'), value: cover.submitter, choices: data.actingFor.map((s) => ({ value: s.id, label: s.name })) })}
${
  data.others.length > 0
    ? choiceGroup({
        legend: t('composer.coSponsors'),
        hint: t('composer.coSponsorsHint'),
        name: 'coSponsors',
        type: 'checkbox',
        idPrefix: 'cosponsor',
        choices: data.others.map((s) => ({ value: s.id, label: html`<bdi>${s.name}</bdi>`, checked: cover.coSponsors.includes(s.id) })),
      })
    : ''
}
</fieldset>`;
}

function basket(ctx: PageContext, data: ComposerData): Html {
  const { t } = ctx;
  const { amendments } = data.state;
  const hidden = amendments.map((amendment) => html`<input type="hidden" name="amendment" value="${JSON.stringify(amendment)}">`);
  if (amendments.length === 0) return html`${hidden}`;
  return html`${hidden}<section aria-labelledby="basket-heading">
<h2 id="basket-heading">${t('composer.basket', { count: amendments.length })}</h2>
<ol class="proposals">${amendments.map(
    (amendment, i) =>
      html`<li>${previewBlock(ctx, data.text.language, previewOperation(data.text, amendment.operation))}${
        amendment.explanation ? html`<p class="meta">${t('composer.explanation')}: <bdi>${amendment.explanation}</bdi></p>` : ''
      }${submitButton(t('composer.remove', { number: i + 1 }), { name: 'intent', value: `remove-${i}`, secondary: true })}</li>`,
  )}</ol>
</section>`;
}

function editorHiddenFields(edit: EditorFields, except: readonly (keyof EditorFields)[] = []): Html {
  const names: (keyof EditorFields)[] = [
    'target',
    'action',
    'words',
    'selStart',
    'selEnd',
    'newWords',
    'alternatives',
    'newText',
    'explanation',
  ];
  return html`${names.filter((name) => !except.includes(name) && edit[name] !== undefined && edit[name] !== '').map((name) => html`<input type="hidden" name="${name}" value="${edit[name]}">`)}`;
}

function chooseStep(ctx: PageContext, data: ComposerData): Html {
  const { t } = ctx;
  const language = data.text.language;
  const dir = directionOf(language);
  const choices = provisionChoices(data.text);
  let heading = '';
  const items = choices.map((choice, i) => {
    const head =
      choice.heading !== heading && choice.heading !== ''
        ? html`<p class="section-heading" lang="${language}" dir="${dir}">${choice.heading}</p>`
        : '';
    heading = choice.heading;
    return html`${head}<div class="choice"><input type="radio" id="target-${i}" name="target" value="${choice.id}"${data.state.edit.target === choice.id ? html` checked` : ''}><label for="target-${i}" lang="${language}" dir="${dir}"><span class="label">${choice.label}</span> ${choice.text}</label></div>`;
  });
  return html`<fieldset>
<legend>${t('composer.chooseProvision')}</legend>
<div class="choices" lang="${language}" dir="${dir}">${items}</div>
</fieldset>
${choiceGroup({
  legend: t('composer.chooseAction'),
  name: 'action',
  type: 'radio',
  idPrefix: 'action',
  choices: DRAFT_ACTIONS.map((action) => ({ value: action, label: t(`action.${action}`), checked: data.state.edit.action === action })),
})}
${submitButton(t('composer.continue'), { name: 'intent', value: 'choose' })}`;
}

function editStep(ctx: PageContext, data: ComposerData): Html {
  const { t } = ctx;
  const { edit } = data.state;
  const language = data.text.language;
  const dir = directionOf(language);
  const choice = provisionChoices(data.text).find((c) => c.id === edit.target);
  const text = locateProvision(data.text, edit.target ?? '')?.provision.text ?? '';
  const action = edit.action!;
  const about = html`<p>${t(`action.${action}`)}: <span lang="${language}" dir="${dir}">${choice?.heading ? html`<em>${choice.heading}</em> ` : ''}<span class="label">${choice?.label}</span></span></p>`;
  let fields: Html;
  if (action === 'modify' || action === 'alternatives') {
    fields = html`<label for="source">${t('composer.source')}</label>
<p class="hint" id="source-hint">${t('composer.sourceHint')}</p>
<textarea id="source" readonly rows="5" lang="${language}" dir="${dir}" data-select-words="words" aria-describedby="source-hint">${text}</textarea>
${textField({ id: 'words', name: 'words', label: t('composer.words'), hint: t('composer.wordsHint'), value: edit.words, lang: language })}
<input type="hidden" name="selStart" value="${edit.selStart ?? ''}"><input type="hidden" name="selEnd" value="${edit.selEnd ?? ''}">
${
  action === 'modify'
    ? textArea({
        id: 'newWords',
        name: 'newWords',
        label: t('composer.newWords'),
        hint: t('composer.newWordsHint'),
        value: edit.newWords,
        lang: language,
        rows: 2,
      })
    : textArea({
        id: 'alternatives',
        name: 'alternatives',
        label: t('composer.alternatives'),
        hint: t('composer.alternativesHint'),
        value: edit.alternatives,
        lang: language,
        rows: 3,
      })
}`;
  } else if (action === 'suppress') {
    fields = html`<p class="change" lang="${language}" dir="${dir}">${text}</p>`;
  } else {
    fields = html`<p class="hint">${t('composer.context')}</p><p class="change" lang="${language}" dir="${dir}">${text}</p>
${textArea({ id: 'newText', name: 'newText', label: t('composer.newText'), value: edit.newText, lang: language, rows: 3, required: true })}`;
  }
  return html`<input type="hidden" name="target" value="${edit.target}"><input type="hidden" name="action" value="${action}">
${about}
${fields}
${textArea({ id: 'explanation', name: 'explanation', label: t('composer.explanation'), value: edit.explanation, rows: 2 })}
<div class="actions">${submitButton(t('composer.preview'), { name: 'intent', value: 'preview' })}${submitButton(t('composer.back'), { name: 'intent', value: 'cancel', secondary: true })}</div>`;
}

function previewStep(ctx: PageContext, data: ComposerData): Html {
  const { t } = ctx;
  const { draft, edit, mode } = data.state;
  return html`${editorHiddenFields(edit)}<input type="hidden" name="draft" value="${JSON.stringify(draft)}">
<h3>${t('composer.previewHeading')}</h3>
${draft ? previewBlock(ctx, data.text.language, previewOperation(data.text, draft)) : ''}
${edit.explanation ? html`<p class="meta">${t('composer.explanation')}: <bdi>${edit.explanation}</bdi></p>` : ''}
<div class="actions">${
    mode === 'contribution'
      ? submitButton(t('composer.add'), { name: 'intent', value: 'add' })
      : submitButton(t('composer.proposeSubmit'), { name: 'intent', value: 'submit' })
  }${submitButton(t('composer.change'), { name: 'intent', value: 'edit', secondary: true })}</div>`;
}

/** The default button of the form (what Enter in a field does): the step's own, never "remove". */
const DEFAULT_INTENT: Readonly<Record<ComposerState['step'], string>> = { choose: 'choose', edit: 'preview', preview: 'stay' };

/** Drafting a contribution (cover, co-sponsors, amendments) or a single amendment, with each amendment previewed as marked text before it is sent. */
export function composerPage(ctx: PageContext, data: ComposerData): string {
  const { t } = ctx;
  const { state } = data;
  const d = data.document;
  const contribution = state.mode === 'contribution';
  const title = contribution ? t('composer.contributionTitle', { symbol: d.symbol }) : t('composer.amendmentTitle', { symbol: d.symbol });
  const step = state.step === 'choose' ? chooseStep(ctx, data) : state.step === 'edit' ? editStep(ctx, data) : previewStep(ctx, data);
  const body = html`<h1>${title}</h1>
<p>${contribution ? t('composer.contributionIntro') : t('composer.amendmentIntro')} <span class="meta">${t('composer.against', { version: d.currentVersionLabel })}</span></p>
${phaseDeadline(ctx, data.consultation, data.now ?? new Date())}
<form method="post" action="/web/documents/${d.id}/compose" novalidate>
<button type="submit" name="intent" value="${DEFAULT_INTENT[state.step]}" class="visually-hidden" tabindex="-1" aria-hidden="true">${t('composer.continue')}</button>
${csrfField(ctx, state.key)}<input type="hidden" name="mode" value="${state.mode}">
${
  contribution
    ? coverFieldset(ctx, data)
    : html`<input type="hidden" name="date" value="${state.cover.date}">${selectField({ id: 'submitter', name: 'submitter', label: t('composer.proposer'), value: state.cover.submitter, choices: data.actingFor.map((s) => ({ value: s.id, label: s.name })) })}`
}
${basket(ctx, data)}
<section aria-labelledby="editor-heading">
<h2 id="editor-heading">${contribution ? t('composer.editorHeading') : t('composer.amendmentHeading')}</h2>
${step}
</section>
${
  contribution && state.amendments.length > 0
    ? html`<section aria-labelledby="submit-heading"><h2 id="submit-heading">${t('composer.submitHeading')}</h2><p class="hint">${t('composer.submitHint')}</p>${submitButton(t('composer.submit'), { name: 'intent', value: 'submit' })}</section>`
    : ''
}
</form>`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    script: state.step === 'edit',
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/compose?mode=${state.mode}`, label: title }),
  });
}
