import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Logger } from '#libs/platform';
import { WebhookRetryPolicy, retryDelayMs } from './webhook-backoff';
import { WEBHOOK_SIGNATURE_HEADER, signWebhook } from './webhook-signature';

export interface WebhookRelayOptions {
  readonly batchSize: number;
  readonly pollIntervalMs: number;
  /** How long a receiver has to answer; a slower one counts as a failed attempt. */
  readonly timeoutMs: number;
  readonly retry: WebhookRetryPolicy;
}

/** What one attempt came to: delivered on a 2xx; otherwise the status (if any) and why. */
export interface WebhookAttempt {
  readonly delivered: boolean;
  readonly statusCode: number | null;
  readonly error: string | null;
}

interface DueDelivery {
  readonly endpointId: string;
  readonly notificationId: string;
  readonly body: string;
  readonly attempts: number;
  readonly url: string;
  readonly secret: string;
}

/** The JSON a receiver is sent for one notification: what happened, structured; it words it for its own people. */
export interface WebhookBody {
  readonly id: string;
  readonly kind: string;
  readonly occurredAt: string;
  readonly consultationId: string;
  readonly documentId: string | null;
  readonly detail: unknown;
}

/**
 * Delivers each stakeholder's notifications to its webhook endpoints, from an outbox:
 * first it queues, per endpoint, the notifications after the last it queued (one row per
 * notification and endpoint, in the transaction that moves the endpoint's mark); then it
 * claims the deliveries that are due, POSTs each signed, and records the outcome, with a
 * later attempt after a failure (doubling delays) until the policy gives up. Several
 * processes may run it: queuing locks the endpoint, claiming skips what another claimed.
 */
export class WebhookRelay {
  private running = false;
  private loop?: Promise<void>;
  private readonly stopping = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: WebhookRelayOptions,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    await this.loop;
  }

  /** Queues what is new and makes the attempts that are due now; returns how many attempts it made. */
  async drain(): Promise<number> {
    await this.queue();
    let attempted = 0;
    for (;;) {
      const due = await this.claimDue();
      if (due.length === 0) return attempted;
      await Promise.all(due.map((delivery) => this.attempt(delivery)));
      attempted += due.length;
    }
  }

  /** Puts in the outbox every notification of an endpoint's stakeholder after the endpoint's mark, and moves the mark. */
  async queue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const endpoints: { id: string; stakeholder_id: string; queued_up_to: string }[] = await manager.query(
        'SELECT id, stakeholder_id, queued_up_to FROM webhook_endpoints FOR UPDATE SKIP LOCKED',
      );
      let queued = 0;
      for (const endpoint of endpoints) {
        const rows: {
          id: string;
          kind: string;
          occurred_at: Date;
          consultation_id: string;
          document_id: string | null;
          detail: unknown;
          position: string;
        }[] = await manager.query(
          `SELECT id, kind, occurred_at, consultation_id, document_id, detail, position FROM notifications
             WHERE recipient_id = $1 AND position > $2 ORDER BY position, id`,
          [endpoint.stakeholder_id, endpoint.queued_up_to],
        );
        if (rows.length === 0) continue;
        const at = this.now();
        for (const row of rows) {
          const body: WebhookBody = {
            id: row.id,
            kind: row.kind,
            occurredAt: new Date(row.occurred_at).toISOString(),
            consultationId: row.consultation_id,
            documentId: row.document_id,
            detail: row.detail,
          };
          await manager.query(
            `INSERT INTO webhook_deliveries (endpoint_id, notification_id, body, status, attempts, next_attempt_at, queued_at)
             VALUES ($1, $2, $3, 'pending', 0, $4, $4) ON CONFLICT DO NOTHING`,
            [endpoint.id, row.id, JSON.stringify(body), at],
          );
        }
        await manager.query('UPDATE webhook_endpoints SET queued_up_to = $2 WHERE id = $1', [endpoint.id, rows[rows.length - 1].position]);
        queued += rows.length;
      }
      return queued;
    });
  }

  /** Takes the due deliveries for one round: their next attempt moves past the timeout, so another relay leaves them be. */
  private async claimDue(): Promise<DueDelivery[]> {
    const now = this.now();
    const lease = new Date(now.getTime() + this.options.timeoutMs + this.options.pollIntervalMs);
    const [rows]: [
      { endpoint_id: string; notification_id: string; body: string; attempts: number; url: string; secret: string }[],
      number,
    ] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET next_attempt_at = $3
       FROM webhook_endpoints e
       WHERE e.id = d.endpoint_id AND (d.endpoint_id, d.notification_id) IN (
         SELECT endpoint_id, notification_id FROM webhook_deliveries
         WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING d.endpoint_id, d.notification_id, d.body, d.attempts, e.url, e.secret`,
      [now, this.options.batchSize, lease],
    );
    return rows.map((row) => ({
      endpointId: row.endpoint_id,
      notificationId: row.notification_id,
      body: row.body,
      attempts: row.attempts,
      url: row.url,
      secret: row.secret,
    }));
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const outcome = await postSigned(delivery.url, delivery.secret, delivery.body, this.options.timeoutMs, this.now());
    const attempts = delivery.attempts + 1;
    const givenUp = !outcome.delivered && attempts >= this.options.retry.maxAttempts;
    const status = outcome.delivered ? 'delivered' : givenUp ? 'failed' : 'pending';
    const now = this.now();
    const next = new Date(now.getTime() + retryDelayMs(attempts, this.options.retry));
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $3, attempts = $4, next_attempt_at = $5, last_status_code = $6, last_error = $7,
         delivered_at = CASE WHEN $3 = 'delivered' THEN $8::timestamptz ELSE delivered_at END
       WHERE endpoint_id = $1 AND notification_id = $2`,
      [delivery.endpointId, delivery.notificationId, status, attempts, next, outcome.statusCode, outcome.error, now],
    );
    if (!outcome.delivered)
      this.logger.warn('webhook delivery failed', { endpointId: delivery.endpointId, attempts, status, error: outcome.error });
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.drain();
      } catch (error) {
        this.logger.error('webhook relay could not deliver; retrying', { error: String(error) });
      }
      // Stopping wakes the wait: a shutdown does not sit out a poll interval.
      await sleep(this.options.pollIntervalMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }
}

/**
 * POSTs a body with its signature. Redirects are not followed (a 3xx is a failed attempt):
 * the endpoint the stakeholder registered is the only one that receives its notifications.
 */
export function postSigned(url: string, secret: string, body: string, timeoutMs: number, at: Date): Promise<WebhookAttempt> {
  const timestamp = Math.floor(at.getTime() / 1000);
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          'User-Agent': 'consultation-ledger-webhooks',
        },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        const statusCode = res.statusCode ?? 0;
        res.on('end', () => {
          if (statusCode >= 200 && statusCode < 300) resolve({ delivered: true, statusCode, error: null });
          else if (statusCode >= 300 && statusCode < 400)
            resolve({ delivered: false, statusCode, error: `HTTP ${statusCode}: redirects are not followed` });
          else resolve({ delivered: false, statusCode, error: `HTTP ${statusCode}` });
        });
        res.on('error', (error) => resolve({ delivered: false, statusCode, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ delivered: false, statusCode: null, error: error.message }));
    req.end(body);
  });
}
