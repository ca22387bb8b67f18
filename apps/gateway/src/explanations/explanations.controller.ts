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
import { ExplainPositionDto } from './explanation.dto';
import { ExplanationListView } from './explanation.view';
import { ListExplanations } from './list-explanations';

/** Explanations of position (on an adoption without a vote) and of vote (on a recorded vote), before and after the adoption. */
@ApiTags('amendments and decisions')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class ExplanationsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('documents/:id/explanations')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ExplainPosition)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'ExplanationsController_explain',
    summary:
      'Record an explanation of position or of vote, before or after the adoption: by the delegation itself (or a member for its group), ' +
      'the secretariat, or a chair of the consultation. An explanation of vote after the adoption needs an adoption by recorded vote.',
  })
  async explain(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: ExplainPositionDto,
    @CommandContext() context: CommandRequest,
  ) {
    const explanationId = dto.explanationId ?? context.newId('explanation');
    const outcome = await this.commands.send(context, {
      kind: 'ExplainPosition',
      documentId,
      explanationId,
      stakeholderId: dto.stakeholderId,
      explains: dto.kind,
      timing: dto.timing,
      text: dto.text,
      ...(dto.meeting ? { meeting: dto.meeting } : {}),
      ...(dto.meetingId ? { meetingId: dto.meetingId } : {}),
      ...(dto.date ? { date: dto.date } : {}),
    });
    return CreatedView.of(explanationId, outcome);
  }

  @Get('documents/:id/explanations')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOkResponse({ type: ExplanationListView })
  @ApiOperation({
    operationId: 'ExplanationsController_list',
    tags: ['reading'],
    summary: 'The explanations of position and of vote given on a document, in the order they were given.',
  })
  async list(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListExplanations(id)), `document ${id}`);
  }
}
