export * from './duplicate-keys';
export * from './input-policy';
export * from './instants';
export * from './json-policy';
export * from './raw-body';
export * from './token-bucket';
export * from './token-leases';
