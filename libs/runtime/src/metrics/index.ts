export * from './metrics';
export * from './metrics-http';
export * from './metrics.module';
