import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PROVISION_STATUSES, ProvisionStatus } from '#libs/contracts';
import { CleanText } from '#libs/runtime';
import { SittingDto } from '../documents/document.dtos';

const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;

export class ProvisionStatusDto {
  @ApiProperty({ example: 'op-2' })
  @Matches(PROVISION_ID, { message: 'provisionId must be a provision id' })
  provisionId: string;

  @ApiProperty({ enum: PROVISION_STATUSES, example: 'agreed-ad-ref' })
  @IsIn(PROVISION_STATUSES)
  status: ProvisionStatus;

  @ApiPropertyOptional({ example: 'the year stays open' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @CleanText()
  note?: string;
}

/** A round of statuses, at a sitting: `meetingId` cites a registered meeting. */
export class RecordStatusesDto extends SittingDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or given one.', example: 'round-3' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'decisionId must be 1 to 100 letters, digits, dots, colons or dashes' })
  decisionId?: string;

  @ApiProperty({ type: [ProvisionStatusDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ProvisionStatusDto)
  statuses: ProvisionStatusDto[];
}
