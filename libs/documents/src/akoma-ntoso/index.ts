export * from './context';
export * from './namespaces';
export { exportAkomaNtoso, akomaNtosoElement } from './export-document';
export type { AknTranslation } from './export-document';
export { importAkomaNtoso, AkomaNtosoFormatError } from './import-document';
export { frbrUris } from './meta';
export { exportAmendmentAkomaNtoso } from './export-amendment';
export type { AknAmendment } from './export-amendment';
