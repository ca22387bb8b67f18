export * from './akoma-ntoso';
