export * from './upload-refused';
export * from './upload-limits';
export { openZip, startsLikeZip } from './safe-zip-parts';
export type { OpenedZip, ZipEntryInfo } from './safe-zip-parts';
export * from './safe-xml';
export * from './word-package';
