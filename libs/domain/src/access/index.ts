export * from './consultation-access';
export * from './permissions';
