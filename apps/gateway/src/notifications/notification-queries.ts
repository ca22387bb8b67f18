import { DataSource } from 'typeorm';
import type { NotificationDetailColumn } from '#libs/read-models';

/** A consultation's deadline this close makes a notification, computed when the centre is read. */
export const DEADLINE_NOTICE_MS = 24 * 3_600_000;
/** How many notifications the centre lists, newest first. */
export const NOTIFICATIONS_LISTED = 200;

/** A notification of a deadline: made at read time from the consultation's current phase and its deadline. */
export interface DeadlineDetail {
  readonly kind: 'deadline';
  readonly title: string;
  readonly phase: string;
  readonly deadline: string;
}

export type NotificationDetail = NotificationDetailColumn | DeadlineDetail;

export interface NotificationItem {
  readonly id: string;
  readonly kind: NotificationDetail['kind'];
  readonly consultationId: string;
  readonly documentId: string | null;
  readonly occurredAt: string;
  readonly read: boolean;
  readonly detail: NotificationDetail;
  /** The registered names of the stakeholders the detail names (proposers, a comment's author), by id. */
  readonly names: Readonly<Record<string, string>>;
}

/** The stakeholders an actor reads notifications for: itself and the groups it is a member of. */
export async function recipientsOf(dataSource: DataSource, actorId: string): Promise<string[]> {
  const groups: { id: string }[] = await dataSource.query('SELECT id FROM stakeholders WHERE $1 = ANY (member_ids) ORDER BY id', [actorId]);
  return [actorId, ...groups.map((group) => group.id)];
}

/**
 * The notification centre of an actor at `now`: what the projection recorded for it and its
 * groups, and a notification for each consultation it follows whose current phase ends
 * within a day; each marked read or not.
 */
export async function listNotifications(
  dataSource: DataSource,
  actorId: string,
  now: Date,
  { unreadOnly = false }: { readonly unreadOnly?: boolean } = {},
): Promise<NotificationItem[]> {
  const recipients = await recipientsOf(dataSource, actorId);
  const rows: {
    id: string;
    kind: NotificationDetail['kind'];
    consultation_id: string;
    document_id: string | null;
    occurred_at: Date;
    detail: NotificationDetailColumn;
    read: boolean;
  }[] = await dataSource.query(
    // A member and its group are told of the same event once: the member's own notification first.
    `SELECT DISTINCT ON (n.position, n.kind, n.detail) n.id, n.kind, n.consultation_id, n.document_id, n.occurred_at, n.detail,
            (r.notification_id IS NOT NULL) AS read
       FROM notifications n
       LEFT JOIN notification_reads r ON r.recipient_id = $1 AND r.notification_id = n.id
      WHERE n.recipient_id = ANY ($2::text[])
      ORDER BY n.position DESC, n.kind, n.detail, (n.recipient_id = $1) DESC, n.id
      LIMIT $3`,
    [actorId, recipients, NOTIFICATIONS_LISTED],
  );
  const deadlines = await deadlineNotifications(dataSource, actorId, recipients, now);
  const items = [
    ...deadlines,
    ...rows.map((row): Omit<NotificationItem, 'names'> => ({
      id: row.id,
      kind: row.kind,
      consultationId: row.consultation_id,
      documentId: row.document_id,
      occurredAt: new Date(row.occurred_at).toISOString(),
      read: row.read,
      detail: row.detail,
    })),
  ].filter((item) => !unreadOnly || !item.read);
  const named = [...new Set(items.flatMap(({ detail }) => namedIn(detail)))];
  const registry: { id: string; name: string }[] = named.length
    ? await dataSource.query('SELECT id, name FROM stakeholders WHERE id = ANY ($1::text[])', [named])
    : [];
  const names = new Map(registry.map((entry) => [entry.id, entry.name]));
  return items.map((item) => ({
    ...item,
    names: Object.fromEntries(namedIn(item.detail).map((id) => [id, names.get(id) ?? id])),
  }));
}

async function deadlineNotifications(
  dataSource: DataSource,
  actorId: string,
  recipients: readonly string[],
  now: Date,
): Promise<Omit<NotificationItem, 'names'>[]> {
  const rows: { consultation_id: string; title: string; phase: string; deadline: string | null }[] = await dataSource.query(
    `SELECT consultation_id, title, phase, deadlines ->> phase AS deadline
       FROM notification_consultations WHERE followers && $1::text[] ORDER BY consultation_id`,
    [recipients],
  );
  const due = rows.filter((row) => {
    if (!row.deadline) return false;
    const left = Date.parse(row.deadline) - now.getTime();
    return left > 0 && left <= DEADLINE_NOTICE_MS;
  });
  if (due.length === 0) return [];
  const ids = due.map((row) => `deadline:${row.consultation_id}:${row.phase}:${row.deadline}`);
  const read: { notification_id: string }[] = await dataSource.query(
    'SELECT notification_id FROM notification_reads WHERE recipient_id = $1 AND notification_id = ANY ($2::text[])',
    [actorId, ids],
  );
  const readIds = new Set(read.map((row) => row.notification_id));
  return due.map((row, i) => ({
    id: ids[i],
    kind: 'deadline' as const,
    consultationId: row.consultation_id,
    documentId: null,
    occurredAt: now.toISOString(),
    read: readIds.has(ids[i]),
    detail: { kind: 'deadline' as const, title: row.title, phase: row.phase, deadline: new Date(row.deadline!).toISOString() },
  }));
}

function namedIn(detail: NotificationDetail): string[] {
  if (detail.kind === 'conflict') return [...detail.proposers];
  if (detail.kind === 'comment') return [detail.authorId];
  return [];
}

/** Marks notifications read for an actor; ids it was never sent are ignored by the reader, never shown. */
export async function markRead(dataSource: DataSource, actorId: string, notificationIds: readonly string[], at: Date): Promise<void> {
  if (notificationIds.length === 0) return;
  await dataSource.query(
    `INSERT INTO notification_reads (recipient_id, notification_id, read_at)
     SELECT $1, id, $3 FROM unnest($2::text[]) AS id
     ON CONFLICT DO NOTHING`,
    [actorId, [...new Set(notificationIds)], at],
  );
}

/** How many of an actor's notifications are unread: the number beside the bell. */
export async function unreadCount(dataSource: DataSource, actorId: string, now: Date): Promise<number> {
  return (await listNotifications(dataSource, actorId, now, { unreadOnly: true })).length;
}
