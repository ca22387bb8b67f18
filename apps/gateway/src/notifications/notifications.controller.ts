import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/platform';
import {
  APP_CONFIG,
  AUTHENTICATION_PROBLEMS,
  ApiProblemResponses,
  MAX_WEBHOOK_ENDPOINTS_PER_STAKEHOLDER,
  AuthenticatedActor,
  CurrentActor,
  ProblemException,
  Roles,
  WebhookEndpoints,
  problem,
  webhookUrlProblem,
} from '#libs/runtime';
import { DraftsGuard, ReadsNoDrafts } from '../access';
import { found } from '../http/pagination';
import {
  MarkNotificationsReadDto,
  NotificationListView,
  RegisterWebhookDto,
  RegisteredWebhookView,
  WebhookDeliveryListView,
  WebhookEndpointListView,
} from './notification.dtos';
import { listNotifications, markRead } from './notification-queries';

const URL_PROBLEMS = {
  malformed: 'is not an http(s) URL',
  'not-https': 'must be https (plain http is taken for localhost in development only)',
  credentials: 'must not carry a user name or password: deliveries are authenticated by their signature',
  'too-long': 'is longer than 2048 characters',
} as const;

/**
 * The caller's notification centre (conflicts with its amendments, rulings on them, phase
 * changes and deadlines of its consultations, comments on its amendments) and the webhook
 * endpoints that receive the same notifications as signed POSTs, with their delivery logs.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class NotificationsController {
  private readonly endpoints: WebhookEndpoints;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.endpoints = new WebhookEndpoints(dataSource);
  }

  @Get('notifications')
  @ReadsNoDrafts("the caller's own notifications, addressed to it as a participant")
  @Roles('stakeholder', 'chair', 'secretariat')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation')
  @ApiOperation({ summary: 'My notifications, newest first, read or not; deadlines within a day come first.' })
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: NotificationListView })
  async notifications(@CurrentActor() actor: AuthenticatedActor, @Query('unread') unread?: string): Promise<NotificationListView> {
    const items = await listNotifications(this.dataSource, actor.id, new Date(), { unreadOnly: unread === 'true' });
    return { items: items as NotificationListView['items'], unread: items.filter((item) => !item.read).length };
  }

  @Post('notifications/read')
  @HttpCode(204)
  @Roles('stakeholder', 'chair', 'secretariat')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation')
  @ApiOperation({ summary: 'Mark notifications read.' })
  @ApiNoContentResponse()
  async read(@CurrentActor() actor: AuthenticatedActor, @Body() dto: MarkNotificationsReadDto): Promise<void> {
    await markRead(this.dataSource, actor.id, dto.notificationIds, new Date());
  }

  @Post('webhooks')
  @HttpCode(201)
  @Roles('stakeholder')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'conflict')
  @ApiOperation({
    summary:
      'Register an endpoint to receive my notifications as POSTs signed with HMAC-SHA256 (X-Ledger-Signature: t=<unix seconds>,v1=<hex of HMAC(secret, t + "." + body)>). The secret is shown once.',
  })
  @ApiCreatedResponse({ type: RegisteredWebhookView })
  async register(@CurrentActor() actor: AuthenticatedActor, @Body() dto: RegisterWebhookDto): Promise<RegisteredWebhookView> {
    const refused = webhookUrlProblem(dto.url, { allowLocalhost: this.config.auth?.mode === 'development' });
    if (refused) {
      const message = URL_PROBLEMS[refused];
      throw new ProblemException(problem(400, 'validation', 'Invalid request', `url ${message}`, { errors: [{ field: 'url', message }] }));
    }
    const registered = await this.endpoints.register(actor.id, dto.url, new Date());
    if (!registered)
      throw new ProblemException(
        problem(
          409,
          'conflict',
          'Conflicting change',
          `a stakeholder keeps at most ${MAX_WEBHOOK_ENDPOINTS_PER_STAKEHOLDER} endpoints: remove one before adding another`,
        ),
      );
    return registered;
  }

  @Get('webhooks')
  @ReadsNoDrafts("the caller's own endpoints")
  @Roles('stakeholder')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
  @ApiOperation({ summary: 'My webhook endpoints (without their secrets).' })
  @ApiOkResponse({ type: WebhookEndpointListView })
  async list(@CurrentActor() actor: AuthenticatedActor): Promise<WebhookEndpointListView> {
    return { items: await this.endpoints.list(actor.id) };
  }

  @Get('webhooks/:id/deliveries')
  @ReadsNoDrafts("the log of the caller's own endpoint")
  @Roles('stakeholder')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'not-found')
  @ApiOperation({ summary: 'The delivery log of one of my endpoints, newest first: status, attempts, last status code and error.' })
  @ApiOkResponse({ type: WebhookDeliveryListView })
  async deliveries(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id', ParseUUIDPipe) endpointId: string,
  ): Promise<WebhookDeliveryListView> {
    return { items: found(await this.endpoints.deliveries(actor.id, endpointId), `webhook endpoint ${endpointId}`) };
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @Roles('stakeholder')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'not-found')
  @ApiOperation({ summary: 'Remove one of my endpoints and its log.' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: AuthenticatedActor, @Param('id', ParseUUIDPipe) endpointId: string): Promise<void> {
    found((await this.endpoints.remove(actor.id, endpointId)) || null, `webhook endpoint ${endpointId}`);
  }
}
