import { Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { DOCX_MEDIA_TYPE, docxFileName, renderCompilationDocx } from '#libs/documents';
import { HISTORY_KINDS } from '#libs/read-models';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, problem } from '#libs/runtime';
import { found } from './pagination';
import { renderCompilationHtml } from './compilation/compilation.html';
import { CompilationView } from './compilation/compilation.view';
import { GetCompilation } from './compilation/get-compilation';
import { GetProvisionProvenance } from './provenance/get-provision-provenance';
import { FieldError, parseHistoryRequest } from './history/history-request';
import { HistoryPage } from './history/history.view';
import { ListConsultationHistory } from './history/list-consultation-history';
import { ProvisionProvenanceView } from './provenance/provenance.view';
import { chooseRepresentation } from './compilation/representation';
import { DraftsGuard, ReadsDraftsOf } from './access';
import { protectRenderedHtml } from './access/html-policy';
import { wordDownload } from './word-download';

const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;
const MAX_VERSION = 2 ** 31 - 1;

function invalid(detail: string, errors: readonly FieldError[] = []): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail, errors.length > 0 ? { errors } : {}));
}

/** What people need to see of a negotiation: the compilation of proposals, the consultation's history, the provenance of a provision. */
@ApiTags('negotiation')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class NegotiationViewsController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('documents/:id/compilation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable')
  @ReadsDraftsOf('document')
  @ApiOperation({
    summary: 'The compilation of proposals on a version (the current one by default): each provision in document order, its label and text, and beside it every amendment on it with proposers, sponsors, contribution, status, decision and conflicts.',
    description: 'JSON, or text/html (a two-column table, provision | proposals) by the Accept header or format=html, or Word (a table: provision, proposal, proposers, status, decision) by format=docx or its media type.',
  })
  @ApiQuery({ name: 'version', required: false, description: 'A version number; the current version when absent.' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html', 'docx'], description: 'Overrides the Accept header.' })
  @ApiExtraModels(CompilationView)
  @ApiOkResponse({
    description: 'The compilation as JSON, or as an HTML page (lang and dir of the document, every text escaped).',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(CompilationView) } },
      'text/html': { schema: { type: 'string', example: '<!DOCTYPE html>\n<html lang="ar" dir="rtl">…<table class="compilation">…' } },
      [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async compilation(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('version') version?: string,
    @Query('format') format?: string,
    @Headers('accept') accept?: string,
  ): Promise<CompilationView | string | StreamableFile> {
    const representation = chooseRepresentation(format, accept);
    if (!representation.ok) {
      if (representation.status === 400) throw invalid(representation.detail, [{ field: 'format', message: representation.detail }]);
      throw new ProblemException(problem(406, 'not-acceptable', 'Not acceptable', representation.detail));
    }
    let versionNumber: number | undefined;
    if (version !== undefined) {
      versionNumber = /^\d{1,10}$/.test(version) ? Number(version) : NaN;
      if (!(versionNumber >= 1 && versionNumber <= MAX_VERSION)) throw invalid('version must be a version number (1 is the registered text)', [{ field: 'version', message: 'must be a whole number from 1' }]);
    }
    const view = found(await this.queries.execute(new GetCompilation(id, versionNumber)), versionNumber === undefined ? `document ${id}` : `version ${versionNumber} of document ${id}`);
    response.vary('Accept');
    if (representation.value === 'json') return view;
    if (representation.value === 'docx') return wordDownload(response, await renderCompilationDocx(view), docxFileName(view.symbol, view.version.label, 'compilation'), view.language);
    response.type('text/html; charset=utf-8');
    protectRenderedHtml(response);
    return renderCompilationHtml(view);
  }

  @Get('consultations/:id/history')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ReadsDraftsOf('consultation')
  @ApiOperation({
    summary: 'The history of a consultation: everything that happened, in order, with who was involved, the provisions touched and a one-line summary; filtered and keyset-paginated by position.',
  })
  @ApiQuery({ name: 'stakeholder', required: false, description: 'Only what involves this stakeholder.' })
  @ApiQuery({ name: 'provision', required: false, description: 'Only what touches this provision (or section) id.' })
  @ApiQuery({ name: 'kind', required: false, description: `A comma list of ${HISTORY_KINDS.join(', ')}.` })
  @ApiQuery({ name: 'from', required: false, description: 'Recorded at or after: an ISO 8601 date or date-time.' })
  @ApiQuery({ name: 'to', required: false, description: 'Recorded before: an ISO 8601 date-time, or a date (which includes that day).' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 100; 20 by default.' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the previous page.' })
  @ApiOkResponse({ type: HistoryPage })
  async history(@Param('id', ParseUUIDPipe) id: string, @Query() query: Record<string, unknown>): Promise<HistoryPage> {
    const request = parseHistoryRequest(query);
    if (!request.ok) throw invalid(request.errors.map((error) => `${error.field} ${error.message}`).join('; '), request.errors);
    const { filter, limit, cursor } = request.value;
    return found(await this.queries.execute(new ListConsultationHistory(id, filter, limit, cursor)), `consultation ${id}`);
  }

  @Get('documents/:id/provisions/:provisionId/provenance')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ReadsDraftsOf('document')
  @ApiOperation({
    summary: 'Where a provision came from (the registered text, or the amendment, contribution and decision that put it there), every amendment and decision that bore on it since, reservations on it, the versions that carried it, and its current label and text.',
  })
  @ApiParam({ name: 'provisionId', example: 'op-1-1' })
  @ApiOkResponse({ type: ProvisionProvenanceView })
  async provenance(@Param('id', ParseUUIDPipe) id: string, @Param('provisionId') provisionId: string): Promise<ProvisionProvenanceView> {
    if (!PROVISION_ID.test(provisionId)) throw invalid('provisionId must be a provision id (1 to 200 visible characters, no spaces)', [{ field: 'provisionId', message: 'must be a provision id' }]);
    return found(await this.queries.execute(new GetProvisionProvenance(id, provisionId)), `provision ${provisionId} in document ${id}`);
  }
}
