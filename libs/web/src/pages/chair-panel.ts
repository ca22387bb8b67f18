import { Html, escapeHtml, html } from '../html';
import { MessageKey, MessageParameters } from '../i18n/translate';
import { directionOf } from '../i18n/locale';
import { CompilationModel, ConsultationModel, ProposalModel } from '../models';
import { PageContext } from './context';
import { date, parties, term } from './components';
import { CHAIR_COMPILATION_PAGE_SIZE, filterCompilation, pageOf } from './compilation-filter';

/** Statuses on which the chair has still to rule. */
export const UNDECIDED_STATUSES: readonly string[] = ['pending', 'deferred'];

/**
 * A provision or section as a reader cites it, as the text engine's `citeProvision` gives it
 * (the compilation carries it): the heading of its section and its label as printed
 * ("resolves to instruct the Secretary-General, 5"), or, for a paragraph printed without a
 * label (the preamble of a UN General Assembly resolution), its opening words quoted.
 */
export interface ProvisionCitation {
  readonly text: string;
  /** Whether it cites a section (by its heading) rather than a provision. */
  readonly section: boolean;
}

const CITATIONS = new WeakMap<CompilationModel, Map<string, ProvisionCitation>>();

/** The citation of every provision and section of a compilation, by id. */
export function compilationCitations(compilation: CompilationModel): Map<string, ProvisionCitation> {
  const known = CITATIONS.get(compilation);
  if (known) return known;
  const citations = new Map<string, ProvisionCitation>();
  for (const section of compilation.sections) {
    if (section.citation !== '') citations.set(section.id, { text: section.citation, section: true });
    for (const provision of section.provisions) {
      if (provision.citation !== '') citations.set(provision.id, { text: provision.citation, section: false });
    }
  }
  CITATIONS.set(compilation, citations);
  return citations;
}

/** A citation as printed, in the document's language and direction, isolated from the sentence around it. */
export function citation(language: string, cited: ProvisionCitation): Html {
  return html`<span lang="${language}" dir="${directionOf(language)}">${cited.text}</span>`;
}

/** The provision or section an amendment bears on: the one it changes, or the one its new text is placed by. */
export function targetOf(proposal: ProposalModel): string | undefined {
  const operation = proposal.operation as { provisionId?: unknown; sectionId?: unknown };
  if (typeof operation.provisionId === 'string') return operation.provisionId;
  if (typeof operation.sectionId === 'string') return operation.sectionId;
  return proposal.change.place?.id;
}

export {
  COMPILATION_PAGE_SIZE,
  MANY_PARAGRAPHS,
  CHAIR_COMPILATION_PAGE_SIZE,
  defaultShow,
  filterCompilation,
  pageOf,
  proposalMatches,
} from './compilation-filter';
export type { CompilationEntry, CompilationFilter, FilteredCompilation } from './compilation-filter';

/** What else waits for the chair beside the compilation: silence procedures and language versions. */
export interface ChairWorkModel {
  readonly silences: readonly {
    readonly silenceId: string;
    readonly versionNumber: number;
    readonly deadline: string;
    readonly state: string;
  }[];
  readonly languages: readonly {
    readonly language: string;
    readonly original: boolean;
    readonly provisions: number;
    readonly inStep: number;
    readonly awaiting: number;
  }[];
  /** Now, as an ISO instant: deadlines are counted from it. */
  readonly now: string;
}

export interface ChairPanelData {
  readonly documentId: string;
  readonly consultation: ConsultationModel;
  readonly compilation: CompilationModel;
  readonly brackets: readonly { readonly provisionId: string; readonly bracketIndex: number }[];
  readonly work: ChairWorkModel;
}

const DAY_MS = 86_400_000;

/** A message whose placeholders named in `parts` are filled with markup (a link, a citation in the document's language), the rest with text. */
export function phrase(ctx: PageContext, key: MessageKey, parameters: MessageParameters, parts: Readonly<Record<string, Html>>): Html {
  const message = ctx.t(key, parameters);
  const pieces = message.split(/\{(\w+)\}/u);
  return new Html(
    pieces.map((piece, i) => (i % 2 === 1 ? (parts[piece]?.markup ?? escapeHtml(`{${piece}}`)) : escapeHtml(piece))).join(''),
  );
}

function proposalLabel(ctx: PageContext, proposal: ProposalModel): Html {
  return html`<span class="tag" lang="en">${proposal.change.tag}</span> ${parties(proposal.proposers, ctx)}${
    proposal.contribution ? html` (<bdi>${proposal.contribution.symbol}</bdi>)` : ''
  }`;
}

/**
 * The chair's to-do panel: what still needs a decision (undecided proposals, conflicts,
 * bracketed alternatives), the consultation's deadlines, open silence procedures and language
 * versions out of step; each a link to where it is handled.
 */
export function chairPanel(ctx: PageContext, data: ChairPanelData): Html {
  const { t } = ctx;
  const c = data.compilation;
  const language = c.language;
  const citations = compilationCitations(c);
  const base = `/web/documents/${data.documentId}/compilation`;
  const all = [...c.sections.flatMap((s) => [...s.proposals, ...s.provisions.flatMap((p) => p.proposals)]), ...c.unplaced];
  const byId = new Map(all.map((p) => [p.amendmentId, p]));
  const withProposals = filterCompilation(c, { show: 'proposals', page: 1 }, CHAIR_COMPILATION_PAGE_SIZE);
  const placeOf = (proposal: ProposalModel): string | undefined => {
    const at = c.sections.find((s) => s.proposals.includes(proposal));
    if (at) return at.id;
    for (const s of c.sections) for (const p of s.provisions) if (p.proposals.includes(proposal)) return p.id;
    return undefined;
  };
  const linkTo = (proposal: ProposalModel, withForm: boolean) => {
    const place = placeOf(proposal);
    const page = place ? pageOf(withProposals, place, CHAIR_COMPILATION_PAGE_SIZE) : withProposals.pages;
    const query = new URLSearchParams({ show: 'proposals', page: String(page), ...(withForm ? { open: proposal.amendmentId } : {}) });
    return `${base}?${query}#amendment-${proposal.amendmentId}`;
  };
  const where = (proposal: ProposalModel): Html => {
    const target = targetOf(proposal);
    const cited = target ? citations.get(target) : undefined;
    if (!cited) return html`${t('chairWork.onWholeText')}`;
    return cited.section
      ? phrase(ctx, 'chairWork.onSection', {}, { heading: citation(language, cited) })
      : phrase(ctx, 'chairWork.onProvision', {}, { provision: citation(language, cited) });
  };

  const items: Html[] = [];
  const undecided = all.filter((p) => UNDECIDED_STATUSES.includes(p.status));
  if (undecided.length > 0)
    items.push(
      html`<li><h3>${t('chairWork.undecided', { count: undecided.length })}</h3><ul>${undecided.map(
        (p) => html`<li><a href="${linkTo(p, true)}">${proposalLabel(ctx, p)}</a> — ${where(p)}</li>`,
      )}</ul><p><a href="/web/documents/${data.documentId}/rulings">${t('rulings.open')}</a></p></li>`,
    );
  if (c.conflicts.length > 0)
    items.push(
      html`<li><h3>${t('chairWork.conflicts', { count: c.conflicts.length })}</h3><ul>${c.conflicts.map((conflict) => {
        const [first, second] = conflict.amendmentIds.map((id) => byId.get(id));
        if (!first || !second) return '';
        const target = targetOf(first);
        const cited = target ? citations.get(target) : undefined;
        return html`<li>${phrase(
          ctx,
          'chairWork.conflictOn',
          {},
          {
            first: html`<a href="${linkTo(first, false)}">${proposalLabel(ctx, first)}</a>`,
            second: html`<a href="${linkTo(second, false)}">${proposalLabel(ctx, second)}</a>`,
            provision: cited ? citation(language, cited) : html`${t('chairWork.onWholeText')}`,
          },
        )}</li>`;
      })}</ul></li>`,
    );
  if (data.brackets.length > 0)
    items.push(
      html`<li><h3><a href="#brackets-heading">${t('chairWork.brackets', { count: data.brackets.length })}</a></h3><ul>${data.brackets.map(
        (group) => {
          const cited = citations.get(group.provisionId);
          return cited ? html`<li>${citation(language, cited)}</li>` : '';
        },
      )}</ul></li>`,
    );
  const now = Date.parse(data.work.now);
  const deadlines = Object.entries(data.consultation.deadlines);
  if (deadlines.length > 0)
    items.push(
      html`<li><h3>${t('chairWork.deadlines')}</h3><ul>${deadlines.map(([phase, at]) => {
        const days = Math.ceil((Date.parse(at) - now) / DAY_MS);
        const when =
          days < 0 ? t('chairWork.deadlinePassed') : days === 0 ? t('chairWork.deadlineToday') : t('chairWork.deadlineDays', { days });
        return html`<li>${term(t, 'phase', phase)}: ${date(ctx, at.slice(0, 10))} (${when})</li>`;
      })}</ul><p><a href="/web/consultations/${data.consultation.id}">${t('chairWork.handlePhases')}</a></p></li>`,
    );
  const silences = data.work.silences.filter((s) => s.state === 'open');
  if (silences.length > 0)
    items.push(
      html`<li><h3>${t('chairWork.silences')}</h3><ul>${silences.map(
        (s) =>
          html`<li><a href="/web/documents/${data.documentId}/silence">${phrase(
            ctx,
            'chairWork.silenceUntil',
            { version: s.versionNumber },
            { deadline: date(ctx, s.deadline.slice(0, 10)) },
          )}</a></li>`,
      )}</ul></li>`,
    );
  const behind = data.work.languages.filter((v) => !v.original && (v.awaiting > 0 || v.inStep < v.provisions));
  if (behind.length > 0)
    items.push(
      html`<li><h3>${t('chairWork.languages')}</h3><ul>${behind.map(
        (v) =>
          html`<li><a href="/web/documents/${data.documentId}/languages/${v.language}/tasks">${t('chairWork.languageAwaiting', { language: term(t, 'language', v.language), count: v.provisions - v.inStep })}</a></li>`,
      )}</ul></li>`,
    );
  return html`<section aria-labelledby="chair-panel-heading" class="chair-panel">
<h2 id="chair-panel-heading">${t('chairWork.panel')}</h2>
${items.length === 0 ? html`<p>${t('chairWork.nothing')}</p>` : html`<ul class="todo">${items}</ul>`}
</section>`;
}
