/**
 * The pages of a document's language versions: the versions and how far each is in step
 * with the original, the form that adds one (aligned and checked before it is recorded),
 * the translators' worklist, and two versions side by side. Every provision is cited as
 * printed in the language it is read in; every text block carries its own language and
 * direction inside the interface's.
 */
import { AlignedPlace, AlignmentFinding, DoubtReason, LanguageCode, diffWords } from '#libs/text';
import { Html, HtmlPart, escapeHtml, html } from '../html';
import { directionOf } from '../i18n/locale';
import { MessageKey } from '../i18n/translate';
import { markedWords } from '../marked';
import { PageContext, Notice } from './context';
import { choiceGroup, comma, csrfField, date, dateTime, selectField, submitButton, term, textArea } from './components';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';

/** The official languages in the order the United Nations lists them (Arabic, Chinese, English, French, Russian, Spanish). */
export const OFFICIAL_LANGUAGES: readonly LanguageCode[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** A language's name in the interface language ("الإنكليزية", "English"). */
export function languageName(ctx: PageContext, language: string): string {
  return term(ctx.t, 'language', language);
}

/** One language version of the document, as the versions page lists it (the gateway's `LanguageVersionSummaryView`). */
export interface LanguageVersionModel {
  readonly language: LanguageCode;
  readonly original: boolean;
  readonly provisions: number;
  readonly inStep: number;
  readonly awaiting: number;
  readonly addedAt?: string;
}

/** A translation task, as the worklist shows it (the gateway's `TranslationTaskView`). */
export interface TranslationTaskModel {
  readonly taskId: string;
  readonly language: LanguageCode;
  readonly provisionId: string;
  readonly citation: string;
  readonly originalCitation: string;
  readonly reason: 'changed' | 'added' | 'untranslated';
  readonly originalBefore?: string;
  readonly originalAfter: string;
  readonly currentWording?: string;
  readonly status: 'open' | 'done' | 'replaced';
  readonly openedAt: string;
  readonly closedAt?: string;
  readonly wording?: string;
}

/** What the form that adds a version carries from one post to the next. */
export interface LanguageVersionForm {
  /** The idempotency key of the version. */
  readonly key: string;
  readonly language: string;
  readonly source: string;
  /** Doubtful pairs ticked as accepted, by the original's provision ids. */
  readonly accepted: readonly string[];
}

/** The alignment of a pasted translation to the original, before anything is recorded. */
export interface AlignmentPreviewModel {
  readonly language: LanguageCode;
  readonly matched: number;
  readonly provisions: number;
  readonly findings: readonly AlignmentFinding[];
}

export interface LanguagesData extends DocumentHeader {
  readonly originalLanguage: LanguageCode;
  readonly languages: readonly LanguageVersionModel[];
  /** The secretariat or a translator: the page carries the form to add a version. */
  readonly mayAdd: boolean;
  readonly form?: LanguageVersionForm;
  readonly preview?: AlignmentPreviewModel;
  readonly notices?: readonly Notice[];
}

/**
 * A message whose placeholders take markup (a citation in its own language and direction):
 * the message's own words are escaped, each `{name}` replaced by its part.
 */
function sentence(message: string, parts: Readonly<Record<string, HtmlPart>>): Html {
  return new Html(
    message
      .split(/\{(\w+)\}/u)
      .map((piece, i) => (i % 2 === 0 ? escapeHtml(piece) : piece in parts ? html`${parts[piece]}`.markup : escapeHtml(`{${piece}}`)))
      .join(''),
  );
}

/** Words of a document in a known language, isolated from the sentence around them. */
function inText(language: string, text: HtmlPart): Html {
  return html`<bdi lang="${language}" dir="${directionOf(language)}">${text}</bdi>`;
}

/** A place in a version as its readers cite it: "b) of recalling", "ب) من إذ يذكّر", "4", with its first words. */
function placeOf(ctx: PageContext, language: string, place: AlignedPlace): Html {
  const cited =
    place.label && place.heading
      ? sentence(ctx.t('languages.place'), { label: inText(language, place.label), heading: inText(language, place.heading) })
      : inText(language, place.label || place.heading);
  const opening =
    place.opening && place.opening !== place.heading
      ? html` ${sentence(ctx.t('languages.opening'), { opening: inText(language, place.opening) })}`
      : '';
  return html`${cited}${opening}`;
}

function reasonsOf(ctx: PageContext, reasons: readonly DoubtReason[]): string {
  return reasons.map((reason) => ctx.t(`languages.reason.${reason}` as MessageKey)).join(comma(ctx));
}

/** One finding of the aligner as a sentence in the interface language, citing provisions as printed in each version. */
export function findingSentence(ctx: PageContext, original: string, translated: string, finding: AlignmentFinding): Html {
  const message = ctx.t(`languages.finding.${finding.kind}` as MessageKey);
  switch (finding.kind) {
    case 'missing':
    case 'missing-section':
      return sentence(message, { place: placeOf(ctx, original, finding.original) });
    case 'extra':
    case 'extra-section':
      return sentence(message, { place: placeOf(ctx, translated, finding.translated) });
    case 'doubtful':
      return sentence(message, {
        original: placeOf(ctx, original, finding.original),
        translated: placeOf(ctx, translated, finding.translated),
        reasons: reasonsOf(ctx, finding.reasons),
      });
  }
}

function versionsTable(ctx: PageContext, data: LanguagesData): Html {
  const { t } = ctx;
  const d = data.document;
  const others = data.languages.filter((v) => !v.original);
  return html`<table>
<caption>${t('document.languages')}</caption>
<thead><tr><th scope="col">${t('languages.language')}</th><th scope="col">${t('languages.provisions')}</th><th scope="col">${t('languages.inStep')}</th><th scope="col">${t('languages.awaiting')}</th><th scope="col">${t('languages.added')}</th><th scope="col">${t('languages.links')}</th></tr></thead>
<tbody>${data.languages.map(
    (v) =>
      html`<tr id="language-${v.language}"><th scope="row">${languageName(ctx, v.language)}${v.original ? html` <span class="hint">(${t('languages.original')})</span>` : ''}</th><td>${String(v.provisions)}</td><td>${String(v.inStep)}</td><td>${String(v.awaiting)}</td><td>${v.addedAt ? date(ctx, v.addedAt.slice(0, 10)) : '—'}</td><td>${
        v.original
          ? '—'
          : html`<a href="/web/documents/${d.id}/languages/${v.language}/tasks">${t('languages.tasksLink')}</a> · <a href="/web/documents/${d.id}/side-by-side?left=${data.originalLanguage}&amp;right=${v.language}">${t('languages.sideBySideLink')}</a>`
      }</td></tr>`,
  )}</tbody>
</table>
${others.length === 0 ? html`<p>${t('languages.none')}</p>` : ''}`;
}

function previewSection(ctx: PageContext, data: LanguagesData, preview: AlignmentPreviewModel, form: LanguageVersionForm): Html {
  const { t } = ctx;
  const doubtful = preview.findings.filter((f): f is Extract<AlignmentFinding, { kind: 'doubtful' }> => f.kind === 'doubtful');
  const others = preview.findings.filter((f) => f.kind !== 'doubtful');
  return html`<section aria-labelledby="alignment-heading">
<h3 id="alignment-heading">${t('languages.findings', { matched: preview.matched, total: preview.provisions })}</h3>
${preview.findings.length === 0 ? html`<p>${t('languages.noFindings')}</p>` : ''}
${others.length > 0 ? html`<ul class="findings">${others.map((f) => html`<li>${findingSentence(ctx, data.originalLanguage, preview.language, f)}</li>`)}</ul>` : ''}
${
  doubtful.length > 0
    ? choiceGroup({
        legend: t('languages.acceptDoubtful'),
        name: 'accept',
        type: 'checkbox',
        idPrefix: 'accept',
        choices: doubtful.map((f) => ({
          value: f.provisionId,
          checked: form.accepted.includes(f.provisionId),
          label: findingSentence(ctx, data.originalLanguage, preview.language, f),
        })),
      })
    : ''
}
</section>`;
}

function addForm(ctx: PageContext, data: LanguagesData, form: LanguageVersionForm): Html {
  const { t } = ctx;
  const present = new Set(data.languages.map((v) => v.language));
  const available = OFFICIAL_LANGUAGES.filter((language) => !present.has(language));
  if (available.length === 0) return html`<h2>${t('languages.addHeading')}</h2><p>${t('languages.allPresent')}</p>`;
  const chosen = available.includes(form.language as LanguageCode) ? form.language : '';
  return html`<section aria-labelledby="add-heading">
<h2 id="add-heading">${t('languages.addHeading')}</h2>
<form method="post" action="/web/documents/${data.document.id}/languages" novalidate>
${csrfField(ctx, form.key)}
${selectField({
  id: 'language',
  name: 'language',
  label: t('languages.addLanguage'),
  value: chosen,
  required: true,
  choices: [{ value: '', label: '—' }, ...available.map((language) => ({ value: language, label: languageName(ctx, language) }))],
})}
${textArea({ id: 'source', name: 'source', label: t('languages.text'), hint: t('languages.addHint'), value: form.source, lang: chosen || undefined, rows: 20, required: true })}
<div class="actions">${submitButton(t('languages.check'), { name: 'intent', value: 'check', secondary: true })}</div>
${data.preview ? previewSection(ctx, data, data.preview, form) : ''}
${data.preview ? html`<div class="actions">${submitButton(t('languages.add'), { name: 'intent', value: 'add' })}</div>` : ''}
</form>
</section>`;
}

/** A document's language versions: each in the reader's language, how far in step, links to its tasks and side by side; the form to add one. */
export function languagesPage(ctx: PageContext, data: LanguagesData): string {
  const { t } = ctx;
  const d = data.document;
  const title = t('languages.title', { symbol: d.symbol });
  const body = html`<h1>${sentence(t('languages.title'), { symbol: html`<bdi>${d.symbol}</bdi>` })}</h1>
${documentLinks(ctx, data)}
<p>${t('languages.intro')}</p>
${versionsTable(ctx, data)}
${data.mayAdd && data.form ? addForm(ctx, data, data.form) : ''}`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/languages`, label: t('document.languages') }),
  });
}

export interface TranslationTasksData extends DocumentHeader {
  readonly language: LanguageCode;
  readonly originalLanguage: LanguageCode;
  readonly tasks: readonly TranslationTaskModel[];
  /** A translator: each open task carries the form to record its wording. */
  readonly mayRecord: boolean;
  /** Wordings typed into a form that was refused, by task id, to give them back. */
  readonly typed?: Readonly<Record<string, string>>;
  readonly notices?: readonly Notice[];
}

/** The original's change to a provision as marked text, in the original's language and direction. */
function originalChange(
  ctx: PageContext,
  originalLanguage: string,
  task: Pick<TranslationTaskModel, 'originalBefore' | 'originalAfter'>,
): Html {
  const segments = diffWords(task.originalBefore ?? '', task.originalAfter);
  return html`<p lang="${originalLanguage}" dir="${directionOf(originalLanguage)}" class="marked-text">${markedWords(segments, ctx.locale, ctx.t)}</p>`;
}

function openTask(ctx: PageContext, data: TranslationTasksData, task: TranslationTaskModel, index: number): Html {
  const { t } = ctx;
  const language = data.language;
  const versionName = languageName(ctx, language);
  return html`<li id="task-${task.taskId}"><article aria-labelledby="task-${index}-heading">
<h3 id="task-${index}-heading">${inText(language, task.citation || task.originalCitation)} — ${t(`tasks.reason.${task.reason}` as MessageKey)}</h3>
<dl class="facts">
<dt>${t('tasks.inVersion', { language: versionName })}</dt><dd>${inText(language, task.citation)}</dd>
<dt>${t('tasks.inOriginal', { language: languageName(ctx, data.originalLanguage) })}</dt><dd>${inText(data.originalLanguage, task.originalCitation)}</dd>
<dt>${t('tasks.openedAt')}</dt><dd>${dateTime(ctx, task.openedAt)}</dd>
</dl>
<h4>${t('tasks.originalChange')}</h4>
${originalChange(ctx, data.originalLanguage, task)}
<h4>${t('tasks.currentWording', { language: versionName })}</h4>
${task.currentWording ? html`<p lang="${language}" dir="${directionOf(language)}">${task.currentWording}</p>` : html`<p class="hint">${t('tasks.noWording')}</p>`}
${
  data.mayRecord
    ? html`<form method="post" action="/web/documents/${data.document.id}/translations">
${csrfField(ctx)}<input type="hidden" name="language" value="${language}"><input type="hidden" name="provisionId" value="${task.provisionId}"><input type="hidden" name="taskId" value="${task.taskId}">
${textArea({
  id: `wording-${index}`,
  name: 'text',
  label: t('tasks.newWording', { place: task.citation || task.originalCitation, language: versionName }),
  value: data.typed?.[task.taskId] ?? task.currentWording ?? '',
  lang: language,
  rows: 4,
  required: true,
})}
${submitButton(t('tasks.record'))}
</form>`
    : ''
}
</article></li>`;
}

function doneTask(ctx: PageContext, data: TranslationTasksData, task: TranslationTaskModel): Html {
  const { t } = ctx;
  const language = data.language;
  return html`<li>${inText(language, task.citation || task.originalCitation)} (${inText(data.originalLanguage, task.originalCitation)}) — ${t(`tasks.reason.${task.reason}` as MessageKey)}${
    task.closedAt ? html`, ${t('tasks.closedAt')} ${dateTime(ctx, task.closedAt)}` : ''
  }
${task.status === 'replaced' ? html`<p class="hint">${t('tasks.replaced')}</p>` : ''}
${task.wording ? html`<p><span class="hint">${t('tasks.recorded')}:</span> <span lang="${language}" dir="${directionOf(language)}">${task.wording}</span></p>` : ''}</li>`;
}

/** The translator's worklist for one language: each open task with the original's change and a field for the new wording; done tasks below, collapsed. */
export function translationTasksPage(ctx: PageContext, data: TranslationTasksData): string {
  const { t } = ctx;
  const d = data.document;
  const versionName = languageName(ctx, data.language);
  const open = data.tasks.filter((task) => task.status === 'open');
  const done = data.tasks.filter((task) => task.status !== 'open');
  const title = t('tasks.title', { language: versionName, symbol: d.symbol });
  const body = html`<h1>${sentence(t('tasks.title'), { language: versionName, symbol: html`<bdi>${d.symbol}</bdi>` })}</h1>
${documentLinks(ctx, data)}
<p>${t('tasks.intro', { language: versionName })}</p>
<p><a href="/web/documents/${d.id}/side-by-side?left=${data.originalLanguage}&amp;right=${data.language}">${t('languages.sideBySideLink')}</a></p>
<h2>${t('tasks.open', { count: open.length })}</h2>
${open.length === 0 ? html`<p>${t('tasks.none')}</p>` : html`<ol class="proposals">${open.map((task, i) => openTask(ctx, data, task, i))}</ol>`}
${done.length > 0 ? html`<details><summary>${t('tasks.done', { count: done.length })}</summary><ul>${done.map((task) => doneTask(ctx, data, task))}</ul></details>` : ''}`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/languages`, label: t('document.languages') }),
  });
}

/** One line of two versions read side by side (the gateway's `SideBySideRowView`). */
export interface SideBySideRowModel {
  readonly kind: 'heading' | 'provision';
  readonly id: string;
  readonly depth: number;
  readonly left: SideBySideCellModel;
  readonly right: SideBySideCellModel;
}

export interface SideBySideCellModel {
  readonly label: string;
  readonly text: string;
  readonly status: 'in-step' | 'awaiting' | 'untranslated';
}

export interface SideBySideData extends DocumentHeader {
  readonly originalLanguage: LanguageCode;
  /** The languages that have a version, to choose the columns from. */
  readonly available: readonly LanguageCode[];
  readonly versionLabel: string;
  readonly left: { readonly language: LanguageCode; readonly title: string };
  readonly right: { readonly language: LanguageCode; readonly title: string };
  readonly rows: readonly SideBySideRowModel[];
  /** The open tasks of the two languages, for the original's change beside a provision awaiting translation. */
  readonly tasks: readonly TranslationTaskModel[];
  readonly notices?: readonly Notice[];
}

function cell(ctx: PageContext, data: SideBySideData, row: SideBySideRowModel, side: 'left' | 'right'): Html {
  const { t } = ctx;
  const language = data[side].language;
  const c = row[side];
  const uiDir = directionOf(ctx.locale);
  const task = c.status === 'awaiting' ? data.tasks.find((x) => x.language === language && x.provisionId === row.id) : undefined;
  const badge =
    c.status === 'in-step'
      ? ''
      : html` <span class="status status-${c.status}" lang="${ctx.locale}" dir="${uiDir}"><span aria-hidden="true">${c.status === 'awaiting' ? '≠' : '…'}</span> ${t(c.status === 'awaiting' ? 'sideBySide.awaiting' : 'sideBySide.untranslated')}</span>`;
  const change = task
    ? html`<div class="hint" lang="${ctx.locale}" dir="${uiDir}">${t('sideBySide.originalChange')}: ${originalChange(ctx, data.originalLanguage, task)}</div>`
    : '';
  const text =
    row.kind === 'heading'
      ? html`<strong>${c.text}</strong>`
      : html`${c.label ? html`<span class="label">${c.label}</span> ` : ''}${c.text}`;
  return html`<td lang="${language}" dir="${directionOf(language)}" data-depth="${row.depth}">${text}${badge}${change}</td>`;
}

/** Two language versions provision by provision, each column in its own language, direction and labels. */
export function sideBySidePage(ctx: PageContext, data: SideBySideData): string {
  const { t } = ctx;
  const d = data.document;
  const leftName = languageName(ctx, data.left.language);
  const rightName = languageName(ctx, data.right.language);
  const choices = data.available.map((language) => ({ value: language, label: languageName(ctx, language) }));
  const title = t('sideBySide.title', { symbol: d.symbol });
  const body = html`<h1>${sentence(t('sideBySide.title'), { symbol: html`<bdi>${d.symbol}</bdi>` })}</h1>
${documentLinks(ctx, data)}
<form method="get" action="/web/documents/${d.id}/side-by-side" class="actions">
${selectField({ id: 'left', name: 'left', label: t('sideBySide.left'), value: data.left.language, choices })}
${selectField({ id: 'right', name: 'right', label: t('sideBySide.right'), value: data.right.language, choices })}
${submitButton(t('sideBySide.show'), { secondary: true })}
</form>
<dl class="facts"><dt>${t('sideBySide.version')}</dt><dd><bdi>${data.versionLabel}</bdi></dd></dl>
<table class="side-by-side">
<caption>${t('sideBySide.caption', { left: leftName, right: rightName })}</caption>
<thead><tr><th scope="col">${leftName}</th><th scope="col">${rightName}</th></tr></thead>
<tbody>
<tr><td lang="${data.left.language}" dir="${directionOf(data.left.language)}"><strong>${data.left.title}</strong></td><td lang="${data.right.language}" dir="${directionOf(data.right.language)}"><strong>${data.right.title}</strong></td></tr>
${data.rows.map((row) => html`<tr id="row-${row.id}">${cell(ctx, data, row, 'left')}${cell(ctx, data, row, 'right')}</tr>`)}
</tbody>
</table>`;
  return layout(ctx, {
    title,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/languages`, label: t('document.languages') }),
  });
}

/** A language version out of step with the original, as the adoption form lists it. */
export interface OutOfStepModel {
  readonly language: LanguageCode;
  readonly awaiting: number;
}

/** The adoption form's part for versions out of step: which, and the check boxes `provisionalIn` that adopt provisionally in them. */
export function provisionalAdoptionFields(ctx: PageContext, outOfStep: readonly OutOfStepModel[]): Html {
  const { t } = ctx;
  if (outOfStep.length === 0) return html``;
  return html`<div class="notice info"><p><strong>${t('adoption.outOfStep')}</strong></p><p>${t('adoption.outOfStepHint')}</p></div>
${choiceGroup({
  legend: t('adoption.provisionalIn'),
  name: 'provisionalIn',
  type: 'checkbox',
  idPrefix: 'provisional',
  choices: outOfStep.map((v) => ({
    value: v.language,
    label: t('adoption.provisionalChoice', { language: languageName(ctx, v.language), count: v.awaiting }),
  })),
})}`;
}

/** Why an adoption was refused when versions are out of step and not named as provisional, in the reader's language. */
export function outOfStepRefusal(ctx: PageContext, uncovered: readonly LanguageCode[]): string {
  return ctx.t('adoption.refusedOutOfStep', { languages: uncovered.map((language) => languageName(ctx, language)).join(comma(ctx)) });
}
