import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition } from '#libs/documents';
import { svgToPng } from '#libs/raster';
import type { ContentionFigures, ParticipationFigures, ProgressFigures } from '#libs/pictures';
import {
  HistoryEntryModel,
  PageContext,
  contentionAtFragment,
  contentionPage,
  contentionPicture,
  participationPicture,
  participationPicturePage,
  progressPage,
  progressPicture,
} from '#libs/web';
import { ContentionMoment, GetContention, GetParticipationFigures, GetProgress, parseContentionQuery } from '../pictures';
import { PNG_MEDIA_TYPE } from '../http/png-download';
import { HISTORY_PAGE_SIZE, historyPageRequest } from '../history/history-page-request';
import type { TextAnswer } from '../texts/text-answer';
import { WebAccess } from './web-access';
import { badRequest, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { idParameter, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession } from './web-session';

/** The pictures of a negotiation in the pages (inline SVG beside the table of its figures) and as SVG files. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebPicturesController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('documents/:id/contention')
  async contention(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, documentId, moment } = await this.contentionRequest(id, request, response, ['lang', 'fragment']);
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const latest = historyPageRequest({});
    const [consultation, versions, figures, history] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.contentionFigures(documentId, moment),
      this.reads.historyPage(document.consultationId, latest.filter, HISTORY_PAGE_SIZE, latest.cursor, ctx.locale),
    ]);
    if (!consultation) throw notFound();
    const asOf = typeof request.query.asOf === 'string' && request.query.asOf !== '' ? request.query.asOf : undefined;
    const data = {
      document,
      consultation,
      versions,
      figures,
      moments: momentsOf(history?.items ?? [], documentId),
      ...(asOf ? { asOf } : {}),
    };
    // The slider's script asks for the map alone.
    if (request.query.fragment === '1') sendPage(response, contentionAtFragment(ctx, data).markup);
    else sendPage(response, contentionPage(ctx, data));
  }

  @Get(['documents/:id/contention.svg', 'documents/:id/contention.png'])
  async contentionFile(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, documentId, moment } = await this.contentionRequest(id, request, response);
    const figures = await this.contentionFigures(documentId, moment);
    await sendPicture(
      response,
      contentionPicture(figures, ctx.locale),
      `contention-${figures.symbol}-${ctx.locale}`,
      formatOf(request),
      ctx.locale,
    );
  }

  @Get('consultations/:id/participation-figures')
  async participation(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, consultationId } = await this.consultationRequest(id, request, response);
    const [consultation, figures] = await Promise.all([this.reads.consultation(consultationId), this.participationFigures(consultationId)]);
    if (!consultation) throw notFound();
    sendPage(response, participationPicturePage(ctx, { consultation, figures }));
  }

  @Get(['consultations/:id/participation-figures.svg', 'consultations/:id/participation-figures.png'])
  async participationFile(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, consultationId } = await this.consultationRequest(id, request, response);
    const svg = participationPicture(await this.participationFigures(consultationId), ctx.locale);
    await sendPicture(response, svg, `participation-${ctx.locale}`, formatOf(request), ctx.locale);
  }

  @Get('consultations/:id/progress')
  async progress(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, consultationId } = await this.consultationRequest(id, request, response);
    const [consultation, figures] = await Promise.all([this.reads.consultation(consultationId), this.progressFigures(consultationId)]);
    if (!consultation) throw notFound();
    sendPage(response, progressPage(ctx, { consultation, figures }));
  }

  @Get(['consultations/:id/progress.svg', 'consultations/:id/progress.png'])
  async progressFile(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, consultationId } = await this.consultationRequest(id, request, response);
    const svg = progressPicture(await this.progressFigures(consultationId), ctx.locale);
    await sendPicture(response, svg, `progress-${ctx.locale}`, formatOf(request), ctx.locale);
  }

  private async contentionRequest(
    id: string,
    request: Request,
    response: Response,
    allowed: readonly string[] = ['lang'],
  ): Promise<{ ctx: PageContext; documentId: string; moment: ContentionMoment }> {
    const { ctx, actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const moment = parseContentionQuery(request.query as Record<string, unknown>, allowed);
    if (!moment.ok) throw badRequest('error.pictureMoment');
    return { ctx, documentId, moment: moment.value };
  }

  private async consultationRequest(
    id: string,
    request: Request,
    response: Response,
  ): Promise<{ ctx: PageContext; consultationId: string }> {
    const { ctx, actor } = await this.session.open(request, response);
    const consultationId = idParameter(id);
    await this.access.mayRead(request, actor!, 'consultation', consultationId);
    return { ctx, consultationId };
  }

  private async contentionFigures(documentId: string, moment: ContentionMoment): Promise<ContentionFigures> {
    const answer = await this.queries.execute<GetContention, TextAnswer<ContentionFigures>>(new GetContention(documentId, moment));
    if (!answer.ok) throw answer.status === 404 ? notFound() : badRequest('error.pictureMoment');
    return answer.value;
  }

  private async participationFigures(consultationId: string): Promise<ParticipationFigures> {
    const figures = await this.queries.execute<GetParticipationFigures, ParticipationFigures | null>(
      new GetParticipationFigures(consultationId),
    );
    if (!figures) throw notFound();
    return figures;
  }

  private async progressFigures(consultationId: string): Promise<ProgressFigures> {
    const figures = await this.queries.execute<GetProgress, ProgressFigures | null>(new GetProgress(consultationId));
    if (!figures) throw notFound();
    return figures;
  }
}

/** The moments a document's map can be shown at: from the first about the document (before it, there was no text). */
function momentsOf(entries: readonly HistoryEntryModel[], documentId: string): readonly HistoryEntryModel[] {
  const first = entries.findIndex((entry) => entry.documentId === documentId);
  return first < 0 ? entries : entries.slice(first);
}

type PictureFormat = 'svg' | 'png';

const formatOf = (request: Request): PictureFormat => (request.path.endsWith('.png') ? 'png' : 'svg');

/** A picture as a file for a report: the SVG itself, or the same drawn as PNG on the server (libs/raster). */
async function sendPicture(response: Response, svg: string, baseName: string, format: PictureFormat, language: string): Promise<void> {
  const fileName = `${baseName.replace(/[^\w.-]+/gu, '-')}.${format}`;
  if (format === 'svg') return sendSvg(response, svg, fileName);
  const png = await svgToPng(svg, { scale: 2, background: 'white' });
  response
    .status(200)
    .setHeader('Content-Type', PNG_MEDIA_TYPE)
    .setHeader('Content-Disposition', attachmentDisposition(fileName))
    .setHeader('Content-Language', language)
    .setHeader('X-Content-Type-Options', 'nosniff')
    .send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
}

/** SVG to be saved rather than run (no script in it, and none allowed). */
function sendSvg(response: Response, svg: string, fileName: string): void {
  response
    .status(200)
    .setHeader('Content-Type', 'image/svg+xml; charset=utf-8')
    .setHeader('Content-Disposition', attachmentDisposition(fileName))
    .setHeader('Content-Security-Policy', "default-src 'none'")
    .setHeader('X-Content-Type-Options', 'nosniff')
    .send(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
}
