import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { MEETING_KINDS, MeetingKind } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

export const MEETING_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;
/** A date, or a date and time with its offset: "2025-11-12", "2025-11-12T10:00:00-05:00". */
const MEETING_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export class RegisterMeetingDto {
  @ApiPropertyOptional({ example: 'ic-2', description: 'Chosen by the caller, or given one.' })
  @IsOptional()
  @Matches(MEETING_ID, { message: 'meetingId must be 1 to 100 letters, digits, dots, colons, dashes or underscores' })
  meetingId?: string;

  @ApiProperty({ enum: MEETING_KINDS, example: 'informal-consultation' })
  @IsIn(MEETING_KINDS)
  kind: MeetingKind;

  @ApiPropertyOptional({ example: 2, description: 'Its number among the meetings of its kind: unique per kind.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  number?: number;

  @ApiProperty({ example: 'Second informal consultation' })
  @IsString()
  @Length(1, 300)
  @CleanText()
  name: string;

  @ApiProperty({ example: '2025-11-12', description: 'ISO 8601 date, or date and time with offset.' })
  @Matches(MEETING_DATE, { message: 'date must be an ISO 8601 date, or a date and time with its offset' })
  date: string;

  @ApiPropertyOptional({ example: 'Conference Room 4, United Nations Headquarters' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @CleanText()
  place?: string;

  @ApiPropertyOptional({ example: 'eightieth session' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @CleanText()
  session?: string;
}

export class RecordReadingDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'documentId must be a UUID' })
  documentId: string;

  @ApiProperty({ type: [String], example: ['pp-1', 'op-1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @Matches(PROVISION_ID, { each: true })
  provisionIds: string[];
}
