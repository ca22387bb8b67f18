export * from './model';
export * from './labels';
export * from './languages';
export * from './normalize';
