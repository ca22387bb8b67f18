export * from './config';
export * from './auth-config';
export * from './logger';
export * from './database';
export * from './embedded-postgres';
