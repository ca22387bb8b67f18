import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CleanText } from '#libs/runtime';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = 'deadline must be an ISO 8601 date and time with its offset, such as 2025-12-09T18:00:00-05:00';

/** The adoption the chair announces with the silence: recorded by the system if it holds. */
export class SilenceAdoptionDto {
  @ApiProperty({ example: 'Rev.3 (adopted under silence)' })
  @IsString()
  @Length(1, 200)
  @CleanText('symbol')
  label: string;

  @ApiProperty({ example: '70th plenary meeting', description: 'The meeting the adoption is recorded at, for the adoption line.' })
  @IsString()
  @Length(1, 300)
  @CleanText()
  meeting: string;

  @ApiPropertyOptional({ example: '80/173' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText()
  number?: string;

  @ApiPropertyOptional({ example: 'A/RES/80/173' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @CleanText('symbol')
  symbol?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @CleanText()
  title?: string;

  @ApiPropertyOptional({ example: 'adopted under the silence procedure' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @CleanText()
  adoptionLine?: string;

  @ApiPropertyOptional({ example: 'New York' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText()
  place?: string;
}

class DeadlineDto {
  @ApiProperty({ example: '2025-12-09T18:00:00-05:00', description: 'When silence ends: ISO 8601 with its offset.' })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  deadline: string;

  @ApiProperty({ example: 'America/New_York', description: 'The IANA time zone the deadline is announced in.' })
  @IsString()
  @Length(1, 64)
  timeZone: string;
}

export class StartSilenceDto extends DeadlineDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or given by the ledger.' })
  @IsOptional()
  @Matches(ID)
  silenceId?: string;

  @ApiPropertyOptional({ description: 'A meeting registered on the consultation.' })
  @IsOptional()
  @Matches(ID)
  meetingId?: string;

  @ApiProperty({ type: SilenceAdoptionDto })
  @ValidateNested()
  @Type(() => SilenceAdoptionDto)
  adoption: SilenceAdoptionDto;
}

export class ExtendSilenceDto extends DeadlineDto {
  @ApiPropertyOptional({ example: 'At the request of several delegations.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @CleanText()
  reason?: string;
}

export class BreakSilenceDto {
  @ApiProperty({ example: 'egypt', description: 'The member state (or group of member states) breaking silence.' })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiProperty({ type: [String], example: ['op-5', 'op-12'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @Matches(ID, { each: true })
  provisionIds: string[];

  @ApiProperty({ example: 'The text of paragraph 5 does not reflect the agreed language on financing.' })
  @IsString()
  @Length(1, 10000)
  @CleanText()
  reasons: string;
}
