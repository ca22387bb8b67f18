export * from './docx-warnings';
export * from './word-import';
export * from './contribution-from-docx';
export { acceptAllChanges as acceptedLines } from './accept-all';
