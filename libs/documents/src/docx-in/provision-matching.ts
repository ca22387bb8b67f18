import { ResolutionDocument, collapseWhitespace, normalizeLine, toInterchange } from '#libs/text';
import type { InterchangeProvision } from '#libs/text';

/** A provision of the version as a reader finds it: by its label as printed and its words. */
export interface PrintedProvision {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  /** The words as compared (`comparable`), computed once. */
  readonly key: string;
  /** Reading order in the version. */
  readonly order: number;
  readonly sectionId: string;
}

/** A section heading of the version, where paragraphs added under it go. */
export interface PrintedHeading {
  readonly sectionId: string;
  readonly heading: string;
  readonly order: number;
}

/** The words as compared: normalised, whitespace collapsed, case folded. */
export function comparable(text: string): string {
  return collapseWhitespace(normalizeLine(text)).toLocaleLowerCase();
}

/** A label as compared: "a)", "(a)", "a." and "'a'" are one label. */
export function comparableLabel(label: string): string {
  return comparable(label).replace(/[()[\].\-–'’‘"\s]/gu, '');
}

/** The version's provisions and headings in reading order, with their labels as printed. */
export function printedProvisions(version: ResolutionDocument): { provisions: PrintedProvision[]; headings: PrintedHeading[] } {
  const provisions: PrintedProvision[] = [];
  const headings: PrintedHeading[] = [];
  const doc = toInterchange(version);
  let order = 0;
  for (const section of [...doc.preamble, ...doc.operative]) {
    headings.push({ sectionId: section.id, heading: section.heading, order: order++ });
    const walk = (list: readonly InterchangeProvision[]) => {
      for (const provision of list) {
        provisions.push({
          id: provision.id,
          label: provision.label,
          text: provision.text,
          key: comparable(provision.text),
          order: order++,
          sectionId: section.id,
        });
        walk(provision.children);
      }
    };
    walk(section.provisions);
  }
  return { provisions, headings };
}

/** How many of the words two texts share, relative to their lengths (1: the same words). */
export function wordSimilarity(a: string, b: string): number {
  const left = comparable(a)
    .split(' ')
    .filter((w) => w !== '');
  const right = comparable(b)
    .split(' ')
    .filter((w) => w !== '');
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(word, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Below this share of words in common, a paragraph is not taken for a provision, whatever its label. */
export const MIN_SIMILARITY = 0.6;

/**
 * The provision a paragraph of the contribution stands for: the same words first, then the
 * most words in common, a provision with the same label preferred, then the first one after
 * the provision matched before it (a contribution follows the text's order), never one
 * already taken.
 */
export function matchProvision(
  paragraph: { readonly label: string; readonly text: string },
  provisions: readonly PrintedProvision[],
  taken: ReadonlySet<string>,
  after: number,
  exactOnly: boolean,
): PrintedProvision | undefined {
  const text = comparable(paragraph.text);
  const label = comparableLabel(paragraph.label);
  let best: { provision: PrintedProvision; score: number } | undefined;
  for (const provision of provisions) {
    if (taken.has(provision.id)) continue;
    const same = provision.key === text;
    if (exactOnly && !same) continue;
    const similarity = same ? 1 : wordSimilarity(provision.text, paragraph.text);
    if (similarity < MIN_SIMILARITY) continue;
    const score =
      similarity +
      (label !== '' && comparableLabel(provision.label) === label ? 0.25 : 0) +
      (same ? 1 : 0) +
      (provision.order > after ? 0.01 : 0);
    if (!best || score > best.score) best = { provision, score };
  }
  return best?.provision;
}

/** The heading a paragraph repeats, if it is one of the version's. */
export function matchHeading(text: string, headings: readonly PrintedHeading[]): PrintedHeading | undefined {
  const wanted = comparable(text).replace(/[,،:]$/u, '');
  return wanted === '' ? undefined : headings.find((h) => h.heading !== '' && comparable(h.heading).replace(/[,،:]$/u, '') === wanted);
}
