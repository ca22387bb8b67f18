import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';

const NOTIFICATION_ID = /^[A-Za-z0-9._:+-]{1,300}$/;

/** Marks notifications read. */
export class MarkNotificationsReadDto {
  @ApiProperty({ type: [String], description: 'The notifications read, as listed.' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(NOTIFICATION_ID, { each: true })
  notificationIds: string[];
}

/** Registers an endpoint for the caller's notifications. */
export class RegisterWebhookDto {
  @ApiProperty({
    example: 'https://hooks.delegation.example/ledger',
    description: 'An https URL (plain http to localhost in development only).',
  })
  @IsString()
  @Length(1, 2048)
  url: string;
}

export class NotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['conflict', 'ruling', 'phase-change', 'comment', 'deadline'] }) kind: string;
  @ApiProperty() consultationId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) documentId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() read: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What happened, by kind: the provisions as printed, the ruling, the phases …',
  })
  detail: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Names of the stakeholders the detail names.' })
  names: Record<string, string>;
}

export class NotificationListView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty() unread: number;
}

export class WebhookEndpointView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RegisteredWebhookView extends WebhookEndpointView {
  @ApiProperty({ description: 'The HMAC-SHA256 key of the X-Ledger-Signature header. Shown this once: keep it.' }) secret: string;
}

export class WebhookEndpointListView {
  @ApiProperty({ type: [WebhookEndpointView] }) items: WebhookEndpointView[];
}

export class WebhookDeliveryView {
  @ApiProperty() notificationId: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) lastStatusCode: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) queuedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) deliveredAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) nextAttemptAt: string | null;
}

export class WebhookDeliveryListView {
  @ApiProperty({ type: [WebhookDeliveryView] }) items: WebhookDeliveryView[];
}

export class UnreadOnlyQuery {
  @IsOptional()
  @Matches(/^(true|false)$/u)
  unread?: string;
}
