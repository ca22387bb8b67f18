import { DocumentMetadata, DocumentStyle, Footnote, LanguageCode, PartName, Provision, ResolutionDocument, Section } from '../model';
import { ProvisionPlace, placesById } from './outline';
import { WordSegment, diffWords } from './word-diff';
import { alignLists } from './align-lists';

/**
 * How an entry of a revision relates the two versions. A moved provision appears twice:
 * `moved-here` where it now stands (with its word changes and sub-items) and
 * `moved-away` where it stood (a reminder, without sub-items).
 */
export type EntryChange = 'kept' | 'inserted' | 'deleted' | 'moved-here' | 'moved-away';

/** Fields a version carries beyond those the engine knows (optional model fields added later), kept so nothing is lost. */
export type Extras = Readonly<Record<string, unknown>>;

export interface FootnoteEntry {
  readonly id: string;
  readonly change: 'kept' | 'inserted' | 'deleted';
  readonly words: readonly WordSegment[];
  readonly extrasBefore?: Extras;
  readonly extrasAfter?: Extras;
}

/** Where a provision stood or stands, with its label as printed there. */
export interface ProvisionSide {
  readonly label: string;
  readonly part: PartName;
  readonly sectionId: string;
  readonly parentId?: string;
  readonly depth: number;
}

export interface ProvisionEntry {
  readonly id: string;
  readonly change: EntryChange;
  /** Absent for an inserted provision. */
  readonly before?: ProvisionSide;
  /** Absent for a deleted provision and a moved provision's old place. */
  readonly after?: ProvisionSide;
  /** The wording, word by word: old to new where kept or moved here, all deleted or all inserted otherwise. */
  readonly words: readonly WordSegment[];
  readonly footnotes: readonly FootnoteEntry[];
  readonly children: readonly ProvisionEntry[];
  readonly extrasBefore?: Extras;
  readonly extrasAfter?: Extras;
}

export interface SectionEntry {
  readonly id: string;
  readonly change: EntryChange;
  readonly part: PartName;
  readonly heading: readonly WordSegment[];
  readonly provisions: readonly ProvisionEntry[];
  readonly extrasBefore?: Extras;
  readonly extrasAfter?: Extras;
}

export interface DocumentVersionFacts {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
}

/** What changed, listed, for callers that do not want to walk the tree. */
export interface DiffSummary {
  readonly inserted: readonly string[];
  readonly deleted: readonly string[];
  readonly moved: readonly string[];
  /** Provisions whose words changed. */
  readonly modified: readonly string[];
  /** Old label → new label, as the ITU prints them side by side ("أ ﻫ )"). */
  readonly relabelled: readonly { readonly id: string; readonly before: string; readonly after: string }[];
  readonly headingsChanged: readonly string[];
  readonly footnotesChanged: readonly {
    readonly provisionId: string;
    readonly footnoteId: string;
    readonly change: 'inserted' | 'deleted' | 'modified';
  }[];
}

/**
 * A revision of a document against its base, provision by provision (aligned by id), and
 * word by word within each. It carries both versions whole: `applyDiff` rebuilds the new
 * one from the old, and the marked text shows either reading.
 */
export interface DocumentDiff {
  readonly before: DocumentVersionFacts;
  readonly after: DocumentVersionFacts;
  readonly title: readonly WordSegment[];
  readonly body: readonly WordSegment[];
  readonly metadata: { readonly before: DocumentMetadata; readonly after: DocumentMetadata };
  readonly sections: { readonly preamble: readonly SectionEntry[]; readonly operative: readonly SectionEntry[] };
  readonly summary: DiffSummary;
  readonly extrasBefore?: Extras;
  readonly extrasAfter?: Extras;
}

const PARTS: readonly PartName[] = ['preamble', 'operative'];
const DOCUMENT_FIELDS = ['language', 'style', 'title', 'body', 'preamble', 'operative', 'metadata'];
const SECTION_FIELDS = ['id', 'heading', 'provisions'];
const PROVISION_FIELDS = ['id', 'text', 'children', 'footnotes'];
const FOOTNOTE_FIELDS = ['id', 'text'];

/** The revision from `a` to `b`. */
export function diffDocuments(a: ResolutionDocument, b: ResolutionDocument): DocumentDiff {
  const oldPlaces = placesById(a);
  const newPlaces = placesById(b);
  const oldSections = sectionIndex(a);
  const newSections = sectionIndex(b);
  const summary = new SummaryBuilder();

  const provisionEntries = (oldList: readonly Provision[], newList: readonly Provision[]): ProvisionEntry[] =>
    alignLists(
      oldList.map((p) => p.id),
      newList.map((p) => p.id),
      (id) => newPlaces.has(id),
      (id) => oldPlaces.has(id),
    ).map(({ id, change }) => provisionEntry(id, change));

  const provisionEntry = (id: string, change: EntryChange): ProvisionEntry => {
    const old = oldPlaces.get(id);
    const now = newPlaces.get(id);
    const before = change === 'inserted' ? undefined : sideOf(old as ProvisionPlace);
    const after = change === 'deleted' || change === 'moved-away' ? undefined : sideOf(now as ProvisionPlace);
    if (change === 'moved-away') {
      return {
        id,
        change,
        before,
        words: deleted(old!.provision.text),
        footnotes: [],
        children: [],
        ...extrasOf(old!.provision, undefined, PROVISION_FIELDS),
      };
    }
    const oldProvision = change === 'inserted' ? undefined : old!.provision;
    const newProvision = change === 'deleted' ? undefined : now!.provision;
    const words = diffWords(oldProvision?.text ?? '', newProvision?.text ?? '');
    summary.provision(id, change, before, after, words);
    return {
      id,
      change,
      before,
      after,
      words,
      footnotes: footnoteEntries(id, oldProvision?.footnotes ?? [], newProvision?.footnotes ?? [], summary),
      children: provisionEntries(oldProvision?.children ?? [], newProvision?.children ?? []),
      ...extrasOf(oldProvision, newProvision, PROVISION_FIELDS),
    };
  };

  const sections = {} as Record<PartName, SectionEntry[]>;
  for (const part of PARTS) {
    sections[part] = alignLists(
      a[part].map((s) => s.id),
      b[part].map((s) => s.id),
      (id) => newSections.has(id),
      (id) => oldSections.has(id),
    ).map(({ id, change }): SectionEntry => {
      const old = change === 'inserted' ? undefined : oldSections.get(id);
      const now = change === 'deleted' || change === 'moved-away' ? undefined : newSections.get(id);
      if (change === 'moved-away') {
        return { id, change, part, heading: deleted(old!.heading), provisions: [], ...extrasOf(old, undefined, SECTION_FIELDS) };
      }
      const heading = diffWords(old?.heading ?? '', now?.heading ?? '');
      if (heading.some((segment) => segment.kind !== 'equal')) summary.heading(id);
      return {
        id,
        change,
        part,
        heading,
        provisions: provisionEntries(old?.provisions ?? [], now?.provisions ?? []),
        ...extrasOf(old, now, SECTION_FIELDS),
      };
    });
  }

  return {
    before: { language: a.language, style: a.style },
    after: { language: b.language, style: b.style },
    title: diffWords(a.title, b.title),
    body: diffWords(a.body, b.body),
    metadata: { before: a.metadata, after: b.metadata },
    sections,
    summary: summary.build(),
    ...extrasOf(a, b, DOCUMENT_FIELDS),
  };
}

function sideOf(place: ProvisionPlace): ProvisionSide {
  const side = { label: place.printedLabel, part: place.part, sectionId: place.sectionId, depth: place.depth };
  return place.parentId === undefined ? side : { ...side, parentId: place.parentId };
}

function deleted(text: string): WordSegment[] {
  return text === '' ? [] : [{ kind: 'delete', text }];
}

function sectionIndex(doc: ResolutionDocument): Map<string, Section> {
  const sections = new Map<string, Section>();
  for (const part of PARTS) for (const section of doc[part]) sections.set(section.id, section);
  return sections;
}

function footnoteEntries(
  provisionId: string,
  oldList: readonly Footnote[],
  newList: readonly Footnote[],
  summary: SummaryBuilder,
): FootnoteEntry[] {
  const oldById = new Map(oldList.map((f) => [f.id, f]));
  const newById = new Map(newList.map((f) => [f.id, f]));
  const entries: FootnoteEntry[] = [];
  // A footnote that changed place among its siblings is shown struck at the old place and added at the new.
  for (const { id, change } of alignLists(
    oldList.map((f) => f.id),
    newList.map((f) => f.id),
    () => false,
    () => false,
  )) {
    if (change === 'kept') {
      const words = diffWords(oldById.get(id)!.text, newById.get(id)!.text);
      if (words.some((segment) => segment.kind !== 'equal')) summary.footnote(provisionId, id, 'modified');
      entries.push({ id, change, words, ...extrasOf(oldById.get(id), newById.get(id), FOOTNOTE_FIELDS) });
    } else if (change === 'deleted' || change === 'moved-away') {
      summary.footnote(provisionId, id, 'deleted');
      entries.push({
        id,
        change: 'deleted',
        words: deleted(oldById.get(id)!.text),
        ...extrasOf(oldById.get(id), undefined, FOOTNOTE_FIELDS),
      });
    } else {
      summary.footnote(provisionId, id, 'inserted');
      const text = newById.get(id)!.text;
      entries.push({
        id,
        change: 'inserted',
        words: text === '' ? [] : [{ kind: 'insert', text }],
        ...extrasOf(undefined, newById.get(id), FOOTNOTE_FIELDS),
      });
    }
  }
  return entries;
}

function extrasOf(
  before: object | undefined,
  after: object | undefined,
  known: readonly string[],
): { extrasBefore?: Extras; extrasAfter?: Extras } {
  const pick = (value: object | undefined): Extras | undefined => {
    if (value === undefined) return undefined;
    const extras = Object.entries(value).filter(([key]) => !known.includes(key));
    return extras.length === 0 ? undefined : Object.fromEntries(extras);
  };
  const extrasBefore = pick(before);
  const extrasAfter = pick(after);
  return { ...(extrasBefore && { extrasBefore }), ...(extrasAfter && { extrasAfter }) };
}

class SummaryBuilder {
  private readonly inserted: string[] = [];
  private readonly deleted: string[] = [];
  private readonly moved: string[] = [];
  private readonly modified: string[] = [];
  private readonly relabelled: { id: string; before: string; after: string }[] = [];
  private readonly headingsChanged: string[] = [];
  private readonly footnotesChanged: { provisionId: string; footnoteId: string; change: 'inserted' | 'deleted' | 'modified' }[] = [];

  provision(
    id: string,
    change: EntryChange,
    before: ProvisionSide | undefined,
    after: ProvisionSide | undefined,
    words: readonly WordSegment[],
  ): void {
    if (change === 'inserted') this.inserted.push(id);
    else if (change === 'deleted') this.deleted.push(id);
    else {
      if (change === 'moved-here') this.moved.push(id);
      if (words.some((segment) => segment.kind !== 'equal')) this.modified.push(id);
      if (before !== undefined && after !== undefined && before.label !== after.label)
        this.relabelled.push({ id, before: before.label, after: after.label });
    }
  }

  heading(sectionId: string): void {
    this.headingsChanged.push(sectionId);
  }

  footnote(provisionId: string, footnoteId: string, change: 'inserted' | 'deleted' | 'modified'): void {
    this.footnotesChanged.push({ provisionId, footnoteId, change });
  }

  build(): DiffSummary {
    return {
      inserted: this.inserted,
      deleted: this.deleted,
      moved: this.moved,
      modified: this.modified,
      relabelled: this.relabelled,
      headingsChanged: this.headingsChanged,
      footnotesChanged: this.footnotesChanged,
    };
  }
}
