import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, Roles } from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { found } from '../http/pagination';
import { ListSilencesOfDocument } from './list-silences';
import { BreakSilenceDto, ExtendSilenceDto, StartSilenceDto } from './silence.dtos';
import { SilenceListView } from './silence.view';

/** The silence procedure on a document: started and extended by a chair, broken by member states, concluded by the ledger. */
@ApiTags('silence procedure')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class SilencesController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('documents/:id/silences')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.StartSilence)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'SilencesController_start',
    summary:
      'Place the latest version under silence until a deadline announced in a time zone (a chair). If no member state breaks silence, ' +
      'the ledger adopts the version at the deadline as announced; otherwise it records the breaks.',
  })
  async start(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: StartSilenceDto, @CommandContext() context: CommandRequest) {
    const silenceId = dto.silenceId ?? context.newId('silence');
    const outcome = await this.commands.send(context, {
      kind: 'StartSilence',
      documentId,
      silenceId,
      deadline: dto.deadline,
      timeZone: dto.timeZone,
      ...(dto.meetingId ? { meetingId: dto.meetingId } : {}),
      adoption: { ...dto.adoption },
    });
    return CreatedView.of(silenceId, outcome);
  }

  @Post('documents/:id/silences/:silenceId/extensions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ExtendSilence)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ operationId: 'SilencesController_extend', summary: 'Move the deadline of a silence later, before it passes (a chair).' })
  async extend(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Param('silenceId') silenceId: string,
    @Body() dto: ExtendSilenceDto,
    @CommandContext() context: CommandRequest,
  ) {
    const outcome = await this.commands.send(context, {
      kind: 'ExtendSilence',
      documentId,
      silenceId,
      deadline: dto.deadline,
      timeZone: dto.timeZone,
      ...(dto.reason ? { reason: dto.reason } : {}),
    });
    return CreatedView.of(silenceId, outcome);
  }

  @Post('documents/:id/silences/:silenceId/breaks')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.BreakSilence)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'SilencesController_break',
    summary:
      'Break silence on named provisions, with reasons (a member state for itself, or a member for its group of member states), before the deadline.',
  })
  async breakSilence(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Param('silenceId') silenceId: string,
    @Body() dto: BreakSilenceDto,
    @CommandContext() context: CommandRequest,
  ) {
    const outcome = await this.commands.send(context, {
      kind: 'BreakSilence',
      documentId,
      silenceId,
      stakeholderId: dto.stakeholderId,
      provisionIds: dto.provisionIds,
      reasons: dto.reasons,
    });
    return CreatedView.of(silenceId, outcome);
  }

  @Get('documents/:id/silences')
  @ReadsDraftsOf('document')
  @ApiOkResponse({ type: SilenceListView })
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'SilencesController_list',
    summary: 'The silence procedures of a document: deadline and zone, breaks, outcome.',
  })
  async list(@Param('id', ParseUUIDPipe) documentId: string) {
    return found(await this.queries.execute(new ListSilencesOfDocument(documentId)), `document ${documentId}`);
  }
}
