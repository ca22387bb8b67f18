import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { InputFormModel, Notice, PageContext, inputsPage, oneLine, provisionChoices } from '#libs/web';
import { MAX_INPUT_TEXT } from '../inputs/input.dtos';
import { StakeholderView } from '../stakeholders';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const PROVISION_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const INPUT_PHASES = ['open-for-contributions', 'negotiation'];

/**
 * The stakeholders a viewer sends inputs for: itself and the groups it is a member of, as
 * long as they are not member states or groups of them (those propose amendments).
 */
function nonStateVoicesOf(actorId: string, registry: readonly StakeholderView[]): { id: string; name: string }[] {
  const byId = new Map(registry.map((s) => [s.id, s]));
  const ofMemberStates = (s: StakeholderView) =>
    s.category === 'member-state' || (s.memberIds.length > 0 && s.memberIds.every((id) => byId.get(id)?.category === 'member-state'));
  return registry
    .filter((s) => (s.id === actorId || s.memberIds.includes(actorId)) && !ofMemberStates(s))
    .map((s) => ({ id: s.id, name: s.name }));
}

/** A document's stakeholder inputs, filtered by provision; the form for a non-state stakeholder to send one. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebInputsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get('documents/:id/inputs')
  async inputs(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const asked =
      typeof request.query.provision === 'string' && PROVISION_ID.test(request.query.provision) ? request.query.provision : undefined;
    const notices = await noticesAfter(request, ctx, this.reads);
    await this.render(ctx, response, actor!, documentId, { provisionId: asked, notices });
  }

  @Post('documents/:id/inputs')
  async submit(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const values = {
      stakeholderId: field(form, 'stakeholderId'),
      provisionIds: fields(form, 'provisionIds').filter((p) => PROVISION_ID.test(p)),
      title: oneLine(field(form, 'title')).normalize('NFC'),
      text: field(form, 'text').normalize('NFC').trim(),
      language: field(form, 'language'),
    };
    const refuse = (notice: Notice, status: number) =>
      this.render(ctx, response, actor!, documentId, { notices: [notice], status, values });
    const missing = (
      [
        ['title', 'inputs.inputTitle', 300],
        ['text', 'inputs.text', MAX_INPUT_TEXT],
      ] as const
    ).find(([name, , max]) => values[name] === '' || values[name].length > max || textProblem(values[name]));
    if (missing) {
      const [name, label] = missing;
      const problem = textProblem(values[name]);
      const text = problem ? ctx.t('form.invalid', { field: ctx.t(label), problem }) : ctx.t('form.required', { field: ctx.t(label) });
      return refuse({ kind: 'error', text }, 400);
    }
    if (!(UN_LANGUAGES as readonly string[]).includes(values.language))
      return refuse({ kind: 'error', text: ctx.t('form.required', { field: ctx.t('inputs.language') }) }, 400);
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const inputId = context.newId('input');
    const sent = await this.commands.send(context, {
      kind: 'SubmitStakeholderInput',
      inputId,
      documentId,
      provisionIds: values.provisionIds,
      stakeholderId: values.stakeholderId,
      title: values.title,
      text: values.text,
      language: values.language as UnLanguage,
    });
    if (!sent.ok) return refuse(refusalNotice(ctx, sent), sent.status);
    redirectAfter(response, `/web/documents/${documentId}/inputs`, ['inputSubmitted'], sent.outcome.position, `input-${inputId}`);
  }

  private async render(
    ctx: PageContext,
    response: Response,
    actor: AuthenticatedActor,
    documentId: string,
    options: { provisionId?: string; notices?: Notice[]; status?: number; values?: InputFormModel['values'] },
  ): Promise<void> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, working, inputs, registry] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.text(documentId, { kind: 'working' }),
      this.reads.inputsOf(documentId, options.provisionId ? { provisionId: options.provisionId } : {}),
      this.reads.stakeholders(),
    ]);
    if (!consultation || !working.ok) throw notFound();
    const voices =
      actor.roles.includes('stakeholder') && INPUT_PHASES.includes(consultation.phase) ? nonStateVoicesOf(actor.id, registry) : [];
    sendPage(
      response,
      inputsPage(ctx, {
        document,
        consultation,
        versions,
        inputs,
        provisions: provisionChoices(working.value.document),
        provisionId: options.provisionId,
        form: voices.length > 0 ? { stakeholders: voices, values: options.values } : undefined,
        notices: options.notices,
      }),
      options.status ?? 200,
    );
  }
}
