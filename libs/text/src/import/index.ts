export { importResolution } from './import-resolution';
export type { ImportOptions, ImportResult } from './import-resolution';
export { splitLabel } from './line-label';
export type { LabelledLine } from './line-label';
export { IMPORT_WARNING_KEYS, importWarningKeys, importWarningParamNames, isImportWarningKey, keepsUnplacedText } from './import-warnings';
export type { ImportWarningKey, ImportWarningParams } from './import-warnings';
