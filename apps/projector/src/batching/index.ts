export * from './row-cache';
export * from './upsert-rows';
