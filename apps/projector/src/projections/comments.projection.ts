import { EntityManager } from 'typeorm';
import { COMMENT_EVENT_TYPES, COMMENT_HIDDEN, COMMENT_POSTED, EventType, RecordedEvent, isCommentEvent } from '#libs/contracts';
import { CommentRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';

/**
 * The comment threads: one row per comment, by thread (the amendment or provision of a
 * document it is on); a hidden comment keeps its words for the record and carries who hid
 * it, when and why, which readers see in its place.
 */
export class CommentsProjection implements Projection {
  readonly name = 'comments';
  readonly version = 1;
  readonly tables = ['comments'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = COMMENT_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const comments = new RowCache<CommentRow>(async (ids) => {
      const rows = await selectEntityRows(manager, CommentRow, 'id = ANY ($1::text[])', [ids]);
      return new Map(rows.map((row) => [row.id, row]));
    });
    await comments.prefetch(events.flatMap((event) => (event.type === COMMENT_HIDDEN ? [event.payload.commentId] : [])));
    for (const event of events) {
      if (!isCommentEvent(event)) continue;
      const id = event.payload.commentId;
      const row = commentStep(event.type === COMMENT_POSTED ? undefined : comments.known(id), event);
      if (row) comments.set(id, row);
    }
    await upsertEntityRows(manager, CommentRow, comments.changedRows());
  }
}

/** The comment as it reads after one event; undefined when the event changes nothing. */
export function commentStep(row: CommentRow | undefined, event: RecordedEvent): CommentRow | undefined {
  switch (event.type) {
    case COMMENT_POSTED: {
      const e = event.payload;
      return {
        id: e.commentId,
        consultationId: e.consultationId,
        documentId: e.documentId,
        subjectKind: e.subject.kind,
        subjectId: e.subject.kind === 'amendment' ? e.subject.amendmentId : e.subject.provisionId,
        authorId: e.authorId,
        text: e.text,
        language: e.language,
        replyTo: e.replyTo ?? null,
        postedAt: new Date(event.recordedAt),
        hidden: null,
        position: event.position,
      };
    }
    case COMMENT_HIDDEN:
      return row ? { ...row, hidden: { by: event.payload.by, reason: event.payload.reason, at: event.recordedAt } } : undefined;
    default:
      return undefined;
  }
}
