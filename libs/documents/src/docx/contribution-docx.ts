/**
 * A contribution in the body's contribution layout: the cover (symbol, date, original
 * language, agenda item, submitters, title, purpose, action required, references), then
 * each proposal with its MOD / ADD / SUP and number, the text it touches marked as printed
 * (added words underlined, struck words struck through), and its reasons.
 */
import type { Paragraph } from 'docx';
import {
  AmendmentOperation,
  LanguageCode,
  MarkedProvision,
  MarkedSection,
  ResolutionDocument,
  applyAmendment,
  diffDocuments,
  languageProfile,
  markRevision,
} from '#libs/text';
import { documentParagraphs } from './document-docx';
import { ADOPTION_LAYOUT, COVER_LAYOUT, REASONS_LAYOUT, TAG_LAYOUT, TAG_STYLE, TITLE_LAYOUT, TITLE_STYLE } from './layout';
import { MarkedParagraphContext, footnoteAnchors, provisionParagraphs, sectionParagraphs } from './marked-paragraphs';
import { renderMarkedDocx } from './marked-docx';
import { packageDocx } from './package';
import { wordsFor } from './reader-language';
import { RunWriter } from './runs';

export interface ProposalOfContribution {
  readonly operation: AmendmentOperation;
  readonly explanation?: string | null;
}

export type ContributionSubstanceForWord =
  | { readonly kind: 'amendments'; readonly base: ResolutionDocument; readonly proposals: readonly ProposalOfContribution[] }
  | { readonly kind: 'draft'; readonly document: ResolutionDocument }
  | { readonly kind: 'report'; readonly text: string };

export interface ContributionForWord {
  /** The language the contribution is written in: the amended text's, the draft's, or its original language. */
  readonly language: LanguageCode;
  readonly symbol: string;
  readonly date: string;
  readonly agendaItem?: string;
  readonly originalLanguage: string;
  /** Names, in the order the cover gives them. */
  readonly submitters: readonly string[];
  readonly coSponsors: readonly string[];
  readonly onBehalfOf?: string;
  readonly title: string;
  readonly purpose?: string;
  readonly actionRequested?: string;
  readonly references?: readonly string[];
  readonly substance: ContributionSubstanceForWord;
}

const SECRETARIAT = { author: '', date: '' };

/** The contribution as a .docx file. */
export async function renderContributionDocx(contribution: ContributionForWord): Promise<Uint8Array> {
  const writer = new RunWriter(contribution.language);
  const substance = contribution.substance;
  const body =
    substance.kind === 'amendments'
      ? proposalParagraphs(contribution, substance.base, substance.proposals, writer)
      : substance.kind === 'draft'
        ? documentParagraphs(substance.document, writer)
        : substance.text.split('\n').map((line) => writer.paragraph(line === '' ? [] : [writer.text(line)], COVER_LAYOUT));
  return packageDocx(writer, [...coverParagraphs(contribution, writer), ...body], {
    title: `${contribution.symbol} — ${contribution.title}`,
  });
}

function coverParagraphs(contribution: ContributionForWord, writer: RunWriter): Paragraph[] {
  const profile = languageProfile(contribution.language);
  const k = profile.keywords;
  const t = wordsFor(contribution.language);
  const comma = `${profile.commas[0]} `;
  const original = profile.languageNames[contribution.originalLanguage as LanguageCode]?.[0] ?? contribution.originalLanguage;
  const line = (text: string) => writer.paragraph([writer.text(text)], COVER_LAYOUT);
  const field = (keyword: string, value: string | undefined) => (value ? [line(`${keyword}: ${value}`)] : []);
  const submitters = [
    `${k.contributionFrom[0]} ${contribution.submitters.join(comma)}`,
    ...(contribution.coSponsors.length > 0 ? [`${t('word.coSponsoredBy')} ${contribution.coSponsors.join(comma)}`] : []),
    ...(contribution.onBehalfOf ? [`${t('word.onBehalfOf')} ${contribution.onBehalfOf}`] : []),
  ];
  return [
    line(`${k.symbol[0]} ${contribution.symbol}`),
    ...field(k.date[0], contribution.date),
    ...field(k.original[0], original),
    ...field(k.agendaItem[0], contribution.agendaItem),
    ...submitters.map((text) => writer.paragraph([writer.text(text)], ADOPTION_LAYOUT)),
    writer.paragraph([writer.text(contribution.title, TITLE_STYLE)], TITLE_LAYOUT),
    ...field(k.purpose[0], contribution.purpose),
    ...field(k.actionRequested[0], contribution.actionRequested),
    ...field(k.references[0], contribution.references?.join(comma)),
  ];
}

/**
 * A contribution's amendments as Word's tracked changes on the text they amend, by its
 * submitters on its date, as revisions of a contribution travel; Accept All gives the text
 * with every proposal accepted. A draft or a report has no changes to track: its layout.
 */
export async function renderContributionTrackedDocx(contribution: ContributionForWord): Promise<Uint8Array> {
  const substance = contribution.substance;
  if (substance.kind !== 'amendments') return renderContributionDocx(contribution);
  let proposed = substance.base;
  for (const proposal of substance.proposals) {
    const applied = applyAmendment(proposed, proposal.operation);
    if (applied.ok) proposed = applied.value;
  }
  const date = /^\d{4}-\d{2}-\d{2}$/u.test(contribution.date) ? `${contribution.date}T00:00:00Z` : contribution.date;
  return renderMarkedDocx(substance.base, proposed, { form: 'tracked', fallback: { author: contribution.submitters.join(', '), date } });
}

/** The ITU's tag for a proposal, by what it does. */
export function proposalTag(operation: AmendmentOperation): 'ADD' | 'MOD' | 'SUP' {
  if (operation.kind === 'add' || operation.kind === 'addSection' || operation.kind === 'addFootnote') return 'ADD';
  return operation.kind === 'suppress' ? 'SUP' : 'MOD';
}

/** Each proposal: "MOD  C23/71/1", the lines it changes marked as printed, and its reasons. */
function proposalParagraphs(
  contribution: ContributionForWord,
  base: ResolutionDocument,
  proposals: readonly ProposalOfContribution[],
  writer: RunWriter,
): Paragraph[] {
  const t = wordsFor(contribution.language);
  // Read in order, as a delegate reads them: a proposal may place its provision after one an earlier proposal added.
  let current = base;
  return proposals.flatMap((proposal, index) => {
    const applied = applyAmendment(current, proposal.operation);
    const lines = applied.ok ? changedLines(current, applied.value, writer) : [];
    if (applied.ok) current = applied.value;
    return [
      writer.paragraph(
        [
          writer.text(`${proposalTag(proposal.operation)}`, TAG_STYLE),
          writer.tab(),
          writer.text(`${contribution.symbol}/${index + 1}`, TAG_STYLE),
        ],
        TAG_LAYOUT,
      ),
      ...lines,
      ...(proposal.explanation
        ? [writer.paragraph([writer.text(`${t('word.reasons')}: `, { bold: true }), writer.text(proposal.explanation)], REASONS_LAYOUT)]
        : []),
    ];
  });
}

/** The lines an amendment changes, marked as printed; untouched lines around them left out. */
function changedLines(before: ResolutionDocument, after: ResolutionDocument, writer: RunWriter): Paragraph[] {
  const marked = markRevision(diffDocuments(before, after));
  const context: MarkedParagraphContext = {
    writer,
    form: 'printed',
    style: after.style,
    anchors: footnoteAnchors(before, after),
    authorshipOf: () => SECRETARIAT,
    tagEachLine: false,
  };
  const changed = (provision: MarkedProvision): MarkedProvision[] => {
    const own = provision.tag !== '' || provision.footnotes.some((note) => note.tag !== '') ? [{ ...provision, children: [] }] : [];
    return [...own, ...provision.children.flatMap(changed)];
  };
  return (['preamble', 'operative'] as const).flatMap((part) =>
    marked.parts[part].flatMap((section: MarkedSection) =>
      section.tag !== ''
        ? sectionParagraphs(section, part, context)
        : section.provisions.flatMap(changed).flatMap((provision) => provisionParagraphs(provision, part, context)),
    ),
  );
}
