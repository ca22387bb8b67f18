import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { ImportWarning, ResolutionDocument, fromInterchange, importResolution } from '#libs/text';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem } from '#libs/runtime';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { RegisteredDocumentView, importWarningViews } from '../views/import-warning.view';
import { ConsultationPage, ConsultationView } from './consultation.view';
import { found, pageParameters } from '../http/pagination';
import { GetConsultation } from './get-consultation';
import { ListConsultations, decodeConsultationCursor } from './list-consultations';
import { AdmitParticipantDto, ChangePhaseDto, ImportDocumentDto, RegisterConsultationDto, deadlinesProblem } from './consultation.dtos';
import { DraftsGuard, ReadsDraftsOf, ReadsNoDrafts } from '../access';
import { ListDocumentsOfConsultation } from '../documents/list-documents-of-consultation';
import { ListContributions, decodeContributionCursor } from '../contributions/list-contributions';
import { interchangeProblem } from '../http/interchange-problem';

const MAX_PAGE_SIZE = 100;

function invalid(detail: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail));
}

/**
 * Consultations, and what each holds: its documents and contributions. Those two reads keep
 * the operation ids and the `reading` tag they were published under, in the controller of the
 * workflow's reads: clients generate code from them.
 */
@ApiTags('consultations')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/consultations')
@UseGuards(DraftsGuard)
export class ConsultationsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RegisterConsultation)
  @ApiOperation({
    summary: 'Register a consultation (secretariat). The read model shows it once the projector reaches the returned position.',
  })
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('already-exists')
  async register(@Body() dto: RegisterConsultationDto, @CommandContext() context: CommandRequest): Promise<CreatedView> {
    const deadlines = deadlinesProblem(dto.deadlines);
    if (deadlines) throw invalid(deadlines);
    const id = context.newId('consultation');
    const outcome = await this.commands.send(
      context,
      {
        kind: 'RegisterConsultation',
        consultation: {
          consultationId: id,
          title: dto.title,
          body: dto.body,
          subject: dto.subject,
          originalLanguage: dto.originalLanguage,
          chairs: dto.chairs ?? [],
          deadlines: dto.deadlines ?? {},
          restricted: dto.restricted ?? false,
        },
      },
      `/api/v1/consultations/${id}`,
    );
    return CreatedView.of(id, outcome);
  }

  @Post(':id/phase')
  @HttpCode(200)
  @Roles(...COMMAND_ROLES.ChangePhase)
  @ApiOkResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'invalid')
  @ApiOperation({
    summary: 'Move to the next phase (secretariat or chair), or reopen an earlier one with a reason (chair). Honours If-Match.',
  })
  async changePhase(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangePhaseDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, {
      kind: 'ChangePhase',
      consultationId: id,
      to: dto.to,
      reason: dto.reason,
    });
    return CreatedView.of(id, outcome);
  }

  @Post(':id/participants')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.AdmitParticipant)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists')
  @ApiOperation({ summary: 'Admit a registered stakeholder as a participant (secretariat).' })
  async admit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AdmitParticipantDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, {
      kind: 'AdmitParticipant',
      consultationId: id,
      stakeholderId: dto.stakeholderId,
    });
    return CreatedView.of(dto.stakeholderId, outcome);
  }

  @Post(':id/documents')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RegisterDocument)
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    summary:
      'Register a base text (secretariat): plain text imported by the text engine, or the interchange format. Answers the import warnings.',
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: "The language of the warnings' `message`: Arabic or English (the default).",
  })
  @ApiCreatedResponse({ type: RegisteredDocumentView })
  async importDocument(
    @Param('id', ParseUUIDPipe) consultationId: string,
    @Body() dto: ImportDocumentDto,
    @CommandContext() context: CommandRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<RegisteredDocumentView> {
    let text: ResolutionDocument;
    let warnings: readonly ImportWarning[] = [];
    if (dto.source !== undefined) {
      const imported = importResolution(dto.source, { language: dto.language, style: dto.style });
      text = imported.document;
      warnings = imported.warnings;
    } else {
      try {
        text = fromInterchange(dto.document);
      } catch (error) {
        throw interchangeProblem('document', error, acceptLanguage);
      }
    }
    const documentId = context.newId('document');
    const outcome = await this.commands.send(
      context,
      {
        kind: 'RegisterDocument',
        document: {
          documentId,
          consultationId,
          symbol: dto.symbol,
          versionLabel: dto.versionLabel,
          text,
          source: { kind: 'import', warnings: warnings.length },
        },
      },
      `/api/v1/documents/${documentId}`,
    );
    return Object.assign(CreatedView.of(documentId, outcome), { warnings: importWarningViews(warnings, acceptLanguage) });
  }

  @Get(':id')
  @ReadsNoDrafts("a consultation's own record (title, body, phase, chairs, participants) is public; its drafts are not")
  @ApiOperation({ summary: 'One consultation, as the read model holds it.' })
  @ApiOkResponse({ type: ConsultationView })
  @ApiProblemResponses('validation', 'bad-request', 'not-found')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ConsultationView> {
    const row = await this.queries.execute(new GetConsultation(id));
    if (!row)
      throw new ProblemException(problem(404, 'not-found', 'Not found', `No consultation ${id} (yet: a new one appears once projected).`));
    return ConsultationView.of(row);
  }

  @Get()
  @ReadsNoDrafts("a consultation's own record is public; its drafts are not")
  @ApiOperation({ summary: 'Consultations, newest first.' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }, example: 20 })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: 'The `next` of the previous page.' })
  @ApiOkResponse({ type: ConsultationPage })
  @ApiProblemResponses('validation')
  async list(@Query('limit') limitParam?: string, @Query('cursor') cursorParam?: string): Promise<ConsultationPage> {
    const { limit, cursor } = pageParameters(limitParam, cursorParam, decodeConsultationCursor);
    const page = await this.queries.execute(new ListConsultations(limit, cursor));
    return { items: page.items.map(ConsultationView.of), next: page.next };
  }

  @Get(':id/documents')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_documentsOf',
    tags: ['reading'],
    summary: 'The documents a consultation works on.',
  })
  async documentsOf(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDocumentsOfConsultation(id)), `consultation ${id}`);
  }

  @Get(':id/contributions')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_contributionsOf',
    tags: ['reading'],
    summary: 'The contributions to a consultation, in order of submission.',
  })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async contributionsOf(@Param('id', ParseUUIDPipe) id: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const page = pageParameters(limit, cursor, decodeContributionCursor);
    return found(await this.queries.execute(new ListContributions(id, page.limit, page.cursor)), `consultation ${id}`);
  }
}
