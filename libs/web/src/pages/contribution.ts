import { diffWords } from '#libs/text';
import { Html, HtmlPart, html } from '../html';
import { formatDate } from '../format';
import { directionOf } from '../i18n/locale';
import { markedWords } from '../marked';
import { ConsultationModel, DocumentSummaryModel, ProposalModel, StakeholderModel } from '../models';
import { PageContext, Notice } from './context';
import { STATUS_ICONS, comma, date, dateTime, facts, inLanguage, names, parties, term } from './components';
import { nameOf } from './consultation';
import { layout } from './layout';
import { contributionRevisionForm } from './contribution-revision';

/** The cover of a contribution as typed into the composer or read from Word. */
export interface ContributionCoverModel {
  readonly symbol: string;
  readonly date: string;
  readonly agendaItem?: string;
  readonly originalLanguage: string;
  readonly submitters: readonly string[];
  readonly onBehalfOf?: string;
  readonly coSponsors: readonly string[];
  readonly title: string;
  readonly purpose?: string;
  readonly actionRequested?: string;
  readonly references?: readonly string[];
}

/** A proposal of the contribution, with where it bears as the text prints it. */
export interface ContributionProposalModel {
  readonly proposal: ProposalModel;
  /** The heading of the section it bears on, as printed ("resolves to instruct the Secretary-General"). */
  readonly section?: string;
  /** The provision's label as printed ("5"); absent for a proposal on the section as a whole. */
  readonly label?: string;
}

export interface CoSubmitterAnswerModel {
  readonly stakeholderId: string;
  readonly by: string;
  readonly reference?: string;
  readonly reason?: string;
  readonly at: string;
}

export interface ContributionDetailModel {
  readonly id: string;
  readonly consultationId: string;
  readonly symbol: string;
  readonly title: string;
  readonly revision: number;
  readonly status: string;
  readonly cover: ContributionCoverModel;
  readonly substance:
    { readonly kind: 'amendments' | 'draft'; readonly documentId: string } | { readonly kind: 'report'; readonly text: string };
  readonly withdrawal: { readonly by: string; readonly reason?: string; readonly at: string } | null;
  readonly coSubmission: {
    readonly revision: number;
    readonly awaiting: readonly string[];
    readonly confirmed: readonly CoSubmitterAnswerModel[];
    readonly declined: readonly CoSubmitterAnswerModel[];
  } | null;
  readonly submittedAt: string;
  readonly updatedAt: string;
}

/** One revision of the contribution (Rev.0 the original) with the proposals it made. */
export interface ContributionRevisionModel {
  readonly revision: number;
  readonly cover: ContributionCoverModel;
  readonly recordedAt: string;
  readonly proposals: readonly ContributionProposalModel[];
}

/** What an importer read from the cover of a draft that a contribution's cover has no field for. */
export interface DraftCoverModel {
  readonly summary?: string;
  readonly expectedResults?: string;
  readonly priorityArea?: string;
}

export interface ContributionPageData {
  readonly contribution: ContributionDetailModel;
  readonly consultation: ConsultationModel;
  readonly stakeholders: ReadonlyMap<string, StakeholderModel>;
  /** The document the amendments amend, or the draft the contribution registered. */
  readonly document?: DocumentSummaryModel;
  readonly draftCover?: DraftCoverModel;
  /** The proposals of the latest revision. */
  readonly proposals: readonly ContributionProposalModel[];
  /** Every revision, Rev.0 first. */
  readonly revisions: readonly ContributionRevisionModel[];
  /** Whether the server prints PDF. */
  readonly pdf: boolean;
  readonly notices?: readonly Notice[];
}

/** An amendment's status as words beside a sign: text, not something that looks like a button to press. */
function statusText(ctx: PageContext, status: string): Html {
  return html`<span class="status-text status-${status}"><span aria-hidden="true">${STATUS_ICONS[status] ?? '•'}</span> ${term(ctx.t, 'status', status)}</span>`;
}

/** "Rev.1": a revision's label as the symbols print it, kept left to right and unbroken in an Arabic line. */
function revisionLabel(revision: number): Html {
  return html`<bdi class="symbol" dir="ltr">Rev.${revision}</bdi>`;
}

/** Paragraphs of a text typed into the composer, in the language the contribution was written in. */
function prose(language: string, text: string): Html {
  return html`${text
    .split(/\n+/u)
    .filter((line) => line.trim() !== '')
    .map((line) => inLanguage(language, line, 'p'))}`;
}

/** Where a proposal bears, as printed: the section's heading and the provision's label ("resolves to instruct the Secretary-General, 5"). */
export function citation(ctx: PageContext, item: ContributionProposalModel, language: string): Html {
  const { t } = ctx;
  const place = item.proposal.change.place;
  const separator = language === 'ar' ? '، ' : ', ';
  if (item.section === undefined) return html`<span class="meta">${t('contributionPage.unplaced')}</span>`;
  // An ADD is placed by the provision it follows or precedes: "resolves to instruct the Secretary-General — after 5".
  if (place && place.label)
    return html`${inLanguage(language, item.section)} — ${term(t, 'relation', place.relation)} ${inLanguage(language, place.label)}`;
  return item.label
    ? inLanguage(language, `${item.section}${separator}${item.label}`)
    : html`${inLanguage(language, item.section)} (${t('contributionPage.wholeSection')})`;
}

/** The proposed words, marked as printed: struck words in <del>, new words in <ins>. */
function proposedWords(ctx: PageContext, proposal: ProposalModel, language: string): Html {
  const change = proposal.change;
  const words = change.segments
    ? markedWords(change.segments, ctx.locale, ctx.t)
    : change.text !== undefined
      ? markedWords([{ kind: change.tag === 'SUP' ? 'delete' : 'insert', text: change.text }], ctx.locale, ctx.t)
      : '';
  return html`<span class="tag" lang="en" dir="ltr">${change.tag}</span> <span class="change" lang="${language}" dir="${directionOf(language)}">${words}</span>`;
}

function decision(ctx: PageContext, proposal: ProposalModel): Html {
  const made = proposal.decision;
  if (!made) return html`${ctx.t('contributionPage.undecided')}`;
  return html`${term(ctx.t, 'ruling', made.ruling)}${made.meeting ? html` — <bdi>${made.meeting}</bdi>` : ''}${made.date ? html`, ${date(ctx, made.date)}` : ''}${
    made.reason ? html`<br><bdi>${made.reason}</bdi>` : ''
  }`;
}

function proposalArticle(ctx: PageContext, item: ContributionProposalModel, language: string, documentId: string | undefined): Html {
  const { t } = ctx;
  const { proposal } = item;
  return html`<li><article class="proposal" id="amendment-${proposal.amendmentId}" aria-labelledby="amendment-${proposal.amendmentId}-heading">
<h3 id="amendment-${proposal.amendmentId}-heading"><span class="tag" lang="en" dir="ltr">${proposal.change.tag}</span> ${citation(ctx, item, language)}</h3>
<p class="proposed">${proposedWords(ctx, proposal, language)}</p>
${facts([
  [t('contributionPage.status'), statusText(ctx, proposal.status)],
  [t('contributionPage.proposedBy'), parties(proposal.proposers, ctx)],
  [
    t('contributionPage.proposalCoSponsors'),
    proposal.coSponsors.length > 0 ? parties(proposal.coSponsors, ctx) : t('contributionPage.noCoSponsors'),
  ],
  proposal.explanation !== null && proposal.explanation !== '' && [t('contributionPage.reasons'), prose(language, proposal.explanation)],
  [t('contributionPage.decision'), decision(ctx, proposal)],
])}
<p class="meta">${t('contributionPage.draftedAgainst', { number: String(proposal.draftedAgainst) })}${
    documentId
      ? html` · <a href="/web/documents/${documentId}/compilation?version=${proposal.draftedAgainst}#amendment-${proposal.amendmentId}">${t('contributionPage.inCompilation')}</a>`
      : ''
  }</p>
</article></li>`;
}

function coverFacts(ctx: PageContext, data: ContributionPageData): Html {
  const { t } = ctx;
  const { contribution: c, draftCover } = data;
  const cover = c.cover;
  const language = cover.originalLanguage;
  const name = (id: string) => nameOf(data.stakeholders, id);
  const kind =
    c.substance.kind === 'report'
      ? t('contributionPage.kind.report')
      : t(c.substance.kind === 'amendments' ? 'contributionPage.kind.amendments' : 'contributionPage.kind.draft', {
          symbol: data.document?.symbol ?? '',
        });
  const optional = (label: string, value: string | undefined): readonly [string, HtmlPart] | false =>
    value !== undefined && value.trim() !== '' && [label, prose(language, value)];
  return facts([
    [t('contributionPage.symbol'), html`<bdi class="symbol">${cover.symbol}</bdi>`],
    [t('contributionPage.title'), inLanguage(language, cover.title)],
    [t('contributionPage.date'), date(ctx, cover.date)],
    cover.agendaItem !== undefined && [t('contributionPage.agendaItem'), html`<bdi class="symbol">${cover.agendaItem}</bdi>`],
    [t('contributionPage.originalLanguage'), term(t, 'language', cover.originalLanguage)],
    [t('contributionPage.submitters'), names(ctx, cover.submitters.map(name))],
    cover.onBehalfOf !== undefined && [t('contributionPage.onBehalfOf'), names(ctx, [name(cover.onBehalfOf)])],
    [t('contributionPage.coSponsors'), cover.coSponsors.length > 0 ? names(ctx, cover.coSponsors.map(name)) : t('contributionPage.none')],
    optional(t('contributionPage.purpose'), cover.purpose),
    optional(t('contributionPage.actionRequested'), cover.actionRequested),
    cover.references !== undefined &&
      cover.references.length > 0 && [
        t('contributionPage.references'),
        html`<ul>${cover.references.map((reference) => html`<li>${inLanguage(language, reference)}</li>`)}</ul>`,
      ],
    optional(t('contributionPage.summary'), draftCover?.summary),
    optional(t('contributionPage.expectedResults'), draftCover?.expectedResults),
    optional(t('contributionPage.priorityArea'), draftCover?.priorityArea),
    [t('contributionPage.kind'), kind],
    [t('contributionPage.status'), term(t, 'contributionStatus', c.status)],
    [t('contributionPage.revision'), revisionLabel(c.revision)],
    [t('contributionPage.submittedAt'), dateTime(ctx, c.submittedAt)],
    c.updatedAt !== c.submittedAt && [t('contributionPage.updatedAt'), dateTime(ctx, c.updatedAt)],
    [
      t('contributionPage.consultation'),
      html`<a href="/web/consultations/${data.consultation.id}">${inLanguage(data.consultation.originalLanguage, data.consultation.title)}</a>`,
    ],
  ]);
}

function coSubmitters(ctx: PageContext, data: ContributionPageData): Html {
  const { t } = ctx;
  const co = data.contribution.coSubmission;
  if (!co) return html``;
  const name = (id: string) => nameOf(data.stakeholders, id);
  const row = (id: string, answer: HtmlPart, detail: HtmlPart) =>
    html`<tr><th scope="row"><bdi>${name(id)}</bdi></th><td>${answer}</td><td>${detail}</td></tr>`;
  const details = (a: CoSubmitterAnswerModel) =>
    html`${dateTime(ctx, a.at)}${a.reference ? html`<br>${t('contributionPage.letter', { reference: a.reference })}` : ''}${a.reason ? html`<br><bdi>${a.reason}</bdi>` : ''}`;
  return html`<section aria-labelledby="co-submitters-heading">
<h2 id="co-submitters-heading">${t('contributionPage.coSubmitters')}</h2>
<p>${t('contributionPage.coSubmittersIntro', { revision: `Rev.${co.revision}` })}</p>
<table><thead><tr><th scope="col">${t('contributionPage.coSubmitter')}</th><th scope="col">${t('contributionPage.answer')}</th><th scope="col">${t('contributionPage.recordedAt')}</th></tr></thead>
<tbody>${co.confirmed.map((a) => row(a.stakeholderId, html`<span class="answer answer-confirmed"><span aria-hidden="true">✓</span> ${t('contributionPage.confirmed')}</span>`, details(a)))}${co.declined.map(
    (a) =>
      row(
        a.stakeholderId,
        html`<span class="answer answer-declined"><span aria-hidden="true">✗</span> ${t('contributionPage.declined')}</span>`,
        details(a),
      ),
  )}${co.awaiting.map((id) => row(id, html`<span class="answer answer-awaiting"><span aria-hidden="true">…</span> ${t('contributionPage.awaiting')}</span>`, ''))}</tbody></table>
</section>`;
}

function downloads(ctx: PageContext, data: ContributionPageData): Html {
  const { t } = ctx;
  const { contribution: c, document } = data;
  const links: { href: string; label: string }[] = [
    { href: `/web/contributions/${c.id}/contribution.docx`, label: t('contributionPage.word') },
  ];
  if (c.substance.kind === 'amendments')
    links.push({ href: `/web/contributions/${c.id}/contribution-tracked.docx`, label: t('contributionPage.wordTracked') });
  if (data.pdf) links.push({ href: `/web/contributions/${c.id}/contribution.pdf`, label: t('contributionPage.pdf') });
  return html`<section aria-labelledby="downloads-heading">
<h2 id="downloads-heading">${t('contributionPage.downloads')}</h2>
<ul class="links downloads">${links.map((link) => html`<li><a href="${link.href}" download>${link.label}</a></li>`)}${
    document && c.substance.kind === 'amendments'
      ? html`<li><a href="/web/documents/${document.id}/marked">${t('contributionPage.markedText', { symbol: document.symbol })}</a></li>`
      : ''
  }</ul>
${data.pdf ? '' : html`<p class="hint">${t('contributionPage.pdfUnavailable')}</p>`}
</section>`;
}

function substance(ctx: PageContext, data: ContributionPageData): Html {
  const { t } = ctx;
  const { contribution: c, document } = data;
  const language = document?.language ?? c.cover.originalLanguage;
  if (c.substance.kind === 'report')
    return html`<section aria-labelledby="report-heading"><h2 id="report-heading">${t('contributionPage.report')}</h2>${prose(c.cover.originalLanguage, c.substance.text)}</section>`;
  if (c.substance.kind === 'draft')
    return html`<section aria-labelledby="draft-heading"><h2 id="draft-heading">${t('contributionPage.draft')}</h2>${
      document
        ? html`<p><a href="/web/documents/${document.id}">${t('contributionPage.readDraft', { symbol: document.symbol })}</a></p>`
        : ''
    }</section>`;
  return html`<section aria-labelledby="proposals-heading">
<h2 id="proposals-heading">${t('contributionPage.proposals', { count: String(data.proposals.length) })}</h2>
${
  data.proposals.length === 0
    ? html`<p>${t('contributionPage.noProposals')}</p>`
    : html`<ol class="proposals">${data.proposals.map((item) => proposalArticle(ctx, item, language, document?.id))}</ol>`
}
</section>`;
}

/** A value of a cover in its language, or isolated where its direction is unknown (symbols, names). */
function inLanguageOrIsolated(language: string | undefined, text: HtmlPart): Html {
  return language ? inLanguage(language, text) : html`<bdi>${text}</bdi>`;
}

/** A field of two covers: the later one's words marked against the earlier's. */
function comparedField(ctx: PageContext, language: string | undefined, before: string, after: string): Html {
  if (before === after)
    return html`${inLanguageOrIsolated(language, after)} <span class="meta">(${ctx.t('contributionPage.unchanged')})</span>`;
  return inLanguageOrIsolated(language, markedWords(diffWords(before, after), ctx.locale, ctx.t));
}

function proposalList(ctx: PageContext, items: readonly ContributionProposalModel[], language: string): Html {
  if (items.length === 0) return html`${ctx.t('contributionPage.none')}`;
  return html`<ul class="revision-proposals">${items.map(
    (item) =>
      html`<li>${citation(ctx, item, language)}: ${proposedWords(ctx, item.proposal, language)} ${statusText(ctx, item.proposal.status)}</li>`,
  )}</ul>`;
}

/** Each revision beside the one before it: its cover's changed words marked, and the proposals of each. */
function revisions(ctx: PageContext, data: ContributionPageData): Html {
  const { t } = ctx;
  const list = data.revisions;
  const language = data.contribution.cover.originalLanguage;
  const textLanguage = data.document?.language ?? language;
  const name = (id: string) => nameOf(data.stakeholders, id);
  const people = (ids: readonly string[]) => ids.map(name).join(comma(ctx));
  if (list.length <= 1)
    return html`<section aria-labelledby="revisions-heading"><h2 id="revisions-heading">${t('contributionPage.revisions')}</h2><p>${t('contributionPage.onlyRevision')}</p></section>`;
  const pairs = list.slice(1).map((later, i) => ({ earlier: list[i], later }));
  return html`<section aria-labelledby="revisions-heading">
<h2 id="revisions-heading">${t('contributionPage.revisions')}</h2>
${[...pairs].reverse().map(({ earlier, later }) => {
  const id = `revision-${later.revision}`;
  const [e, l] = [`Rev.${earlier.revision}`, `Rev.${later.revision}`];
  // Each field in its language: the contribution's, the interface's for dates, none (isolated) for symbols and names.
  const references = (cover: ContributionCoverModel) => (cover.references ?? []).join(language === 'ar' ? '؛ ' : '; ');
  const fields: [string, string | undefined, string, string][] = [
    [t('contributionPage.symbol'), undefined, earlier.cover.symbol, later.cover.symbol],
    [t('contributionPage.title'), language, earlier.cover.title, later.cover.title],
    [t('contributionPage.date'), ctx.locale, formatDate(ctx.locale, earlier.cover.date), formatDate(ctx.locale, later.cover.date)],
    [t('contributionPage.submitters'), undefined, people(earlier.cover.submitters), people(later.cover.submitters)],
    [t('contributionPage.coSponsors'), undefined, people(earlier.cover.coSponsors), people(later.cover.coSponsors)],
    [t('contributionPage.purpose'), language, earlier.cover.purpose ?? '', later.cover.purpose ?? ''],
    [t('contributionPage.actionRequested'), language, earlier.cover.actionRequested ?? '', later.cover.actionRequested ?? ''],
    [t('contributionPage.references'), language, references(earlier.cover), references(later.cover)],
  ];
  return html`<section class="revision-pair" aria-labelledby="${id}-heading">
<h3 id="${id}-heading">${revisionLabel(later.revision)} — ${revisionLabel(earlier.revision)}<span class="visually-hidden">: ${t('contributionPage.compare', { later: l, earlier: e })}</span></h3>
<p class="hint">${t('contributionPage.compareHint', { later: l, earlier: e })}</p>
<table class="revision-comparison"><thead><tr><th scope="col">${t('contributionPage.field')}</th><th scope="col">${revisionLabel(earlier.revision)} (${date(ctx, earlier.recordedAt.slice(0, 10))})</th><th scope="col">${revisionLabel(later.revision)} (${date(ctx, later.recordedAt.slice(0, 10))})</th></tr></thead>
<tbody>${fields
    .filter(([, , before, after]) => before !== '' || after !== '')
    .map(
      ([label, fieldLanguage, before, after]) =>
        html`<tr><th scope="row">${label}</th><td>${before === '' ? t('contributionPage.none') : inLanguageOrIsolated(fieldLanguage, before)}</td><td>${comparedField(ctx, fieldLanguage, before, after)}</td></tr>`,
    )}
<tr><th scope="row">${t('contributionPage.proposalsOfRevision')}</th><td>${proposalList(ctx, earlier.proposals, textLanguage)}</td><td>${proposalList(ctx, later.proposals, textLanguage)}</td></tr>
</tbody></table>
</section>`;
})}
</section>`;
}

/**
 * A contribution as a delegate reads it: its cover (everything typed into the composer or read
 * from Word), who co-submits it and whether they agreed, each proposal with its marked text and
 * status, each revision beside the one before, and the files it can be downloaded as.
 */
export function contributionPage(ctx: PageContext, data: ContributionPageData): string {
  const { t } = ctx;
  const { contribution: c, consultation } = data;
  const withdrawal = c.withdrawal;
  const body = html`${inLanguage(c.cover.originalLanguage, c.title, 'h1')}
<p class="meta"><bdi class="symbol">${c.symbol}</bdi> ${revisionLabel(c.revision)}</p>
${
  withdrawal
    ? html`<div class="notice info" role="note"><p>${t('contributionPage.withdrawn', { name: nameOf(data.stakeholders, withdrawal.by), date: formatDate(ctx.locale, withdrawal.at.slice(0, 10)) })}</p>${
        withdrawal.reason ? html`<p>${t('contributionPage.withdrawnReason', { reason: withdrawal.reason })}</p>` : ''
      }</div>`
    : ''
}
<section aria-labelledby="cover-heading">
<h2 id="cover-heading">${t('contributionPage.cover')}</h2>
${coverFacts(ctx, data)}
</section>
${coSubmitters(ctx, data)}
${downloads(ctx, data)}
${substance(ctx, data)}
${revisions(ctx, data)}
${contributionRevisionForm(ctx, data, (item) => citation(ctx, item, data.document?.language ?? c.cover.originalLanguage))}`;
  return layout(ctx, {
    title: `${c.symbol} — ${c.title}`,
    body,
    notices: data.notices,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: `/web/consultations/${consultation.id}`, label: consultation.title, lang: consultation.originalLanguage },
    ],
  });
}
