/** The language-version answers as the OpenAPI document describes them (the shapes of language-queries.ts). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TranslationTaskReason, UN_LANGUAGES } from '#libs/contracts';
import type { LanguageCode } from '#libs/text';
import { ImportWarningView } from '../views/import-warning.view';
import type { AlignmentFindingView } from './alignment-findings';
import type {
  LanguageVersionSummaryView,
  SideBySideCellView,
  SideBySideRowView,
  SideBySideView,
  TranslationTaskView,
} from './language-queries';

const TASK_REASONS: TranslationTaskReason[] = ['changed', 'added', 'untranslated'];

export class LanguageVersionSummaryApiView implements LanguageVersionSummaryView {
  @ApiProperty({ enum: UN_LANGUAGES, example: 'ar' }) language: LanguageCode;
  @ApiProperty({ description: 'The negotiating language: the structure and the rulings are in it.' }) original: boolean;
  @ApiProperty({ type: 'integer', description: 'Provisions of the working text.' }) provisions: number;
  @ApiProperty({ type: 'integer', description: 'Provisions whose words are in step with the original.' }) inStep: number;
  @ApiProperty({ type: 'integer', description: 'Provisions awaiting translation (open tasks).' }) awaiting: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the version was added (absent for the original).' }) addedAt?: string;
}

export class LanguageVersionListView {
  @ApiProperty({ type: [LanguageVersionSummaryApiView], description: 'The original first, then the versions in the order added.' })
  items: LanguageVersionSummaryApiView[];
}

class MarkedChangeView {
  @ApiProperty({ description: 'Deleted words in <del>, added in <ins>, the rest escaped.' }) html: string;
  @ApiProperty({ description: 'Deleted words as [-words-], added as [+words+].' }) text: string;
}

export class TranslationTaskApiView implements TranslationTaskView {
  @ApiProperty() taskId: string;
  @ApiProperty({ enum: UN_LANGUAGES }) language: LanguageCode;
  @ApiProperty({ description: 'For links and the translation form, not for reading.' }) provisionId: string;
  @ApiProperty({ example: 'ب) من إذ يذكّر', description: "The provision as cited in the version's language." }) citation: string;
  @ApiProperty({ example: 'b) of recalling', description: "The provision as cited in the original's language." }) originalCitation: string;
  @ApiProperty({ enum: TASK_REASONS }) reason: TranslationTaskReason;
  @ApiPropertyOptional({ description: "The original's words before the change (absent for an added provision)." }) originalBefore?: string;
  @ApiProperty({ description: "The original's words after it." }) originalAfter: string;
  @ApiProperty({ type: MarkedChangeView, description: "The original's change, word by word." }) marked: MarkedChangeView;
  @ApiPropertyOptional({ description: "The version's words when the task opened." }) currentWording?: string;
  @ApiProperty({
    enum: ['open', 'done', 'replaced'],
    description: 'replaced: a later decision changed the provision again and opened a new task.',
  })
  status: 'open' | 'done' | 'replaced';
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ description: 'The wording the translator recorded, when done.' }) wording?: string;
}

export class TranslationTaskListView {
  @ApiProperty({ type: [TranslationTaskApiView], description: 'In the order the tasks opened.' }) items: TranslationTaskApiView[];
}

class SideBySideCellApiView implements SideBySideCellView {
  @ApiProperty({ example: 'ب)', description: 'As printed in this language; empty for headings and unlabelled paragraphs.' }) label: string;
  @ApiProperty() text: string;
  @ApiProperty({
    enum: ['in-step', 'awaiting', 'untranslated'],
    description: "awaiting: an open task; untranslated: no words in this language yet (the original's stand in).",
  })
  status: 'in-step' | 'awaiting' | 'untranslated';
}

class SideBySideRowApiView implements SideBySideRowView {
  @ApiProperty({ enum: ['heading', 'provision'] }) kind: 'heading' | 'provision';
  @ApiProperty({ description: "The provision's or section's id (for links and forms, not for reading)." }) id: string;
  @ApiProperty({ enum: ['preamble', 'operative'] }) part: 'preamble' | 'operative';
  @ApiProperty({ type: 'integer', description: "0 for a section's own provisions." }) depth: number;
  @ApiProperty({ type: SideBySideCellApiView }) left: SideBySideCellApiView;
  @ApiProperty({ type: SideBySideCellApiView }) right: SideBySideCellApiView;
}

class SideBySideSideView {
  @ApiProperty({ enum: UN_LANGUAGES }) language: LanguageCode;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['ltr', 'rtl'] }) direction: 'ltr' | 'rtl';
}

export class SideBySideApiView implements SideBySideView {
  @ApiProperty() documentId: string;
  @ApiProperty({ example: 'Modified 2023' }) versionLabel: string;
  @ApiProperty({ type: SideBySideSideView }) left: SideBySideSideView;
  @ApiProperty({ type: SideBySideSideView }) right: SideBySideSideView;
  @ApiProperty({ type: [SideBySideRowApiView], description: "Section headings and provisions in the original's order." })
  rows: SideBySideRowApiView[];
}

class AlignmentFindingApiView implements AlignmentFindingView {
  @ApiProperty({ enum: ['missing', 'extra', 'missing-section', 'extra-section', 'doubtful'] })
  kind: AlignmentFindingView['kind'];
  @ApiPropertyOptional({ description: "The original's provision (give it in `acceptDoubtful` to accept a doubtful pair)." })
  provisionId?: string;
  @ApiPropertyOptional() sectionId?: string;
  @ApiPropertyOptional({ example: 'b) of recalling', description: 'As printed in the original.' }) citation?: string;
  @ApiPropertyOptional({ example: 'ب) «بالقرار 140…»', description: 'As printed in the translation, with its first words.' })
  translated?: string;
  @ApiPropertyOptional({ type: [String], enum: ['sub-items', 'footnotes', 'numbers', 'label', 'length'] })
  reasons?: AlignmentFindingView['reasons'];
  @ApiProperty({ description: 'In the language Accept-Language prefers among Arabic and English (English otherwise).' }) message: string;
}

/** What adding a language version would record, and what a person must look at first. */
export class LanguageVersionPreviewView {
  @ApiProperty({
    enum: UN_LANGUAGES,
    description: 'The language of the text, detected from it (plain text) or as the interchange form says.',
  })
  language: LanguageCode;
  @ApiProperty({ type: 'integer', description: 'Provisions matched (doubtful ones included).' }) matched: number;
  @ApiProperty({ type: 'integer', description: 'Provisions of the original.' }) provisions: number;
  @ApiProperty({
    type: [AlignmentFindingApiView],
    description: 'Missing, extra and doubtful, in the order of the original; empty when it lines up.',
  })
  findings: AlignmentFindingApiView[];
  @ApiProperty({ type: [ImportWarningView] }) importWarnings: ImportWarningView[];
}
