import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProvisionRole, SectionRole } from '#libs/read-models';
import { AmendmentOperation, PartName, WordSegment } from '#libs/text';
import { ContributionRefView, DecisionRecordView, OPERATION, PartyView, WithdrawalView } from '../views/party.view';

/*
 * The compilation of proposals: each provision of a version in document order, with its
 * label as printed and its text, and beside it every amendment on it. Amendments that act
 * on a section (a new heading, an item at its end, a new section next to it) stand under
 * the section heading; the conflicts among undecided amendments are named where they are.
 */

export class WordSegmentView {
  @ApiProperty({ enum: ['equal', 'delete', 'insert'] }) kind: WordSegment['kind'];
  @ApiProperty() text: string;
}

/** Where a new or moved provision (or a new section) goes, named by the id and printed label of its neighbour. */
export class ProposalPlaceView {
  @ApiProperty({ enum: ['before', 'after', 'inside', 'at-end-of'] }) relation: 'before' | 'after' | 'inside' | 'at-end-of';
  @ApiProperty({ description: 'The provision, section or part it is placed against.' }) id: string;
  @ApiProperty({ description: "That provision's label as printed, or the section's heading." }) label: string;
}

/** The proposal as a reader of the compilation sees it. */
export class ProposalChangeView {
  @ApiProperty({ enum: ['ADD', 'MOD', 'SUP', 'MOVE'], description: 'As the ITU tags it.' }) tag: 'ADD' | 'MOD' | 'SUP' | 'MOVE';
  @ApiPropertyOptional({
    type: [WordSegmentView],
    description: 'The wording (of the provision, footnote or heading) with struck and new words marked.',
  })
  segments?: WordSegmentView[];
  @ApiPropertyOptional({ description: 'The text of a new provision, footnote or section heading.' }) text?: string;
  @ApiPropertyOptional({ type: [String], description: 'The footnotes a new provision carries, in order.' }) footnotes?: string[];
  @ApiPropertyOptional({ type: ProposalPlaceView }) place?: ProposalPlaceView;
}

export class ConflictView {
  @ApiProperty({ type: [String] }) amendmentIds: [string, string];
  @ApiProperty({ example: 'overlapping-words' }) reason: string;
  @ApiProperty({
    example: 'conflict.overlappingWords',
    description: "The message's key, for clients that render it in their reader's language.",
  })
  key: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'What the message names: provisions cited as printed, the words concerned as they read.',
    example: { provision: 'resolves to instruct the Secretary-General, 5', words: 'the Secretary-General' },
  })
  params: Readonly<Record<string, string>>;
  @ApiProperty({ example: 'both change “the Secretary-General” in resolves to instruct the Secretary-General, 5, or words next to them' })
  message: string;
}

export class ProposalView {
  @ApiProperty() amendmentId: string;
  @ApiProperty({
    description:
      'How it bears on the provision or section it stands under: add-before, add-after, add-inside, modify, replace, suppress, move, footnote, brackets; add-at-end, add-section-before, add-section-after, change-heading, add-section-at-end.',
  })
  role: ProvisionRole | SectionRole | 'add-section-at-end';
  @ApiProperty(OPERATION) operation: AmendmentOperation;
  @ApiProperty({ type: ProposalChangeView }) change: ProposalChangeView;
  @ApiProperty({ type: [PartyView], description: 'The first submitted it.' }) proposers: PartyView[];
  @ApiProperty({ type: [PartyView] }) coSponsors: PartyView[];
  @ApiProperty({ type: PartyView, nullable: true }) onBehalfOf: PartyView | null;
  @ApiProperty({ type: ContributionRefView, nullable: true }) contribution: ContributionRefView | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected', 'accepted-as-modified', 'deferred', 'merged', 'withdrawn', 'overtaken'] })
  status: string;
  @ApiProperty({ description: '0 as proposed, 1 after the first revision ...' }) revision: number;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ description: 'The version it was drafted against (an undecided amendment left open at an adoption keeps its own).' })
  draftedAgainst: number;
  @ApiProperty({ type: DecisionRecordView, nullable: true, description: 'The decision in force: the latest no correction superseded.' })
  decision: DecisionRecordView | null;
  @ApiProperty({ type: [DecisionRecordView], description: 'Every decision on it, in the order taken.' }) decisions: DecisionRecordView[];
  @ApiProperty({ type: WithdrawalView, nullable: true }) withdrawal: WithdrawalView | null;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ description: 'Global position of the proposal: the order proposals stand in.' }) position: number;
}

/** A stakeholder's written input beside what it concerns: published, never ruled on. */
export class CompilationInputView {
  @ApiProperty() inputId: string;
  @ApiProperty({ example: 'apc' }) stakeholderId: string;
  @ApiProperty({ example: 'Association for Progressive Communications' }) stakeholderName: string;
  @ApiProperty({ example: 'Human rights online' }) title: string;
  @ApiProperty({ example: 'en', description: 'The language it was written in.' }) language: string;
}

export class CompilationProvisionView {
  @ApiProperty({ example: 'op-1-1' }) id: string;
  @ApiProperty({ example: 'أ )', description: 'The label as printed; empty where none is printed.' }) label: string;
  @ApiProperty({ description: '0 for the items of a section, 1 for their sub-items ...' }) depth: number;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) footnotes: string[];
  @ApiProperty({ type: [ProposalView] }) proposals: ProposalView[];
  @ApiProperty({ type: [ConflictView], description: 'Conflicts between undecided amendments, one of which stands beside this provision.' })
  conflicts: ConflictView[];
  @ApiProperty({
    type: [CompilationInputView],
    description: 'Written inputs of stakeholders on this provision of this version (withdrawn ones left out).',
  })
  inputs: CompilationInputView[];
  @ApiProperty({
    example: 'يقرر أن يكلف الأمين العام، 1',
    description: 'The provision as a reader cites it: its section and labels as printed.',
  })
  citation: string;
}

export class CompilationSectionView {
  @ApiProperty({ example: 'op-1' }) id: string;
  @ApiProperty({ enum: ['preamble', 'operative'] }) part: PartName;
  @ApiProperty({ example: 'يقرر أن يكلف الأمين العام' }) heading: string;
  @ApiProperty({ description: "The section as a reader cites it: its heading, or its first paragraph's opening words." }) citation: string;
  @ApiProperty({
    type: [ProposalView],
    description: 'Amendments on the section itself: its heading, an item at its end, a section next to it.',
  })
  proposals: ProposalView[];
  @ApiProperty({ type: [ConflictView] }) conflicts: ConflictView[];
  @ApiProperty({ type: [CompilationProvisionView], description: 'In document order, sub-items after their parent.' })
  provisions: CompilationProvisionView[];
}

export class CompilationVersionView {
  @ApiProperty() number: number;
  @ApiProperty({ example: 'Modified 2023' }) label: string;
  @ApiProperty({ description: 'Whether it is the latest version, the one amendments are drafted against now.' }) current: boolean;
  @ApiProperty({ type: String, nullable: true }) adoptedMeeting: string | null;
  @ApiProperty({ type: String, nullable: true }) adoptedDate: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The adoption decision.' }) decisionId: string | null;
}

/** A contribution whose amendments are not before the meeting: a co-submitter its cover names has not agreed (or declined). */
export class HeldContributionView {
  @ApiProperty({ type: ContributionRefView }) contribution: ContributionRefView;
  @ApiProperty({ enum: ['awaiting-co-submitters', 'declined'] }) status: 'awaiting-co-submitters' | 'declined';
  @ApiProperty({ type: [PartyView], description: 'The co-submitters whose confirmation is awaited.' }) awaiting: PartyView[];
  @ApiProperty({ type: [PartyView], description: 'The co-submitters that declined.' }) declined: PartyView[];
  @ApiProperty({ type: [String], description: 'Its amendments on this document, left out of the compilation until all agree.' })
  amendmentIds: string[];
}

export class CompilationPageLinksView {
  @ApiProperty({ example: '/api/v1/documents/…/compilation?limit=40&page=2' }) self: string;
  @ApiProperty() first: string;
  @ApiProperty() last: string;
  @ApiPropertyOptional({ description: 'Absent on the first page.' }) prev?: string;
  @ApiPropertyOptional({ description: 'Absent on the last page.' }) next?: string;
}

export class CompilationPageView {
  @ApiProperty({ example: 2, description: 'The page shown (a page beyond the last shows the last).' }) number: number;
  @ApiProperty({ example: 3 }) pages: number;
  @ApiProperty({ example: 40, description: 'Paragraphs (and sections with their own proposals) on a page.' }) limit: number;
  @ApiProperty({ example: 51, description: 'Paragraphs the filter keeps, on every page.' }) paragraphs: number;
  @ApiProperty({ example: 51, description: 'Paragraphs of the version.' }) totalParagraphs: number;
  @ApiProperty({ example: 2000, description: 'Proposals the filter keeps, on every page.' }) proposals: number;
  @ApiProperty({ type: CompilationPageLinksView }) links: CompilationPageLinksView;
}

export class CompilationView {
  @ApiProperty() documentId: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'Resolution 1334' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'ar' }) language: string;
  @ApiProperty({ example: 'rtl', enum: ['rtl', 'ltr'] }) direction: 'rtl' | 'ltr';
  @ApiProperty({ type: CompilationVersionView }) version: CompilationVersionView;
  @ApiProperty({ type: [CompilationSectionView] }) sections: CompilationSectionView[];
  @ApiProperty({
    type: [ProposalView],
    description: 'Amendments on provisions or sections this version does not have (left open from an earlier version).',
  })
  unplaced: ProposalView[];
  @ApiProperty({ type: [ConflictView], description: 'Every conflict between undecided amendments (findConflicts on the version text).' })
  conflicts: ConflictView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { pending: 3, accepted: 2 },
    description: 'How many amendments stand at each status.',
  })
  statusCounts: Record<string, number>;
  @ApiProperty({
    type: [HeldContributionView],
    description: 'Contributions awaiting their co-submitters (or declined by one): their amendments are not in the compilation.',
  })
  awaitingCoSubmitters: HeldContributionView[];
  @ApiProperty({
    type: [CompilationInputView],
    description: 'Written inputs of stakeholders on this version as a whole (withdrawn ones left out).',
  })
  inputs: CompilationInputView[];
  @ApiPropertyOptional({
    type: CompilationPageView,
    description:
      'When a page or filter was asked (page, limit, status, proposer, provision, show): which page this is, the totals and the links to the others. ' +
      'Sections, provisions, unplaced proposals and conflicts are then those of the page; statusCounts stay those of the whole compilation.',
  })
  page?: CompilationPageView;
}
