export * from './upload-safety';
export * from './docx-in';
