import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, AuthenticatedActor, WebhookEndpoints, webhookUrlProblem } from '#libs/runtime';
import { Notice, NotificationModel, PageContext, notificationsPage } from '#libs/web';
import { WebPageFilter } from '../web/web-page.filter';
import { field, idParameter, sendPage } from '../web/web-pages';
import { WebSession, formOf } from '../web/web-session';
import { listNotifications, markRead } from './notification-queries';

const NOTIFICATION_ID = /^[A-Za-z0-9._:+-]{1,300}$/;

/** The notification centre as a page, and for a stakeholder its webhook endpoints with their logs. */
@ApiExcludeController()
@Controller('web/notifications')
@UseFilters(WebPageFilter)
export class WebNotificationsController {
  private readonly endpoints: WebhookEndpoints;

  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.endpoints = new WebhookEndpoints(dataSource);
  }

  @Get()
  async page(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const notices: Notice[] = request.query.notice === 'read' ? [{ kind: 'success', text: ctx.t('awareness.markedRead') }] : [];
    if (request.query.notice === 'removed') notices.push({ kind: 'success', text: ctx.t('awareness.webhookRemoved') });
    await this.render(ctx, response, actor!, { notices });
  }

  @Post('read')
  async read(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    // "Mark all" names no ids: it marks what the centre lists unread now, as the reader saw it.
    const ids =
      field(form, 'all') === 'unread'
        ? (await listNotifications(this.dataSource, actor!.id, new Date(), { unreadOnly: true })).map((n) => n.id)
        : [field(form, 'notificationIds')].filter((id) => NOTIFICATION_ID.test(id));
    await markRead(this.dataSource, actor!.id, ids.slice(0, 500), new Date());
    response.redirect(303, '/web/notifications?notice=read');
  }

  @Post('webhooks')
  async register(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    const url = field(form, 'url').trim();
    if (!actor!.roles.includes('stakeholder')) return this.render(ctx, response, actor!, { status: 403 });
    const problem = webhookUrlProblem(url, { allowLocalhost: this.config.auth?.mode === 'development' });
    if (problem)
      return this.render(ctx, response, actor!, {
        notices: [{ kind: 'error', text: ctx.t(`awareness.url.${problem}`) }],
        status: 400,
        webhookUrl: url,
      });
    const registered = await this.endpoints.register(actor!.id, url, new Date());
    if (!registered)
      return this.render(ctx, response, actor!, {
        notices: [{ kind: 'error', text: ctx.t('awareness.url.tooMany') }],
        status: 409,
        webhookUrl: url,
      });
    // The secret is on this answer only: the page is not cached and a reload does not show it again.
    response.setHeader('Cache-Control', 'no-store');
    await this.render(ctx, response, actor!, { newSecret: { url, secret: registered.secret }, status: 201 });
  }

  @Post('webhooks/:id/removal')
  async remove(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const endpointId = idParameter(id);
    const { actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.endpoints.remove(actor!.id, endpointId);
    response.redirect(303, '/web/notifications?notice=removed#webhooks');
  }

  private async render(
    ctx: PageContext,
    response: Response,
    actor: AuthenticatedActor,
    options: { notices?: Notice[]; status?: number; newSecret?: { url: string; secret: string }; webhookUrl?: string },
  ): Promise<void> {
    const notifications = (await listNotifications(this.dataSource, actor.id, new Date())) as NotificationModel[];
    const stakeholder = actor.roles.includes('stakeholder');
    const webhooks = stakeholder
      ? await Promise.all(
          (await this.endpoints.list(actor.id)).map(async (endpoint) => ({
            ...endpoint,
            deliveries: (await this.endpoints.deliveries(actor.id, endpoint.id)) ?? [],
          })),
        )
      : undefined;
    sendPage(
      response,
      notificationsPage(ctx, {
        notifications,
        webhooks,
        newSecret: options.newSecret,
        webhookUrl: options.webhookUrl,
        notices: options.notices,
      }),
      options.status ?? 200,
    );
  }
}
