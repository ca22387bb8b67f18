import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { MEETING_KINDS, MeetingKind, PROVISION_STATUSES, ProvisionStatus } from '#libs/contracts';
import { textProblem } from '#libs/runtime';
import { Notice, PageContext, chairs, oneLine, stateOfPlayPage } from '#libs/web';
import { ListMeetings, MeetingListView } from '../meetings';
import { GetStateOfPlay, StateOfPlayView } from '../state-of-play';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUS_FIELD = 'status:';

/** The meeting a chair registers from the state-of-play page, or what is wrong with the form. */
function meetingOf(
  form: FormBody,
): { kind: MeetingKind; number?: number; name: string; date: string; place?: string } | { problem: string } {
  const kind = field(form, 'kind');
  if (!(MEETING_KINDS as readonly string[]).includes(kind)) return { problem: 'kind is not a kind of meeting' };
  const number = field(form, 'number').trim();
  if (number !== '' && !/^[1-9]\d{0,3}$/.test(number)) return { problem: 'number must be a whole number from 1' };
  const name = oneLine(field(form, 'name'));
  const place = oneLine(field(form, 'place'));
  const date = field(form, 'date').trim();
  if (name === '' || name.length > 300 || textProblem(name)) return { problem: 'name is required (up to 300 characters)' };
  if (place.length > 300 || (place !== '' && textProblem(place))) return { problem: 'place is too long or not plain text' };
  if (!DATE.test(date)) return { problem: 'date must be YYYY-MM-DD' };
  return { kind: kind as MeetingKind, name, date, ...(number ? { number: Number(number) } : {}), ...(place ? { place } : {}) };
}

/** A document's state of play, and the chair's forms to record a round and to register a meeting. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebStateOfPlayController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('documents/:id/state-of-play')
  async page(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    await this.render(ctx, response, idParameter(id), await noticesAfter(request, ctx, this.reads));
  }

  @Post('documents/:id/statuses')
  async record(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor, form } = await this.form(request, response, 'document', documentId);
    // One select per provision, named `status:{provisionId}`; those left unchanged send ''.
    const statuses = Object.keys(form).flatMap((name) => {
      const status = field(form, name);
      return name.startsWith(STATUS_FIELD) && (PROVISION_STATUSES as readonly string[]).includes(status)
        ? [{ provisionId: name.slice(STATUS_FIELD.length), status: status as ProvisionStatus }]
        : [];
    });
    if (statuses.length === 0)
      return this.render(ctx, response, documentId, [{ kind: 'error', text: ctx.t('stateOfPlay.nothingChosen') }], 400);
    const meetingId = field(form, 'meetingId');
    const context = this.commands.contextOf(actor, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'RecordProvisionStatuses',
      documentId,
      decisionId: context.newId('decision'),
      statuses,
      ...(meetingId ? { meetingId } : {}),
    });
    if (!sent.ok) return this.render(ctx, response, documentId, [refusalNotice(ctx, sent)], sent.status);
    redirectAfter(response, `/web/documents/${documentId}/state-of-play`, ['statusesRecorded'], sent.outcome.position);
  }

  @Post('consultations/:id/meetings')
  async registerMeeting(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const consultationId = idParameter(id);
    const { ctx, actor, form } = await this.form(request, response, 'consultation', consultationId);
    const documentId = idParameter(field(form, 'documentId'));
    const meeting = meetingOf(form);
    if ('problem' in meeting)
      return this.render(ctx, response, documentId, [{ kind: 'error', text: ctx.t('error.badRequest'), detail: meeting.problem }], 400);
    const context = this.commands.contextOf(actor, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'RegisterMeeting',
      consultationId,
      meeting: { meetingId: context.newId('meeting'), ...meeting },
    });
    if (!sent.ok) return this.render(ctx, response, documentId, [refusalNotice(ctx, sent)], sent.status);
    redirectAfter(response, `/web/documents/${documentId}/state-of-play`, ['meetingRegistered'], sent.outcome.position);
  }

  /** A form of the page: the session, the form checked against forgery, a chair, and the right to read what it acts on. */
  private async form(request: Request, response: Response, target: 'document' | 'consultation', id: string) {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    if (!actor!.roles.includes('chair')) throw forbidden('error.chairsRecordStateOfPlay');
    await this.access.mayRead(request, actor!, target, id);
    return { ctx, actor: actor!, form };
  }

  private async render(ctx: PageContext, response: Response, documentId: string, notices: Notice[], status = 200): Promise<void> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, state] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.queries.execute<GetStateOfPlay, StateOfPlayView | null>(new GetStateOfPlay(documentId)),
    ]);
    if (!consultation || !state) throw notFound();
    const meetings = await this.queries.execute<ListMeetings, MeetingListView | null>(new ListMeetings(consultation.id));
    sendPage(
      response,
      stateOfPlayPage(ctx, {
        document,
        consultation,
        versions,
        state,
        meetings: meetings?.items ?? [],
        isChair: chairs(ctx, consultation),
        notices,
      }),
      status,
    );
  }
}
