import {
  Actor,
  NestedMessage,
  COMMENT_HIDDEN,
  COMMENT_POSTED,
  CommentSubject,
  NewEvent,
  UN_LANGUAGES,
  commentHidden,
  commentPosted,
  nestedMessage,
} from '#libs/contracts';
import { locateProvision } from '#libs/text';
import { hasRole } from '../actor';
import { ConsultationState, chairs } from '../consultation/consultation';
import { DocumentState } from '../document/document-state';
import { inputTextProblem, recordedText } from '../input/input-text';
import { Decision, Refusal, accept, refusalOf, refuse } from '../result';
import { StakeholderDirectory, actsFor, nameOf } from '../stakeholder/stakeholder';
import { CommentCommand, PostComment } from './comment-commands';

/** A comment is a remark in a thread, not a text for the record: long enough for an argument, short enough to read on a phone. */
export const MAX_COMMENT_CHARACTERS = 4000;
/** A reason a reader sees in place of the comment: one sentence. */
export const MAX_HIDING_REASON_CHARACTERS = 500;

export interface CommentState {
  readonly posted: boolean;
  readonly commentId?: string;
  readonly consultationId?: string;
  readonly documentId?: string;
  readonly subject?: CommentSubject;
  readonly hidden: boolean;
}

export const initialCommentState: CommentState = { posted: false, hidden: false };

export interface CommentContext {
  readonly actor: Actor;
  /** The document the thread is on. */
  readonly document: DocumentState;
  readonly consultation: ConsultationState;
  /** The registry entries of the actor, the author and, on a restricted consultation, its participants. */
  readonly stakeholders: StakeholderDirectory;
  /** The comment a reply answers, as its stream has it. */
  readonly repliedTo?: CommentState;
}

/** A comment is posted once; only the secretariat hides it, once, with a reason. */
export function decideComment(command: CommentCommand, state: CommentState, context: CommentContext): Decision<NewEvent> {
  if (command.kind === 'PostComment') return decidePosting(command, state, context);
  if (!state.posted) return refuse('not-found', 'comment.notFound');
  // Moderation belongs to the secretariat, which is neutral in the negotiation: not a chair, not a delegation.
  if (!hasRole(context.actor, 'secretariat')) return refuse('not-allowed', 'comment.hideSecretariatOnly');
  if (state.hidden) return refuse('conflict', 'comment.alreadyHidden');
  const reason = recordedText(command.reason ?? '');
  const problem = inputTextProblem({ field: 'reason' }, reason) ?? tooLong('reason', reason, MAX_HIDING_REASON_CHARACTERS);
  if (problem) return { ok: false, refusal: problem };
  return accept(
    commentHidden({
      commentId: state.commentId!,
      consultationId: state.consultationId!,
      documentId: state.documentId!,
      subject: state.subject!,
      by: context.actor.id,
      reason,
    }),
  );
}

function decidePosting(command: PostComment, state: CommentState, context: CommentContext): Decision<NewEvent> {
  const { actor, document, consultation, stakeholders } = context;
  if (state.posted) return refuse('already-exists', 'comment.alreadyPosted');
  if (!document.registered) return refuse('not-found', 'document.notFound');
  if (!consultation.registered) return refuse('not-found', 'consultation.notFound');
  const subjectProblem = missingSubject(command.subject, document);
  if (subjectProblem) return { ok: false, refusal: subjectProblem };
  const authorProblem = authorRefusal(command.authorId, actor, consultation, stakeholders);
  if (authorProblem) return { ok: false, refusal: authorProblem };
  if (command.replyTo !== undefined) {
    const answered = context.repliedTo;
    if (!answered?.posted || answered.documentId !== document.documentId || !sameSubject(answered.subject!, command.subject))
      return refuse('not-found', 'comment.replyNotInThread');
  }
  if (!(UN_LANGUAGES as readonly string[]).includes(command.language))
    return refuse('invalid', 'comment.unknownLanguage', { given: command.language, languages: UN_LANGUAGES });
  const text = recordedText(command.text);
  const problem = inputTextProblem({ field: 'text' }, text) ?? tooLong('text', text, MAX_COMMENT_CHARACTERS);
  if (problem) return { ok: false, refusal: problem };
  return accept(
    commentPosted({
      commentId: command.commentId,
      consultationId: document.consultationId!,
      documentId: document.documentId!,
      subject: command.subject,
      authorId: command.authorId,
      text,
      language: command.language,
      ...(command.replyTo !== undefined ? { replyTo: command.replyTo } : {}),
    }),
  );
}

/** The document as a refusal names it: by its symbol, or as "the document". */
function documentNamed(document: DocumentState): string | NestedMessage {
  return document.symbol ?? nestedMessage('comment.theDocument');
}

function missingSubject(subject: CommentSubject, document: DocumentState): Refusal | undefined {
  if (subject.kind === 'amendment')
    return document.amendments[subject.amendmentId]
      ? undefined
      : refusalOf('not-found', 'comment.amendmentNotOnDocument', { document: documentNamed(document) });
  return locateProvision(document.working!, subject.provisionId)
    ? undefined
    : refusalOf('not-found', 'comment.provisionNotInText', { document: documentNamed(document) });
}

/**
 * Who may write: a stakeholder for itself or its group, the secretariat and the chairs of the
 * consultation as themselves. A restricted consultation's threads are its participants'.
 */
function authorRefusal(
  authorId: string,
  actor: Actor,
  consultation: ConsultationState,
  stakeholders: StakeholderDirectory,
): Refusal | undefined {
  if (authorId === actor.id && (hasRole(actor, 'secretariat') || chairs(actor, consultation))) return undefined;
  if (!stakeholders.get(authorId)) return refusalOf('not-allowed', 'stakeholder.notFound');
  if (!actsFor(actor, authorId, stakeholders))
    return refusalOf('not-allowed', 'comment.doesNotActFor', {
      actor: nameOf(stakeholders, actor.id),
      stakeholder: nameOf(stakeholders, authorId),
    });
  if (consultation.restricted && !admitted(authorId, consultation, stakeholders))
    return refusalOf('not-allowed', 'comment.notAdmitted', { stakeholder: nameOf(stakeholders, authorId) });
  return undefined;
}

function admitted(stakeholderId: string, consultation: ConsultationState, stakeholders: StakeholderDirectory): boolean {
  return consultation.participants.some((id) => id === stakeholderId || (stakeholders.get(id)?.memberIds.includes(stakeholderId) ?? false));
}

function sameSubject(a: CommentSubject, b: CommentSubject): boolean {
  if (a.kind === 'amendment') return b.kind === 'amendment' && a.amendmentId === b.amendmentId;
  return b.kind === 'provision' && a.provisionId === b.provisionId;
}

function tooLong(field: 'text' | 'reason', text: string, max: number): Refusal | undefined {
  const length = [...text].length;
  return length > max ? refusalOf('invalid', 'comment.tooLong', { field, length, max }) : undefined;
}

export function evolveComment(state: CommentState, event: NewEvent): CommentState {
  switch (event.type) {
    case COMMENT_POSTED: {
      const e = event.payload;
      return {
        ...state,
        posted: true,
        commentId: e.commentId,
        consultationId: e.consultationId,
        documentId: e.documentId,
        subject: e.subject,
      };
    }
    case COMMENT_HIDDEN:
      return { ...state, hidden: true };
    default:
      return state;
  }
}
