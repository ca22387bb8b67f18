export * from './recorded-event';
export * from './consultation-events';
export * from './event-catalogue';
export * from './ledger-commands';
