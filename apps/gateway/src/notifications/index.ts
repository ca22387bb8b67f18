export * from './notification-queries';
export * from './notifications.controller';
