import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REGIONS, Region, STAKEHOLDER_CATEGORIES, StakeholderCategory } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

const STAKEHOLDER_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class RegisterStakeholderDto {
  @ApiProperty({ example: 'egypt', description: 'A stable id: the one its bearer tokens carry as `sub`.' })
  @Matches(STAKEHOLDER_ID, { message: 'id must be 2 to 64 lowercase letters, digits, . _ -' })
  id: string;

  @ApiProperty({ example: 'Arab Republic of Egypt' })
  @IsString()
  @Length(1, 300)
  @CleanText()
  name: string;

  @ApiProperty({ enum: STAKEHOLDER_CATEGORIES, example: 'member-state' })
  @IsIn(STAKEHOLDER_CATEGORIES)
  category: StakeholderCategory;

  @ApiProperty({ enum: REGIONS, example: 'arab-states' })
  @IsIn(REGIONS)
  region: Region;

  @ApiPropertyOptional({ type: [String], example: ['egypt', 'kenya'], description: 'For a group: the stakeholders it speaks for.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(STAKEHOLDER_ID, { each: true })
  memberIds?: string[];
}
