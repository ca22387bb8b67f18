export { importResolution } from './import-resolution';
export type { ImportOptions, ImportResult } from './import-resolution';
export { importWarningKeys, keepsUnplacedText } from './import-warnings';
export type { ImportWarningKey } from './import-warnings';
