import { joinList } from '#libs/contracts';
import { DocumentDiff, ResolutionDocument, renderHtml } from '#libs/text';
import { Html, html, trusted } from '../html';
import { provisionChoices } from '../labels';
import { markedDocument } from '../marked';
import { ConsultationModel, DocumentSummaryModel, VersionModel } from '../models';
import { OperationPreview } from '../previews';
import { PageContext, Notice, hasRole } from './context';
import { bidi, dateTime, downloadLinks, facts, inLanguage, submitButton, term } from './components';
import { bidiText } from './components';
import { layout } from './layout';
import { ExplanationModel, adoptionsSection, explanationsSection } from './votes';

export interface DocumentHeader {
  readonly document: DocumentSummaryModel;
  readonly consultation: ConsultationModel;
  readonly versions: readonly VersionModel[];
}

function trail(ctx: PageContext, header: DocumentHeader, here?: { href: string; label: string }) {
  const { document: d, consultation: c } = header;
  return [
    { href: '/web', label: ctx.t('nav.consultations') },
    { href: `/web/consultations/${c.id}`, label: c.title, lang: c.originalLanguage },
    { href: `/web/documents/${d.id}`, label: d.symbol },
    ...(here ? [here] : []),
  ];
}

/** What can be done with the document from its pages. */
function documentLinks(ctx: PageContext, header: DocumentHeader): Html {
  const { t } = ctx;
  const { document: d, consultation: c } = header;
  const open = c.phase === 'open-for-contributions';
  const propose = hasRole(ctx, 'stakeholder') && (open || c.phase === 'negotiation');
  return html`<ul class="actions" aria-label="${t('document.pages')}">
<li><a href="/web/documents/${d.id}">${t('document.read')}</a></li>
<li><a href="/web/documents/${d.id}/marked">${t('document.marked')}</a></li>
<li><a href="/web/documents/${d.id}/compilation">${t('document.compilation')}</a></li>
<li><a href="/web/documents/${d.id}/state-of-play">${t('document.stateOfPlay')}</a></li>
<li><a href="/web/documents/${d.id}/contention">${t('pictures.contention.link')}</a></li>
<li><a href="/web/documents/${d.id}/revisions">${t('document.revisions')}</a></li>
<li><a href="/web/documents/${d.id}/languages">${t('document.languages')}</a></li>
<li><a href="/web/documents/${d.id}/side-by-side">${t('document.sideBySide')}</a></li>
<li><a href="/web/documents/${d.id}/inputs">${t('inputs.title')}</a></li>
<li><a href="/web/consultations/${c.id}/history?document=${d.id}">${t('consultation.history')}</a></li>
<li><a href="/web/documents/${d.id}/silence">${t('silence.link')}</a></li>
${propose ? html`<li><a href="/web/documents/${d.id}/compose?mode=${open ? 'contribution' : 'amendment'}">${open ? t('document.contribute') : t('document.propose')}</a></li>` : ''}
${propose && open ? html`<li><a href="/web/documents/${d.id}/derived-proposal">${t('derived.link')}</a></li>` : ''}
</ul>`;
}

export interface DocumentTextData extends DocumentHeader {
  /** The version shown, or undefined for the working text. */
  readonly versionNumber?: number;
  readonly text: ResolutionDocument;
  readonly versionLabel: string;
  readonly appliedDecisions: number;
  readonly changedAt: string;
  readonly notices?: readonly Notice[];
  /** The explanations of position and vote given on the document. */
  readonly explanations?: readonly ExplanationModel[]; /** The title of the latest adopted version, when the text shown is not that version. */
  readonly adoptedTitle?: string;
}

/** What the imported text says of itself: its adoption line as printed, its original language (in the reader's words), its title as adopted. */
function importedFacts(ctx: PageContext, data: DocumentTextData): (readonly [string, Html])[] {
  const { t } = ctx;
  const { metadata, language } = data.text;
  const original = metadata.originalLanguage;
  return [
    ...(metadata.adoption ? [[t('documentFacts.adoption'), inLanguage(language, metadata.adoption)] as const] : []),
    ...(original ? [[t('documentFacts.original'), bidi(term(t, 'language', original))] as const] : []),
    ...(data.adoptedTitle !== undefined && data.adoptedTitle !== data.text.title
      ? [[t('documentFacts.adoptedTitle'), inLanguage(language, data.adoptedTitle)] as const]
      : []),
  ];
}

/** The text of a document as printed, labels included, in its own language and direction. */
export function documentTextPage(ctx: PageContext, data: DocumentTextData): string {
  const { t } = ctx;
  const d = data.document;
  const choices = provisionChoices(data.text);
  const sections = [...new Map(choices.map((choice) => [choice.sectionId, choice.heading])).entries()];
  const body = html`<h1>${bidi(d.symbol, 'symbol')} — ${inLanguage(data.text.language, data.text.title)}</h1>
${documentLinks(ctx, data)}
<form method="get" action="/web/documents/${d.id}" class="actions">
<label for="version">${t('document.show')}</label>
<select id="version" name="version">
<option value=""${data.versionNumber === undefined ? html` selected` : ''}>${t('document.working')}</option>
${data.versions.map((v) => html`<option value="${v.number}"${v.number === data.versionNumber ? html` selected` : ''}>${t('document.versionNumber', { number: v.number })}: ${v.label}</option>`)}
</select>
${submitButton(t('document.showSubmit'), { secondary: true })}
</form>
${facts([
  [t('document.version'), bidi(data.versionLabel)],
  data.versionNumber === undefined && [t('document.decisionsApplied'), String(data.appliedDecisions)],
  [t('document.lastChanged'), dateTime(ctx, data.changedAt)],
  ...importedFacts(ctx, data),
])}
${downloadLinks(
  (
    [
      ['text.docx', 'word.download'],
      ['text.pdf', 'download.pdf'],
      ['text.akn.xml', 'download.akomaNtoso'],
    ] as const
  ).map(([file, label]) => ({
    href: `/web/documents/${d.id}/${file}${data.versionNumber === undefined ? '' : `?version=${data.versionNumber}`}`,
    label: t(label),
  })),
)}
<div class="document">${trusted(renderHtml(data.text))}</div>
<h2>${t('provenance.title')}</h2>
<form method="get" action="/web/documents/${d.id}/provenance" class="actions">
<label for="provision">${t('provenance.choose')}</label>
<select id="provision" name="provision" lang="${data.text.language}">
${sections.map(
  ([sectionId, heading]) =>
    html`<optgroup label="${heading}">${choices
      .filter((choice) => choice.sectionId === sectionId)
      .map(
        (choice) => html`<option value="${choice.id}">${choice.label} ${choice.text.split(/\s+/u).slice(0, 8).join(' ')}…</option>`,
      )}</optgroup>`,
)}
</select>
${submitButton(t('provenance.show'), { secondary: true })}
<button type="submit" class="secondary" formaction="/web/documents/${d.id}/comments">${t('comments.title')}</button>
</form>
${adoptionsSection(ctx, data.versions)}
${data.explanations ? explanationsSection(ctx, data.explanations) : ''}`;
  return layout(ctx, { title: `${d.symbol} — ${data.versionLabel}`, body, notices: data.notices, trail: trail(ctx, data) });
}

export interface MarkedTextData extends DocumentHeader {
  readonly from: number;
  /** A version number, `working` or `pending`. */
  readonly to: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly diff: DocumentDiff;
  /** Amendments left out of the pending text, and why, in the interface language. */
  readonly notApplied?: readonly NotAppliedModel[];
}

/** An amendment left out of the pending text, cited as people cite it (never by its id), and why. */
export interface NotAppliedModel {
  /** Its proposers' names. */
  readonly proposers: readonly string[];
  readonly tag: OperationPreview['tag'];
  /** The provision it bears on, as printed in the version it was drafted on; none for the title. */
  readonly provision?: string;
  /** Why, in the interface language. */
  readonly reason: string;
}

/** A left-out amendment as people cite it: "Egypt and Kenya's MOD of resolves to instruct the Secretary-General, 2". */
export function citeLeftOut(ctx: PageContext, item: NotAppliedModel): string {
  const proposers = joinList(item.proposers, ctx.locale);
  return item.provision !== undefined
    ? ctx.t('marked.notAppliedAmendment', { proposers, tag: item.tag, provision: item.provision })
    : ctx.t('marked.notAppliedTitle', { proposers, tag: item.tag });
}

/** One text of a document against another, word by word, as secretariats publish revisions. */
export function markedTextPage(ctx: PageContext, data: MarkedTextData): string {
  const { t } = ctx;
  const d = data.document;
  const targets = [
    ...data.versions.map((v) => ({
      value: String(v.number),
      label: `${t('document.versionNumber', { number: v.number })}: ${bidiText(v.label)}`,
    })),
    { value: 'working', label: t('marked.working') },
    { value: 'pending', label: t('marked.pending') },
  ];
  const summary = data.diff.summary;
  const body = html`<h1>${t('marked.title')}: ${bidi(d.symbol, 'symbol')}</h1>
${documentLinks(ctx, data)}
<form method="get" action="/web/documents/${d.id}/marked" class="actions">
<label for="from">${t('marked.from')}</label>
<select id="from" name="from">${data.versions.map((v) => html`<option value="${v.number}"${v.number === data.from ? html` selected` : ''}>${t('document.versionNumber', { number: v.number })}: ${v.label}</option>`)}</select>
<label for="to">${t('marked.to')}</label>
<select id="to" name="to">${targets.map((target) => html`<option value="${target.value}"${target.value === data.to ? html` selected` : ''}>${target.label}</option>`)}</select>
${submitButton(t('marked.compare'), { secondary: true })}
</form>
<p>${t('marked.comparing', { from: data.fromLabel, to: data.toLabel })}</p>
<p class="legend">${t('marked.legend')} <ins><span class="visually-hidden">${t('marks.inserted')} </span>${t('marked.legendInserted')}</ins> <del><span class="visually-hidden">${t('marks.deleted')} </span>${t('marked.legendDeleted')}</del>${ctx.locale === 'ar' ? '؛' : ';'} ${t('marked.legendTags')}</p>
${facts([
  [t('marked.added'), String(summary.inserted.length)],
  [t('marked.modified'), String(summary.modified.length)],
  [t('marked.suppressed'), String(summary.deleted.length)],
  [t('marked.moved'), String(summary.moved.length)],
  [t('marked.relabelled'), String(summary.relabelled.length)],
])}
${downloadLinks([
  ...(['tracked', 'printed'] as const).map((marks) => ({
    href: `/web/documents/${d.id}/marked.docx?from=${data.from}&to=${data.to}&marks=${marks}`,
    label: t(marks === 'tracked' ? 'word.downloadTracked' : 'word.downloadPrinted'),
  })),
  { href: `/web/documents/${d.id}/marked.pdf?from=${data.from}&to=${data.to}`, label: t('download.pdf') },
])}
${data.notApplied?.length ? html`<div class="notice info"><p>${t('marked.notApplied')}</p><ul>${data.notApplied.map((item) => html`<li>${citeLeftOut(ctx, item)}: <span>${item.reason}</span></li>`)}</ul></div>` : ''}
<div class="document">${markedDocument(data.diff, ctx.locale, t)}</div>`;
  return layout(ctx, {
    title: `${t('marked.title')}: ${d.symbol}`,
    body,
    trail: trail(ctx, data, { href: `/web/documents/${d.id}/marked`, label: t('marked.title') }),
  });
}

export { trail as documentTrail, documentLinks };
