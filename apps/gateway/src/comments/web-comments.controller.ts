import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { CitedProvisionModel, CommentSubjectModel, Notice, PageContext, ProvisionChoice, commentsPage, provisionChoices } from '#libs/web';
import { WebAccess } from '../web/web-access';
import { WebCommands } from '../web/web-commands';
import { notFound } from '../web/web-errors';
import { WebPageFilter } from '../web/web-page.filter';
import { field, idParameter, refusalNotice, sendPage } from '../web/web-pages';
import { WebReads } from '../web/web-reads';
import { WebSession, formOf } from '../web/web-session';
import { MAX_COMMENT_TEXT } from './comment.dtos';
import { threadOf } from './comment-queries';

const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** How many words of a provision a thread's title quotes. */
const QUOTED_WORDS = 8;

interface Thread {
  readonly on: 'amendment' | 'provision';
  readonly subjectId: string;
}

function threadAsked(request: Request): Thread {
  // The document page's provision list opens a provision's thread by the list's own field.
  const provision = request.query.provision;
  if (request.query.on === undefined && typeof provision === 'string' && SUBJECT_ID.test(provision))
    return { on: 'provision', subjectId: provision };
  const on = request.query.on;
  const subjectId = request.query.subject;
  if ((on !== 'amendment' && on !== 'provision') || typeof subjectId !== 'string' || !SUBJECT_ID.test(subjectId)) throw notFound();
  return { on, subjectId };
}

function cited(choice: ProvisionChoice | undefined): CitedProvisionModel[] {
  if (!choice) return [];
  const words = choice.text.split(/\s+/u).filter(Boolean);
  return [
    {
      heading: choice.heading,
      label: choice.label,
      words: words.slice(0, QUOTED_WORDS).join(' ') + (words.length > QUOTED_WORDS ? '…' : ''),
    },
  ];
}

/** The comment thread of an amendment or a provision as a page: reading, commenting, and hiding by the secretariat. */
@ApiExcludeController()
@Controller('web/documents')
@UseFilters(WebPageFilter)
export class WebCommentsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get(':id/comments')
  async thread(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const thread = threadAsked(request);
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const notices: Notice[] = [];
    if (request.query.notice === 'posted') notices.push({ kind: 'success', text: ctx.t('comments.posted') });
    if (request.query.notice === 'hidden') notices.push({ kind: 'success', text: ctx.t('comments.hiddenNotice') });
    await this.render(ctx, response, actor!, documentId, thread, { notices });
  }

  @Post(':id/comments')
  async post(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const thread = threadAsked(request);
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const values = {
      authorId: field(form, 'authorId'),
      text: field(form, 'text').normalize('NFC').trim(),
      language: field(form, 'language'),
    };
    const refuse = (notice: Notice, status: number) =>
      this.render(ctx, response, actor!, documentId, thread, { notices: [notice], status, values });
    const problem = values.text === '' ? undefined : textProblem(values.text);
    if (values.text === '') return refuse({ kind: 'error', text: ctx.t('form.required', { field: ctx.t('comments.text') }) }, 400);
    if (problem) return refuse({ kind: 'error', text: ctx.t('form.invalid', { field: ctx.t('comments.text'), problem }) }, 400);
    if ([...values.text].length > MAX_COMMENT_TEXT)
      return refuse({ kind: 'error', text: ctx.t('comments.tooLong', { max: MAX_COMMENT_TEXT }) }, 400);
    if (!(UN_LANGUAGES as readonly string[]).includes(values.language))
      return refuse({ kind: 'error', text: ctx.t('form.required', { field: ctx.t('comments.language') }) }, 400);
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const commentId = context.newId('comment');
    const sent = await this.commands.send(context, {
      kind: 'PostComment',
      commentId,
      documentId,
      subject:
        thread.on === 'amendment'
          ? { kind: 'amendment', amendmentId: thread.subjectId }
          : { kind: 'provision', provisionId: thread.subjectId },
      authorId: values.authorId,
      text: values.text,
      language: values.language as UnLanguage,
    });
    if (!sent.ok) return refuse(refusalNotice(ctx, sent), sent.status);
    await this.waitFor(sent.outcome.position);
    response.redirect(
      303,
      `/web/documents/${documentId}/comments?on=${thread.on}&subject=${encodeURIComponent(thread.subjectId)}&notice=posted#comment-${commentId}`,
    );
  }

  @Post(':id/comments/:commentId/hiding')
  async hide(
    @Param('id') id: string,
    @Param('commentId') commentParam: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const documentId = idParameter(id);
    const commentId = idParameter(commentParam);
    const thread = threadAsked(request);
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const reason = field(form, 'reason').normalize('NFC').trim();
    const refuse = (notice: Notice, status: number) =>
      this.render(ctx, response, actor!, documentId, thread, { notices: [notice], status });
    if (reason === '') return refuse({ kind: 'error', text: ctx.t('form.required', { field: ctx.t('comments.hideReason') }) }, 400);
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const sent = await this.commands.send(context, { kind: 'HideComment', commentId, reason });
    if (!sent.ok) return refuse(refusalNotice(ctx, sent), sent.status);
    await this.waitFor(sent.outcome.position);
    response.redirect(
      303,
      `/web/documents/${documentId}/comments?on=${thread.on}&subject=${encodeURIComponent(thread.subjectId)}&notice=hidden#comment-${commentId}`,
    );
  }

  /** The thread is read from its projection: wait a moment for it to hold what was just recorded. */
  private async waitFor(position: number): Promise<void> {
    for (let i = 0; i < 50 && !(await this.reads.caughtUp(position)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  private async render(
    ctx: PageContext,
    response: Response,
    actor: AuthenticatedActor,
    documentId: string,
    thread: Thread,
    options: { notices?: Notice[]; status?: number; values?: { authorId?: string; text?: string; language?: string } },
  ): Promise<void> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, working, registry] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.text(documentId, { kind: 'working' }),
      this.reads.stakeholders(),
    ]);
    if (!consultation || !working.ok) throw notFound();
    const choices = new Map(provisionChoices(working.value.document).map((choice) => [choice.id, choice]));
    const names = new Map(registry.map((s) => [s.id, s.name]));
    let subject: CommentSubjectModel;
    if (thread.on === 'amendment') {
      const amendment = await this.reads.amendment(thread.subjectId);
      if (!amendment || amendment.documentId !== documentId) throw notFound();
      const operation = amendment.operation as { provisionId?: string; position?: { provisionId?: string } };
      const provisionId = operation.provisionId ?? operation.position?.provisionId;
      subject = {
        on: 'amendment',
        id: thread.subjectId,
        proposers: amendment.proposers.map((p) => names.get(p) ?? p),
        provisions: cited(provisionId ? choices.get(provisionId) : undefined),
      };
    } else {
      const [provision] = cited(choices.get(thread.subjectId));
      if (!provision) throw notFound();
      subject = { on: 'provision', id: thread.subjectId, provision };
    }
    const moderator = actor.roles.includes('secretariat');
    const comments = await threadOf(this.dataSource, documentId, thread, { moderator });
    const authors = [
      ...(actor.roles.includes('stakeholder')
        ? registry.filter((s) => s.id === actor.id || s.memberIds.includes(actor.id)).map((s) => ({ id: s.id, name: s.name }))
        : []),
      ...(moderator || (actor.roles.includes('chair') && consultation.chairs.includes(actor.id))
        ? [{ id: actor.id, name: actor.name ?? actor.id }]
        : []),
    ];
    sendPage(
      response,
      commentsPage(ctx, {
        document,
        consultation,
        versions,
        subject,
        comments,
        form: authors.length > 0 ? { authors, values: options.values } : undefined,
        moderator,
        notices: options.notices,
      }),
      options.status ?? 200,
    );
  }
}
