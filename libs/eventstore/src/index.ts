export * from './event-transport';
export * from './postgres-event-store';
export * from './outbox-relay';
export * from './kafka-transport';
export * from './kafka-replay';
export * from './in-process-transport';
export * from './migrations';
export * from './audit';
