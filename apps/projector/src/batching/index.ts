export * from './row-cache';
export * from './json-rows';
