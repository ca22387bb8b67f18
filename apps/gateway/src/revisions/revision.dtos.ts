import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CleanText } from '#libs/runtime';

const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const REVISION_TEXT_FORMATS = ['plain', 'interchange'] as const;
export type RevisionTextFormat = (typeof REVISION_TEXT_FORMATS)[number];

/** The whole text of a revision: plain text imported as the base text was, or the interchange format. */
export class RevisionTextDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }],
    description:
      "The whole revised text: plain text (as extracted from a word-processor file), imported in the document's language and style; " +
      'or, with format `interchange`, the text in the interchange format (as `GET /documents/{id}/versions/{n}` answers it), edited.',
    example: 'Draft resolution\n...',
  })
  @IsDefined()
  @CleanText()
  text: string | Record<string, unknown>;

  @ApiPropertyOptional({ enum: REVISION_TEXT_FORMATS, description: 'How `text` is given; plain when absent.' })
  @IsOptional()
  @IsIn(REVISION_TEXT_FORMATS)
  format?: RevisionTextFormat;
}

/** What a revised provision takes up: amendments and stakeholder inputs ("reflected in Rev.2"). */
export class RevisionReflectsDto {
  @ApiProperty({ example: 'op-3', description: 'A provision the revision changes (as the preview lists them).' })
  @Matches(ID)
  provisionId: string;

  @ApiPropertyOptional({ type: [String], description: 'Amendments the change takes up; undecided ones close as overtaken.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(ID, { each: true })
  amendmentIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Stakeholder inputs the change takes up.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(ID, { each: true })
  inputIds?: string[];
}

export class IssueRevisionDto extends RevisionTextDto {
  @ApiPropertyOptional({ description: 'The decision id; made by the server when absent (derived from Idempotency-Key when given).' })
  @IsOptional()
  @Matches(ID)
  decisionId?: string;

  @ApiPropertyOptional({ example: 'Rev.2', description: 'As printed; "Rev.N" (the revisions issued so far + 1) when absent.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText('symbol')
  label?: string;

  @ApiPropertyOptional({ example: 'A/80/L.12/Rev.2' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @CleanText('symbol')
  symbol?: string;

  @ApiProperty({ example: '2025-12-03', description: 'The date of issue.' })
  @Matches(DATE, { message: 'date must be an ISO 8601 date (YYYY-MM-DD)' })
  date: string;

  @ApiPropertyOptional({ description: 'A meeting registered on the consultation.' })
  @IsOptional()
  @Matches(ID)
  meetingId?: string;

  @ApiPropertyOptional({ example: 'informal consultation 4' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @CleanText()
  meeting?: string;

  @ApiPropertyOptional({ type: [RevisionReflectsDto], description: 'What each revised provision takes up.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RevisionReflectsDto)
  reflects?: RevisionReflectsDto[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Undecided amendments the chair closes as overtaken. The others are rebased onto the revision; those whose words it changed are overtaken too.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(ID, { each: true })
  overtake?: string[];
}
