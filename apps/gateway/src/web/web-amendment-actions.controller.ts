import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ContributionCommand, DocumentCommand } from '#libs/domain';

type ContributionCommandOf<K extends ContributionCommand['kind']> = Extract<ContributionCommand, { kind: K }>;
import { textProblem } from '#libs/runtime';
import {
  AmendmentActionsData,
  MessageKey,
  Notice,
  PageContext,
  amendmentActionsAllowed,
  amendmentActionsPage,
  contributionRefusalPage,
  compromiseOperation,
  mayReviseContribution,
  mayWithdrawContribution,
  oneLine,
  previewOperation,
  proposedWording,
} from '#libs/web';
import { ResolutionDocument } from '#libs/text';
import { ContributionView, GetContribution } from '../contributions';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const MAX_EXPLANATION = 5000;
const MAX_REASON = 2000;

const NOT_ALLOWED = {
  coSponsor: 'error.coSponsorsOnly',
  revise: 'error.proposersRevise',
  withdraw: 'error.proposersWithdraw',
} as const satisfies Record<string, MessageKey>;

type Amendment = NonNullable<Awaited<ReturnType<WebReads['amendment']>>>;

/** A typed text as the API takes it: NFC, trimmed, no bidi controls, within its length; '' when left empty. */
function typed(value: string, max: number): { text: string } | { problem: string } {
  const text = value.normalize('NFC').trim();
  if (text.length > max) return { problem: `longer than ${max} characters` };
  const problem = text === '' ? undefined : textProblem(text);
  return problem ? { problem } : { text };
}

/**
 * An amendment's own page, and what its proposers and the other stakeholders do with it there:
 * revise its explanation, withdraw it, co-sponsor it, sent as `POST /api/v1/amendments/{id}/...`
 * sends them (the same rules decide; a refusal is shown on the page in the reader's language).
 */
@ApiExcludeController()
@Controller('web/amendments/:id')
@UseFilters(WebPageFilter)
export class WebAmendmentActionsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get()
  async show(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const amendmentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'amendment', amendmentId);
    const amendment = await this.amendmentOf(amendmentId);
    sendPage(response, amendmentActionsPage(ctx, await this.data(ctx, amendment, await noticesAfter(request, ctx, this.reads))));
  }

  @Post('co-sponsors')
  async coSponsor(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, id, 'coSponsor', (_form, amendment, _ctx, viewer) => ({
      command: { kind: 'CoSponsorAmendment', amendmentId: amendment.id, stakeholderId: viewer },
    }));
  }

  @Post('revisions')
  async revise(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, id, 'revise', (form, amendment, ctx, _viewer, proposed) => {
      const explanation = typed(field(form, 'explanation'), MAX_EXPLANATION);
      if ('problem' in explanation)
        return { problem: ctx.t('form.invalid', { field: ctx.t('amendmentActions.explanation'), problem: explanation.problem }) };
      const wording = typed(oneLine(field(form, 'wording')), MAX_EXPLANATION);
      if ('problem' in wording)
        return { problem: ctx.t('form.invalid', { field: ctx.t('amendmentActions.wording'), problem: wording.problem }) };
      // A revision restates the whole amendment: the words retyped (or the same change), and the explanation.
      const reworded = proposed !== undefined && wording.text !== '' && wording.text !== proposed;
      const operation = reworded ? compromiseOperation(amendment.operation, wording.text) : amendment.operation;
      if (!operation) return { problem: ctx.t('amendmentActions.reviseHint') };
      if (!reworded && explanation.text === (amendment.explanation ?? '')) return { problem: ctx.t('amendmentActions.nothingRevised') };
      return {
        command: {
          kind: 'ReviseAmendment',
          amendmentId: amendment.id,
          operation,
          ...(explanation.text ? { explanation: explanation.text } : {}),
        },
      };
    });
  }

  @Post('withdrawal')
  async withdraw(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, id, 'withdraw', (form, amendment, ctx) => {
      const reason = typed(field(form, 'reason'), MAX_REASON);
      if ('problem' in reason)
        return { problem: ctx.t('form.invalid', { field: ctx.t('amendmentActions.withdrawReason'), problem: reason.problem }) };
      return { command: { kind: 'WithdrawAmendment', amendmentId: amendment.id, ...(reason.text ? { reason: reason.text } : {}) } };
    });
  }

  /** A form of the page: checked against forgery, allowed to the viewer, sent; back to the page with what was done, or the refusal on it. */
  private async act(
    request: Request,
    response: Response,
    id: string,
    action: 'coSponsor' | 'revise' | 'withdraw',
    commandOf: (
      form: ReturnType<typeof formOf>,
      amendment: Amendment,
      ctx: PageContext,
      viewer: string,
      proposed: string | undefined,
    ) => { command: DocumentCommand } | { problem: string },
  ): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const amendmentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'amendment', amendmentId);
    const amendment = await this.amendmentOf(amendmentId);
    if (!amendmentActionsAllowed(ctx, amendment)[action]) throw forbidden(NOT_ALLOWED[action]);
    const drafted = await this.draftedText(amendment);
    const proposed = drafted ? proposedWording(drafted, amendment.operation) : undefined;
    const made = commandOf(form, amendment, ctx, actor!.id, proposed);
    const typedBack = action === 'revise' ? { explanation: field(form, 'explanation'), wording: field(form, 'wording') } : undefined;
    if ('problem' in made) return this.refuse(ctx, response, amendment, { kind: 'error', text: made.problem }, typedBack);
    const sent = await this.commands.send(this.commands.contextOf(actor!, request, response, form.key), made.command);
    if (!sent.ok) return this.refuse(ctx, response, amendment, refusalNotice(ctx, sent), typedBack, sent.status);
    const notice = action === 'coSponsor' ? 'amendmentCoSponsored' : action === 'revise' ? 'amendmentRevised' : 'amendmentWithdrawn';
    redirectAfter(response, `/web/amendments/${amendment.id}`, [notice], sent.outcome.position);
  }

  private async refuse(
    ctx: PageContext,
    response: Response,
    amendment: Amendment,
    notice: Notice,
    typed?: { explanation: string; wording: string },
    status = 400,
  ): Promise<void> {
    const data = await this.data(ctx, amendment, [notice]);
    const again = typed ? { explanation: typed.explanation, ...(data.wording !== undefined ? { wording: typed.wording } : {}) } : {};
    sendPage(response, amendmentActionsPage(ctx, { ...data, ...again }), status);
  }

  /** The text the amendment was drafted against, when it can be read. */
  private async draftedText(amendment: Amendment): Promise<ResolutionDocument | undefined> {
    const drafted = await this.reads.text(amendment.documentId, { kind: 'version', versionNumber: amendment.versionNumber });
    return drafted.ok ? drafted.value.document : undefined;
  }

  private async amendmentOf(amendmentId: string): Promise<Amendment> {
    const amendment = await this.reads.amendment(amendmentId);
    if (!amendment) throw notFound();
    return amendment;
  }

  private async data(ctx: PageContext, amendment: Amendment, notices: readonly Notice[]): Promise<AmendmentActionsData> {
    const document = await this.reads.document(amendment.documentId);
    if (!document) throw notFound();
    const [consultation, versions, stakeholders, drafted] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(document.id),
      this.reads.stakeholders(),
      this.draftedText(amendment),
    ]);
    const wording = drafted ? proposedWording(drafted, amendment.operation) : undefined;
    if (!consultation) throw notFound();
    return {
      document,
      consultation,
      versions,
      amendment,
      names: new Map(stakeholders.map((s) => [s.id, s.name])),
      ...(drafted ? { preview: previewOperation(drafted, amendment.operation) } : {}),
      ...(wording !== undefined ? { wording } : {}),
      notices,
    };
  }
}

/**
 * A contribution withdrawn by its submitter from the consultation page, as
 * `POST /api/v1/contributions/{id}/withdrawal` withdraws it (its pending amendments with it).
 */
@ApiExcludeController()
@Controller('web/contributions/:id')
@UseFilters(WebPageFilter)
export class WebContributionActionsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  /**
   * The next revision, as `POST /api/v1/contributions/{id}/revisions` records it: the cover as
   * the form gives it (the rest of it as it stands), and the proposals kept restated as they are.
   */
  @Post('revisions')
  async revise(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const contributionId = idParameter(id);
    await this.access.mayRead(request, actor!, 'contribution', contributionId);
    const contribution: ContributionView | null = await this.queries.execute(new GetContribution(contributionId));
    if (!contribution) throw notFound();
    const consultation = await this.reads.consultation(contribution.consultationId);
    if (!consultation) throw notFound();
    if (!mayReviseContribution(ctx, { contribution })) throw forbidden('error.submittersRevise');
    const refuse = (text: string, status = 400) =>
      sendPage(response, contributionRefusalPage(ctx, consultation, { kind: 'error', text }), status);
    const date = field(form, 'date').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return refuse(ctx.t('form.required', { field: ctx.t('composer.date') }));
    const cover: Record<string, string> = {};
    for (const [name, label, max] of [
      ['title', 'composer.title', 500],
      ['purpose', 'composer.purpose', MAX_EXPLANATION],
      ['actionRequested', 'composer.actionRequested', MAX_EXPLANATION],
    ] as const) {
      const typedField = typed(name === 'title' ? oneLine(field(form, name)) : field(form, name), max);
      if ('problem' in typedField) return refuse(ctx.t('form.invalid', { field: ctx.t(label), problem: typedField.problem }));
      cover[name] = typedField.text;
    }
    if (cover.title === '') return refuse(ctx.t('form.required', { field: ctx.t('composer.title') }));
    const { purpose: _purpose, actionRequested: _action, ...standing } = contribution.cover;
    const revisedCover = {
      ...standing,
      date,
      title: cover.title,
      ...(cover.purpose ? { purpose: cover.purpose } : {}),
      ...(cover.actionRequested ? { actionRequested: cover.actionRequested } : {}),
    };
    const context = this.commands.contextOf(actor!, request, response, form.key);
    let substance: ContributionCommandOf<'ReviseContribution'>['substance'];
    if (contribution.substance.kind === 'amendments') {
      const kept = new Set(fields(form, 'keep'));
      const amendments = [];
      for (const amendmentId of contribution.substance.amendmentIds.filter((a) => kept.has(a))) {
        const amendment = await this.reads.amendment(amendmentId);
        if (amendment) amendments.push(amendment);
      }
      if (amendments.length === 0) return refuse(ctx.t('contributionRevision.keepOne'));
      const document = await this.reads.document(contribution.substance.documentId);
      if (!document) throw notFound();
      substance = {
        kind: 'amendments',
        documentId: document.id,
        versionNumber: document.currentVersion,
        amendments: amendments.map((amendment, i) => ({
          amendmentId: context.newId(`amendment-${i}`),
          operation: amendment.operation,
          ...(amendment.explanation ? { explanation: amendment.explanation } : {}),
        })),
      };
    } else if (contribution.substance.kind === 'report') substance = { kind: 'report', text: contribution.substance.text };
    else throw forbidden('error.draftRevisedByRegistering');
    const sent = await this.commands.send(context, { kind: 'ReviseContribution', contributionId, cover: revisedCover, substance });
    if (!sent.ok) return sendPage(response, contributionRefusalPage(ctx, consultation, refusalNotice(ctx, sent)), sent.status);
    redirectAfter(response, `/web/contributions/${contributionId}`, ['contributionRevised'], sent.outcome.position);
  }

  @Post('withdrawal')
  async withdraw(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const contributionId = idParameter(id);
    await this.access.mayRead(request, actor!, 'contribution', contributionId);
    const contribution: ContributionView | null = await this.queries.execute(new GetContribution(contributionId));
    if (!contribution) throw notFound();
    const consultation = await this.reads.consultation(contribution.consultationId);
    if (!consultation) throw notFound();
    if (!mayWithdrawContribution(ctx, contribution)) throw forbidden('error.submittersWithdraw');
    const reason = typed(field(form, 'reason'), MAX_REASON);
    if ('problem' in reason) {
      const text = ctx.t('form.invalid', { field: ctx.t('contributionActions.withdrawReason'), problem: reason.problem });
      return sendPage(response, contributionRefusalPage(ctx, consultation, { kind: 'error', text }), 400);
    }
    const sent = await this.commands.send(this.commands.contextOf(actor!, request, response, form.key), {
      kind: 'WithdrawContribution',
      contributionId,
      ...(reason.text ? { reason: reason.text } : {}),
    });
    if (!sent.ok) return sendPage(response, contributionRefusalPage(ctx, consultation, refusalNotice(ctx, sent)), sent.status);
    redirectAfter(response, `/web/consultations/${consultation.id}`, ['contributionWithdrawn'], sent.outcome.position);
  }
}
