import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REGIONS, Region, STAKEHOLDER_CATEGORIES, StakeholderCategory } from '#libs/contracts';
import { COMMAND_ROLES, RegisterStakeholderCommand } from '#libs/domain';
import { CleanText, Roles } from '#libs/runtime';
import { ApiCommandProblems } from '../command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../command-sender';
import { CreatedView } from '../created.view';

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

@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('api/v1/stakeholders')
export class StakeholdersController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RegisterStakeholder)
  @ApiCommandProblems('already-exists', 'invalid')
  @ApiOperation({ summary: 'Register a stakeholder or a group of stakeholders (secretariat).' })
  @ApiCreatedResponse({ type: CreatedView })
  async register(
    @Body() dto: RegisterStakeholderDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send<RegisterStakeholderCommand>(
      context,
      'RegisterStakeholder',
      { stakeholderId: dto.id, name: dto.name, category: dto.category, region: dto.region, memberIds: dto.memberIds ?? [] },
      `/api/v1/stakeholders/${dto.id}`,
    );
    return CreatedView.of(dto.id, outcome);
  }
}
