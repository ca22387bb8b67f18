export * from './config';
export * from './auth-config';
export * from './development-token';
export * from './logger';
export * from './database';
export * from './embedded-postgres';
export * from './data-folders';
export * from './database-folder-access';
