import { DocumentDiff } from '#libs/text';
import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { markedDocument } from '../marked';
import { CompilationModel, ProposalModel } from '../models';
import { UNDECIDED_STATUSES, citation, compilationCitations, phrase, targetOf } from './chair-panel';
import { PageContext, Notice } from './context';
import { bidi, csrfField, date, facts, parties, submitButton, term } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';

/** The last adopted version the working text still reads as, when nothing has changed since. */
export interface UnchangedSinceModel {
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
}

export interface AdoptionPreviewData extends DocumentHeader {
  /** The adoption form's fields as the chair filled them, carried to the confirmation as they are. */
  readonly carried: readonly (readonly [string, string])[];
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  /** The number the adopted version takes. */
  readonly versionNumber: number;
  /** The text's language: the title and adoption line are printed in it. */
  readonly language: string;
  readonly printedTitle: string;
  readonly printedLine: string;
  /** The version the marks are against, and the marks. */
  readonly base: { readonly number: number; readonly label: string };
  readonly diff: DocumentDiff;
  readonly unchanged?: UnchangedSinceModel;
  readonly compilation: CompilationModel;
  readonly brackets: readonly { readonly provisionId: string; readonly bracketIndex: number }[];
  /** Language versions out of step, with the provisions awaiting translation. */
  readonly languagesOutOfStep: readonly { readonly language: string; readonly awaiting: number }[];
  /** What the chair already chose to leave open (kept when the preview is shown again). */
  readonly leaveOpen: ReadonlySet<string>;
  readonly leaveBrackets: boolean;
  readonly provisionalIn: ReadonlySet<string>;
  readonly notices?: readonly Notice[];
  /** The form's idempotency key: confirming twice records one adoption. */
  readonly key?: string;
}

/** The proposals on which the chair has still to rule, in the compilation's order. */
export function undecidedProposals(compilation: CompilationModel): ProposalModel[] {
  return [
    ...compilation.sections.flatMap((s) => [...s.proposals, ...s.provisions.flatMap((p) => p.proposals)]),
    ...compilation.unplaced,
  ].filter((p) => UNDECIDED_STATUSES.includes(p.status));
}

function openPoints(ctx: PageContext, data: AdoptionPreviewData): Html {
  const { t } = ctx;
  const c = data.compilation;
  const citations = compilationCitations(c);
  const undecided = undecidedProposals(c);
  const where = (proposal: ProposalModel): Html => {
    const target = targetOf(proposal);
    const cited = target ? citations.get(target) : undefined;
    return cited
      ? phrase(ctx, 'chairWork.onProvision', {}, { provision: citation(c.language, cited) })
      : html`${t('chairWork.onWholeText')}`;
  };
  const parts: Html[] = [];
  if (undecided.length > 0)
    parts.push(html`<fieldset><legend>${t('chairSafety.undecided', { count: undecided.length })}</legend>
<p class="hint">${t('chairSafety.undecidedHint')}</p>
${undecided.map(
  (
    p,
    i,
  ) => html`<div class="choice"><input type="checkbox" id="leave-open-${i}" name="leaveOpen" value="${p.amendmentId}"${data.leaveOpen.has(p.amendmentId) ? html` checked` : ''}>
<label for="leave-open-${i}" class="choice-label">${t('chairSafety.leaveOpen')}: <span class="tag" lang="en">${p.change.tag}</span> ${parties(p.proposers, ctx)} (${term(t, 'status', p.status)}) — ${where(p)}</label></div>`,
)}</fieldset>`);
  if (data.brackets.length > 0)
    parts.push(html`<fieldset><legend>${t('chairSafety.brackets', { count: data.brackets.length })}</legend>
<ul>${data.brackets.map((group) => {
      const cited = citations.get(group.provisionId);
      return cited ? html`<li>${citation(c.language, cited)}</li>` : '';
    })}</ul>
<div class="choice"><input type="checkbox" id="leave-brackets" name="leaveBrackets" value="yes"${data.leaveBrackets ? html` checked` : ''}>
<label for="leave-brackets" class="choice-label">${t('chairSafety.leaveBrackets')}</label></div></fieldset>`);
  if (data.languagesOutOfStep.length > 0)
    parts.push(html`<fieldset><legend>${t('chairSafety.languages')}</legend>
${data.languagesOutOfStep.map(
  (v, i) => html`<p>${t('chairSafety.languageAwaiting', { language: term(t, 'language', v.language), count: v.awaiting })}</p>
<div class="choice"><input type="checkbox" id="provisional-${i}" name="provisionalIn" value="${v.language}"${data.provisionalIn.has(v.language) ? html` checked` : ''}>
<label for="provisional-${i}" class="choice-label">${t('chairSafety.adoptProvisionally', { language: term(t, 'language', v.language) })}</label></div>`,
)}</fieldset>`);
  return html`<section aria-labelledby="open-points-heading">
<h2 id="open-points-heading">${t('chairSafety.openPoints')}</h2>
${parts.length === 0 ? html`<p>${t('chairSafety.noOpenPoints')}</p>` : parts}
</section>`;
}

/** Whether a comparison shows no change at all. */
function noMarks(diff: DocumentDiff): boolean {
  const s = diff.summary;
  return [s.inserted, s.deleted, s.moved, s.modified, s.relabelled, s.headingsChanged, s.footnotesChanged].every(
    (list) => list.length === 0,
  );
}

/**
 * What the chair is about to adopt, before anything is recorded: the text marked against the
 * last version, the title and adoption line as printed, and the open points with their "leave
 * open" choices. Confirming posts the same form with the choices; nothing else records it.
 */
export function adoptionPreviewPage(ctx: PageContext, data: AdoptionPreviewData): string {
  const { t } = ctx;
  const d = data.document;
  const doc = html` lang="${data.language}" dir="${directionOf(data.language)}"`;
  const compilationUrl = `/web/documents/${d.id}/compilation`;
  const unchanged = data.unchanged;
  const body = html`<h1>${t('chairSafety.previewTitle')}: ${bidi(d.symbol, 'symbol')}</h1>
<p class="lead">${t('chairSafety.previewIntro')}</p>
${
  unchanged
    ? html`<p class="notice error" id="unchanged">${phrase(
        ctx,
        'chairSafety.unchanged',
        {},
        { version: html`<bdi>${unchanged.label}</bdi>`, meeting: html`<bdi>${unchanged.meeting}</bdi>`, date: date(ctx, unchanged.date) },
      )}</p>`
    : ''
}
<section aria-labelledby="printed-heading">
<h2 id="printed-heading">${t('chairSafety.asPrinted')}</h2>
${facts([
  [t('chair.versionLabel'), html`${bidi(data.label)} (${t('chairSafety.newVersion', { number: data.versionNumber })})`],
  [t('chairSafety.printedTitle'), html`<span${doc}>${data.printedTitle}</span>`],
  [t('chairSafety.printedLine'), html`<span${doc}>(${data.printedLine})</span>`],
  [t('chair.meeting'), bidi(data.meeting)],
  [t('chair.date'), date(ctx, data.date)],
])}
</section>
<form method="post" action="/web/documents/${d.id}/adoptions">
${csrfField(ctx, data.key)}
${data.carried.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<input type="hidden" name="confirmed" value="yes">
${openPoints(ctx, data)}
<p class="actions">${unchanged ? '' : submitButton(t('chairSafety.confirmAdoption'))} <a href="${compilationUrl}">${t('chairSafety.cancelAdoption')}</a></p>
</form>
<section aria-labelledby="marks-heading">
<h2 id="marks-heading">${t('chairSafety.marks', { number: data.base.number, label: data.base.label })}</h2>
<p class="legend">${t('marked.legend')} <ins><span class="visually-hidden">${t('marks.inserted')} </span>${t('marked.legendInserted')}</ins> <del><span class="visually-hidden">${t('marks.deleted')} </span>${t('marked.legendDeleted')}</del></p>
${noMarks(data.diff) ? html`<p>${t('chairSafety.noMarks', { number: data.base.number })}</p>` : ''}
<div class="document">${markedDocument(data.diff, ctx.locale, t)}</div>
</section>`;
  return layout(ctx, {
    title: `${t('chairSafety.previewTitle')}: ${d.symbol}`,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, { href: compilationUrl, label: t('document.compilation') }),
  });
}
