import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** The projection that keeps the notification centre; its own tables hold what it needs to address and cite. */
export const NOTIFICATIONS_PROJECTION = 'notifications';

/** A provision as a notification cites it: its section heading, its label as printed, its opening words. */
export interface CitedProvisionColumn {
  readonly heading: string;
  readonly label: string;
  readonly words: string;
}

/** What happened, in the reader's terms; the page words it in the reader's language. */
export type NotificationDetailColumn =
  | {
      readonly kind: 'conflict';
      readonly symbol: string;
      /** Who proposed the amendment that conflicts with the reader's. */
      readonly proposers: readonly string[];
      readonly provisions: readonly CitedProvisionColumn[];
      readonly reason: string;
    }
  | {
      readonly kind: 'ruling';
      readonly symbol: string;
      readonly ruling: 'accepted' | 'rejected' | 'accepted-as-modified' | 'deferred' | 'merged';
      readonly provisions: readonly CitedProvisionColumn[];
      readonly corrected: boolean;
      readonly reason?: string;
    }
  | {
      readonly kind: 'phase-change';
      readonly title: string;
      readonly from: string;
      readonly to: string;
      readonly reason?: string;
    }
  | {
      readonly kind: 'comment';
      readonly symbol: string;
      readonly authorId: string;
      readonly provisions: readonly CitedProvisionColumn[];
      readonly excerpt: string;
      readonly commentId: string;
      readonly amendmentId: string;
    };

export type NotificationKindColumn = NotificationDetailColumn['kind'];

/** One notification to one stakeholder; its id is stable across rebuilds (the event's position, the kind, the reader). */
@Entity({ name: 'notifications' })
export class NotificationRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'recipient_id' })
  recipientId: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text', { name: 'document_id', nullable: true })
  documentId: string | null;

  @Column('text')
  kind: NotificationKindColumn;

  @Column('jsonb')
  detail: NotificationDetailColumn;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}

/** A consultation as the notification centre needs it: its title, phase, deadlines and chairs. */
@Entity({ name: 'notification_consultations' })
export class NotificationConsultationRow {
  @PrimaryColumn('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  title: string;

  @Column('text')
  phase: string;

  @Column('jsonb')
  deadlines: Record<string, string>;

  /** Who hears of its phase changes and deadlines: chairs, admitted participants, proposers, commenters. */
  @Column('text', { array: true })
  followers: string[];
}

/** A document as notifications cite it: its symbol and the text of its latest version. */
@Entity({ name: 'notification_documents' })
export class NotificationDocumentRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  symbol: string;

  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('jsonb')
  text: unknown;
}

/** An amendment as the notification centre needs it: whose it is, what it does, whether it is still undecided. */
@Entity({ name: 'notification_amendments' })
export class NotificationAmendmentRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text', { name: 'amendment_id' })
  amendmentId: string;

  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('jsonb')
  operation: unknown;

  /** Proposers, co-sponsors and the group it is on behalf of: all hear of it. */
  @Column('text', { array: true })
  owners: string[];

  @Column('text', { nullable: true })
  language: string | null;

  @Column('boolean')
  undecided: boolean;
}

/** The comments of the threads on amendments and provisions, hidden ones with the secretariat's reason. */
@Entity({ name: 'comments' })
export class CommentRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  /** `amendment` or `provision`. */
  @Column('text', { name: 'subject_kind' })
  subjectKind: 'amendment' | 'provision';

  @Column('text', { name: 'subject_id' })
  subjectId: string;

  @Column('text', { name: 'author_id' })
  authorId: string;

  @Column('text')
  text: string;

  @Column('text')
  language: string;

  @Column('text', { name: 'reply_to', nullable: true })
  replyTo: string | null;

  @Column('timestamptz', { name: 'posted_at' })
  postedAt: Date;

  @Column('jsonb', { nullable: true })
  hidden: { readonly by: string; readonly reason: string; readonly at: string } | null;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}

/** Which notifications a stakeholder has read: kept by the gateway, apart from the projection, so a rebuild keeps them. */
@Entity({ name: 'notification_reads' })
export class NotificationReadRow {
  @PrimaryColumn('text', { name: 'recipient_id' })
  recipientId: string;

  @PrimaryColumn('text', { name: 'notification_id' })
  notificationId: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt: Date;
}

/** An endpoint a stakeholder registered to receive its notifications as signed POSTs. */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'stakeholder_id' })
  stakeholderId: string;

  @Column('text')
  url: string;

  /** The HMAC-SHA256 key, shown to the stakeholder once when the endpoint is registered. */
  @Column('text')
  secret: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  /** The last notification position queued for it: the relay queues what comes after. */
  @Column('bigint', { name: 'queued_up_to', transformer: bigintAsNumber })
  queuedUpTo: number;
}

/** The outbox of webhook deliveries and their log: one row per notification per endpoint. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDeliveryRow {
  @PrimaryColumn('uuid', { name: 'endpoint_id' })
  endpointId: string;

  @PrimaryColumn('text', { name: 'notification_id' })
  notificationId: string;

  @Column('text')
  body: string;

  @Column('text')
  status: 'pending' | 'delivered' | 'failed';

  @Column('integer')
  attempts: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt: Date;

  @Column('integer', { name: 'last_status_code', nullable: true })
  lastStatusCode: number | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  @Column('timestamptz', { name: 'queued_at' })
  queuedAt: Date;
}
