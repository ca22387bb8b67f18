import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, Roles } from '#libs/runtime';
import { ApiCommandProblems } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { found, pageParameters } from '../http/pagination';
import { ReadsNoDrafts } from '../access';
import { GetStakeholder } from './get-stakeholder';
import { ListStakeholders, decodeStakeholderCursor } from './list-stakeholders';
import { RegisterStakeholderDto } from './stakeholder.dtos';

/**
 * The stakeholder registry. Its reads keep the operation ids and the `reading` tag they were
 * published under, in the controller of the workflow's reads: clients generate code from them.
 */
@ApiTags('stakeholders')
@ApiBearerAuth()
@Controller('api/v1/stakeholders')
export class StakeholdersController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RegisterStakeholder)
  @ApiCommandProblems('already-exists', 'invalid')
  @ApiOperation({ summary: 'Register a stakeholder or a group of stakeholders (secretariat).' })
  @ApiCreatedResponse({ type: CreatedView })
  async register(@Body() dto: RegisterStakeholderDto, @CommandContext() context: CommandRequest): Promise<CreatedView> {
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

  @Get()
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation')
  @ReadsNoDrafts('the stakeholder registry is public')
  @ApiOperation({ operationId: 'WorkflowReadsController_stakeholders', tags: ['reading'], summary: 'The stakeholder registry, paginated.' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async stakeholders(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const page = pageParameters(limit, cursor, decodeStakeholderCursor);
    return this.queries.execute(new ListStakeholders(page.limit, page.cursor));
  }

  @Get(':id')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'not-found')
  @ReadsNoDrafts('the stakeholder registry is public')
  @ApiOperation({ operationId: 'WorkflowReadsController_stakeholder', tags: ['reading'], summary: 'One stakeholder or group.' })
  async stakeholder(@Param('id') id: string) {
    return found(await this.queries.execute(new GetStakeholder(id)), `stakeholder ${id}`);
  }
}
