import { Conflict, ResolutionDocument, textAfter } from '#libs/text';
import { conflictMessage } from '../i18n/conflict-message';
import { isMessageKey } from '../i18n/translate';
import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { choiceLabel } from '../labels';
import { markedWords } from '../marked';
import { CompilationInputModel, CompilationModel, CompilationProvisionModel, ConflictModel, ProposalModel } from '../models';
import { proposedWording } from '../previews';
import { PageContext, Notice } from './context';
import {
  choiceGroup,
  csrfField,
  date,
  downloadLinks,
  parties,
  selectField,
  statusBadge,
  submitButton,
  term,
  textArea,
  textField,
} from './components';
import {
  ChairWorkModel,
  CompilationFilter,
  ProvisionCitation,
  CHAIR_COMPILATION_PAGE_SIZE,
  COMPILATION_PAGE_SIZE,
  chairPanel,
  citation,
  compilationCitations,
  defaultShow,
  filterCompilation,
  phrase,
  proposalMatches,
} from './chair-panel';
import { bidi } from './components';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';
import { VoterModel, adoptionMethodFields } from './votes';
import { OutOfStepModel, provisionalAdoptionFields } from './languages';

/** A bracket group still in the working text, for the chair to settle. */
export interface BracketGroupModel {
  readonly provisionId: string;
  readonly label: string;
  readonly text: string;
  readonly bracketIndex: number;
  readonly alternatives: readonly string[];
}

export interface CompilationData extends DocumentHeader {
  readonly compilation: CompilationModel;
  /** The version's text, for the wording a compromise starts from. */
  readonly versionText: ResolutionDocument;
  /** Whether the viewer chairs this consultation: the page then carries the forms of the chair's decisions. */
  readonly isChair: boolean;
  readonly brackets: readonly BracketGroupModel[];
  /** The meeting and date the chair last recorded decisions at, to start the next forms with. */
  readonly sitting: { readonly meeting: string; readonly date: string };
  readonly notices?: readonly Notice[];
  /** The member states that may vote in a recorded vote, for the adoption form. */
  readonly voters?: readonly VoterModel[];
  /** Which paragraphs and proposals to show, and the page; by default every paragraph, or for a chair of a long text those with proposals. */
  readonly filter?: Partial<CompilationFilter>;
  /** The amendment whose whole ruling form opens unfolded (the chair's panel leads to it); the others are compact. */
  readonly open?: string;
  /** The provision whose merge form opens unfolded; the others have a link to it. */
  readonly merge?: string;
  /** The silence procedures and language versions, for the chair's panel. */
  readonly work?: ChairWorkModel;
  /** The language versions awaiting translation, which the chair may adopt provisionally. */
  readonly outOfStep?: readonly OutOfStepModel[];
}

const UNDECIDED = ['pending', 'deferred'];

function sittingFields(ctx: PageContext, prefix: string, sitting: CompilationData['sitting'], required = false): Html {
  return html`${textField({ id: `${prefix}-meeting`, name: 'meeting', label: ctx.t('chair.meeting'), value: sitting.meeting, required })}
${textField({ id: `${prefix}-date`, name: 'date', label: ctx.t('chair.date'), value: sitting.date, type: 'date', required })}`;
}

/** Why two amendments conflict, in the page's language; a conflict recorded without a key keeps its English. */
function conflictText(ctx: PageContext, conflict: ConflictModel): Html {
  if (conflict.key !== undefined && isMessageKey(conflict.key))
    return html`<span>${conflictMessage(ctx.t, { key: conflict.key as Conflict['key'], params: conflict.params ?? {} })}</span>`;
  return html`<span lang="en" dir="ltr">${conflict.message}</span>`;
}

/** Who proposed an amendment, in a short form that names it in conflicts and merges. */
function proposalName(ctx: PageContext, proposal: ProposalModel): Html {
  return html`<span class="tag" lang="en">${proposal.change.tag}</span> ${parties(proposal.proposers, ctx)}${proposal.contribution ? html` (${bidi(proposal.contribution.symbol, 'symbol')})` : ''}`;
}

/** Where an added text goes, cited as printed (heading, label or opening words), never by id. */
function placeCitation(data: CompilationData, place: { readonly id: string; readonly label: string }): Html {
  const language = data.compilation.language;
  const cited: ProvisionCitation | undefined = compilationCitations(data.compilation).get(place.id);
  if (cited) return citation(language, cited);
  return place.label ? html`<span lang="${language}" dir="${directionOf(language)}">${place.label}</span>` : html``;
}

/** This page of the compilation (its version, filter and page) with something unfolded, as a link relative to the page itself. */
function addressWith(data: CompilationData, unfolded: { readonly open: string } | { readonly merge: string }, anchor: string): string {
  const f = data.filter ?? {};
  const query = new URLSearchParams({
    version: String(data.compilation.version.number),
    ...(f.show ? { show: f.show } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.proposer ? { proposer: f.proposer } : {}),
    ...(f.page ? { page: String(f.page) } : {}),
    ...unfolded,
  });
  return `?${query}#${anchor}`;
}

/** The sitting a decision is recorded at: hidden when the chair has chosen one (the page names it above), else typed in the form. */
function sittingOfForm(ctx: PageContext, prefix: string, sitting: CompilationData['sitting']): Html {
  if (sitting.meeting && sitting.date)
    return html`<input type="hidden" name="meeting" value="${sitting.meeting}"><input type="hidden" name="date" value="${sitting.date}">`;
  return sittingFields(ctx, prefix, sitting);
}

/**
 * The chair's ruling on a proposal. Under each of many proposals it is compact (accept, reject
 * or defer, and record); the whole form (accepted as modified with its compromise wording, a
 * reason, the sitting) unfolds for the one the chair opens, by the link the compact form ends with.
 */
function rulingForm(ctx: PageContext, data: CompilationData, proposal: ProposalModel): Html {
  const { t } = ctx;
  const id = proposal.amendmentId;
  const full = data.open === id;
  const language = data.compilation.language;
  const wording = full
    ? (proposedWording(data.versionText, proposal.operation) ??
      (proposal.change.segments ? textAfter(proposal.change.segments) : undefined))
    : undefined;
  // The compact choice labels each radio by wrapping it: no ids, a fraction of the bytes, a hundred times over.
  const choice = full
    ? choiceGroup({
        legend: t('chair.ruling'),
        name: 'ruling',
        type: 'radio',
        idPrefix: `ruling-${id}`,
        required: true,
        choices: ['accepted', 'rejected', 'accepted-as-modified', 'deferred'].map((ruling) => ({
          value: ruling,
          label: term(t, 'ruling', ruling),
        })),
      })
    : html`<fieldset><legend>${t('chair.ruling')}</legend>${['accepted', 'rejected', 'deferred'].map(
        (ruling) =>
          html`<label class="choice"><input type="radio" name="ruling" value="${ruling}" required> ${term(t, 'ruling', ruling)}</label>`,
      )}</fieldset>`;
  return html`<details class="rule"${full ? html` open` : ''}><summary>${t('chair.rule')}</summary>
<form method="post" action="/web/amendments/${id}/decision">
${csrfField(ctx)}
${choice}
${
  wording !== undefined
    ? textArea({
        id: `compromise-${id}`,
        name: 'compromise',
        label: t('chair.compromise'),
        hint: t('chair.compromiseHint'),
        value: wording,
        lang: language,
        rows: 3,
      })
    : ''
}
${full ? textArea({ id: `reason-${id}`, name: 'reason', label: t('chair.reason'), rows: 2 }) : ''}
${full ? sittingFields(ctx, `rule-${id}`, data.sitting) : sittingOfForm(ctx, `rule-${id}`, data.sitting)}
${submitButton(t('chair.recordRuling'))}${full ? '' : html` <a href="${addressWith(data, { open: id }, `amendment-${id}`)}">${t('chair.ruleFully')}</a>`}
</form></details>`;
}

function conflictLines(
  ctx: PageContext,
  proposal: ProposalModel,
  conflicts: readonly ConflictModel[],
  byId: ReadonlyMap<string, ProposalModel>,
): Html {
  return html`${conflicts
    .filter((conflict) => conflict.amendmentIds.includes(proposal.amendmentId))
    .map((conflict) => {
      const otherId = conflict.amendmentIds.find((id) => id !== proposal.amendmentId) ?? '';
      const other = byId.get(otherId);
      return html`<p class="conflict"><span aria-hidden="true">⚠ </span>${ctx.t('compilation.conflictsWith')} <a href="#amendment-${otherId}">${other ? proposalName(ctx, other) : otherId}</a>: ${conflictText(ctx, conflict)}</p>`;
    })}`;
}

function proposalItem(
  ctx: PageContext,
  data: CompilationData,
  proposal: ProposalModel,
  conflicts: readonly ConflictModel[],
  byId: ReadonlyMap<string, ProposalModel>,
): Html {
  const { t } = ctx;
  const language = data.compilation.language;
  const doc = html` lang="${language}" dir="${directionOf(language)}"`;
  const change = proposal.change;
  const decision = proposal.decision;
  const wording = change.segments
    ? html`<p class="change"${doc}>${markedWords(change.segments, ctx.locale, t)}</p>`
    : change.text !== undefined
      ? html`<p class="change"${doc}>${markedWords([{ kind: 'insert', text: change.text }], ctx.locale, t)}</p>`
      : '';
  const chairCanRule =
    data.isChair &&
    UNDECIDED.includes(proposal.status) &&
    data.compilation.version.current &&
    ['negotiation', 'adoption'].includes(data.consultation.phase);
  return html`<li id="amendment-${proposal.amendmentId}" data-amendment="${proposal.amendmentId}">
<p class="meta">${proposalName(ctx, proposal)}${proposal.onBehalfOf ? html` · ${t('compilation.onBehalfOf')} <bdi>${proposal.onBehalfOf.name}</bdi>` : ''}${
    proposal.coSponsors.length > 0 ? html` · ${t('contribution.coSponsoredBy')} ${parties(proposal.coSponsors, ctx)}` : ''
  }${proposal.revision > 0 ? html` · Rev.${proposal.revision}` : ''} · ${statusBadge(t, proposal.status)} · <a href="/web/amendments/${proposal.amendmentId}">${t('amendmentActions.open')}</a></p>
${wording}
${change.place ? html`<p class="meta">${term(t, 'relation', change.place.relation)} ${placeCitation(data, change.place)}</p>` : ''}
${proposal.explanation ? html`<p class="meta">${t('composer.explanation')}: <bdi>${proposal.explanation}</bdi></p>` : ''}
${
  decision
    ? html`<p class="meta">${term(t, 'ruling', decision.ruling)}${decision.meeting ? html` — <bdi>${decision.meeting}</bdi>` : ''}${decision.date ? html`, ${date(ctx, decision.date)}` : ''}${
        decision.reason ? html`: <bdi>${decision.reason}</bdi>` : ''
      }${decision.compromise ? html` (${t('compilation.withCompromise')})` : ''}</p>`
    : ''
}
${conflictLines(ctx, proposal, conflicts, byId)}
<p class="meta"><a href="/web/documents/${data.document.id}/comments?on=amendment&amp;subject=${proposal.amendmentId}">${t('comments.title')}</a></p>
${chairCanRule ? rulingForm(ctx, data, proposal) : ''}
</li>`;
}

function proposalsCell(
  ctx: PageContext,
  data: CompilationData,
  proposals: readonly ProposalModel[],
  conflicts: readonly ConflictModel[],
  byId: ReadonlyMap<string, ProposalModel>,
): Html {
  if (proposals.length === 0) return html`<span class="meta">${ctx.t('compilation.noProposals')}</span>`;
  return html`<ol class="proposals">${proposals.map((proposal) => proposalItem(ctx, data, proposal, conflicts, byId))}</ol>`;
}

function mergeForm(ctx: PageContext, data: CompilationData, provision: CompilationProvisionModel): Html {
  const { t } = ctx;
  const undecided = provision.proposals.filter(
    (p) => UNDECIDED.includes(p.status) && (p.operation.kind === 'modify' || p.operation.kind === 'replaceText'),
  );
  if (
    !data.isChair ||
    undecided.length < 2 ||
    !data.compilation.version.current ||
    !['negotiation', 'adoption'].includes(data.consultation.phase)
  )
    return html``;
  // Rarely used, and as heavy as the paragraph it rewrites: a link unfolds it for the one paragraph.
  if (data.merge !== provision.id)
    return html`<p class="meta"><a href="${addressWith(data, { merge: provision.id }, `provision-${provision.id}`)}">${t('chair.merge')}</a></p>`;
  return html`<details class="rule" open><summary>${t('chair.merge')}</summary>
<form method="post" action="/web/documents/${data.document.id}/merges">
${csrfField(ctx)}<input type="hidden" name="provisionId" value="${provision.id}">
${choiceGroup({
  legend: t('chair.mergeWhich'),
  name: 'amendmentIds',
  type: 'checkbox',
  idPrefix: `merge-${provision.id}`,
  choices: undecided.map((p) => ({ value: p.amendmentId, label: proposalName(ctx, p), checked: true })),
})}
${textArea({ id: `merged-${provision.id}`, name: 'wording', label: t('chair.mergedWording'), value: provision.text, lang: data.compilation.language, rows: 3, required: true })}
${sittingFields(ctx, `merge-${provision.id}`, data.sitting)}
${submitButton(t('chair.recordMerge'))}
</form></details>`;
}

function bracketsSection(ctx: PageContext, data: CompilationData): Html {
  const { t } = ctx;
  if (!data.isChair || data.brackets.length === 0 || !['negotiation', 'adoption'].includes(data.consultation.phase)) return html``;
  const language = data.compilation.language;
  const doc = html` lang="${language}" dir="${directionOf(language)}"`;
  return html`<section aria-labelledby="brackets-heading">
<h2 id="brackets-heading">${t('chair.brackets')}</h2>
${data.brackets.map(
  (group) => html`<form method="post" action="/web/documents/${data.document.id}/bracket-settlements">
${csrfField(ctx)}<input type="hidden" name="provisionId" value="${group.provisionId}"><input type="hidden" name="bracketIndex" value="${group.bracketIndex}">
<p${doc}><span class="label">${group.label}</span> ${group.text}</p>
${choiceGroup({
  legend: t('chair.keepWhich'),
  name: 'choice',
  type: 'radio',
  idPrefix: `bracket-${group.provisionId}-${group.bracketIndex}`,
  required: true,
  choices: [
    ...group.alternatives.map((alternative, i) => ({
      value: String(i),
      label: html`<span class="label">${choiceLabel(ctx.locale, i)}</span> <span${doc}>${alternative}</span>`,
    })),
    { value: 'none', label: t('chair.noneOfThem') },
  ],
})}
${sittingFields(ctx, `bracket-${group.provisionId}-${group.bracketIndex}`, data.sitting)}
${submitButton(t('chair.settle'))}
</form>`,
)}
</section>`;
}

function adoptionSection(ctx: PageContext, data: CompilationData): Html {
  const { t } = ctx;
  if (!data.isChair || data.consultation.phase !== 'adoption' || !data.compilation.version.current) return html``;
  return html`<section aria-labelledby="adoption-heading">
<h2 id="adoption-heading">${t('chair.adoption')}</h2>
<p class="hint">${t('chair.adoptionHint')}</p>
<form method="post" action="/web/documents/${data.document.id}/adoptions">
${csrfField(ctx)}
${textField({ id: 'adopt-label', name: 'label', label: t('chair.versionLabel'), hint: t('chair.versionLabelHint'), required: true })}
${sittingFields(ctx, 'adopt', data.sitting, true)}
${textField({ id: 'adopt-place', name: 'place', label: t('chair.adoptedPlace'), hint: t('chair.adoptedPlaceHint') })}
${textField({ id: 'adopt-number', name: 'number', label: t('chair.adoptedNumber'), hint: t('chair.adoptedNumberHint'), lang: data.compilation.language })}
${textField({ id: 'adopt-title', name: 'title', label: t('chair.adoptedTitle'), hint: t('chair.adoptedTitleHint'), lang: data.compilation.language })}
${textField({ id: 'adopt-line', name: 'adoptionLine', label: t('chair.adoptionLine'), hint: t('chair.adoptionLineHint'), lang: data.compilation.language })}
${textField({ id: 'adopt-symbol', name: 'symbol', label: t('chair.adoptedSymbol'), hint: t('chair.adoptedSymbolHint') })}
${adoptionMethodFields(ctx, data.voters ?? [])}
${provisionalAdoptionFields(ctx, data.outOfStep ?? [])}
${submitButton(t('chair.adopt'))}
</form>
</section>`;
}

/** Whether the chair may record decisions on this page: the current version, while negotiating or adopting. */
function chairActs(data: CompilationData): boolean {
  return data.isChair && data.compilation.version.current && ['negotiation', 'adoption'].includes(data.consultation.phase);
}

/** The sitting the chair's decisions are recorded at: chosen once, kept by the session, filled into every form. */
function sittingForm(ctx: PageContext, data: CompilationData): Html {
  const { t } = ctx;
  const s = data.sitting;
  const form = html`<form method="post" action="/web/documents/${data.document.id}/sitting">
${csrfField(ctx)}
<p class="hint">${t('chairWork.sittingHint')}</p>
${sittingFields(ctx, 'sitting', s, true)}
${submitButton(t('chairWork.sittingKeep'), { secondary: true })}
</form>`;
  return html`<section aria-labelledby="sitting-heading" class="sitting">
<h2 id="sitting-heading">${t('chairWork.sitting')}</h2>
<p>${s.meeting && s.date ? phrase(ctx, 'chairWork.sittingNow', {}, { meeting: html`<bdi>${s.meeting}</bdi>`, date: date(ctx, s.date) }) : t('chairWork.sittingNone')}</p>
${
  // Once chosen, the sitting stays out of the way: its form folds under "change".
  s.meeting && s.date ? html`<details><summary>${t('chairWork.sittingChange')}</summary>${form}</details>` : form
}
</section>`;
}

/** Every stakeholder who proposed or co-sponsored a proposal of the compilation, for the proposer filter. */
function proposersOf(data: CompilationData): { id: string; name: string }[] {
  const c = data.compilation;
  const all = [...c.sections.flatMap((s) => [...s.proposals, ...s.provisions.flatMap((p) => p.proposals)]), ...c.unplaced];
  const byId = new Map<string, string>();
  for (const proposal of all) for (const party of [...proposal.proposers, ...proposal.coSponsors]) byId.set(party.id, party.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function filterForm(
  ctx: PageContext,
  data: CompilationData,
  filter: CompilationFilter,
  filtered: ReturnType<typeof filterCompilation>,
): Html {
  const { t } = ctx;
  const statuses = ['pending', 'deferred', 'accepted', 'accepted-as-modified', 'merged', 'rejected', 'withdrawn'];
  return html`<form method="get" action="/web/documents/${data.document.id}/compilation" class="filters" aria-label="${t('chairWork.filters')}">
<input type="hidden" name="version" value="${data.compilation.version.number}">
${selectField({
  id: 'filter-show',
  name: 'show',
  label: t('chairWork.show'),
  value: filter.show,
  choices: (['proposals', 'all'] as const).map((value) => ({ value, label: t(`chairWork.show.${value}`) })),
})}
${selectField({
  id: 'filter-status',
  name: 'status',
  label: t('chairWork.status'),
  value: filter.status ?? '',
  choices: [{ value: '', label: t('chairWork.anyStatus') }, ...statuses.map((value) => ({ value, label: term(t, 'status', value) }))],
})}
${selectField({
  id: 'filter-proposer',
  name: 'proposer',
  label: t('chairWork.proposer'),
  value: filter.proposer ?? '',
  choices: [{ value: '', label: t('chairWork.anyProposer') }, ...proposersOf(data).map((p) => ({ value: p.id, label: p.name }))],
})}
${submitButton(t('chairWork.apply'), { secondary: true })}
</form>
<p class="meta">${t('chairWork.shown', { shown: filtered.shown, total: filtered.total })}</p>`;
}

/** Links between the pages of a long compilation, keeping the filter. */
function pageLinks(
  ctx: PageContext,
  documentId: string,
  version: number,
  filter: CompilationFilter,
  filtered: ReturnType<typeof filterCompilation>,
): Html {
  const { t } = ctx;
  if (filtered.pages <= 1) return html``;
  const href = (page: number) =>
    `/web/documents/${documentId}/compilation?${new URLSearchParams({
      version: String(version),
      show: filter.show,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.proposer ? { proposer: filter.proposer } : {}),
      page: String(page),
    })}#compilation-table`;
  return html`<nav aria-label="${t('chairWork.pages')}" class="pages"><p>${
    filtered.page > 1 ? html`<a href="${href(filtered.page - 1)}" rel="prev">${t('chairWork.previous')}</a> · ` : ''
  }${t('chairWork.page', { page: filtered.page, pages: filtered.pages })}${
    filtered.page < filtered.pages ? html` · <a href="${href(filtered.page + 1)}" rel="next">${t('chairWork.next')}</a>` : ''
  }</p></nav>`;
}

/** The stakeholders' written inputs beneath what they concern: who sent each, and its title in its own language, linked to the inputs page. */
function inputsRow(ctx: PageContext, data: CompilationData, inputs: readonly CompilationInputModel[], heading: string): Html {
  return html`<tr class="inputs"><th scope="row">${heading}</th><td><ul class="inputs">${inputs.map(
    (input) =>
      html`<li><bdi>${input.stakeholderName}</bdi>: <a href="/web/documents/${data.document.id}/inputs#input-${input.inputId}" lang="${input.language}" dir="${directionOf(input.language)}">${input.title}</a></li>`,
  )}</ul></td></tr>`;
}

/** The compilation of proposals: each provision as printed beside every amendment on it, conflicts named; for a chair, the forms of the decisions. */
export function compilationPage(ctx: PageContext, asked: CompilationData): string {
  const { t } = ctx;
  const c = asked.compilation;
  const d = asked.document;
  const language = c.language;
  const doc = html` lang="${language}" dir="${directionOf(language)}"`;
  const all = [...c.sections.flatMap((s) => [...s.proposals, ...s.provisions.flatMap((p) => p.proposals)]), ...c.unplaced];
  const byId = new Map(all.map((p) => [p.amendmentId, p]));
  const filter: CompilationFilter = {
    show: asked.filter?.show ?? defaultShow(c, asked.isChair),
    page: asked.filter?.page ?? 1,
    ...(asked.filter?.status ? { status: asked.filter.status } : {}),
    ...(asked.filter?.proposer ? { proposer: asked.filter.proposer } : {}),
  };
  const filtered = filterCompilation(c, filter, asked.isChair ? CHAIR_COMPILATION_PAGE_SIZE : COMPILATION_PAGE_SIZE);
  const data: CompilationData = { ...asked, filter: { ...filter, page: filtered.page } };
  const kept = new Map(filtered.entries.map((entry) => [entry.id, entry.proposals]));
  const rows: Html[] = [];
  for (const section of c.sections) {
    if (filtered.onPage.has(section.id))
      rows.push(
        html`<tr class="section"><th scope="rowgroup"${doc}>${section.heading}</th><td>${proposalsCell(ctx, data, kept.get(section.id) ?? [], c.conflicts, byId)}</td></tr>`,
      );
    for (const provision of section.provisions) {
      if (!filtered.onPage.has(provision.id)) continue;
      rows.push(
        html`<tr id="provision-${provision.id}"><td class="provision"${doc}>${provision.label ? html`<span class="label">${provision.label}</span> ` : ''}${provision.text}${
          provision.footnotes.length > 0
            ? html`<ol class="meta">${provision.footnotes.map((footnote) => html`<li>${footnote}</li>`)}</ol>`
            : ''
        }</td><td>${proposalsCell(ctx, data, kept.get(provision.id) ?? [], c.conflicts, byId)}${mergeForm(ctx, data, provision)}</td></tr>`,
      );
      if (provision.inputs?.length) rows.push(inputsRow(ctx, data, provision.inputs, ctx.t('inputs.inCompilation')));
    }
  }
  const lastPage = filtered.page === filtered.pages;
  if (lastPage && c.inputs?.length) rows.push(inputsRow(ctx, data, c.inputs, t('inputs.onWholeText')));
  const unplaced = c.unplaced.filter((p) => proposalMatches(filter, p));
  if (lastPage && unplaced.length > 0)
    rows.push(
      html`<tr><th scope="row">${t('compilation.unplaced')}</th><td>${proposalsCell(ctx, data, unplaced, c.conflicts, byId)}</td></tr>`,
    );
  const counts = Object.entries(c.statusCounts);
  const body = html`<h1>${t('compilation.title')}: ${bidi(c.symbol, 'symbol')} (<bdi>${c.version.label}</bdi>)</h1>
${documentLinks(ctx, data)}
<form method="get" action="/web/documents/${d.id}/compilation" class="actions">
<label for="version">${t('compilation.onVersion')}</label>
<select id="version" name="version">${data.versions.map((v) => html`<option value="${v.number}"${v.number === c.version.number ? html` selected` : ''}>${t('document.versionNumber', { number: v.number })}: ${v.label}</option>`)}</select>
${submitButton(t('document.showSubmit'), { secondary: true })}
</form>
${downloadLinks([
  { href: `/web/documents/${d.id}/compilation.docx?version=${c.version.number}`, label: t('word.download') },
  { href: `/web/documents/${d.id}/compilation.pdf?version=${c.version.number}`, label: t('download.pdf') },
])}
<p>${counts.length === 0 ? t('compilation.none') : html`${t('compilation.counts')} ${counts.map(([status, count], i) => html`${i > 0 ? ' · ' : ''}${statusBadge(t, status)} ${count}`)}`}</p>
${
  c.conflicts.length > 0
    ? html`<section aria-labelledby="conflicts-heading" class="notice error"><h2 id="conflicts-heading"><span aria-hidden="true">⚠ </span>${t('compilation.conflicts', { count: c.conflicts.length })}</h2><ul>${c.conflicts.map(
        (conflict) =>
          html`<li>${conflict.amendmentIds.map((id, i) => html`${i > 0 ? html` ${t('compilation.and')} ` : ''}<a href="#amendment-${id}">${byId.get(id) ? proposalName(ctx, byId.get(id)!) : id}</a>`)}: ${conflictText(ctx, conflict)}</li>`,
      )}</ul></section>`
    : ''
}
${data.isChair && c.version.current ? chairPanel(ctx, { documentId: d.id, consultation: data.consultation, compilation: c, brackets: chairActs(data) ? data.brackets : [], work: data.work ?? { silences: [], languages: [], now: new Date().toISOString() } }) : ''}
${chairActs(data) ? sittingForm(ctx, data) : ''}
${bracketsSection(ctx, data)}
${adoptionSection(ctx, data)}
<h2 id="compilation-table">${t('compilation.table')}</h2>
${filterForm(ctx, data, filter, filtered)}
${filtered.shown === 0 && filter.show === 'proposals' ? html`<p>${t('chairWork.noneShown')}</p>` : ''}
<table class="compilation">
<thead><tr><th scope="col">${t('compilation.provision')}</th><th scope="col">${t('compilation.proposals')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${pageLinks(ctx, d.id, c.version.number, filter, filtered)}`;
  return layout(ctx, {
    title: `${t('compilation.title')}: ${c.symbol}`,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/compilation`, label: t('compilation.title') }),
  });
}
