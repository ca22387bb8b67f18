export * from './result';
export * from './actor';
export * from './stakeholder/stakeholder';
export * from './consultation/consultation';
export * from './document/document-state';
export * from './document/document-decide';
export * from './contribution/contribution';
export * from './ledger-commands';
