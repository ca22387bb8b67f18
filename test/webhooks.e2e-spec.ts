/**
 * Signed webhooks (issue 22, item 8) on real PostgreSQL and a real HTTP receiver: a
 * stakeholder's notifications, as the notification projection records them, are queued in
 * the outbox for its endpoint, POSTed with an HMAC-SHA256 signature over timestamp and body,
 * retried with backoff after a 500, never sent through a redirect, and logged per endpoint.
 */
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentProposed,
  amendmentRuled,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { importResolution } from '#libs/text';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { WEBHOOK_SIGNATURE_HEADER, WebhookEndpoints, WebhookRelay, webhookSignatureProblem } from '#libs/runtime';
import { listNotifications, markRead } from '../apps/gateway/src/notifications/notification-queries';
import { NotificationsProjection } from '../apps/projector/src/projections/notifications.projection';
import { createTestDatabase } from './support/test-database';

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A receiver on this machine answering with the statuses given, one per request, then 200. */
async function receiver(statuses: number[], location?: string): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, location ? { Location: location } : {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ledger-hook`, received };
}

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council.
`).document;

/** The negotiation ends half a day after the test starts: the notification centre warns of it. */
const NEGOTIATION_ENDS = new Date(Date.now() + 12 * 3_600_000);

const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };

describe('webhooks', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  const projection = new NotificationsProjection();
  const servers: Server[] = [];
  let position = 0;

  async function record(event: NewEvent, actor: Actor): Promise<void> {
    position++;
    const at = new Date(Date.UTC(2026, 11, 1, 10, 0, position)).toISOString();
    const recorded = {
      ...event,
      position,
      eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
      streamId: 's',
      streamVersion: position,
      recordedAt: at,
      metadata: { actor, correlationId: 'c', occurredAt: at },
    } as RecordedEvent;
    await dataSource.transaction((manager) => projection.apply([recorded], manager));
  }

  beforeAll(async () => {
    database = await createTestDatabase('webhooks');
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    dataSource = await createDataSource({
      url: database.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'webhooks-test',
    }).initialize();
    await record(
      consultationRegistered({
        consultationId: 'res1334',
        title: 'Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: { negotiation: NEGOTIATION_ENDS.toISOString() },
        restricted: false,
      }),
      secretariat,
    );
    await record(
      documentRegistered({
        documentId: 'doc',
        consultationId: 'res1334',
        symbol: 'C25/12',
        versionLabel: 'draft',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
      secretariat,
    );
    await record(
      amendmentProposed({
        documentId: 'doc',
        amendmentId: 'am-egypt',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-1-2' },
        proposers: ['egypt'],
      }),
      egypt,
    );
    // Before Egypt registers its endpoint: the endpoint does not receive this backlog.
    await record(consultationPhaseChanged({ consultationId: 'res1334', from: 'drafting', to: 'negotiation' }), chair);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await dataSource?.destroy();
    await database?.drop();
  });

  it('delivers a notification signed, retries it after a 500, never follows a redirect, and logs each endpoint', async () => {
    const endpoints = new WebhookEndpoints(dataSource);
    const delegation = await receiver([500]);
    const elsewhere = await receiver([]);
    const redirecting = await receiver([302, 302, 302], elsewhere.url);
    servers.push(delegation.server, elsewhere.server, redirecting.server);
    const registered = (await endpoints.register('egypt', delegation.url, new Date()))!;
    const redirected = (await endpoints.register('egypt', redirecting.url, new Date()))!;
    const listed = await endpoints.list('egypt');
    expect(listed.map((endpoint) => endpoint.url).sort()).toEqual([delegation.url, redirecting.url].sort());
    expect(listed.every((endpoint) => !('secret' in endpoint))).toBe(true);

    await record(
      amendmentRuled({ documentId: 'doc', decisionId: 'd1', amendmentId: 'am-egypt', ruling: 'rejected', reason: 'no consensus' }),
      chair,
    );
    const relay = new WebhookRelay(
      dataSource,
      { batchSize: 10, pollIntervalMs: 50, timeoutMs: 2_000, retry: { firstDelayMs: 300, maxDelayMs: 1_000, maxAttempts: 2 } },
      createLogger('webhooks-test', 'error'),
    );

    expect(await relay.drain()).toBe(2);
    expect(delegation.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    const log = (await endpoints.deliveries('egypt', registered.id))!;
    // The phase change came before the endpoint was registered: only the ruling is queued.
    expect(log).toHaveLength(1);
    const [first] = log;
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500', deliveredAt: null });
    // Not due yet: the backoff holds the next attempt.
    expect(await relay.drain()).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await relay.drain()).toBe(2);
    expect(delegation.received).toHaveLength(2);
    expect(elsewhere.received).toHaveLength(0);

    const [, retried] = delegation.received;
    expect(retried.body).toBe(delegation.received[0].body);
    const signature = retried.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string;
    expect(webhookSignatureProblem(registered.secret, signature, retried.body, Math.floor(Date.now() / 1000))).toBeUndefined();
    expect(webhookSignatureProblem(redirected.secret, signature, retried.body, Math.floor(Date.now() / 1000))).toBe(
      'the signature does not match',
    );
    expect(JSON.parse(retried.body)).toMatchObject({
      kind: 'ruling',
      consultationId: 'res1334',
      documentId: 'doc',
      detail: { kind: 'ruling', symbol: 'C25/12', ruling: 'rejected', reason: 'no consensus', corrected: false },
    });

    const [delivered] = (await endpoints.deliveries('egypt', registered.id))!;
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(await endpoints.deliveries('egypt', redirected.id)).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 2, lastStatusCode: 302, lastError: 'HTTP 302: redirects are not followed' }),
    ]);
    // Another stakeholder reads no log of Egypt's endpoints.
    expect(await endpoints.deliveries('kenya', registered.id)).toBeUndefined();
  });

  it('warns the participants of a deadline less than a day away, computed when read, and keeps it read once read', async () => {
    const now = new Date();
    const [deadline] = await listNotifications(dataSource, 'egypt', now);
    expect(deadline).toMatchObject({
      kind: 'deadline',
      read: false,
      detail: { kind: 'deadline', title: 'Resolution 1334', phase: 'negotiation', deadline: NEGOTIATION_ENDS.toISOString() },
    });
    const later = new Date(NEGOTIATION_ENDS.getTime() + 60_000);
    expect((await listNotifications(dataSource, 'egypt', later)).map((n) => n.kind)).not.toContain('deadline');
    const dayBefore = new Date(NEGOTIATION_ENDS.getTime() - 25 * 3_600_000);
    expect((await listNotifications(dataSource, 'egypt', dayBefore)).map((n) => n.kind)).not.toContain('deadline');
    // Not a participant: a stakeholder that never took part hears nothing of it.
    expect(await listNotifications(dataSource, 'kenya', now)).toEqual([]);
    await markRead(dataSource, 'egypt', [deadline.id], now);
    expect((await listNotifications(dataSource, 'egypt', now))[0]).toMatchObject({ id: deadline.id, read: true });
  });
});
