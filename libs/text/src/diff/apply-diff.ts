import { Result, failure, success } from '../amend/result';
import { Footnote, PartName, Provision, ResolutionDocument, Section } from '../model';
import { DocumentDiff, FootnoteEntry, ProvisionEntry, SectionEntry } from './document-diff';
import { indexEntries, presentIn } from './entry-index';
import { textAfter, textBefore } from './word-diff';

export type RevisionSide = 'before' | 'after';

export interface DiffRefusal {
  readonly code: 'diff-does-not-apply';
  readonly message: string;
}

/**
 * Applies a revision to the document it was made from, giving the revised document
 * exactly; refuses when `doc` is not the revision's base.
 */
export function applyDiff(doc: ResolutionDocument, diff: DocumentDiff): Result<ResolutionDocument, DiffRefusal> {
  const base = versionOf(diff, 'before');
  const difference = firstDifference(base, doc, 'document');
  if (difference !== undefined) {
    return failure({ code: 'diff-does-not-apply', message: `the document is not the base of this revision (${difference})` });
  }
  return success(versionOf(diff, 'after'));
}

/** One of the two versions a revision carries, rebuilt from it. */
export function versionOf(diff: DocumentDiff, side: RevisionSide): ResolutionDocument {
  const text = side === 'before' ? textBefore : textAfter;
  const present = (change: string) => presentIn(side, change);
  const { provisions, sections } = indexEntries(diff);

  const extras = (entry: { extrasBefore?: object; extrasAfter?: object }) =>
    (side === 'before' ? entry.extrasBefore : entry.extrasAfter) ?? {};
  const footnote = (entry: FootnoteEntry): Footnote => ({ id: entry.id, text: text(entry.words), ...extras(entry) });
  const provisionList = (entries: readonly ProvisionEntry[]): Provision[] =>
    entries
      .filter((entry) => present(entry.change))
      .map((entry) => {
        const whole = entry.change === 'moved-away' ? (provisions.get(entry.id) as ProvisionEntry) : entry;
        return {
          id: entry.id,
          text: text(whole.words),
          children: provisionList(whole.children),
          footnotes: whole.footnotes.filter((f) => present(f.change)).map(footnote),
          ...extras(whole),
        };
      });
  const sectionList = (part: PartName): Section[] =>
    diff.sections[part]
      .filter((entry) => present(entry.change))
      .map((entry) => {
        const whole = entry.change === 'moved-away' ? (sections.get(entry.id) as SectionEntry) : entry;
        return { id: entry.id, heading: text(whole.heading), provisions: provisionList(whole.provisions), ...extras(whole) };
      });

  return {
    language: diff[side].language,
    style: diff[side].style,
    title: text(diff.title),
    body: text(diff.body),
    preamble: sectionList('preamble'),
    operative: sectionList('operative'),
    metadata: diff.metadata[side],
    ...extras(diff),
  };
}

/** Where two documents first differ, as a path; undefined when they are the same (absent and undefined fields alike). */
function firstDifference(x: unknown, y: unknown, path: string): string | undefined {
  if (x === y) return undefined;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return path;
  if (Array.isArray(x) !== Array.isArray(y)) return path;
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return `${path}.length`;
    for (let i = 0; i < x.length; i++) {
      const found = firstDifference(x[i], y[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
  const xs = record(x);
  const ys = new Map(record(y));
  if (xs.length !== ys.size) return path;
  for (const [key, value] of xs) {
    if (!ys.has(key)) return `${path}.${key}`;
    const found = firstDifference(value, ys.get(key), `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
