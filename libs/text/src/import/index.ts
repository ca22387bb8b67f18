export { importResolution } from './import-resolution';
export type { ImportOptions, ImportResult } from './import-resolution';
