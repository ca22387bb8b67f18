import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

/** The cover of a contribution, as the document's first page prints it. */
export class ContributionCoverDto {
  @ApiProperty({ example: 'C26/71-A', description: 'Council 2026, number 71, Arabic version.' })
  @IsString()
  @Length(1, 100)
  @CleanText('symbol')
  symbol: string;

  @ApiProperty({ example: '2026-11-20' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be an ISO 8601 date (YYYY-MM-DD)' })
  date: string;

  @ApiPropertyOptional({ example: 'PL 2' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @CleanText('symbol')
  agendaItem?: string;

  @ApiProperty({ enum: UN_LANGUAGES, example: 'en' })
  @IsIn(UN_LANGUAGES)
  originalLanguage: UnLanguage;

  @ApiPropertyOptional({ type: [String], description: 'Default: the caller.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(ACTOR_ID, { each: true })
  submitters?: string[];

  @ApiPropertyOptional({ example: 'african-group' })
  @IsOptional()
  @Matches(ACTOR_ID)
  onBehalfOf?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(ACTOR_ID, { each: true })
  coSponsors?: string[];

  @ApiProperty({ example: 'Proposed modifications to Resolution 1334' })
  @IsString()
  @Length(1, 500)
  @CleanText()
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  @CleanText()
  purpose?: string;

  @ApiPropertyOptional({ example: 'The Council is invited to adopt the modifications proposed.' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  @CleanText()
  actionRequested?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  references?: string[];

  @ApiProperty({
    description:
      'What it brings: { kind: "amendments", documentId, versionNumber, amendments: [{ operation, explanation? }] } | { kind: "draft", symbol, versionLabel, source | document, language? } | { kind: "report", text }',
    example: {
      kind: 'amendments',
      documentId: '…',
      versionNumber: 1,
      amendments: [{ operation: { kind: 'suppress', provisionId: 'op-1-2' } }],
    },
  })
  @IsObject()
  substance: Record<string, unknown>;
}

export class SubmitContributionDto extends ContributionCoverDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  consultationId: string;
}

export class WithdrawContributionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}

/** A named co-submitter agreeing to the current revision of a contribution. */
export class ConfirmCoSubmissionDto {
  @ApiProperty({
    example: 'egypt',
    description:
      'The co-submitter answering: the caller, a group it is a member of, or (for the secretariat) the delegation whose letter it records.',
  })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiPropertyOptional({
    example: 'Letter of the Permanent Mission of Egypt, 21 November 2026',
    description: 'The letter or message the answer was given in; required when the secretariat records it for a delegation.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @CleanText()
  reference?: string;
}

/** A named co-submitter refusing to be named on the current revision. */
export class DeclineCoSubmissionDto extends ConfirmCoSubmissionDto {
  @ApiPropertyOptional({ example: 'Egypt was not consulted on this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}
