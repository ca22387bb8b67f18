export * from './tokens';
export * from './problem-details';
export * from './problem-details.filter';
export * from './validation';
export * from './clean-text';
export * from './platform.module';
export * from './health.controller';
export * from './http-app';
