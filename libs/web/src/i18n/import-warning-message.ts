import type { ImportWarning } from '#libs/text';
import type { Translate } from './translate';

/** An importer's warning as a person reads it: its key's message in the interface language, its parameters as printed. */
export function importWarningMessage(t: Translate, warning: ImportWarning): string {
  return t(warning.key, warning.params);
}
