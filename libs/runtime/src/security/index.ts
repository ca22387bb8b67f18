export * from './refusal-log';
export * from './rate-limiter';
export * from './shared-rate-limit';
export * from './input-policy.pipe';
