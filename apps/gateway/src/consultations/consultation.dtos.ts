import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PHASES, Phase, UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';
import { isInstantInRange } from '#libs/security';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export class RegisterConsultationDto {
  @ApiProperty({ example: 'Review of Resolution 1334 (Modified 2023)', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @CleanText()
  title: string;

  @ApiProperty({ example: 'ITU Council', description: 'The body that holds the consultation.', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @CleanText()
  body: string;

  @ApiProperty({ example: 'WSIS+20 review', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @CleanText()
  subject: string;

  @ApiProperty({ enum: UN_LANGUAGES, example: 'ar', description: 'Language of the original text.' })
  @IsIn(UN_LANGUAGES)
  originalLanguage: UnLanguage;

  @ApiPropertyOptional({ type: [String], example: ['chair-cwg-wsis'], description: 'Actor ids of the chairs: only they rule and adopt.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(ACTOR_ID, { each: true })
  chairs?: string[];

  @ApiPropertyOptional({ example: { 'open-for-contributions': '2026-12-15T23:59:00Z' }, description: 'ISO 8601 deadline per phase.' })
  @IsOptional()
  @IsObject()
  deadlines?: Partial<Record<Phase, string>>;

  @ApiPropertyOptional({ example: false, description: 'Drafts visible to participants only.' })
  @IsOptional()
  @IsBoolean()
  restricted?: boolean;
}

export class ChangePhaseDto {
  @ApiProperty({ enum: PHASES, example: 'open-for-contributions' })
  @IsIn(PHASES)
  to: Phase;

  @ApiPropertyOptional({ description: 'Required when a chair reopens an earlier phase.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}

export class AdmitParticipantDto {
  @ApiProperty({ example: 'egypt' })
  @Matches(ACTOR_ID)
  stakeholderId: string;
}

export class ImportDocumentDto {
  @ApiProperty({ example: 'Resolution 1334', description: 'The document symbol.' })
  @IsString()
  @Length(1, 200)
  @CleanText('symbol')
  symbol: string;

  @ApiProperty({ example: 'Modified 2023', description: 'The label of this base version.' })
  @IsString()
  @Length(1, 200)
  @CleanText('symbol')
  versionLabel: string;

  @ApiPropertyOptional({ description: 'The text as plain text (as extracted from a word-processor file); imported by the text engine.' })
  @ValidateIf((dto: ImportDocumentDto) => dto.document === undefined)
  @IsString()
  @Length(1, 500_000)
  source?: string;

  @ApiPropertyOptional({ description: 'The text already structured, in the interchange format (see docs/text-engine.md).' })
  @ValidateIf((dto: ImportDocumentDto) => dto.source === undefined)
  @IsObject()
  document?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: UN_LANGUAGES, description: 'The language of `source`; detected from the script when absent.' })
  @IsOptional()
  @IsIn(UN_LANGUAGES)
  language?: UnLanguage;

  @ApiPropertyOptional({ enum: ['itu', 'unga'] })
  @IsOptional()
  @IsIn(['itu', 'unga'])
  style?: 'itu' | 'unga';
}

export function deadlinesProblem(deadlines: Record<string, unknown> | undefined): string | undefined {
  for (const [phase, deadline] of Object.entries(deadlines ?? {})) {
    if (!(PHASES as readonly string[]).includes(phase)) return `deadlines: ${phase} is not a phase`;
    if (typeof deadline !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(deadline) || !isInstantInRange(new Date(deadline))) {
      return `deadlines.${phase} must be an ISO 8601 date-time, from 1970 to 9999`;
    }
  }
  return undefined;
}
