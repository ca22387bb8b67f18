import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LedgerCommand } from '#libs/domain';
import { Notice, PageContext, oneLine, silencePage } from '#libs/web';
import { ListSilencesOfDocument } from '../silences';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const SILENCE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The silence procedure of a document: its page, the chair's forms to start and extend it, a member state's form to break it. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebSilencesController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('documents/:id/silence')
  async page(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', documentId);
    await this.render(ctx, response, documentId, await noticesAfter(request, ctx, this.reads));
  }

  @Post('documents/:id/silences')
  async start(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    await this.act(request, response, documentId, 'silenceStarted', (form, newId) => ({
      kind: 'StartSilence',
      documentId,
      silenceId: newId('silence'),
      deadline: field(form, 'deadline').trim(),
      timeZone: field(form, 'timeZone').trim(),
      adoption: {
        label: oneLine(field(form, 'label')),
        meeting: oneLine(field(form, 'meeting')),
        ...(oneLine(field(form, 'symbol')) ? { symbol: oneLine(field(form, 'symbol')) } : {}),
      },
    }));
  }

  @Post('documents/:id/silences/:silenceId/extensions')
  async extend(@Param('id') id: string, @Param('silenceId') silenceId: string, @Req() request: Request, @Res() response: Response) {
    const documentId = idParameter(id);
    if (!SILENCE_ID.test(silenceId)) throw notFound();
    await this.act(request, response, documentId, 'silenceExtended', (form) => ({
      kind: 'ExtendSilence',
      documentId,
      silenceId,
      deadline: field(form, 'deadline').trim(),
      timeZone: field(form, 'timeZone').trim(),
      ...(oneLine(field(form, 'reason')) ? { reason: oneLine(field(form, 'reason')) } : {}),
    }));
  }

  @Post('documents/:id/silences/:silenceId/breaks')
  async breakSilence(@Param('id') id: string, @Param('silenceId') silenceId: string, @Req() request: Request, @Res() response: Response) {
    const documentId = idParameter(id);
    if (!SILENCE_ID.test(silenceId)) throw notFound();
    await this.act(request, response, documentId, 'silenceBroken', (form) => ({
      kind: 'BreakSilence',
      documentId,
      silenceId,
      stakeholderId: oneLine(field(form, 'stakeholderId')),
      provisionIds: fields(form, 'provisionIds'),
      reasons: field(form, 'reasons').normalize('NFC').trim(),
    }));
  }

  /** Sends a form's command as its actor; on success back to the page with a notice, else the page again with the refusal. */
  private async act(
    request: Request,
    response: Response,
    documentId: string,
    notice: 'silenceStarted' | 'silenceExtended' | 'silenceBroken',
    command: (form: FormBody, newId: (purpose: string) => string) => LedgerCommand,
  ): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const sent = await this.commands.send(
      context,
      command(form, (purpose) => context.newId(purpose)),
    );
    if (!sent.ok) return this.render(ctx, response, documentId, [refusalNotice(ctx, sent)], sent.status);
    redirectAfter(response, `/web/documents/${documentId}/silence`, [notice], sent.outcome.position);
  }

  private async render(ctx: PageContext, response: Response, documentId: string, notices: Notice[], status = 200): Promise<void> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, working, listed, stakeholders] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.text(documentId, { kind: 'working' }),
      this.queries.execute(new ListSilencesOfDocument(documentId)),
      this.reads.stakeholders(),
    ]);
    if (!consultation || !working.ok) throw notFound();
    const names = new Map(stakeholders.map((s) => [s.id, s.name]));
    sendPage(
      response,
      silencePage(ctx, {
        document,
        consultation,
        versions,
        silences: listed?.items ?? [],
        text: working.value.document,
        stakeholderName: (id) => names.get(id) ?? id,
        notices,
      }),
      status,
    );
  }
}
