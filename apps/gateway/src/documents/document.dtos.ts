import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { RULINGS, Ruling, UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';
import { AdoptionMethodDto } from './adoption-method.dto';
import { PrintedAdoptionDto, PrintedInLanguages } from './printed-in.dto';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const OPERATION_EXAMPLE = { kind: 'modify', provisionId: 'pre-1-a', oldText: 'بالقرار 73', newText: 'بالقرار 73 (المراجَع)' };

/** What each operation reads, for the schema: the fields the parser in amendment-operation.ts accepts. */
const OPERATION_DESCRIPTION = [
  'One operation of the text engine, by its kind: add, modify, replaceText, suppress, move, addSection, changeHeading, addFootnote, changeFootnote, suppressFootnote, changeTitle, suppressSection, offerAlternatives.',
  'Footnotes: a footnote `anchor` is the number of words of the provision before its marker (absent: after the last word); text fields follow the input policy.',
  '- add (ADD), with footnotes (each a text or { id?, text, anchor? }; ids are made when absent): ' +
    '{"kind":"add","position":{"after":"op-1-1"},"text":"to report on the WSIS+20 outcome;","footnotes":[{"text":"A/RES/80/1.","anchor":5}]}',
  '- addFootnote (before: the footnote of the same provision it comes before): {"kind":"addFootnote","provisionId":"op-1-1","text":"See Resolution 140.","anchor":4,"before":"fn-2"}',
  '- changeFootnote (anchor null: after the last word; absent: unchanged): {"kind":"changeFootnote","provisionId":"op-1-1","footnoteId":"fn-1","text":"See Resolution 140 (Rev. Bucharest, 2022).","anchor":null}',
  '- suppressFootnote: {"kind":"suppressFootnote","provisionId":"op-1-1","footnoteId":"fn-1"}',
  '- move (MOVE), optionally rewording the provision on the way as a MOD does (`oldText` and `newText` both or neither; or `baseText` and `replacements`), one amendment: ' +
    '{"kind":"move","provisionId":"op-1-4","position":{"before":"op-1-1"},"oldText":"to report annually to the Council;","newText":"to report biennially to the Council;"}',
  '- offerAlternatives: bracketed alternatives in place of the quoted `words` of `baseText` (the provision as it reads); `occurrence` (1-based) says which when they occur more than once. ' +
    'Words absent or ambiguous are refused (422, naming them). Token indexes `from` and `to` are still read, in place of words, for older clients. ' +
    '{"kind":"offerAlternatives","provisionId":"op-1-1","baseText":"to encourage the participation of all stakeholders;","words":"all stakeholders","alternatives":["all stakeholders","Member States"]}',
].join('\n');

/** Where and when a decision was taken: every decision may name them; adoption must. */
export class SittingDto {
  @ApiPropertyOptional({ example: 'sixth Plenary Meeting' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @CleanText()
  meeting?: string;

  @ApiPropertyOptional({ example: '2026-11-24', description: 'ISO 8601 date.' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be an ISO 8601 date (YYYY-MM-DD)' })
  date?: string;

  @ApiPropertyOptional({
    example: 'ic-2',
    description: 'A meeting registered on the consultation; its name and date stand in for `meeting` and `date` when these are absent.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  meetingId?: string;
}

export class ProposeAmendmentDto {
  @ApiProperty({ example: 1, description: 'The version the amendment is drafted against: the current one.' })
  @IsInt()
  @Min(1)
  versionNumber: number;

  @ApiProperty({ example: OPERATION_EXAMPLE, description: OPERATION_DESCRIPTION })
  @IsObject()
  operation: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [String],
    description: 'Proposers (default: the caller). The first is the one who submits; the caller must act for it.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ACTOR_ID, { each: true })
  proposers?: string[];

  @ApiPropertyOptional({ example: 'african-group', description: 'A group the proposers speak for.' })
  @IsOptional()
  @Matches(ACTOR_ID)
  onBehalfOf?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  @CleanText()
  explanation?: string;

  @ApiPropertyOptional({
    enum: UN_LANGUAGES,
    example: 'ar',
    description:
      "The language version the amendment is proposed against, when not the original's: the operation's words are in that language " +
      'and apply to the composed text of that version. Absent: the negotiating language.',
  })
  @IsOptional()
  @IsIn(UN_LANGUAGES)
  language?: UnLanguage;
}

export class CoSponsorDto {
  @ApiPropertyOptional({ description: 'The co-sponsor (default: the caller).' })
  @IsOptional()
  @Matches(ACTOR_ID)
  stakeholderId?: string;
}

export class ReviseAmendmentDto {
  @ApiProperty({ example: OPERATION_EXAMPLE, description: OPERATION_DESCRIPTION })
  @IsObject()
  operation: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  @CleanText()
  explanation?: string;
}

export class WithdrawDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}

export class RulingDto extends SittingDto {
  @ApiProperty({ enum: RULINGS, example: 'accepted' })
  @IsIn(RULINGS)
  ruling: Ruling;

  @ApiPropertyOptional({ description: "The chair's compromise text (an operation), for accepted-as-modified." })
  @IsOptional()
  @IsObject()
  compromise?: Record<string, unknown>;

  @ApiPropertyOptional({
    description:
      'For an amendment proposed in another language version and accepted as proposed: its wording in the negotiating language ' +
      "(an operation, read as a compromise is). The proposer's language keeps the proposer's own words; the other languages get translation tasks.",
  })
  @IsOptional()
  @IsObject()
  rendering?: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}

export class MergeDto extends SittingDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @Matches(ID, { each: true })
  amendmentIds: string[];

  @ApiProperty({ description: 'The one text the chair made of them (an operation).' })
  @IsObject()
  operation: Record<string, unknown>;
}

export class SettleBracketsDto extends SittingDto {
  @ApiProperty({ example: 'op-3' })
  @Matches(ID)
  provisionId: string;

  @ApiProperty({ example: 0, description: "0-based among the provision's unsettled bracket groups." })
  @IsInt()
  @Min(0)
  bracketIndex: number;

  // A union the type reflects as Object: the schema says what the controller accepts.
  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', enum: ['none'] },
    ],
    example: 0,
    description: 'The alternative kept (0-based), or "none".',
  })
  @IsOptional()
  choice: number | 'none';
}

export class LeaveOpenDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(ID, { each: true })
  amendmentIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  brackets?: boolean;
}

@ApiExtraModels(PrintedAdoptionDto)
export class AdoptDto {
  @ApiProperty({ example: 'Modified 2026' })
  @IsString()
  @Length(1, 200)
  @CleanText('symbol')
  label: string;

  @ApiProperty({ example: 'sixth Plenary Meeting' })
  @IsString()
  @Length(1, 300)
  @CleanText()
  meeting: string;

  @ApiProperty({ example: '2026-11-24' })
  @Matches(DATE, { message: 'date must be an ISO 8601 date (YYYY-MM-DD)' })
  date: string;

  @ApiPropertyOptional({
    example: 'Resolution 1334 (Modified 2023)',
    description:
      'The designation as printed: "Resolution 1334 (Modified 2023)", "القرار 1334 (المعدَّل في 2023)", or a General Assembly number "78/132". It opens the adopted title.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText()
  number?: string;

  @ApiPropertyOptional({
    example: 'A/RES/78/132',
    description: "The adopted resolution's document symbol; the contribution's symbol does not carry over.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @CleanText('symbol')
  symbol?: string;

  @ApiPropertyOptional({
    example: 'دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات',
    description: "The subject, without the number. Absent: the draft's subject.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @CleanText()
  title?: string;

  @ApiPropertyOptional({
    example: 'اعتُمد في الجلسة العامة السادسة',
    description:
      'The adoption line as printed, without parentheses ("adopted at the sixth Plenary Meeting"). Absent: composed from the meeting in the language of the text.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @CleanText()
  adoptionLine?: string;

  @ApiPropertyOptional({ example: 'Geneva' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText()
  place?: string;

  @ApiPropertyOptional({ type: LeaveOpenDto, description: 'What the chair records as left open.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeaveOpenDto)
  leaveOpen?: LeaveOpenDto;

  @ApiPropertyOptional({
    type: AdoptionMethodDto,
    description:
      'Without a vote ({"kind":"consensus"}) or by a recorded vote ({"kind":"recorded-vote","votes":[{"stakeholderId":"egypt","vote":"yes"}]}): ' +
      'the adoption line, when not given, says which ("adopted without a vote", "by a recorded vote of 150 to 5, with 10 abstentions"). ' +
      'Only registered member states vote, each once; groups do not. Absent: the line names the meeting only.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AdoptionMethodDto)
  method?: AdoptionMethodDto;

  @ApiPropertyOptional({ example: 'plenary-61', description: 'The meeting as registered on the consultation.' })
  @IsOptional()
  @Matches(ID)
  meetingId?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: UN_LANGUAGES,
    example: ['fr'],
    description:
      'Languages whose versions await translation and are adopted provisionally: each is recorded as aligned when its last task closes. ' +
      'Without it, adoption is refused while any language version has open translation tasks.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(UN_LANGUAGES, { each: true })
  provisionalIn?: UnLanguage[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PrintedAdoptionDto) },
    example: { ar: { number: 'القرار 1334 (المعدَّل في 2026)', adoptionLine: 'اعتُمد في الجلسة العامة السابعة' } },
    description:
      'How each language version in step prints the adopted designation (`number`), subject (`title`) and adoption line, by language. ' +
      "What is not given prints the original's words with an awaiting-translation note until a translator records it.",
  })
  @IsOptional()
  @PrintedInLanguages()
  printedIn?: Partial<Record<UnLanguage, PrintedAdoptionDto>>;
}

export class ReservationDto extends SittingDto {
  @ApiProperty({ example: 'russian-federation' })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiProperty({ example: 'op-2' })
  @Matches(ID)
  provisionId: string;

  @ApiProperty({ example: 'The Russian Federation reserves its position on operative paragraph 2.' })
  @IsString()
  @Length(1, 5000)
  @CleanText()
  text: string;
}

export class CorrectionDto extends SittingDto {
  @ApiProperty({ description: 'The decision this one corrects; it stays in the record, marked as corrected.' })
  @Matches(ID)
  corrects: string;

  @ApiProperty({ enum: RULINGS, example: 'rejected' })
  @IsIn(RULINGS)
  ruling: Ruling;

  @ApiPropertyOptional({ description: "The chair's compromise text, for accepted-as-modified." })
  @IsOptional()
  @IsObject()
  compromise?: Record<string, unknown>;

  @ApiProperty({ example: 'The ruling was recorded against the wrong amendment.' })
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason: string;
}

/** Where and when, as the chair records it. */
export function sittingOf(dto: SittingDto): { meeting?: string; date?: string; meetingId?: string } {
  return { meeting: dto.meeting, date: dto.date, ...(dto.meetingId ? { meetingId: dto.meetingId } : {}) };
}
