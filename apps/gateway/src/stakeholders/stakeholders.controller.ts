import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { Roles } from '#libs/runtime';
import { ApiCommandProblems } from '../command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../command-sender';
import { CreatedView } from '../created.view';
import { RegisterStakeholderDto } from './stakeholder.dtos';

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
    const outcome = await this.commands.send(
      context,
      {
        kind: 'RegisterStakeholder',
        stakeholder: { stakeholderId: dto.id, name: dto.name, category: dto.category, region: dto.region, memberIds: dto.memberIds ?? [] },
      },
      `/api/v1/stakeholders/${dto.id}`,
    );
    return CreatedView.of(dto.id, outcome);
  }
}
