import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition, docxFileName, renderCompilationDocx } from '#libs/documents';
import { streamBundle } from '#libs/runtime';
import { renderHtml, renderMarkedText } from '#libs/text';
import { GetAkomaNtosoContext, akomaNtosoOfText } from '../akoma-ntoso';
import { AuditGateway } from '../audit';
import { AuditRefusedError } from '../audit/audit-gateway';
import { renderCompilationHtml } from '../compilation/compilation.html';
import { PdfPrinter } from '../pdf';
import { markedWordFile, textWordFile } from '../texts';
import { fileLabel } from '../texts/text.view';
import { WebAccess } from './web-access';
import { markedRangeOf, momentOf } from './text-queries';
import { WebPageError, badRequest, forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { idParameter, sendWordFile } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession } from './web-session';

/**
 * The files the document pages link to: the text, the marked text and the compilation as Word
 * and as PDF (printed from the same HTML the API prints), and the text as Akoma Ntoso. Read
 * with the session of the pages, under the same access rules.
 */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebDownloadsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PdfPrinter) private readonly printer: PdfPrinter,
    @Inject(AuditGateway) private readonly audit: AuditGateway,
  ) {}

  /** The audit bundle, for auditors, as `GET /api/v1/audit/bundle` answers it: the page's session instead of a bearer token. */
  @Get('audit/bundle.jsonl')
  async auditBundle(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor } = await this.session.open(request, response);
    if (!actor!.roles.includes('auditor')) throw forbidden('error.bundleForAuditors');
    try {
      await streamBundle(response, (write) => this.audit.bundle(write), {
        'content-disposition': attachmentDisposition(`audit-bundle-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`),
        'cache-control': 'no-store',
      });
    } catch (error) {
      if (error instanceof AuditRefusedError) throw new WebPageError(409, 'error.auditUnavailable');
      throw error;
    }
  }

  @Get('documents/:id/text.docx')
  async textWord(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.readable(id, request, response);
    const document = await this.documentOf(idParameter(id));
    const answer = await this.reads.text(document.id, momentOf(request));
    if (!answer.ok) throw notFound();
    sendWordFile(response, await textWordFile(answer.value, document.symbol));
  }

  @Get('documents/:id/marked.docx')
  async markedWord(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.readable(id, request, response);
    const document = await this.documentOf(idParameter(id));
    const answer = await this.reads.marked(document.id, markedRangeOf(request));
    if (!answer.ok) throw answer.status === 404 ? notFound() : badRequest();
    const marks = request.query.marks === 'printed' ? 'printed' : 'tracked';
    const authorship = marks === 'tracked' ? await this.reads.authorship(answer.value) : new Map();
    sendWordFile(response, await markedWordFile(answer.value, document.symbol, marks, authorship));
  }

  @Get('documents/:id/compilation.docx')
  async compilationWord(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.readable(id, request, response);
    const version =
      typeof request.query.version === 'string' && /^\d{1,9}$/.test(request.query.version) ? Number(request.query.version) : undefined;
    const view = await this.reads.compilation(idParameter(id), version);
    if (!view) throw notFound();
    sendWordFile(response, {
      bytes: await renderCompilationDocx(view),
      fileName: docxFileName(view.symbol, view.version.label, 'compilation'),
      language: view.language,
    });
  }

  @Get('documents/:id/text.pdf')
  async textPdf(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = await this.readable(id, request, response);
    this.printer.assertAvailable();
    const answer = await this.reads.text(documentId, momentOf(request));
    if (!answer.ok) throw notFound();
    const at = answer.value;
    await this.sendPdf(
      response,
      renderHtml(at.document, { page: true }),
      at.document.language,
      `${documentId}-${fileLabel(at.versionLabel)}.pdf`,
    );
  }

  @Get('documents/:id/marked.pdf')
  async markedPdf(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = await this.readable(id, request, response);
    this.printer.assertAvailable();
    const answer = await this.reads.marked(documentId, markedRangeOf(request));
    if (!answer.ok) throw answer.status === 404 ? notFound() : badRequest();
    const comparison = answer.value;
    const filename = `${documentId}-marked-${fileLabel(comparison.from.versionLabel)}-${fileLabel(comparison.to.versionLabel)}.pdf`;
    await this.sendPdf(response, renderMarkedText(comparison.diff, 'html', { page: true }), comparison.after.language, filename);
  }

  @Get('documents/:id/compilation.pdf')
  async compilationPdf(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = await this.readable(id, request, response);
    this.printer.assertAvailable();
    const moment = momentOf(request);
    const view = await this.reads.compilation(documentId, moment.kind === 'version' ? moment.versionNumber : undefined);
    if (!view) throw notFound();
    await this.sendPdf(
      response,
      renderCompilationHtml(view),
      view.language,
      `${documentId}-compilation-${fileLabel(view.version.label)}.pdf`,
    );
  }

  @Get('documents/:id/text.akn.xml')
  async textAkomaNtoso(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = await this.readable(id, request, response);
    const answer = await this.reads.text(documentId, momentOf(request));
    if (!answer.ok) throw notFound();
    const context = await this.queries.execute(new GetAkomaNtosoContext(documentId, answer.value));
    if (!context) throw notFound();
    const file = akomaNtosoOfText(answer.value.document, context);
    response
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Language', file.language)
      .setHeader('Content-Disposition', attachmentDisposition(file.filename))
      .send(file.body);
  }

  private async readable(id: string, request: Request, response: Response): Promise<string> {
    const { actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    return documentId;
  }

  private async documentOf(documentId: string): Promise<NonNullable<Awaited<ReturnType<WebReads['document']>>>> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    return document;
  }

  private async sendPdf(response: Response, html: string, language: string, filename: string): Promise<void> {
    const pdf = await this.printer.print({ html, language });
    response
      .status(200)
      .setHeader('Content-Type', 'application/pdf')
      .setHeader('Content-Language', language)
      .setHeader('Content-Disposition', attachmentDisposition(filename))
      .send(pdf);
  }
}
