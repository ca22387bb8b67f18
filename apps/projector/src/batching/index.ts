export * from './row-cache';
export * from './json-rows';
export * from './entity-rows';
