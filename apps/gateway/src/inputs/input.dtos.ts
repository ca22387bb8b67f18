import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const PROVISION_ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const MAX_INPUT_TEXT = 50_000;

/** A non-state stakeholder's written input on the current version of a document, or on given provisions of it. */
export class SubmitStakeholderInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Made by the server when absent (from the Idempotency-Key when one is given).' })
  @IsOptional()
  @IsUUID()
  inputId?: string;

  @ApiProperty({ example: 'apc', description: 'The stakeholder the input is from: the caller, or a group it is a member of.' })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiPropertyOptional({ type: [String], description: 'The provisions it concerns; none when it is on the text as a whole.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(PROVISION_ID, { each: true })
  provisionIds?: string[];

  @ApiPropertyOptional({ description: 'The version it comments on: the current one (the default) or refused.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  versionNumber?: number;

  @ApiProperty({ example: 'Human rights in the information society' })
  @IsString()
  @Length(1, 300)
  @CleanText()
  title: string;

  @ApiProperty({ description: `Its text, 1 to ${MAX_INPUT_TEXT} characters.` })
  @IsString()
  @Length(1, MAX_INPUT_TEXT)
  @CleanText()
  text: string;

  @ApiProperty({ enum: UN_LANGUAGES, example: 'en' })
  @IsIn(UN_LANGUAGES)
  language: UnLanguage;
}

export class WithdrawStakeholderInputDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}
