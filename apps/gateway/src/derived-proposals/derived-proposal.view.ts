import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AmendmentOperation } from '#libs/text';
import { ImportWarningView } from '../views/import-warning.view';
import { DerivedProposalWarningCode } from './submittable-proposal';

const OPERATION = {
  type: 'object',
  additionalProperties: true,
  description: 'An operation as `POST /documents/{id}/amendments` and a contribution of amendments take it.',
  example: { kind: 'modify', provisionId: 'op-1-2', baseText: 'to continue its work', replacements: [{ from: 2, to: 3, text: 'pursue' }] },
} as const;

export class DerivedAmendmentView {
  @ApiProperty(OPERATION) operation: AmendmentOperation;
}

export class DerivedProposalWarningView {
  @ApiProperty({
    enum: [
      'body-changed',
      'metadata-changed',
      'language-changed',
      'style-changed',
      'section-moved',
      'list-marker-changed',
      'not-reproduced',
      'not-submittable',
    ],
    description:
      'What no amendment expresses, or `not-submittable`: an amendment derived from the text that a contribution cannot carry, left out of `amendments`.',
  })
  code: DerivedProposalWarningCode;

  @ApiProperty({ example: 'the enacting formula changed; no amendment changes it' }) message: string;
  @ApiPropertyOptional({ description: 'The provision, section or footnote concerned.' }) id?: string;
  @ApiPropertyOptional({ ...OPERATION, description: 'The derived amendment left out.' }) operation?: AmendmentOperation;
}

export class DerivedSubstanceView {
  @ApiProperty({ enum: ['amendments'] }) kind: 'amendments';
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ example: 1 }) versionNumber: number;
  @ApiProperty({ type: [DerivedAmendmentView] }) amendments: DerivedAmendmentView[];
}

export class ProposalPreviewView {
  @ApiProperty({ description: 'The current version against the text the amendments make of it, marked word by word (plain text).' })
  text: string;
  @ApiProperty({ description: 'The same marked text as an HTML fragment, every piece of text escaped.' }) html: string;
}

/** What a whole text proposes against the current version; nothing is recorded. */
export class DerivedProposalView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ description: 'The current version the amendments are drafted against.', example: 1 }) versionNumber: number;
  @ApiProperty({ example: 'Modified 2023' }) versionLabel: string;
  @ApiProperty({ type: [DerivedAmendmentView], description: 'The amendments, in order: submit them as they are (see `substance`).' })
  amendments: DerivedAmendmentView[];
  @ApiProperty({ type: DerivedSubstanceView, description: 'The `substance` of a contribution (`POST /contributions`) that submits them.' })
  substance: DerivedSubstanceView;
  @ApiProperty({ type: [DerivedProposalWarningView], description: 'Differences the amendments do not carry.' })
  warnings: DerivedProposalWarningView[];
  @ApiProperty({ type: [ImportWarningView], description: 'What the importer could not place or had to interpret in `source`.' })
  importWarnings: ImportWarningView[];
  @ApiProperty({ type: ProposalPreviewView }) preview: ProposalPreviewView;
}
