import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newWebhookSecret } from './webhook-signature';

/** An endpoint as its stakeholder reads it back: never with its secret, which was shown once. */
export interface WebhookEndpointView {
  readonly id: string;
  readonly url: string;
  readonly createdAt: string;
}

/** One line of an endpoint's delivery log. */
export interface WebhookDeliveryView {
  readonly notificationId: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly queuedAt: string;
  readonly deliveredAt: string | null;
  readonly nextAttemptAt: string | null;
}

/** How many endpoints one stakeholder keeps: a mail bridge, a chat bridge, a spare. */
export const MAX_WEBHOOK_ENDPOINTS_PER_STAKEHOLDER = 5;
/** How many lines of the log a reader is shown, newest first. */
export const WEBHOOK_LOG_LINES = 100;

/**
 * The endpoints stakeholders registered and their delivery logs. A new endpoint receives
 * what happens from its registration on (its mark is the stakeholder's latest notification),
 * not the backlog.
 */
export class WebhookEndpoints {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers an endpoint; the secret is returned this once. Undefined when the stakeholder has as many as it may keep. */
  async register(stakeholderId: string, url: string, at: Date): Promise<(WebhookEndpointView & { readonly secret: string }) | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhooks:${stakeholderId}`]);
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM webhook_endpoints WHERE stakeholder_id = $1', [
        stakeholderId,
      ]);
      if (count >= MAX_WEBHOOK_ENDPOINTS_PER_STAKEHOLDER) return undefined;
      const [{ mark }] = await manager.query('SELECT coalesce(max(position), 0) AS mark FROM notifications WHERE recipient_id = $1', [
        stakeholderId,
      ]);
      const id = randomUUID();
      const secret = newWebhookSecret();
      await manager.query(
        'INSERT INTO webhook_endpoints (id, stakeholder_id, url, secret, created_at, queued_up_to) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, stakeholderId, url, secret, at, mark],
      );
      return { id, url, createdAt: at.toISOString(), secret };
    });
  }

  async list(stakeholderId: string): Promise<WebhookEndpointView[]> {
    const rows: { id: string; url: string; created_at: Date }[] = await this.dataSource.query(
      'SELECT id, url, created_at FROM webhook_endpoints WHERE stakeholder_id = $1 ORDER BY created_at, id',
      [stakeholderId],
    );
    return rows.map((row) => ({ id: row.id, url: row.url, createdAt: new Date(row.created_at).toISOString() }));
  }

  /** Removes an endpoint of this stakeholder and its log; false when it has none by that id. */
  async remove(stakeholderId: string, endpointId: string): Promise<boolean> {
    const [, removed] = await this.dataSource.query('DELETE FROM webhook_endpoints WHERE id = $1 AND stakeholder_id = $2', [
      endpointId,
      stakeholderId,
    ]);
    return removed > 0;
  }

  /** The delivery log of an endpoint of this stakeholder, newest first; undefined when it has no such endpoint. */
  async deliveries(stakeholderId: string, endpointId: string): Promise<WebhookDeliveryView[] | undefined> {
    const [owner] = await this.dataSource.query('SELECT 1 FROM webhook_endpoints WHERE id = $1 AND stakeholder_id = $2', [
      endpointId,
      stakeholderId,
    ]);
    if (!owner) return undefined;
    const rows: {
      notification_id: string;
      status: WebhookDeliveryView['status'];
      attempts: number;
      last_status_code: number | null;
      last_error: string | null;
      queued_at: Date;
      delivered_at: Date | null;
      next_attempt_at: Date;
    }[] = await this.dataSource.query(
      `SELECT notification_id, status, attempts, last_status_code, last_error, queued_at, delivered_at, next_attempt_at
       FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY queued_at DESC, notification_id DESC LIMIT $2`,
      [endpointId, WEBHOOK_LOG_LINES],
    );
    return rows.map((row) => ({
      notificationId: row.notification_id,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.last_status_code,
      lastError: row.last_error,
      queuedAt: new Date(row.queued_at).toISOString(),
      deliveredAt: row.delivered_at ? new Date(row.delivered_at).toISOString() : null,
      nextAttemptAt: row.status === 'pending' ? new Date(row.next_attempt_at).toISOString() : null,
    }));
  }
}
