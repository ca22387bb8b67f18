export * from './docx';
