import { DocumentDiff, FootnoteEntry, ProvisionEntry, ProvisionSide, SectionEntry } from '../diff/document-diff';
import { EntryIndex, indexEntries, presentIn } from '../diff/entry-index';
import { WordSegment, textAfter, textBefore } from '../diff/word-diff';
import { DocumentStyle, LanguageCode, PartName } from '../model';

/**
 * The marked text as a tree, before it is written out as plain text or HTML: each line
 * with its ITU tag, its label and words marked kept, struck or added.
 */

/** The tag the ITU prints before a changed provision: ADD (new), MOD (reworded), SUP (suppressed). */
export type RevisionTag = 'ADD' | 'MOD' | 'SUP' | '';

export interface MarkedLine {
  readonly tag: RevisionTag;
  /** Set when the whole line is added or struck (label and words together). */
  readonly whole?: 'insert' | 'delete';
  readonly label: readonly WordSegment[];
  readonly words: readonly WordSegment[];
  /** An editorial note that belongs to neither version ("moved from ..."). */
  readonly note?: string;
}

export interface MarkedFootnote extends MarkedLine {
  readonly id: string;
}

export interface MarkedProvision extends MarkedLine {
  readonly id: string;
  readonly depth: number;
  readonly footnotes: readonly MarkedFootnote[];
  readonly children: readonly MarkedProvision[];
}

export interface MarkedSection extends MarkedLine {
  readonly id: string;
  readonly provisions: readonly MarkedProvision[];
}

export interface MarkedDocument {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
  readonly title: MarkedLine;
  readonly body: MarkedLine;
  readonly parts: Readonly<Record<PartName, readonly MarkedSection[]>>;
}

type Side = 'before' | 'after';

/** Lays a revision out as marked lines. A moved provision is struck, with its sub-items, where it stood and added where it now stands. */
export function markRevision(diff: DocumentDiff): MarkedDocument {
  const index = indexEntries(diff);
  const headings = sectionHeadings(index);
  const parts = {} as Record<PartName, MarkedSection[]>;
  for (const part of ['preamble', 'operative'] as const) {
    parts[part] = diff.sections[part].map((entry) => markSection(entry, index, headings));
  }
  return {
    language: diff.after.language,
    style: diff.after.style,
    title: line(diff.title),
    body: line(diff.body),
    parts,
  };
}

function line(words: readonly WordSegment[]): MarkedLine {
  return { tag: changed(words) ? 'MOD' : '', label: [], words };
}

function changed(words: readonly WordSegment[]): boolean {
  return words.some((segment) => segment.kind !== 'equal');
}

interface Headings {
  readonly before: ReadonlyMap<string, string>;
  readonly after: ReadonlyMap<string, string>;
}

function sectionHeadings(index: EntryIndex): Headings {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const entry of index.sections.values()) {
    if (entry.change !== 'inserted') before.set(entry.id, textBefore(entry.heading));
    if (entry.change !== 'deleted') after.set(entry.id, textAfter(entry.heading));
  }
  return { before, after };
}

function markSection(entry: SectionEntry, index: EntryIndex, headings: Headings): MarkedSection {
  const base = { id: entry.id, label: [] };
  switch (entry.change) {
    case 'kept':
      return { ...base, tag: changed(entry.heading) ? 'MOD' : '', words: entry.heading, provisions: entry.provisions.map((p) => markProvision(p, index, headings)) };
    case 'inserted':
      return { ...base, tag: 'ADD', whole: 'insert', words: plain(textAfter(entry.heading)), provisions: entry.provisions.map((p) => markProvision(p, index, headings)) };
    case 'deleted':
      return { ...base, tag: 'SUP', whole: 'delete', words: plain(textBefore(entry.heading)), provisions: entry.provisions.map((p) => markProvision(p, index, headings)) };
    case 'moved-here':
      return {
        ...base,
        tag: 'ADD',
        whole: 'insert',
        words: plain(textAfter(entry.heading)),
        note: 'moved here',
        provisions: wholeSide(entry.provisions, 'after', index, headings),
      };
    case 'moved-away': {
      const whole = index.sections.get(entry.id) as SectionEntry;
      return { ...base, tag: 'SUP', whole: 'delete', words: plain(textBefore(whole.heading)), note: `moved to the ${whole.part}`, provisions: wholeSide(whole.provisions, 'before', index, headings) };
    }
  }
}

function markProvision(entry: ProvisionEntry, index: EntryIndex, headings: Headings): MarkedProvision {
  const children = (list: readonly ProvisionEntry[]) => list.map((child) => markProvision(child, index, headings));
  switch (entry.change) {
    case 'kept': {
      const before = entry.before as ProvisionSide;
      const after = entry.after as ProvisionSide;
      return {
        id: entry.id,
        depth: after.depth,
        tag: changed(entry.words) ? 'MOD' : '',
        label: before.label === after.label ? plain(after.label) : [...struck(before.label), ...added(after.label)],
        words: entry.words,
        footnotes: entry.footnotes.map(markFootnote),
        children: children(entry.children),
      };
    }
    case 'inserted':
    case 'deleted':
      return {
        ...wholeLine(entry, entry.change === 'inserted' ? 'after' : 'before'),
        footnotes: entry.footnotes.map(markFootnote),
        children: children(entry.children),
      };
    case 'moved-here':
      return {
        ...wholeLine(entry, 'after'),
        note: `moved from ${describePlace(entry.before as ProvisionSide, 'before', index, headings)}`,
        footnotes: wholeFootnotes(entry.footnotes, 'after'),
        children: wholeSide(entry.children, 'after', index, headings),
      };
    case 'moved-away': {
      const whole = index.provisions.get(entry.id) as ProvisionEntry;
      return {
        ...wholeLine(entry, 'before'),
        note: `moved to ${describePlace(whole.after as ProvisionSide, 'after', index, headings)}`,
        footnotes: wholeFootnotes(whole.footnotes, 'before'),
        children: wholeSide(whole.children, 'before', index, headings),
      };
    }
  }
}

/** One version of a subtree, every line of it added (`after`) or struck (`before`). */
function wholeSide(entries: readonly ProvisionEntry[], side: Side, index: EntryIndex, headings: Headings): MarkedProvision[] {
  return entries
    .filter((entry) => presentIn(side, entry.change))
    .map((entry) => {
      const whole = entry.change === 'moved-away' ? (index.provisions.get(entry.id) as ProvisionEntry) : entry;
      return {
        ...wholeLine(whole, side),
        footnotes: wholeFootnotes(whole.footnotes, side),
        children: wholeSide(whole.children, side, index, headings),
      };
    });
}

function wholeLine(entry: ProvisionEntry, side: Side): Omit<MarkedProvision, 'footnotes' | 'children'> {
  const place = entry[side] as ProvisionSide;
  return {
    id: entry.id,
    depth: place.depth,
    tag: side === 'after' ? 'ADD' : 'SUP',
    whole: side === 'after' ? 'insert' : 'delete',
    label: plain(place.label),
    words: plain(side === 'after' ? textAfter(entry.words) : textBefore(entry.words)),
  };
}

function markFootnote(entry: FootnoteEntry): MarkedFootnote {
  if (entry.change === 'kept') return { id: entry.id, tag: changed(entry.words) ? 'MOD' : '', label: [], words: entry.words };
  return wholeFootnote(entry, entry.change === 'inserted' ? 'after' : 'before');
}

function wholeFootnotes(entries: readonly FootnoteEntry[], side: Side): MarkedFootnote[] {
  return entries.filter((entry) => presentIn(side, entry.change)).map((entry) => wholeFootnote(entry, side));
}

function wholeFootnote(entry: FootnoteEntry, side: Side): MarkedFootnote {
  return {
    id: entry.id,
    tag: side === 'after' ? 'ADD' : 'SUP',
    whole: side === 'after' ? 'insert' : 'delete',
    label: [],
    words: plain(side === 'after' ? textAfter(entry.words) : textBefore(entry.words)),
  };
}

/** "ب) 2) in «يقرر»": the labels down to a provision and the heading of its section. */
function describePlace(place: ProvisionSide, side: Side, index: EntryIndex, headings: Headings): string {
  const labels: string[] = [];
  let current: ProvisionSide | undefined = place;
  while (current !== undefined) {
    if (current.label !== '') labels.unshift(current.label);
    const parentId: string | undefined = current.parentId;
    current = parentId === undefined ? undefined : index.provisions.get(parentId)?.[side];
  }
  const heading = headings[side].get(place.sectionId) ?? '';
  const where = heading === '' ? `the ${place.part}` : `«${heading}»`;
  return labels.length === 0 ? where : `${labels.join(' ')} in ${where}`;
}

function plain(text: string): WordSegment[] {
  return text === '' ? [] : [{ kind: 'equal', text }];
}

function struck(text: string): WordSegment[] {
  return text === '' ? [] : [{ kind: 'delete', text }];
}

function added(text: string): WordSegment[] {
  return text === '' ? [] : [{ kind: 'insert', text }];
}
