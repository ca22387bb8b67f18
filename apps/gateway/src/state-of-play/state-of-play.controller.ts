import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, Roles } from '#libs/runtime';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { found } from '../http/pagination';
import { GetStateOfPlay } from './get-state-of-play';
import { RecordStatusesDto } from './state-of-play.dtos';
import { StateOfPlayView } from './state-of-play.view';

/** The state of play of a document: the statuses the chair records after each informal round. */
@ApiTags('negotiation')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/documents')
@UseGuards(DraftsGuard)
export class StateOfPlayController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post(':id/statuses')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RecordProvisionStatuses)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'StateOfPlayController_record',
    summary:
      'Record a round of provision statuses (a chair, in negotiation or adoption): pending, agreed-ad-ref, agreed, bracketed (the provision must have unsettled brackets), deleted. Honours If-Match.',
  })
  async record(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: RecordStatusesDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const decisionId = dto.decisionId ?? context.newId('decision');
    const outcome = await this.commands.send(context, {
      kind: 'RecordProvisionStatuses',
      documentId,
      decisionId,
      statuses: dto.statuses.map(({ provisionId, status, note }) => ({ provisionId, status, ...(note ? { note } : {}) })),
      ...(dto.meetingId ? { meetingId: dto.meetingId } : {}),
      ...(dto.meeting ? { meeting: dto.meeting } : {}),
      ...(dto.date ? { date: dto.date } : {}),
    });
    return CreatedView.of(decisionId, outcome);
  }

  @Get(':id/state-of-play')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'StateOfPlayController_get',
    summary:
      'Where each provision stands (as printed, with its section), the counts per status, the provisions still open, what the last round changed, and the rounds with their meetings.',
  })
  @ApiOkResponse({ type: StateOfPlayView })
  async get(@Param('id', ParseUUIDPipe) documentId: string): Promise<StateOfPlayView> {
    return found(await this.queries.execute(new GetStateOfPlay(documentId)), `document ${documentId}`);
  }
}
