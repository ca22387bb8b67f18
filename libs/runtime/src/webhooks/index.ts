export * from './webhook-signature';
export * from './webhook-url';
export * from './webhook-backoff';
export * from './webhook-relay';
export * from './webhook-endpoints';
