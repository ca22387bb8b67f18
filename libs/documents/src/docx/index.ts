export * from './document-docx';
export * from './marked-docx';
export * from './compilation-docx';
export * from './contribution-docx';

export * from './docx-reader';
export * from './accept-all';

export * from './download';
export * from './authorship';
export type { RevisionAuthorship } from './runs';
export { secretariatName } from './reader-language';
