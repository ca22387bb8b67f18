export * from './akoma-ntoso';
export * from './docx';
