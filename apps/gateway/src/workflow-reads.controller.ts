import { Controller, Get, Headers, Inject, Param, ParseIntPipe, ParseUUIDPipe, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetAmendmentAkomaNtoso } from './akoma-ntoso';
import { chooseTextFormat } from './texts';
import { AMENDMENT_STATUSES_FOR_FILTER } from './documents/amendment-filters';
import { GetContribution, ListContributionRevisions, ListContributions, decodeContributionCursor } from './contributions';
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
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable')
  @ApiOperation({ summary: 'One amendment: JSON, or with Accept: application/akn+xml or format=akn an Akoma Ntoso 1.0 amendment document.' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'akn'] })
  @ApiProduces('application/json', 'application/akn+xml')
  async amendment(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('format') format: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const chosen = chooseTextFormat(format, accept, ['json', 'akn']);
    if (!chosen.ok) {
      throw new ProblemException(chosen.status === 400 ? problem(400, 'validation', 'Invalid request', chosen.detail) : problem(406, 'not-acceptable', 'Not acceptable', chosen.detail));
    }
    const amendment = found(await this.queries.execute(new GetAmendment(id)), `amendment ${id}`);
    response.setHeader('Vary', 'Accept');
    if (chosen.value !== 'akn') return amendment;
    const file = found(await this.queries.execute(new GetAmendmentAkomaNtoso(amendment)), `the version amendment ${id} was drafted against`);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Language', file.language);
    response.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get('contributions/:id')
  @ReadsDraftsOf('contribution')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'One contribution, as its latest revision stands.' })
  async contribution(@Param('id', ParseUUIDPipe) id: string) {
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
