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
  /**
   * A moved provision is marked once, where it now stands (`here`: its words, footnotes and
   * sub-items marked against what they were), with a reminder where it stood (`away`: its
   * old label struck, nothing else). The provision's old reading is the `here` line's.
   */
  readonly moved?: 'here' | 'away';
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

/**
 * Lays a revision out as marked lines. A moved provision is marked once where it now stands,
 * with its word changes and a note of where it stood, and a reminder where it stood; within
 * a section moved to the other part it is struck where it stood and added where it stands.
 */
export function markRevision(diff: DocumentDiff): MarkedDocument {
  const index = indexEntries(diff);
  const headings = sectionHeadings(index);
  const movedSections = new Set(
    [...diff.sections.preamble, ...diff.sections.operative].filter((entry) => entry.change === 'moved-here').map((entry) => entry.id),
  );
  const context: Context = { index, headings, movedSections };
  const parts = {} as Record<PartName, MarkedSection[]>;
  for (const part of ['preamble', 'operative'] as const) {
    parts[part] = diff.sections[part].map((entry) => markSection(entry, context));
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

interface Context {
  readonly index: EntryIndex;
  readonly headings: Headings;
  /** Sections that changed part: what they hold is shown whole on both sides. */
  readonly movedSections: ReadonlySet<string>;
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

function markSection(entry: SectionEntry, context: Context): MarkedSection {
  const { index, headings } = context;
  const base = { id: entry.id, label: [] };
  switch (entry.change) {
    case 'kept':
      return {
        ...base,
        tag: changed(entry.heading) ? 'MOD' : '',
        words: entry.heading,
        provisions: entry.provisions.map((p) => markProvision(p, context)),
      };
    case 'inserted':
      return {
        ...base,
        tag: 'ADD',
        whole: 'insert',
        words: plain(textAfter(entry.heading)),
        provisions: entry.provisions.map((p) => markProvision(p, context)),
      };
    case 'deleted':
      return {
        ...base,
        tag: 'SUP',
        whole: 'delete',
        words: plain(textBefore(entry.heading)),
        provisions: entry.provisions.map((p) => markProvision(p, context)),
      };
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
      return {
        ...base,
        tag: 'SUP',
        whole: 'delete',
        words: plain(textBefore(whole.heading)),
        note: `moved to the ${whole.part}`,
        provisions: wholeSide(whole.provisions, 'before', index, headings),
      };
    }
  }
}

function markProvision(entry: ProvisionEntry, context: Context): MarkedProvision {
  const { index, headings } = context;
  const children = (list: readonly ProvisionEntry[]) => list.map((child) => markProvision(child, context));
  switch (entry.change) {
    case 'kept': {
      const before = entry.before as ProvisionSide;
      const after = entry.after as ProvisionSide;
      return {
        id: entry.id,
        depth: after.depth,
        tag: changed(entry.words) ? 'MOD' : '',
        label: relabelled(before, after),
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
    case 'moved-here': {
      const before = entry.before as ProvisionSide;
      const after = entry.after as ProvisionSide;
      const note = `moved from ${describePlace(before, 'before', index, headings)}`;
      if (shownWhole(entry.id, before, after, context)) {
        return {
          ...wholeLine(entry, 'after'),
          note,
          footnotes: wholeFootnotes(entry.footnotes, 'after'),
          children: wholeSide(entry.children, 'after', index, headings),
        };
      }
      return {
        id: entry.id,
        depth: after.depth,
        tag: 'MOD',
        moved: 'here',
        label: relabelled(before, after),
        words: entry.words,
        note,
        footnotes: entry.footnotes.map(markFootnote),
        children: children(entry.children),
      };
    }
    case 'moved-away': {
      const whole = index.provisions.get(entry.id) as ProvisionEntry;
      const before = entry.before as ProvisionSide;
      const after = whole.after as ProvisionSide;
      const note = `moved to ${describePlace(after, 'after', index, headings)}`;
      if (shownWhole(entry.id, before, after, context)) {
        return {
          ...wholeLine(entry, 'before'),
          note,
          footnotes: wholeFootnotes(whole.footnotes, 'before'),
          children: wholeSide(whole.children, 'before', index, headings),
        };
      }
      return {
        id: entry.id,
        depth: before.depth,
        tag: '',
        moved: 'away',
        label: struck(before.label),
        words: [],
        note,
        footnotes: [],
        children: [],
      };
    }
  }
}

/**
 * Whether a moved provision is shown struck where it stood and added where it stands: when
 * either place is in a section that changed part, or inside a provision shown so.
 */
function shownWhole(
  id: string,
  before: ProvisionSide,
  after: ProvisionSide,
  context: Context,
  visiting: ReadonlySet<string> = new Set(),
): boolean {
  if (context.movedSections.has(before.sectionId) || context.movedSections.has(after.sectionId)) return true;
  const seen = new Set([...visiting, id]);
  const insideWhole = (place: ProvisionSide, side: Side): boolean => {
    for (let parentId = place.parentId; parentId !== undefined;) {
      const parent = context.index.provisions.get(parentId);
      if (parent === undefined) return false;
      // A provision moved inside one of its own sub-items meets itself again: that is no reason to show it whole.
      if (
        parent.change === 'moved-here' &&
        !seen.has(parent.id) &&
        shownWhole(parent.id, parent.before as ProvisionSide, parent.after as ProvisionSide, context, seen)
      )
        return true;
      parentId = parent[side]?.parentId;
    }
    return false;
  };
  return insideWhole(before, 'before') || insideWhole(after, 'after');
}

function relabelled(before: ProvisionSide, after: ProvisionSide): WordSegment[] {
  return before.label === after.label ? plain(after.label) : [...struck(before.label), ...added(after.label)];
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
