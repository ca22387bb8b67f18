import { DocumentDiff, ProvisionEntry, SectionEntry } from './document-diff';

/**
 * The entries of a revision that carry a provision or section whole (everything but
 * the `moved-away` reminders), by id: a reminder finds the moved item's sub-items and
 * footnotes there.
 */
export interface EntryIndex {
  readonly provisions: ReadonlyMap<string, ProvisionEntry>;
  readonly sections: ReadonlyMap<string, SectionEntry>;
}

export function indexEntries(diff: DocumentDiff): EntryIndex {
  const provisions = new Map<string, ProvisionEntry>();
  const sections = new Map<string, SectionEntry>();
  const visit = (entries: readonly ProvisionEntry[]) => {
    for (const entry of entries) {
      if (entry.change !== 'moved-away') provisions.set(entry.id, entry);
      visit(entry.children);
    }
  };
  for (const part of ['preamble', 'operative'] as const) {
    for (const entry of diff.sections[part]) {
      if (entry.change !== 'moved-away') sections.set(entry.id, entry);
      visit(entry.provisions);
    }
  }
  return { provisions, sections };
}

/** Whether an entry belongs to the old (`before`) or new (`after`) reading. */
export function presentIn(side: 'before' | 'after', change: string): boolean {
  return side === 'before' ? change !== 'inserted' && change !== 'moved-here' : change !== 'deleted' && change !== 'moved-away';
}
