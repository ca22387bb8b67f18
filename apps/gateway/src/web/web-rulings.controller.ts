import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthenticatedActor } from '#libs/runtime';
import { BATCH_RULINGS, CompilationModel, Notice, PageContext, RulingOutcomeModel, chairs, proposalsInOrder, rulingsPage } from '#libs/web';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, idParameter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';
import { keepSitting, keptSitting, validSitting } from './sitting-cookie';

const UNDECIDED = ['pending', 'deferred'];
const KEY = /^[A-Za-z0-9._:-]{8,90}$/;

/** The rulings a batch form asks for, in the order the page printed them: only undecided proposals of this document, only plain rulings. */
export function rulingsAsked(
  form: FormBody,
  compilation: CompilationModel,
): { amendmentId: string; ruling: (typeof BATCH_RULINGS)[number] }[] {
  return proposalsInOrder(compilation)
    .filter((proposal) => UNDECIDED.includes(proposal.status))
    .flatMap((proposal) => {
      const ruling = field(form, `ruling-${proposal.amendmentId}`);
      return (BATCH_RULINGS as readonly string[]).includes(ruling)
        ? [{ amendmentId: proposal.amendmentId, ruling: ruling as (typeof BATCH_RULINGS)[number] }]
        : [];
    });
}

/**
 * Several rulings at once, for a chair with many proposals before it: the page lists every
 * undecided proposal with a choice; the form records each chosen ruling as its own
 * `RuleOnAmendment` (the decision the API records), in the order printed, and shows what became
 * of each. Each ruling's idempotency key is the form's key and the amendment's id, so sending
 * the form again records nothing twice.
 */
@ApiExcludeController()
@Controller('web/documents/:id/rulings')
@UseFilters(WebPageFilter)
export class WebRulingsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get()
  async show(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    await this.render(ctx, request, response, documentId, {});
  }

  @Post()
  async record(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const { compilation, consultationId } = await this.setting(ctx, documentId);
    const asked = rulingsAsked(form, compilation);
    if (asked.length === 0)
      return this.render(ctx, request, response, documentId, { notices: [{ kind: 'error', text: ctx.t('chair.needsRuling') }] }, 400);
    const sitting = validSitting(field(form, 'meeting'), field(form, 'date'));
    const outcomes: RulingOutcomeModel[] = [];
    let position: number | undefined;
    for (const { amendmentId, ruling } of asked) {
      const sent = await this.send(ctx, actor!, request, response, form, amendmentId, ruling, sitting);
      if (sent.ok) position = sent.position;
      outcomes.push({ amendmentId, ruling, ...(sent.ok ? {} : { refusal: sent.refusal }) });
    }
    if (sitting) keepSitting(request, response, consultationId, sitting);
    if (position !== undefined) await this.reads.caughtUp(position);
    await this.render(ctx, request, response, documentId, { outcomes, sitting });
  }

  private async send(
    ctx: PageContext,
    actor: AuthenticatedActor,
    request: Request,
    response: Response,
    form: FormBody,
    amendmentId: string,
    ruling: (typeof BATCH_RULINGS)[number],
    sitting: { meeting: string; date: string } | undefined,
  ): Promise<{ ok: true; position: number } | { ok: false; refusal: Notice }> {
    const key = typeof form.key === 'string' && KEY.test(form.key) ? `${form.key}:${amendmentId}` : undefined;
    const context = this.commands.contextOf(actor, request, response, key);
    const sent = await this.commands.send(context, {
      kind: 'RuleOnAmendment',
      decisionId: context.newId('decision'),
      amendmentId,
      ruling,
      ...(sitting ?? {}),
    });
    if (sent.ok) return { ok: true, position: sent.outcome.position };
    return { ok: false, refusal: refusalNotice(ctx, sent) };
  }

  private async setting(ctx: PageContext, documentId: string) {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, compilation] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.compilation(documentId),
    ]);
    if (!consultation || !compilation) throw notFound();
    if (!chairs(ctx, consultation) || !['negotiation', 'adoption'].includes(consultation.phase)) throw forbidden('error.chairsRule');
    return { document, consultation, versions, compilation, consultationId: consultation.id };
  }

  private async render(
    ctx: PageContext,
    request: Request,
    response: Response,
    documentId: string,
    options: { outcomes?: RulingOutcomeModel[]; notices?: Notice[]; sitting?: { meeting: string; date: string } },
    status = 200,
  ): Promise<void> {
    const { document, consultation, versions, compilation } = await this.setting(ctx, documentId);
    const sitting = options.sitting ?? keptSitting(request, consultation.id) ?? { meeting: '', date: '' };
    sendPage(
      response,
      rulingsPage(ctx, { document, consultation, versions, compilation, sitting, outcomes: options.outcomes, notices: options.notices }),
      status,
    );
  }
}
