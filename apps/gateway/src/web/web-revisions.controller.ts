import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { deriveRevision } from '#libs/domain';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { ResolutionDocument, diffDocuments, fromInterchange, renderCleanText } from '#libs/text';
import {
  DocumentHeader,
  Notice,
  PageContext,
  RevisionForm,
  RevisionModel,
  RevisionPreviewModel,
  chairs,
  derivedAmendmentPreviews,
  oneLine,
  revisionsPage,
  refusalText,
} from '#libs/web';
import { GetDocument } from '../documents';
import { ListRevisions } from '../revisions';
import { revisionTextOf } from '../revisions/revision-text';
import { carriedAmendments } from '../revisions/carried-amendments';
import { MAX_SOURCE_CHARACTERS, editedSource } from './edited-source';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

interface Setting {
  readonly header: DocumentHeader;
  readonly working: ResolutionDocument;
  readonly revisions: RevisionModel[];
  readonly isChair: boolean;
}

/**
 * A document's revisions (Rev.1, Rev.2, ...) and, for its chair, the form to issue the next:
 * the whole text pasted, previewed as the changes it makes to the working text and the
 * marked text, then issued as `POST /api/v1/documents/{id}/revisions` issues it.
 */
@ApiExcludeController()
@Controller('web/documents/:id/revisions')
@UseFilters(WebPageFilter)
export class WebRevisionsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get()
  async show(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(ctx, idParameter(id));
    const form: RevisionForm = {
      key: randomBytes(16).toString('hex'),
      source: renderCleanText(setting.working),
      label: '',
      symbol: '',
      date: new Date().toISOString().slice(0, 10),
      meeting: '',
    };
    this.render(ctx, response, setting, form, undefined, await noticesAfter(request, ctx, this.reads));
  }

  @Post()
  async post(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const posted = formOf(request);
    this.session.checkForm(request, posted);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(ctx, idParameter(id));
    if (!setting.isChair) throw forbidden('error.chairsRevise');
    const form = formFrom(posted);
    const edited = editedSource(form.source);
    if ('problem' in edited) {
      const text =
        edited.problem === 'empty'
          ? ctx.t('revisions.emptyText')
          : edited.problem === 'too-long'
            ? ctx.t('derived.tooLong', { max: MAX_SOURCE_CHARACTERS })
            : ctx.t('form.invalid', { field: ctx.t('revisions.text'), problem: edited.problem });
      return this.render(ctx, response, setting, form, undefined, [{ kind: 'error', text }], 400);
    }
    const { text } = revisionTextOf({ text: edited.source }, setting.working);
    const derived = deriveRevision(setting.working, text);
    const preview: RevisionPreviewModel = {
      changes: derivedAmendmentPreviews(setting.working, derived.changes),
      unexpressed: derived.unexpressed.map((item) => ({ code: item.code, message: refusalText(item, ctx.locale) })),
      refused: derived.unexpressed.some((item) => item.code === 'not-reproduced'),
      ...(await carriedAmendments(this.queries, setting.header.document.id, setting.working, derived.text)),
      diff: diffDocuments(setting.working, derived.text),
    };
    if (field(posted, 'intent') !== 'issue') return this.render(ctx, response, setting, form, preview);
    const problems = this.problems(ctx, form);
    if (problems.length > 0) return this.render(ctx, response, setting, form, preview, problems, 400);
    const notice = await this.issue(ctx, request, response, actor!, setting, form, text);
    if (notice) this.render(ctx, response, setting, form, preview, [notice], 400);
  }

  private problems(ctx: PageContext, form: RevisionForm): Notice[] {
    const problems: string[] = [];
    if (!DATE.test(form.date)) problems.push(ctx.t('form.invalid', { field: ctx.t('revisions.date'), problem: ctx.t('form.date') }));
    for (const [value, label, kind] of [
      [form.label, 'revisions.label', 'symbol'],
      [form.symbol, 'revisions.symbol', 'symbol'],
      [form.meeting, 'revisions.meeting', 'prose'],
    ] as const) {
      const problem = value ? textProblem(value, kind) : undefined;
      if (problem) problems.push(ctx.t('form.invalid', { field: ctx.t(label), problem }));
    }
    return problems.map((text): Notice => ({ kind: 'error', text }));
  }

  /** Sends the revision; on success back to the list, else the refusal to show on the form. */
  private async issue(
    ctx: PageContext,
    request: Request,
    response: Response,
    actor: AuthenticatedActor,
    setting: Setting,
    form: RevisionForm,
    text: ResolutionDocument,
  ): Promise<Notice | undefined> {
    const documentId = setting.header.document.id;
    const context = this.commands.contextOf(actor, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'IssueRevision',
      documentId,
      decisionId: context.newId('decision'),
      text,
      date: form.date,
      ...(form.label ? { label: form.label } : {}),
      ...(form.symbol ? { symbol: form.symbol } : {}),
      ...(form.meeting ? { meeting: form.meeting } : {}),
    });
    if (!sent.ok) return refusalNotice(ctx, sent);
    redirectAfter(response, `/web/documents/${documentId}/revisions`, ['revised'], sent.outcome.position);
    return undefined;
  }

  private render(
    ctx: PageContext,
    response: Response,
    setting: Setting,
    form: RevisionForm,
    preview?: RevisionPreviewModel,
    notices: Notice[] = [],
    status = 200,
  ): void {
    sendPage(
      response,
      revisionsPage(ctx, {
        ...setting.header,
        language: setting.working.language,
        revisions: setting.revisions,
        ...(setting.isChair ? { form, preview } : {}),
        notices,
      }),
      status,
    );
  }

  private async setting(ctx: PageContext, documentId: string): Promise<Setting> {
    const document = await this.queries.execute(new GetDocument(documentId));
    if (!document) throw notFound();
    const [consultation, versions, revisions] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.queries.execute(new ListRevisions(documentId)),
    ]);
    if (!consultation) throw notFound();
    return {
      header: { document, consultation, versions },
      working: fromInterchange(document.working),
      revisions: revisions.map((r) => ({
        revision: r.revision,
        label: r.label,
        symbol: r.symbol,
        date: r.date,
        versionNumber: r.versionNumber,
        changes: r.changes,
        reflected: new Set(r.reflects.flatMap((x) => [...x.amendmentIds, ...x.inputIds])).size,
        rebased: r.rebased.length,
        overtaken: r.overtaken.length,
      })),
      isChair: chairs(ctx, consultation),
    };
  }
}

function formFrom(posted: FormBody): RevisionForm {
  const key = field(posted, 'key');
  return {
    key: KEY.test(key) ? key : randomBytes(16).toString('hex'),
    source: field(posted, 'source'),
    label: oneLine(field(posted, 'label')).slice(0, 200),
    symbol: oneLine(field(posted, 'symbol')).slice(0, 100),
    date: field(posted, 'date').trim(),
    meeting: oneLine(field(posted, 'meeting')).slice(0, 300),
  };
}
