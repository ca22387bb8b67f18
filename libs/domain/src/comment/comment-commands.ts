import { CommentSubject, UnLanguage } from '#libs/contracts';

/** A participant, the secretariat or a chair writes in the thread of an amendment or a provision. */
export interface PostComment {
  readonly kind: 'PostComment';
  readonly commentId: string;
  readonly documentId: string;
  readonly subject: CommentSubject;
  /** The stakeholder the comment speaks for; the secretariat and chairs write as themselves. */
  readonly authorId: string;
  readonly text: string;
  readonly language: UnLanguage;
  readonly replyTo?: string;
}

/** The secretariat hides a comment from the thread, with the reason readers see in its place. */
export interface HideComment {
  readonly kind: 'HideComment';
  readonly commentId: string;
  readonly reason: string;
}

export type CommentCommand = PostComment | HideComment;
