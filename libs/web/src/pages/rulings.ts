import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { markedWords } from '../marked';
import { CompilationModel, ProposalModel } from '../models';
import { UNDECIDED_STATUSES, citation, compilationCitations, phrase, targetOf } from './chair-panel';
import { PageContext, Notice } from './context';
import { bidi, csrfField, parties, selectField, submitButton, term, textField } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';

/** The rulings a chair may record several at a time: the plain ones (a compromise or a merge has its own form). */
export const BATCH_RULINGS = ['accepted', 'rejected', 'deferred'] as const;

/** What became of one ruling of a batch: recorded, or refused with the rule's words. */
export interface RulingOutcomeModel {
  readonly amendmentId: string;
  readonly ruling: string;
  /** Absent when recorded; the refusal otherwise. */
  readonly refusal?: Notice;
}

export interface RulingsData extends DocumentHeader {
  readonly compilation: CompilationModel;
  /** The sitting kept for the chair, to start the form with. */
  readonly sitting: { readonly meeting: string; readonly date: string };
  /** The outcomes of the batch just sent, one per ruling asked. */
  readonly outcomes?: readonly RulingOutcomeModel[];
  readonly notices?: readonly Notice[];
}

/** Every proposal of the compilation, in the order printed (sections, their paragraphs, then those it could not place). */
export function proposalsInOrder(compilation: CompilationModel): ProposalModel[] {
  return [...compilation.sections.flatMap((s) => [...s.proposals, ...s.provisions.flatMap((p) => p.proposals)]), ...compilation.unplaced];
}

function proposalName(ctx: PageContext, proposal: ProposalModel): Html {
  return html`<span class="tag" lang="en">${proposal.change.tag}</span> ${parties(proposal.proposers, ctx)}${
    proposal.contribution ? html` (${bidi(proposal.contribution.symbol, 'symbol')})` : ''
  }`;
}

function where(ctx: PageContext, compilation: CompilationModel, proposal: ProposalModel): Html {
  const target = targetOf(proposal);
  const cited = target ? compilationCitations(compilation).get(target) : undefined;
  if (!cited) return html`${ctx.t('chairWork.onWholeText')}`;
  return cited.section
    ? phrase(ctx, 'chairWork.onSection', {}, { heading: citation(compilation.language, cited) })
    : phrase(ctx, 'chairWork.onProvision', {}, { provision: citation(compilation.language, cited) });
}

function outcomesSection(ctx: PageContext, data: RulingsData, byId: ReadonlyMap<string, ProposalModel>): Html {
  const { t } = ctx;
  const outcomes = data.outcomes ?? [];
  if (outcomes.length === 0) return html``;
  const recorded = outcomes.filter((o) => !o.refusal).length;
  return html`<section aria-labelledby="outcomes-heading" class="outcomes">
<h2 id="outcomes-heading">${t('rulings.outcomes', { recorded, refused: outcomes.length - recorded })}</h2>
<ul>${outcomes.map((outcome) => {
    const proposal = byId.get(outcome.amendmentId);
    const name = proposal ? html`${proposalName(ctx, proposal)} — ${where(ctx, data.compilation, proposal)}` : html``;
    const ruling = term(t, 'ruling', outcome.ruling);
    return outcome.refusal
      ? html`<li class="refused" data-amendment="${outcome.amendmentId}">${name}: ${t('rulings.refused', { ruling })} ${outcome.refusal.text}${
          outcome.refusal.detail ? html` <span lang="${outcome.refusal.detailLanguage ?? ''}">${outcome.refusal.detail}</span>` : ''
        }</li>`
      : html`<li class="recorded" data-amendment="${outcome.amendmentId}">${name}: ${t('rulings.recorded', { ruling })}</li>`;
  })}</ul>
</section>`;
}

/**
 * Several rulings at once: every proposal still awaiting the chair's ruling, in the order
 * printed, each with its change, where it bears and a choice (left for later unless chosen);
 * one button records each chosen ruling as its own decision, at the sitting given.
 */
export function rulingsPage(ctx: PageContext, data: RulingsData): string {
  const { t } = ctx;
  const c = data.compilation;
  const d = data.document;
  const doc = html` lang="${c.language}" dir="${directionOf(c.language)}"`;
  const all = proposalsInOrder(c);
  const byId = new Map(all.map((p) => [p.amendmentId, p]));
  const undecided = all.filter((p) => UNDECIDED_STATUSES.includes(p.status));
  const inConflict = new Set(c.conflicts.flatMap((conflict) => [...conflict.amendmentIds]));
  const choices = [
    { value: '', label: t('rulings.later') },
    ...BATCH_RULINGS.map((ruling) => ({ value: ruling, label: term(t, 'ruling', ruling) })),
  ];
  const rows = undecided.map((proposal) => {
    const id = proposal.amendmentId;
    const change = proposal.change.segments
      ? html`<p class="change"${doc}>${markedWords(proposal.change.segments, ctx.locale, t)}</p>`
      : proposal.change.text !== undefined
        ? html`<p class="change"${doc}>${markedWords([{ kind: 'insert', text: proposal.change.text }], ctx.locale, t)}</p>`
        : '';
    return html`<li id="amendment-${id}" data-amendment="${id}">
<p class="meta">${proposalName(ctx, proposal)} — ${where(ctx, c, proposal)}${
      inConflict.has(id)
        ? html` · <a href="/web/documents/${d.id}/compilation?show=proposals#amendment-${id}">${t('rulings.inConflict')}</a>`
        : ''
    }</p>
${change}
${selectField({ id: `ruling-${id}`, name: `ruling-${id}`, label: t('chair.ruling'), value: '', choices })}
</li>`;
  });
  const body = html`<h1>${t('rulings.title')}</h1>
<p class="lead">${t('rulings.lead')}</p>
${outcomesSection(ctx, data, byId)}
<p><a href="/web/documents/${d.id}/compilation">${t('rulings.back')}</a></p>
${
  undecided.length === 0
    ? html`<p>${t('chairWork.nothing')}</p>`
    : html`<form method="post" action="/web/documents/${d.id}/rulings">
${csrfField(ctx)}
${textField({ id: 'rulings-meeting', name: 'meeting', label: t('chair.meeting'), value: data.sitting.meeting })}
${textField({ id: 'rulings-date', name: 'date', label: t('chair.date'), value: data.sitting.date, type: 'date' })}
<p>${t('chairWork.undecided', { count: undecided.length })}</p>
<ol class="proposals">${rows}</ol>
${submitButton(t('rulings.record'))}
</form>`
}`;
  return layout(ctx, {
    title: t('rulings.title'),
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: `/web/documents/${d.id}/compilation`, label: t('compilation.title') }),
  });
}
