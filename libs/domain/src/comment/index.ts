export * from './comment-commands';
export * from './comment';
export * from './comment-decider';
