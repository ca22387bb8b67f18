import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PHASES } from '#libs/contracts';
import { HISTORY_KINDS } from '#libs/read-models';
import { ChangePhase, phaseChangeConsequence } from '#libs/domain';
import { textProblem } from '#libs/runtime';
import { docxFileName, renderContributionDocx } from '#libs/documents';
import {
  HistoryData,
  Notice,
  PageContext,
  consultationPage,
  consultationsPage,
  historyPage,
  phaseConfirmationPage,
  textAsOfFragment,
} from '#libs/web';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage, sendWordFile } from './web-pages';
import { WebReads } from './web-reads';
import { HISTORY_PAGE_SIZE, LATEST, historyPageRequest } from '../history/history-page-request';
import { WebSession, formOf } from './web-session';

/** The consultations: the list, one consultation with its documents and contributions, its phases, its history. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebConsultationsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const notices = await noticesAfter(request, ctx, this.reads);
    // A phase the field does not know, or a page that is not a number, shows every phase, from the first page.
    const phase =
      typeof request.query.phase === 'string' && (PHASES as readonly string[]).includes(request.query.phase)
        ? request.query.phase
        : undefined;
    const page = typeof request.query.page === 'string' && /^\d{1,6}$/.test(request.query.page) ? Number(request.query.page) : 1;
    sendPage(
      response,
      consultationsPage(ctx, {
        consultations: await this.access.visible(actor!, await this.reads.consultations()),
        notices,
        phases: PHASES,
        query: { ...(phase ? { phase } : {}), page },
      }),
    );
  }

  @Get('consultations/:id')
  async consultation(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'consultation', idParameter(id));
    await this.renderConsultation(ctx, response, idParameter(id), await noticesAfter(request, ctx, this.reads));
  }

  @Post('consultations/:id/phase')
  async changePhase(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const consultationId = idParameter(id);
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const to = field(form, 'to');
    const reason = field(form, 'reason').normalize('NFC').trim();
    const problem = reason === '' ? undefined : textProblem(reason);
    if (!(PHASES as readonly string[]).includes(to) || problem) {
      await this.renderConsultation(
        ctx,
        response,
        consultationId,
        [{ kind: 'error', text: ctx.t('error.badRequest'), detail: problem }],
        400,
      );
      return;
    }
    // The first post asks: the page names what the change does and the deadline it cuts short; only its confirmation sends the command.
    if (field(form, 'confirmed') !== 'yes') {
      const consultation = await this.reads.consultation(consultationId);
      if (!consultation) throw notFound();
      const consequence = phaseChangeConsequence(consultation, to as ChangePhase['to'], new Date().toISOString());
      if (consequence.direction === 'back' && !reason) {
        const required = ctx.t('form.required', { field: ctx.t('consultation.reopenReason') });
        await this.renderConsultation(ctx, response, consultationId, [{ kind: 'error', text: required }], 400);
        return;
      }
      const key = typeof form.key === 'string' ? form.key : undefined;
      sendPage(
        response,
        phaseConfirmationPage(ctx, {
          consultation,
          to,
          direction: consequence.direction,
          ...(reason ? { reason } : {}),
          ...(consequence.cutShort ? { cutShort: consequence.cutShort } : {}),
          ...(key ? { key } : {}),
        }),
      );
      return;
    }
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'ChangePhase',
      consultationId,
      to: to as ChangePhase['to'],
      ...(reason ? { reason } : {}),
    });
    if (!sent.ok) {
      await this.renderConsultation(ctx, response, consultationId, [refusalNotice(ctx, sent)], sent.status);
      return;
    }
    redirectAfter(response, `/web/consultations/${consultationId}`, ['phaseChanged'], sent.outcome.position);
  }

  @Get('contributions/:id/contribution.docx')
  async contributionWord(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const contributionId = idParameter(id);
    const { actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'contribution', contributionId);
    const contribution = await this.reads.contributionForWord(contributionId);
    if (!contribution) throw notFound();
    sendWordFile(response, {
      bytes: await renderContributionDocx(contribution),
      fileName: docxFileName(contribution.symbol),
      language: contribution.language,
    });
  }

  @Get('consultations/:id/history')
  async history(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const consultationId = idParameter(id);
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'consultation', consultationId);
    const consultation = await this.reads.consultation(consultationId);
    if (!consultation) throw notFound();
    const asked = historyPageRequest(request.query);
    const [documents, page, stakeholders] = await Promise.all([
      this.reads.documentsOf(consultationId),
      this.reads.historyPage(consultationId, asked.filter, HISTORY_PAGE_SIZE, asked.cursor, ctx.locale),
      this.reads.stakeholders(),
    ]);
    const documentParameter = typeof request.query.document === 'string' ? request.query.document : undefined;
    const documentId = documents.find((d) => d.id === documentParameter)?.id ?? documents[0]?.id;
    const list = page?.items ?? [];
    const position = asked.position ?? list.at(-1)?.position;
    let asOf: HistoryData['asOf'];
    if (documentId && position !== undefined) {
      const answer = await this.reads.text(documentId, { kind: 'position', position });
      asOf = answer.ok
        ? {
            kind: 'text',
            document: answer.value.document,
            versionLabel: answer.value.versionLabel,
            changedAt: answer.value.recordedAt.toISOString(),
            changedAtPosition: answer.value.position,
          }
        : { kind: 'none', reason: answer.detail };
    }
    const data: HistoryData = {
      consultation,
      documents,
      documentId,
      entries: list,
      position,
      asOf,
      filter: asked.given,
      invalid: asked.invalid,
      kinds: HISTORY_KINDS,
      stakeholders: stakeholders.map((s) => ({ id: s.id, name: s.name })),
      page: {
        ...('after' in asked.cursor ? { after: asked.cursor.after } : {}),
        ...('before' in asked.cursor && asked.cursor.before !== LATEST ? { before: asked.cursor.before } : {}),
        ...(page?.next && list.length > 0 ? { next: list.at(-1)!.position } : {}),
        ...(page?.previous && list.length > 0 ? { previous: list[0].position } : {}),
        size: HISTORY_PAGE_SIZE,
      },
    };
    // The slider's script asks for the text alone.
    if (request.query.fragment === '1') sendPage(response, textAsOfFragment(ctx, data).markup);
    else sendPage(response, historyPage(ctx, data));
  }

  private async renderConsultation(
    ctx: PageContext,
    response: Response,
    consultationId: string,
    notices: Notice[],
    status = 200,
  ): Promise<void> {
    const consultation = await this.reads.consultation(consultationId);
    if (!consultation) throw notFound();
    const [documents, contributions, stakeholders] = await Promise.all([
      this.reads.documentsOf(consultationId),
      this.reads.contributionsOf(consultationId),
      this.reads.stakeholders(),
    ]);
    sendPage(
      response,
      consultationPage(ctx, { consultation, documents, contributions, stakeholders: new Map(stakeholders.map((s) => [s.id, s])), notices }),
      status,
    );
  }
}
