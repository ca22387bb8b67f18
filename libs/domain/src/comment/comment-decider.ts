import { Decider } from '../decider';
import { CommentCommand } from './comment-commands';
import { CommentContext, CommentState, decideComment, evolveComment, initialCommentState } from './comment';

/** One comment in a thread: its posting and its hiding by the secretariat. */
export const commentDecider: Decider<CommentCommand, CommentState, CommentContext> = {
  decide: decideComment,
  evolve: evolveComment,
  initialState: initialCommentState,
};
