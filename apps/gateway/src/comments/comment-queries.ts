import { DataSource } from 'typeorm';

export interface CommentItem {
  readonly commentId: string;
  readonly authorId: string;
  readonly authorName: string;
  /** Null when hidden and the reader is not the secretariat: readers see the reason instead. */
  readonly text: string | null;
  readonly language: string;
  readonly replyTo: string | null;
  readonly postedAt: string;
  readonly hidden: { readonly by: string; readonly reason: string; readonly at: string } | null;
}

export interface ThreadSubject {
  readonly on: 'amendment' | 'provision';
  readonly subjectId: string;
}

/**
 * The comments of a thread in the order posted, with their authors' registered names (a
 * chair or the secretariat by its id). A hidden comment keeps its place and its reason; its
 * words are for the secretariat, which moderates, only.
 */
export async function threadOf(
  dataSource: DataSource,
  documentId: string,
  subject: ThreadSubject,
  { moderator }: { readonly moderator: boolean },
): Promise<CommentItem[]> {
  const rows: {
    id: string;
    author_id: string;
    author_name: string | null;
    text: string;
    language: string;
    reply_to: string | null;
    posted_at: Date;
    hidden: CommentItem['hidden'];
  }[] = await dataSource.query(
    `SELECT c.id, c.author_id, s.name AS author_name, c.text, c.language, c.reply_to, c.posted_at, c.hidden
       FROM comments c LEFT JOIN stakeholders s ON s.id = c.author_id
      WHERE c.document_id = $1 AND c.subject_kind = $2 AND c.subject_id = $3
      ORDER BY c.position, c.id`,
    [documentId, subject.on, subject.subjectId],
  );
  return rows.map((row) => ({
    commentId: row.id,
    authorId: row.author_id,
    authorName: row.author_name ?? row.author_id,
    text: row.hidden && !moderator ? null : row.text,
    language: row.language,
    replyTo: row.reply_to,
    postedAt: new Date(row.posted_at).toISOString(),
    hidden: row.hidden,
  }));
}

/** How many comments each thread of a document holds, by `amendment/<id>` and `provision/<id>`. */
export async function threadSizes(dataSource: DataSource, documentId: string): Promise<Map<string, number>> {
  const rows: { subject_kind: string; subject_id: string; count: number }[] = await dataSource.query(
    'SELECT subject_kind, subject_id, count(*)::int AS count FROM comments WHERE document_id = $1 GROUP BY subject_kind, subject_id',
    [documentId],
  );
  return new Map(rows.map((row) => [`${row.subject_kind}/${row.subject_id}`, row.count]));
}
