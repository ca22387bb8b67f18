import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem } from '#libs/runtime';
import { ApiCommandProblems } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { found } from '../http/pagination';
import { SubmitStakeholderInputDto, WithdrawStakeholderInputDto } from './input.dtos';
import { getInput, listInputs } from './input-queries';
import { StakeholderInputDetailView, StakeholderInputListView } from './input.view';

const PROVISION_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', `${field} ${message}`, { errors: [{ field, message }] }));
}

/**
 * The written inputs of non-state stakeholders (civil society, the private sector, academia,
 * the technical community ...) on a document's current version or on given provisions:
 * published to whoever may read the consultation's drafts, never ruled on.
 */
@ApiTags('stakeholder inputs')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class InputsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Post('documents/:id/inputs')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.SubmitStakeholderInput)
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists', 'invalid', 'wrong-phase')
  @ApiOperation({
    summary:
      'Send a written input on the current version of a document, or on given provisions of it: for non-state stakeholders (member states propose amendments). Published, never ruled on.',
  })
  @ApiCreatedResponse({ type: CreatedView })
  async submit(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: SubmitStakeholderInputDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const inputId = dto.inputId ?? context.newId('input');
    const outcome = await this.commands.send(
      context,
      {
        kind: 'SubmitStakeholderInput',
        inputId,
        documentId,
        ...(dto.versionNumber !== undefined ? { versionNumber: dto.versionNumber } : {}),
        provisionIds: dto.provisionIds ?? [],
        stakeholderId: dto.stakeholderId,
        title: dto.title,
        text: dto.text,
        language: dto.language,
      },
      `/api/v1/inputs/${inputId}`,
    );
    return CreatedView.of(inputId, outcome);
  }

  @Post('inputs/:inputId/withdrawal')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.WithdrawStakeholderInput)
  @ApiCommandProblems('bad-request', 'not-found', 'conflict')
  @ApiOperation({ summary: 'Withdraw an input (its submitter only); the record keeps that it was published.' })
  @ApiCreatedResponse({ type: CreatedView })
  async withdraw(
    @Param('inputId', ParseUUIDPipe) inputId: string,
    @Body() dto: WithdrawStakeholderInputDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, { kind: 'WithdrawStakeholderInput', inputId, reason: dto.reason });
    return CreatedView.of(inputId, outcome);
  }

  @Get('documents/:id/inputs')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The inputs sent on a document, in the order sent, withdrawn ones marked; by provision or by stakeholder.' })
  @ApiQuery({ name: 'provisionId', required: false, description: 'Only the inputs concerning this provision.' })
  @ApiQuery({ name: 'stakeholderId', required: false, description: 'Only the inputs of this stakeholder.' })
  @ApiOkResponse({ type: StakeholderInputListView })
  async inputsOf(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Query('provisionId') provisionId?: string,
    @Query('stakeholderId') stakeholderId?: string,
  ): Promise<StakeholderInputListView> {
    if (provisionId !== undefined && !PROVISION_ID.test(provisionId)) throw invalid('provisionId', 'must be a provision id');
    if (stakeholderId !== undefined && !ACTOR_ID.test(stakeholderId)) throw invalid('stakeholderId', 'must be a stakeholder id');
    const [document] = await this.dataSource.query('SELECT 1 FROM documents WHERE id = $1', [documentId]);
    found(document, `document ${documentId}`);
    return { items: await listInputs(this.dataSource, documentId, { provisionId, stakeholderId }) };
  }

  @Get('inputs/:inputId')
  @ReadsDraftsOf('input', 'inputId')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'One input, as published, with its withdrawal if any.' })
  @ApiOkResponse({ type: StakeholderInputDetailView })
  async input(@Param('inputId', ParseUUIDPipe) inputId: string): Promise<StakeholderInputDetailView> {
    return found(await getInput(this.dataSource, inputId), `input ${inputId}`);
  }
}
