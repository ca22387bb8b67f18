export * from './input-commands';
export * from './input';
export * from './input-text';
export * from './input-decider';
