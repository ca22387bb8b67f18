export * from './comment-queries';
export * from './comments.controller';
