export * from './document-docx';



export * from './docx-reader';
export * from './accept-all';

