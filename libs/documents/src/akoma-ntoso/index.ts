export * from './context';
export * from './namespaces';
export { exportAkomaNtoso, akomaNtosoElement } from './export-document';
export type { AknTranslation } from './export-document';
export { importAkomaNtoso, AkomaNtosoFormatError, AKOMA_NTOSO_PROBLEMS_EN } from './import-document';
export { XML_READ_PROBLEMS_EN } from './xml-reader';
export { frbrUris } from './meta';
export { exportAmendmentAkomaNtoso } from './export-amendment';
export type { AknAmendment } from './export-amendment';
