import type { Conflict } from '#libs/text';
import type { Translate } from './translate';

/** A conflict between two amendments as a person reads it: its key's message in the interface language, provisions and words as printed. */
export function conflictMessage(t: Translate, conflict: Pick<Conflict, 'key' | 'params'>): string {
  return t(conflict.key, conflict.params);
}
