import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { attachmentDisposition } from '#libs/documents';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES, DocumentCommand } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem } from '#libs/runtime';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { DraftAccess, DraftsGuard, ReadsDraftsOf, withholdConflictsFromOutsiders } from '../access';
import { CreatedView } from '../commands/created.view';
import { found, pageParameters } from '../http/pagination';
import { chooseRepresentation } from '../http/representation';
import { GetAmendmentAkomaNtoso } from '../akoma-ntoso';
import { AMENDMENT_STATUSES_FOR_FILTER } from './amendment-filters';
import { GetAmendment } from './get-amendment';
import { GetDocument } from './get-document';
import { GetDocumentVersion } from './get-document-version';
import { ListAmendmentsOfDocument, decodeAmendmentListCursor } from './list-amendments-of-document';
import { AmendmentView } from './amendment.view';
import type { AmendmentStatusColumn } from '#libs/read-models';
import { ListDecisionsOfDocument } from './list-decisions-of-document';
import { ListDocumentVersions } from './list-document-versions';
import { operationFrom } from './operation-from-body';
import { adoptionMethodFrom } from './adoption-method.dto';

/** An amendment as JSON or as an Akoma Ntoso amendment document. */
const AMENDMENT_FORMATS = [
  ['json', 'application/json'],
  ['akn', 'application/akn+xml'],
] as const;
import {
  AdoptDto,
  CoSponsorDto,
  CorrectionDto,
  MergeDto,
  ProposeAmendmentDto,
  ReservationDto,
  ReviseAmendmentDto,
  RulingDto,
  SettleBracketsDto,
  sittingOf,
  WithdrawDto,
} from './document.dtos';

async function onDocument(
  commands: CommandSender,
  context: CommandRequest,
  target: { documentId?: string },
  command: DocumentCommand,
  id: string,
): Promise<CreatedView> {
  return CreatedView.of(id, await commands.send(context, { ...command, ...target }));
}

/**
 * Documents, their versions, amendments and decisions. The reads keep the operation ids and
 * the `reading` tag they were published under, in the controller of the workflow's reads:
 * clients generate code from them.
 */
@ApiTags('amendments and decisions')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class DocumentsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(DraftAccess) private readonly drafts: DraftAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  /** A chair's decision: it gets its own id, which the answer names. */
  private decide(
    context: CommandRequest,
    target: { documentId?: string },
    command: (decisionId: string) => DocumentCommand,
  ): Promise<CreatedView> {
    const decisionId = context.newId('decision');
    return onDocument(this.commands, context, target, command(decisionId), decisionId);
  }

  @Post('documents/:id/amendments')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ProposeAmendment)
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Propose an amendment to the current version. Conflicts with pending amendments are reported at once.' })
  @ApiCreatedResponse({ type: CreatedView })
  async propose(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: ProposeAmendmentDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const amendmentId = context.newId('amendment');
    const operation = operationFrom(dto.operation, 'operation', context);
    context.response.location(`/api/v1/amendments/${amendmentId}`);
    const created = await onDocument(
      this.commands,
      context,
      { documentId },
      {
        kind: 'ProposeAmendment',
        amendmentId,
        versionNumber: dto.versionNumber,
        operation,
        proposers: dto.proposers ?? [context.actor.id],
        onBehalfOf: dto.onBehalfOf,
        explanation: dto.explanation,
        ...(dto.language ? { language: dto.language } : {}),
      },
      amendmentId,
    );
    return withholdConflictsFromOutsiders(created, this.drafts, context.actor, 'document', documentId);
  }

  @Post('amendments/:id/co-sponsors')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.CoSponsorAmendment)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Co-sponsor an amendment.' })
  coSponsor(@Param('id', ParseUUIDPipe) amendmentId: string, @Body() dto: CoSponsorDto, @CommandContext() context: CommandRequest) {
    return onDocument(
      this.commands,
      context,
      {},
      { kind: 'CoSponsorAmendment', amendmentId, stakeholderId: dto.stakeholderId ?? context.actor.id },
      amendmentId,
    );
  }

  @Post('amendments/:id/revisions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ReviseAmendment)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Revise an amendment (its proposers only, while undecided).' })
  revise(@Param('id', ParseUUIDPipe) amendmentId: string, @Body() dto: ReviseAmendmentDto, @CommandContext() context: CommandRequest) {
    const operation = operationFrom(dto.operation, 'operation', context);
    return onDocument(
      this.commands,
      context,
      {},
      { kind: 'ReviseAmendment', amendmentId, operation, explanation: dto.explanation },
      amendmentId,
    );
  }

  @Post('amendments/:id/withdrawal')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.WithdrawAmendment)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Withdraw an amendment (its proposers only).' })
  withdraw(@Param('id', ParseUUIDPipe) amendmentId: string, @Body() dto: WithdrawDto, @CommandContext() context: CommandRequest) {
    return onDocument(this.commands, context, {}, { kind: 'WithdrawAmendment', amendmentId, reason: dto.reason }, amendmentId);
  }

  @Post('amendments/:id/decision')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RuleOnAmendment)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    summary:
      'Rule on an amendment (a chair of the consultation): accepted, rejected, accepted-as-modified with a compromise, deferred. Honours If-Match (the document ETag).',
  })
  rule(@Param('id', ParseUUIDPipe) amendmentId: string, @Body() dto: RulingDto, @CommandContext() context: CommandRequest) {
    const compromise = dto.compromise === undefined ? undefined : operationFrom(dto.compromise, 'compromise', context);
    const rendering = dto.rendering === undefined ? undefined : operationFrom(dto.rendering, 'rendering', context);
    return this.decide(context, {}, (decisionId) => ({
      kind: 'RuleOnAmendment',
      decisionId,
      amendmentId,
      ruling: dto.ruling,
      compromise,
      ...(rendering ? { rendering } : {}),
      reason: dto.reason,
      ...sittingOf(dto),
    }));
  }

  @Post('documents/:id/merges')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.MergeAmendments)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Merge several amendments into one text (a chair).' })
  merge(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: MergeDto, @CommandContext() context: CommandRequest) {
    const operation = operationFrom(dto.operation, 'operation', context);
    return this.decide(context, { documentId }, (decisionId) => ({
      kind: 'MergeAmendments',
      decisionId,
      amendmentIds: dto.amendmentIds,
      operation,
      ...sittingOf(dto),
    }));
  }

  @Post('documents/:id/bracket-settlements')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.SettleBrackets)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Settle a group of bracketed alternatives (a chair): keep one, or none.' })
  settle(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: SettleBracketsDto, @CommandContext() context: CommandRequest) {
    if (dto.choice !== 'none' && !(Number.isInteger(dto.choice) && dto.choice >= 0)) {
      throw new ProblemException(problem(400, 'validation', 'Invalid request', 'choice must be a whole number or "none"'));
    }
    return this.decide(context, { documentId }, (decisionId) => ({
      kind: 'SettleBrackets',
      decisionId,
      provisionId: dto.provisionId,
      bracketIndex: dto.bracketIndex,
      choice: dto.choice,
      ...sittingOf(dto),
    }));
  }

  @Post('documents/:id/adoptions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.AdoptVersion)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    summary:
      'Adopt the text as a new version at a named meeting (a chair, in the adoption phase): the adopted text takes the number and title given, the adoption line as printed ' +
      "(composed from the meeting when absent) and the resolution's symbol, and drops the cover of the contribution that carried the draft. " +
      'Refused while brackets or undecided amendments remain, unless recorded as left open. ' +
      'Without a vote or by a recorded vote of the member states (`method`): the tally is counted from the votes.',
  })
  adopt(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: AdoptDto, @CommandContext() context: CommandRequest) {
    const method = adoptionMethodFrom(dto.method);
    return this.decide(context, { documentId }, (decisionId) => ({
      kind: 'AdoptVersion',
      decisionId,
      label: dto.label,
      meeting: dto.meeting,
      date: dto.date,
      number: dto.number,
      symbol: dto.symbol,
      title: dto.title,
      adoptionLine: dto.adoptionLine,
      place: dto.place,
      leaveOpen: dto.leaveOpen,
      ...(method ? { method } : {}),
      ...(dto.meetingId ? { meetingId: dto.meetingId } : {}),
      ...(dto.provisionalIn ? { provisionalIn: dto.provisionalIn } : {}),
      ...(dto.printedIn ? { printedIn: dto.printedIn } : {}),
    }));
  }

  @Post('documents/:id/reservations')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RecordReservation)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: "Record a stakeholder's reservation on a provision (a chair)." })
  reserve(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: ReservationDto, @CommandContext() context: CommandRequest) {
    return this.decide(context, { documentId }, (decisionId) => ({
      kind: 'RecordReservation',
      decisionId,
      stakeholderId: dto.stakeholderId,
      provisionId: dto.provisionId,
      text: dto.text,
      ...sittingOf(dto),
    }));
  }

  @Post('documents/:id/corrections')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.CorrectDecision)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({ summary: 'Correct an earlier ruling by a new decision that cites it; nothing is edited.' })
  correct(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: CorrectionDto, @CommandContext() context: CommandRequest) {
    const compromise = dto.compromise === undefined ? undefined : operationFrom(dto.compromise, 'compromise', context);
    return this.decide(context, { documentId }, (decisionId) => ({
      kind: 'CorrectDecision',
      decisionId,
      corrects: dto.corrects,
      ruling: dto.ruling,
      compromise,
      reason: dto.reason,
      ...sittingOf(dto),
    }));
  }

  @Get('documents/:id')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_document',
    tags: ['reading'],
    summary: 'A document: its current version and the working text with every decision since applied.',
  })
  async document(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new GetDocument(id)), `document ${id}`);
  }

  @Get('documents/:id/versions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_versions',
    tags: ['reading'],
    summary: 'The versions of a document: the registered base and each adopted one.',
  })
  async versions(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDocumentVersions(id)), `document ${id}`);
  }

  @Get('documents/:id/versions/:number')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_version',
    tags: ['reading'],
    summary: 'One version of a document, with its text in the interchange format.',
  })
  async version(@Param('id', ParseUUIDPipe) id: string, @Param('number', ParseIntPipe) number: number) {
    return found(await this.queries.execute(new GetDocumentVersion(id, number)), `version ${number} of document ${id}`);
  }

  @Get('documents/:id/amendments')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_amendmentsOf',
    tags: ['reading'],
    summary: 'The amendments to a document, with proposers, co-sponsors and status.',
  })
  @ApiQuery({ name: 'status', required: false, enum: AMENDMENT_STATUSES_FOR_FILTER })
  @ApiQuery({
    name: 'provision',
    required: false,
    description: 'A provision (or section) id: the amendments that change it, add it, or place something next to or inside it.',
  })
  @ApiQuery({ name: 'proposer', required: false, description: 'A stakeholder id: the amendments it proposed or co-sponsors.' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description:
      'A page of at most this many (1 to 100), in the order proposed; the header `Link` (RFC 8288) gives the next page (`rel="next"`), absent on the last. Without limit or cursor, every amendment the filter keeps.',
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'The next page, from the `Link` header of the page before; opaque.' })
  @ApiOkResponse({
    type: [AmendmentView],
    description: 'In the order proposed (then by id).',
    headers: {
      'X-Total-Count': { description: 'How many amendments the filter keeps, on every page.', schema: { type: 'integer' } },
      Link: {
        description: 'With limit or cursor: `<…/amendments?…&cursor=…>; rel="next"` while there are more.',
        schema: { type: 'string' },
      },
    },
  })
  async amendmentsOf(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('status') status?: string,
    @Query('provision') provision?: string,
    @Query('proposer') proposer?: string,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ) {
    const errors: { field: string; message: string }[] = [];
    if (status !== undefined && !(AMENDMENT_STATUSES_FOR_FILTER as readonly string[]).includes(status))
      errors.push({ field: 'status', message: `must be one of ${AMENDMENT_STATUSES_FOR_FILTER.join(', ')}` });
    for (const [field, value] of [
      ['provision', provision],
      ['proposer', proposer],
    ] as const) {
      if (value !== undefined && (typeof value !== 'string' || !/^[\p{L}\p{N}._:-]{1,200}$/u.test(value)))
        errors.push({ field, message: 'must be an id' });
    }
    if (errors.length > 0)
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', errors.map((error) => `${error.field} ${error.message}`).join('; '), { errors }),
      );
    const page = limit === undefined && cursor === undefined ? undefined : pageParameters(limit, cursor, decodeAmendmentListCursor);
    const filter = {
      ...(status ? { status: status as AmendmentStatusColumn } : {}),
      ...(provision !== undefined ? { provision } : {}),
      ...(proposer !== undefined ? { proposer } : {}),
    };
    const listed = found(await this.queries.execute(new ListAmendmentsOfDocument(id, filter, page)), `document ${id}`);
    response.setHeader('X-Total-Count', String(listed.total));
    if (page && listed.next !== undefined) {
      const query = new URLSearchParams({
        ...(status ? { status } : {}),
        ...(provision !== undefined ? { provision } : {}),
        ...(proposer !== undefined ? { proposer } : {}),
        limit: String(page.limit),
        cursor: listed.next,
      });
      response.setHeader('Link', `</api/v1/documents/${id}/amendments?${query}>; rel="next"`);
    }
    return listed.items;
  }

  @Get('documents/:id/decisions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_decisionsOf',
    tags: ['reading'],
    summary: "The chair's decisions on a document, in the order taken.",
  })
  async decisionsOf(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDecisionsOfDocument(id)), `document ${id}`);
  }

  @Get('amendments/:id')
  @ReadsDraftsOf('amendment')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable')
  @ApiOperation({
    operationId: 'WorkflowReadsController_amendment',
    tags: ['reading'],
    summary: 'One amendment: JSON, or with Accept: application/akn+xml or format=akn an Akoma Ntoso 1.0 amendment document.',
  })
  @ApiQuery({ name: 'format', required: false, enum: AMENDMENT_FORMATS.map(([name]) => name) })
  @ApiProduces(...AMENDMENT_FORMATS.map(([, mediaType]) => mediaType))
  async amendment(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('format') format: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const chosen = chooseRepresentation(AMENDMENT_FORMATS, format, accept);
    if (!chosen.ok) {
      throw new ProblemException(
        chosen.status === 400
          ? problem(400, 'validation', 'Invalid request', chosen.detail)
          : problem(406, 'not-acceptable', 'Not acceptable', chosen.detail),
      );
    }
    const amendment = found(await this.queries.execute(new GetAmendment(id)), `amendment ${id}`);
    response.setHeader('Vary', 'Accept');
    if (chosen.value !== 'akn') return amendment;
    const file = found(
      await this.queries.execute(new GetAmendmentAkomaNtoso(amendment)),
      `the version amendment ${id} was drafted against`,
    );
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Language', file.language);
    response.setHeader('Content-Disposition', attachmentDisposition(file.filename));
    return file.body;
  }
}
