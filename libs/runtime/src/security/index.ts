export * from './refusal-log';
export * from './rate-limiter';
export * from './input-policy.pipe';
