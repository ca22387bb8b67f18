export * from './docx-warnings';
export * from './word-import';
export * from './contribution-from-docx';
