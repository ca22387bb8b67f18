/**
 * Comment threads on an amendment or a provision: participants talk about a proposal
 * around the negotiation, the secretariat moderates. Each comment is its own stream; hiding
 * one is an event that keeps the reason, so the record shows what was hidden and why.
 */
import type { UnLanguage } from './consultation-events';
import { Typed } from './recorded-event';

export const COMMENT_POSTED = 'CommentPosted';
export const COMMENT_HIDDEN = 'CommentHidden';

/** What a thread is about: an amendment to a document, or a provision of its text. */
export type CommentSubject =
  { readonly kind: 'amendment'; readonly amendmentId: string } | { readonly kind: 'provision'; readonly provisionId: string };

export interface CommentPostedV1 {
  readonly commentId: string;
  readonly consultationId: string;
  readonly documentId: string;
  readonly subject: CommentSubject;
  /** Who wrote it: the stakeholder it speaks for, or the secretariat or chair who wrote it. */
  readonly authorId: string;
  readonly text: string;
  readonly language: UnLanguage;
  /** The comment this one answers, in the same thread. */
  readonly replyTo?: string;
}

export interface CommentHiddenV1 {
  readonly commentId: string;
  readonly consultationId: string;
  readonly documentId: string;
  readonly subject: CommentSubject;
  readonly by: string;
  /** Shown to readers in place of the comment: "hidden by the secretariat: <reason>". */
  readonly reason: string;
}

export type CommentPosted = Typed<typeof COMMENT_POSTED, CommentPostedV1>;
export type CommentHidden = Typed<typeof COMMENT_HIDDEN, CommentHiddenV1>;

/** The events of a comment's stream. */
export type CommentEvent = CommentPosted | CommentHidden;

export function commentPosted(payload: CommentPostedV1): CommentPosted {
  return { type: COMMENT_POSTED, schemaVersion: 1, payload };
}

export function commentHidden(payload: CommentHiddenV1): CommentHidden {
  return { type: COMMENT_HIDDEN, schemaVersion: 1, payload };
}

export function commentStreamId(commentId: string): string {
  return `comment-${commentId}`;
}

/** The key of a thread: all comments on one amendment, or on one provision, of a document. */
export function threadKey(documentId: string, subject: CommentSubject): string {
  return subject.kind === 'amendment' ? `${documentId}/amendment/${subject.amendmentId}` : `${documentId}/provision/${subject.provisionId}`;
}
