export * from './akoma-ntoso';
export * from './docx';
export * from './upload-safety';
export * from './docx-in';
export * from './html/contribution-html';
export * from './language-edition';
