import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  DOCX_MEDIA_TYPE,
  attachmentDisposition,
  docxFileName,
  renderContributionDocx,
  renderContributionHtml,
  renderContributionTrackedDocx,
} from '#libs/documents';
import { ContributionCover, UN_LANGUAGES } from '#libs/contracts';
import { COMMAND_ROLES, SubmittedSubstance } from '#libs/domain';
import { fromInterchange, importResolution } from '#libs/text';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem, textProblem } from '#libs/runtime';
import { ApiCommandProblems } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { DraftAccess, DraftsGuard, ReadsDraftsOf, withholdConflictsFromOutsiders } from '../access';
import { CreatedView } from '../commands/created.view';
import { found } from '../http/pagination';
import { GetContribution } from './get-contribution';
import { GetContributionForWord } from './get-contribution-for-word';
import { chooseRepresentation } from '../http/representation';
import { wordDownload } from '../http/word-download';
import { PdfPrinter } from '../pdf';
import { ListContributionRevisions } from './list-contribution-revisions';
import { operationFrom } from '../documents/operation-from-body';
import { interchangeProblem } from '../http/interchange-problem';
import {
  ConfirmCoSubmissionDto,
  ContributionCoverDto,
  DeclineCoSubmissionDto,
  SubmitContributionDto,
  WithdrawContributionDto,
} from './contribution.dtos';

/** A contribution as JSON, or as Word or PDF when named (a browser accepting any type is not asking for a download). */
const CONTRIBUTION_FORMATS = [
  ['json', 'application/json'],
  ['docx', DOCX_MEDIA_TYPE],
  ['pdf', 'application/pdf'],
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_AMENDMENTS = 500;

function invalid(detail: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail));
}

function coverOf(dto: ContributionCoverDto, actorId: string): ContributionCover {
  return {
    symbol: dto.symbol,
    date: dto.date,
    agendaItem: dto.agendaItem,
    originalLanguage: dto.originalLanguage,
    submitters: dto.submitters ?? [actorId],
    onBehalfOf: dto.onBehalfOf,
    coSponsors: dto.coSponsors ?? [],
    title: dto.title,
    purpose: dto.purpose,
    actionRequested: dto.actionRequested,
    references: dto.references,
  };
}

const SUBSTANCE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  amendments: ['kind', 'documentId', 'versionNumber', 'amendments'],
  draft: ['kind', 'symbol', 'versionLabel', 'source', 'document', 'language'],
  report: ['kind', 'text'],
};
const AMENDMENT_FIELDS = ['operation', 'explanation'];
const MAX_EXPLANATION_CHARS = 5000;
const MAX_REPORT_CHARS = 200_000;
const MAX_SOURCE_CHARS = 500_000;

/** Refuses fields a substance does not have: nothing beyond them is ever recorded (no `status`, no `proposers` smuggled in). */
function onlyFields(json: Record<string, unknown>, allowed: readonly string[], path: string): void {
  const unknown = Object.keys(json).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw invalid(unknown.map((key) => `${path}.${key}: property ${key} should not exist`).join('; '));
}

/** A symbol or a label of a draft: 1 to 200 characters, by the symbol policy (no invisible characters, one script). */
function symbolOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200)
    throw invalid(`${field} must be a text of 1 to 200 characters`);
  const problemOfSymbol = textProblem(value, 'symbol');
  if (problemOfSymbol) throw invalid(`${field} ${problemOfSymbol}`);
  return value.normalize('NFC').trim();
}

/** Reads the substance of a contribution: amendments, a draft new text, or a report. */
function substanceOf(json: Record<string, unknown>, context: CommandRequest): SubmittedSubstance {
  if (typeof json.kind === 'string' && SUBSTANCE_FIELDS[json.kind]) onlyFields(json, SUBSTANCE_FIELDS[json.kind], 'substance');
  switch (json.kind) {
    case 'amendments': {
      const amendments = json.amendments;
      if (typeof json.documentId !== 'string' || !UUID.test(json.documentId)) throw invalid('substance.documentId must be a document id');
      if (!Number.isInteger(json.versionNumber) || (json.versionNumber as number) < 1)
        throw invalid('substance.versionNumber must be a version number');
      if (!Array.isArray(amendments) || amendments.length === 0 || amendments.length > MAX_AMENDMENTS) {
        throw invalid(`substance.amendments must list 1 to ${MAX_AMENDMENTS} amendments`);
      }
      return {
        kind: 'amendments',
        documentId: json.documentId,
        versionNumber: json.versionNumber as number,
        amendments: amendments.map((item: { operation?: unknown; explanation?: unknown }, i) => {
          if (!item || typeof item !== 'object' || Array.isArray(item))
            throw invalid(`substance.amendments[${i}] must be an object with an operation`);
          onlyFields(item as Record<string, unknown>, AMENDMENT_FIELDS, `substance.amendments[${i}]`);
          const explanation = item.explanation;
          if (
            explanation !== undefined &&
            (typeof explanation !== 'string' || explanation.length > MAX_EXPLANATION_CHARS || textProblem(explanation))
          ) {
            throw invalid(`substance.amendments[${i}].explanation must be a clean text of at most ${MAX_EXPLANATION_CHARS} characters`);
          }
          return {
            amendmentId: context.newId(`amendment-${i}`),
            operation: operationFrom(item?.operation, `substance.amendments[${i}].operation`, context),
            ...(explanation ? { explanation: (explanation as string).normalize('NFC') } : {}),
          };
        }),
      };
    }
    case 'draft': {
      if (typeof json.symbol !== 'string' || typeof json.versionLabel !== 'string')
        throw invalid('substance.symbol and substance.versionLabel are required for a draft');
      const symbol = symbolOf(json.symbol, 'substance.symbol');
      const versionLabel = symbolOf(json.versionLabel, 'substance.versionLabel');
      if (json.language !== undefined && !(UN_LANGUAGES as readonly unknown[]).includes(json.language))
        throw invalid(`substance.language must be one of ${UN_LANGUAGES.join(', ')}`);
      if (typeof json.source === 'string' && (json.source.length > MAX_SOURCE_CHARS || textProblem(json.source))) {
        throw invalid(
          `substance.source must be a clean text of at most ${MAX_SOURCE_CHARS} characters${textProblem(json.source) ? `: it ${textProblem(json.source)}` : ''}`,
        );
      }
      let text;
      try {
        text =
          typeof json.source === 'string'
            ? importResolution(json.source, { language: json.language as never }).document
            : fromInterchange(json.document);
      } catch (error) {
        throw interchangeProblem('substance.document', error, context.request.header('accept-language'));
      }
      return { kind: 'draft', documentId: context.newId('document'), symbol, versionLabel, text };
    }
    case 'report':
      if (typeof json.text !== 'string' || json.text.trim() === '' || json.text.length > MAX_REPORT_CHARS || textProblem(json.text)) {
        throw invalid(`substance.text must be a clean text of 1 to ${MAX_REPORT_CHARS} characters`);
      }
      return { kind: 'report', text: json.text.normalize('NFC') };
    default:
      throw invalid('substance.kind must be amendments, draft or report');
  }
}

/**
 * Contributions. The reads keep the operation ids and the `reading` tag they were published
 * under, in the controller of the workflow's reads: clients generate code from them.
 */
@ApiTags('contributions')
@ApiBearerAuth()
@Controller('api/v1/contributions')
@UseGuards(DraftsGuard)
export class ContributionsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(DraftAccess) private readonly drafts: DraftAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PdfPrinter) private readonly printer: PdfPrinter,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.SubmitContribution)
  @ApiCommandProblems('not-found', 'already-exists', 'invalid', 'wrong-phase')
  @ApiOperation({
    summary:
      'Submit a contribution while the consultation is open for contributions; its amendments are proposed, its draft registered, in the same transaction.',
  })
  @ApiCreatedResponse({ type: CreatedView })
  async submit(@Body() dto: SubmitContributionDto, @CommandContext() context: CommandRequest): Promise<CreatedView> {
    const contributionId = context.newId('contribution');
    const outcome = await this.commands.send(
      context,
      {
        kind: 'SubmitContribution',
        contributionId,
        consultationId: dto.consultationId,
        cover: coverOf(dto, context.actor.id),
        substance: substanceOf(dto.substance, context),
      },
      `/api/v1/contributions/${contributionId}`,
    );
    return withholdConflictsFromOutsiders(
      CreatedView.of(contributionId, outcome),
      this.drafts,
      context.actor,
      'consultation',
      dto.consultationId,
    );
  }

  @Post(':id/revisions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ReviseContribution)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'invalid', 'wrong-phase')
  @ApiOperation({ summary: 'Revise a contribution (Rev.1, Rev.2 ...); earlier revisions stay in the record.' })
  async revise(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: ContributionCoverDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, {
      kind: 'ReviseContribution',
      contributionId,
      cover: coverOf(dto, context.actor.id),
      substance: substanceOf(dto.substance, context),
    });
    return withholdConflictsFromOutsiders(
      CreatedView.of(contributionId, outcome),
      this.drafts,
      context.actor,
      'contribution',
      contributionId,
    );
  }

  @Post(':id/withdrawal')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.WithdrawContribution)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'invalid', 'wrong-phase')
  @ApiOperation({ summary: 'Withdraw a contribution (its submitters only); its pending amendments are withdrawn with it.' })
  async withdraw(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: WithdrawContributionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, { kind: 'WithdrawContribution', contributionId, reason: dto.reason });
    return CreatedView.of(contributionId, outcome);
  }

  @Post(':id/confirmation')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.ConfirmCoSubmission)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists', 'invalid', 'wrong-phase')
  @ApiOperation({
    summary:
      'A co-submitter named on the cover agrees to the current revision; once all have, the contribution is before the meeting (in the compilation, its amendments offered for ruling). The secretariat may record an answer given by letter, citing it.',
  })
  async confirm(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: ConfirmCoSubmissionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, {
      kind: 'ConfirmCoSubmission',
      contributionId,
      stakeholderId: dto.stakeholderId,
      reference: dto.reference,
    });
    return CreatedView.of(contributionId, outcome);
  }

  @Post(':id/declination')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.DeclineCoSubmission)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists', 'invalid', 'wrong-phase')
  @ApiOperation({
    summary:
      'A co-submitter named on the cover declines the current revision: its submitters revise it without that party, or withdraw it.',
  })
  async decline(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: DeclineCoSubmissionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, {
      kind: 'DeclineCoSubmission',
      contributionId,
      stakeholderId: dto.stakeholderId,
      reference: dto.reference,
      reason: dto.reason,
    });
    return CreatedView.of(contributionId, outcome);
  }

  @Get(':id')
  @ReadsDraftsOf('contribution')
  @ApiProblemResponses(
    ...AUTHENTICATION_PROBLEMS,
    'validation',
    'bad-request',
    'restricted',
    'not-found',
    'not-acceptable',
    'pdf-unavailable',
  )
  @ApiOperation({
    operationId: 'WorkflowReadsController_contribution',
    tags: ['reading'],
    summary: 'One contribution, as its latest revision stands.',
    description:
      "JSON by default; Word in the body's contribution layout (cover, then each proposal with MOD / ADD / SUP, marked as printed, and its reasons) with format=docx or Accept naming its media type; " +
      'the same layout as PDF with format=pdf or Accept: application/pdf (503 pdf-unavailable where the server has no Chromium).',
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: CONTRIBUTION_FORMATS.map(([name]) => name),
    description: 'Overrides the Accept header.',
  })
  @ApiQuery({
    name: 'marks',
    required: false,
    enum: ['printed', 'tracked'],
    description:
      "Word only: the contribution layout (printed, the default), or its amendments as Word's tracked changes on the text they amend, by its submitters.",
  })
  @ApiProduces(...CONTRIBUTION_FORMATS.map(([, mediaType]) => mediaType))
  async contribution(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('format') format?: string,
    @Headers('accept') accept?: string,
    @Query('marks') marks?: string,
  ) {
    const chosen = chooseRepresentation(CONTRIBUTION_FORMATS, format, accept);
    if (!chosen.ok) {
      if (chosen.status === 400)
        throw new ProblemException(
          problem(400, 'validation', 'Invalid request', chosen.detail, { errors: [{ field: 'format', message: chosen.detail }] }),
        );
      throw new ProblemException(problem(406, 'not-acceptable', 'Not acceptable', chosen.detail));
    }
    if (marks !== undefined && marks !== 'tracked' && marks !== 'printed')
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', 'marks must be tracked or printed', {
          errors: [{ field: 'marks', message: 'must be tracked or printed' }],
        }),
      );
    if (chosen.value === 'pdf') {
      this.printer.assertAvailable();
      const contribution = found(await this.queries.execute(new GetContributionForWord(id)), `contribution ${id}`);
      const pdf = await this.printer.print({ html: renderContributionHtml(contribution), language: contribution.language });
      response.setHeader('Vary', 'Accept');
      response.setHeader('Content-Language', contribution.language);
      return new StreamableFile(pdf, {
        type: 'application/pdf',
        disposition: attachmentDisposition(docxFileName(contribution.symbol).replace(/\.docx$/u, '.pdf'), 'inline'),
        length: pdf.length,
      });
    }
    if (chosen.value === 'docx') {
      const contribution = found(await this.queries.execute(new GetContributionForWord(id)), `contribution ${id}`);
      const bytes = marks === 'tracked' ? await renderContributionTrackedDocx(contribution) : await renderContributionDocx(contribution);
      return wordDownload(response, bytes, docxFileName(contribution.symbol, marks === 'tracked' ? 'tracked' : ''), contribution.language);
    }
    response.setHeader('Vary', 'Accept');
    return found(await this.queries.execute(new GetContribution(id)), `contribution ${id}`);
  }

  @Get(':id/revisions')
  @ReadsDraftsOf('contribution')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'WorkflowReadsController_contributionRevisions',
    tags: ['reading'],
    summary: 'Every revision of a contribution: Rev.0, Rev.1 ...',
  })
  async contributionRevisions(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListContributionRevisions(id)), `contribution ${id}`);
  }
}
