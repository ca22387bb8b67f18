export * from './row-cache';
export * from './upsert-rows';
export * from './json-rows';
