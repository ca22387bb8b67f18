export * from './notification-queries';
export * from './notifications.controller';
export * from './web-notifications.controller';
