export * from './result';
export * from './consultation/consultation';
