import { AmendmentOperation } from '#libs/text';

/** The provisions a change touches, by id. */
export function provisionsChangedBy(change: AmendmentOperation): readonly string[] {
  if (change.kind === 'add') return [change.newId];
  return 'provisionId' in change ? [change.provisionId] : [];
}
