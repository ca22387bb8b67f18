export * from './comment-queries';
export * from './comments.controller';
export * from './web-comments.controller';
