export * from './recorded-event';
export * from './ledger-event';
export * from './stakeholder-events';
export * from './consultation-events';
export * from './document-events';
export * from './contribution-events';
export * from './event-catalogue';
export * from './command-envelope';
