/**
 * A contribution as an HTML page in the body's contribution layout, the page its PDF is
 * printed from: the cover, then each proposal with its MOD / ADD / SUP and number, the lines
 * it changes marked as printed (added words underlined, struck words struck through), and
 * its reasons. The same reading as the Word layout (docx/contribution-docx.ts): proposals in
 * order, each on the text as the earlier ones left it.
 */
import {
  LanguageCode,
  MarkedProvision,
  MarkedSection,
  ResolutionDocument,
  applyAmendment,
  diffDocuments,
  escapeHtml,
  htmlPage,
  languageProfile,
  markRevision,
  markedProvisionHtml,
  markedSectionHtml,
  renderHtml,
} from '#libs/text';
import { ContributionForWord, ProposalOfContribution, proposalTag } from '../docx/contribution-docx';
import { wordsFor } from '../docx/reader-language';

export function renderContributionHtml(contribution: ContributionForWord): string {
  const substance = contribution.substance;
  const body =
    substance.kind === 'amendments'
      ? proposalsHtml(contribution, substance.base, substance.proposals)
      : substance.kind === 'draft'
        ? renderHtml(substance.document)
        : substance.text
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => `<p>${escapeHtml(line)}</p>`)
            .join('\n');
  const article = `<article class="contribution">\n${coverHtml(contribution)}\n${body}\n</article>`;
  return htmlPage(article, contribution.language, `${contribution.symbol} — ${contribution.title}`);
}

function coverHtml(contribution: ContributionForWord): string {
  const profile = languageProfile(contribution.language);
  const k = profile.keywords;
  const t = wordsFor(contribution.language);
  const comma = `${profile.commas[0]} `;
  const original = profile.languageNames[contribution.originalLanguage as LanguageCode]?.[0] ?? contribution.originalLanguage;
  const field = (keyword: string, value: string | undefined) => (value ? `<p class="cover">${escapeHtml(`${keyword}: ${value}`)}</p>` : '');
  const submitters = [
    `${k.contributionFrom[0]} ${contribution.submitters.join(comma)}`,
    ...(contribution.coSponsors.length > 0 ? [`${t('word.coSponsoredBy')} ${contribution.coSponsors.join(comma)}`] : []),
    ...(contribution.onBehalfOf ? [`${t('word.onBehalfOf')} ${contribution.onBehalfOf}`] : []),
  ];
  return [
    `<p class="cover">${escapeHtml(`${k.symbol[0]} ${contribution.symbol}`)}</p>`,
    field(k.date[0], contribution.date),
    field(k.original[0], original),
    field(k.agendaItem[0], contribution.agendaItem),
    ...submitters.map((line) => `<p class="adoption">${escapeHtml(line)}</p>`),
    `<h1 class="title">${escapeHtml(contribution.title)}</h1>`,
    field(k.purpose[0], contribution.purpose),
    field(k.actionRequested[0], contribution.actionRequested),
    field(k.references[0], contribution.references?.join(comma)),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function proposalsHtml(contribution: ContributionForWord, base: ResolutionDocument, proposals: readonly ProposalOfContribution[]): string {
  const t = wordsFor(contribution.language);
  let current = base;
  return proposals
    .map((proposal, index) => {
      const applied = applyAmendment(current, proposal.operation);
      const lines = applied.ok ? changedLinesHtml(current, applied.value) : '';
      if (applied.ok) current = applied.value;
      const heading = `<h2 class="proposal"><span class="tag">${proposalTag(proposal.operation)}</span> ${escapeHtml(`${contribution.symbol}/${index + 1}`)}</h2>`;
      const reasons = proposal.explanation
        ? `<p class="reasons"><strong>${escapeHtml(t('word.reasons'))}:</strong> ${escapeHtml(proposal.explanation)}</p>`
        : '';
      return `<section class="proposal">\n${heading}\n${lines}\n${reasons}\n</section>`;
    })
    .join('\n');
}

/** The lines an amendment changes, marked as printed; untouched lines around them left out. */
function changedLinesHtml(before: ResolutionDocument, after: ResolutionDocument): string {
  const marked = markRevision(diffDocuments(before, after));
  const changed = (provision: MarkedProvision): MarkedProvision[] => {
    const own = provision.tag !== '' || provision.footnotes.some((note) => note.tag !== '') ? [{ ...provision, children: [] }] : [];
    return [...own, ...provision.children.flatMap(changed)];
  };
  return (['preamble', 'operative'] as const)
    .flatMap((part) =>
      marked.parts[part].map((section: MarkedSection) =>
        section.tag !== ''
          ? markedSectionHtml(part, section)
          : section.provisions
              .flatMap(changed)
              .map((provision) => `<ol class="provisions">${markedProvisionHtml(provision)}</ol>`)
              .join('\n'),
      ),
    )
    .filter((html) => html !== '')
    .join('\n');
}
