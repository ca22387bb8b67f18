import { Controller, Get, Headers, Inject, Param, ParseIntPipe, ParseUUIDPipe, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AMENDMENT_STATUSES_FOR_FILTER } from './documents/amendment-filters';
import { GetContribution, GetContributionForWord, ListContributionRevisions, ListContributions, decodeContributionCursor } from './contributions';
import { DOCX_MEDIA_TYPE, docxFileName, renderContributionDocx, renderContributionTrackedDocx } from '#libs/documents';
import { wordDownload } from './word-download';
import { GetAmendment, GetDocument, GetDocumentVersion, ListAmendmentsOfDocument, ListDecisionsOfDocument, ListDocumentVersions, ListDocumentsOfConsultation } from './documents';
import { GetStakeholder, ListStakeholders, decodeStakeholderCursor } from './stakeholders';
import { found, pageParameters } from './pagination';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, problem } from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf, ReadsNoDrafts } from './access';

/** What the workflow's read models answer: stakeholders, documents and versions, amendments, contributions, decisions. */
@ApiTags('reading')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class WorkflowReadsController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('stakeholders')
  @ApiProblemResponses('validation')
  @ReadsNoDrafts('the stakeholder registry is public')
  @ApiOperation({ summary: 'The stakeholder registry, paginated.' })
  @ApiQuery({ name: 'limit', required: false }) @ApiQuery({ name: 'cursor', required: false })
  async stakeholders(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const page = pageParameters(limit, cursor, decodeStakeholderCursor);
    return this.queries.execute(new ListStakeholders(page.limit, page.cursor));
  }

  @Get('stakeholders/:id')
  @ApiProblemResponses('validation', 'not-found')
  @ReadsNoDrafts('the stakeholder registry is public')
  @ApiOperation({ summary: 'One stakeholder or group.' })
  async stakeholder(@Param('id') id: string) {
    return found(await this.queries.execute(new GetStakeholder(id)), `stakeholder ${id}`);
  }

  @Get('consultations/:id/documents')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The documents a consultation works on.' })
  async documentsOf(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDocumentsOfConsultation(id)), `consultation ${id}`);
  }

  @Get('consultations/:id/contributions')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The contributions to a consultation, in order of submission.' })
  @ApiQuery({ name: 'limit', required: false }) @ApiQuery({ name: 'cursor', required: false })
  async contributionsOf(@Param('id', ParseUUIDPipe) id: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const page = pageParameters(limit, cursor, decodeContributionCursor);
    return found(await this.queries.execute(new ListContributions(id, page.limit, page.cursor)), `consultation ${id}`);
  }

  @Get('documents/:id')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'A document: its current version and the working text with every decision since applied.' })
  async document(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new GetDocument(id)), `document ${id}`);
  }

  @Get('documents/:id/versions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The versions of a document: the registered base and each adopted one.' })
  async versions(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDocumentVersions(id)), `document ${id}`);
  }

  @Get('documents/:id/versions/:number')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'One version of a document, with its text in the interchange format.' })
  async version(@Param('id', ParseUUIDPipe) id: string, @Param('number', ParseIntPipe) number: number) {
    return found(await this.queries.execute(new GetDocumentVersion(id, number)), `version ${number} of document ${id}`);
  }

  @Get('documents/:id/amendments')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The amendments to a document, with proposers, co-sponsors and status.' })
  @ApiQuery({ name: 'status', required: false, enum: AMENDMENT_STATUSES_FOR_FILTER })
  async amendmentsOf(@Param('id', ParseUUIDPipe) id: string, @Query('status') status?: string) {
    if (status !== undefined && !(AMENDMENT_STATUSES_FOR_FILTER as readonly string[]).includes(status)) {
      throw new ProblemException(problem(400, 'validation', 'Invalid request', `status must be one of ${AMENDMENT_STATUSES_FOR_FILTER.join(', ')}`));
    }
    return found(await this.queries.execute(new ListAmendmentsOfDocument(id, status ? { status: status as never } : {})), `document ${id}`);
  }

  @Get('documents/:id/decisions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: "The chair's decisions on a document, in the order taken." })
  async decisionsOf(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListDecisionsOfDocument(id)), `document ${id}`);
  }

  @Get('amendments/:id')
  @ReadsDraftsOf('amendment')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'One amendment.' })
  async amendment(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new GetAmendment(id)), `amendment ${id}`);
  }

  @Get('contributions/:id')
  @ReadsDraftsOf('contribution')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    summary: 'One contribution, as its latest revision stands.',
    description: "JSON by default; Word in the body's contribution layout (cover, then each proposal with MOD / ADD / SUP, marked as printed, and its reasons) with format=docx or Accept naming its media type.",
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'docx'], description: 'Overrides the Accept header.' })
  @ApiQuery({ name: 'marks', required: false, enum: ['printed', 'tracked'], description: "Word only: the contribution layout (printed, the default), or its amendments as Word's tracked changes on the text they amend, by its submitters." })
  async contribution(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('format') format?: string,
    @Headers('accept') accept?: string,
    @Query('marks') marks?: string,
  ) {
    if (format !== undefined && format !== 'json' && format !== 'docx') throw new ProblemException(problem(400, 'validation', 'Invalid request', 'format must be json or docx', { errors: [{ field: 'format', message: 'must be json or docx' }] }));
    if (marks !== undefined && marks !== 'tracked' && marks !== 'printed') throw new ProblemException(problem(400, 'validation', 'Invalid request', 'marks must be tracked or printed', { errors: [{ field: 'marks', message: 'must be tracked or printed' }] }));
    if (format === 'docx' || (format === undefined && accept?.toLowerCase().includes(DOCX_MEDIA_TYPE))) {
      const contribution = found(await this.queries.execute(new GetContributionForWord(id)), `contribution ${id}`);
      const bytes = marks === 'tracked' ? await renderContributionTrackedDocx(contribution) : await renderContributionDocx(contribution);
      return wordDownload(response, bytes, docxFileName(contribution.symbol, marks === 'tracked' ? 'tracked' : ''), contribution.language) as StreamableFile;
    }
    return found(await this.queries.execute(new GetContribution(id)), `contribution ${id}`);
  }

  @Get('contributions/:id/revisions')
  @ReadsDraftsOf('contribution')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'Every revision of a contribution: Rev.0, Rev.1 ...' })
  async contributionRevisions(@Param('id', ParseUUIDPipe) id: string) {
    return found(await this.queries.execute(new ListContributionRevisions(id)), `contribution ${id}`);
  }
}
