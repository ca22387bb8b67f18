import { commentStreamId, documentStreamId } from '#libs/contracts';
import { CommentCommand, CommentContext, CommentState, DocumentState, commentDecider, documentDecider, refusalOf } from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { LoadedStream, loadDecisionReads } from './stream-reader';

function documentStream(documentId: string) {
  return { streamId: documentStreamId(documentId), evolve: documentDecider.evolve, initial: documentDecider.initialState };
}

function commentStream(commentId: string) {
  return { streamId: commentStreamId(commentId), evolve: commentDecider.evolve, initial: commentDecider.initialState };
}

/**
 * A comment, decided on its own stream (threads never contend with the negotiation's writes)
 * with the document it is on, that document's consultation, the author's registry entries
 * and, for a reply, the comment it answers.
 */
export const commentHandler: AggregateHandler<CommentCommand, CommentState, CommentContext> = {
  decider: commentDecider,
  streamOf: (command) => commentStreamId(command.commentId),
  async contextOf(command, { state }, { actor }, reads) {
    const documentId = command.kind === 'PostComment' ? command.documentId : state.documentId;
    if (!documentId) return new Refused(refusalOf('not-found', 'comment.notFound'));
    const replyTo = command.kind === 'PostComment' ? command.replyTo : undefined;
    const [loaded, answered] = (await reads.load([
      documentStream(documentId),
      ...(replyTo !== undefined ? [commentStream(replyTo)] : []),
    ])) as [LoadedStream<DocumentState>, LoadedStream<CommentState>?];
    const document = loaded.state;
    if (!document.registered) return new Refused(refusalOf('not-found', 'document.notFound'));
    const authorId = command.kind === 'PostComment' ? command.authorId : actor.id;
    const first = await loadDecisionReads(reads, document.consultationId, [actor.id, authorId]);
    const participants = first.consultation.restricted ? first.consultation.participants : [];
    const { consultation, stakeholders } = await loadDecisionReads(reads, document.consultationId, [actor.id, authorId, ...participants]);
    return { actor, document, consultation, stakeholders, ...(answered ? { repliedTo: answered.state } : {}) };
  },
};
