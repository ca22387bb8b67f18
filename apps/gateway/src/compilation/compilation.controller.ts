import { Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DOCX_MEDIA_TYPE, attachmentDisposition, docxFileName, renderCompilationDocx } from '#libs/documents';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, problem } from '#libs/runtime';
import { found } from '../http/pagination';
import { invalidRequest as invalid } from '../http/invalid-request';
import { renderCompilationHtml } from './compilation.html';
import { CompilationView } from './compilation.view';
import { GetCompilation } from './get-compilation';
import { COMPILATION_FORMATS, chooseCompilationFormat } from './representation';
import { CompilationPageQuery, MAX_COMPILATION_PAGE, compilationPageRequest } from './compilation-page';
import { AMENDMENT_STATUSES_FOR_FILTER } from '../documents/amendment-filters';
import { COMPILATION_PAGE_SIZE } from '#libs/web';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { protectRenderedHtml } from '../access/html-policy';
import { PdfPrinter } from '../pdf';
import { wordDownload } from '../http/word-download';

const MAX_VERSION = 2 ** 31 - 1;

/**
 * The compilation of proposals on a version of a document: provision by provision, every
 * amendment on it. Its operation id is the one it was published under, in the controller of
 * the negotiation views it was served by then: clients generate code from it.
 */
@ApiTags('negotiation')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class CompilationController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PdfPrinter) private readonly printer: PdfPrinter,
  ) {}

  @Get('documents/:id/compilation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable', 'pdf-unavailable')
  @ReadsDraftsOf('document')
  @ApiOperation({
    operationId: 'NegotiationViewsController_compilation',
    summary:
      'The compilation of proposals on a version (the current one by default): each provision in document order, its label and text, and beside it every amendment on it with proposers, sponsors, contribution, status, decision and conflicts.',
    description:
      'JSON, text/html (a two-column table, provision | proposals) by the Accept header or format=html, Word (a table: provision, proposal, proposers, status, decision) by format=docx or its media type, ' +
      'or the HTML table printed as PDF (application/pdf, format=pdf; 503 pdf-unavailable where the server has no Chromium).',
  })
  @ApiQuery({ name: 'version', required: false, description: 'A version number; the current version when absent.' })
  @ApiQuery({
    name: 'page',
    required: false,
    description:
      'A page of the compilation (from 1), counted in paragraphs as the web page counts them. With any of page, limit, status, proposer, provision or show the answer is that page, with its totals and links in `page`; with none of them, the whole compilation.',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `Paragraphs on a page, 1 to ${MAX_COMPILATION_PAGE} (default ${COMPILATION_PAGE_SIZE}).`,
  })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: AMENDMENT_STATUSES_FOR_FILTER,
    description: 'Only the proposals at this status, and the paragraphs with one.',
  })
  @ApiQuery({
    name: 'proposer',
    required: false,
    description: 'Only the proposals this stakeholder proposed or co-sponsors (a stakeholder id), and the paragraphs with one.',
  })
  @ApiQuery({
    name: 'provision',
    required: false,
    description: 'Only the provision (or the section, by its id) with this id and the proposals on it.',
  })
  @ApiQuery({
    name: 'show',
    required: false,
    enum: ['all', 'proposals'],
    description: 'all (default): every paragraph; proposals: only paragraphs with a proposal.',
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: COMPILATION_FORMATS.map(([name]) => name),
    description: 'Overrides the Accept header.',
  })
  @ApiExtraModels(CompilationView)
  @ApiOkResponse({
    description: 'The compilation as JSON, or as an HTML page (lang and dir of the document, every text escaped).',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(CompilationView) } },
      'text/html': { schema: { type: 'string', example: '<!DOCTYPE html>\n<html lang="ar" dir="rtl">…<table class="compilation">…' } },
      [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async compilation(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('version') version?: string,
    @Query('format') format?: string,
    @Headers('accept') accept?: string,
    @Query() query: CompilationPageQuery = {},
  ): Promise<CompilationView | string | StreamableFile> {
    const representation = chooseCompilationFormat(format, accept);
    if (!representation.ok) {
      if (representation.status === 400) throw invalid(representation.detail, [{ field: 'format', message: representation.detail }]);
      throw new ProblemException(problem(406, 'not-acceptable', 'Not acceptable', representation.detail));
    }
    if (representation.value === 'pdf') this.printer.assertAvailable();
    let versionNumber: number | undefined;
    if (version !== undefined) {
      versionNumber = /^\d{1,10}$/.test(version) ? Number(version) : NaN;
      if (!(versionNumber >= 1 && versionNumber <= MAX_VERSION))
        throw invalid('version must be a version number (1 is the registered text)', [
          { field: 'version', message: 'must be a whole number from 1' },
        ]);
    }
    const paging = compilationPageRequest({
      page: query.page,
      limit: query.limit,
      status: query.status,
      proposer: query.proposer,
      provision: query.provision,
      show: query.show,
    });
    if (!paging.ok) throw invalid(paging.errors.map((error) => `${error.field} ${error.message}`).join('; '), [...paging.errors]);
    const view = found(
      await this.queries.execute(new GetCompilation(id, versionNumber, paging.value)),
      versionNumber === undefined ? `document ${id}` : `version ${versionNumber} of document ${id}`,
    );
    response.vary('Accept');
    if (representation.value === 'json') return view;
    if (representation.value === 'docx')
      return wordDownload(
        response,
        await renderCompilationDocx(view),
        docxFileName(view.symbol, view.version.label, 'compilation'),
        view.language,
      );
    if (representation.value === 'pdf') {
      const pdf = await this.printer.print({ html: renderCompilationHtml(view), language: view.language });
      const filename = `${id}-compilation${versionNumber === undefined ? '' : `-version-${versionNumber}`}.pdf`;
      return new StreamableFile(pdf, {
        type: 'application/pdf',
        disposition: attachmentDisposition(filename, 'inline'),
        length: pdf.length,
      });
    }
    response.type('text/html; charset=utf-8');
    protectRenderedHtml(response);
    return renderCompilationHtml(view);
  }
}
