/**
 * Aligns a translated text to the original, as Gale and Church align sentences: within
 * each list (a part's sections, a section's provisions, a provision's sub-items) a dynamic
 * programme pairs items in order, each pair priced by what survives translation — the
 * numbers, years and symbols in the words, the counts of sub-items and footnotes, the
 * length against the document's own median ratio, and the printed label where the
 * translation's own lettering says which place it stands for. Skipping an item on either
 * side has a fixed price, so a provision left out or added costs one skip and the items
 * after it keep their partners. The translation's words are keyed by the original's ids;
 * whatever has no counterpart is reported, never guessed.
 */
import type { LanguageCode, ListMarker, PartName, Provision, ResolutionDocument, Section } from '../model';
import { formatLabel, formatLabelOfKind, labelKindAt, labelOfKind, provisionLabelInSection } from '../labels';
import type {
  AlignedPlace,
  AlignmentFinding,
  AlignmentReport,
  DoubtReason,
  LanguageVersionText,
  TranslatedProvision,
} from './language-version';
import { alignSequences } from './sequence-alignment';
import type { TextCues } from './text-cues';
import { lengthDeviation, medianRatio, numberDifference, textCues } from './text-cues';

/** What the importer of the translation saw beyond the document: see `ImportResult.printedOrdinals`. */
export interface AlignmentOptions {
  /** The position each of the translation's provisions was printed at (its label's ordinal), by the translation's ids. */
  readonly printedOrdinals?: Readonly<Record<string, number>>;
}

const OPENING_WORDS = 8;

/** The price of leaving a provision (or a sub-item) without a partner; a pair costs less unless several cues disagree. */
const SKIP_PROVISION = 2.5;
/** The price of leaving a section without a partner. */
const SKIP_SECTION = 3;
/** A printed label out of the translation's own sequence that names another place. */
const LABEL_DISAGREES = 1.5;
const FOOTNOTES_DIFFER = 0.75;
const LENGTH_WEIGHT = 1.2;
const LENGTH_CAP = 2;
/** Beyond twice or under half the usual ratio, a pair's lengths are worth a look. */
const DOUBTFUL_LENGTH = Math.log(2);

interface ProvisionCues extends TextCues {
  readonly subItems: number;
  readonly footnotes: number;
}

/** A list's items as found: a section's provisions, or a provision's sub-items with the marker they carry, if any. */
interface List {
  readonly section: Section;
  readonly items: readonly Provision[];
  readonly marker?: ListMarker;
}

/** A provision of the translation and its place in its own list. */
interface Candidate {
  readonly provision: Provision;
  readonly cues: ProvisionCues;
  /** The position the source printed it at, when that departs from its own place (a printed gap or a jump). */
  readonly outOfSequence?: number;
  readonly printed?: number;
}

/** Aligns a translation to the original (see the file comment); the report lists what a person must look at. */
export function alignLanguageVersion(
  original: ResolutionDocument,
  translation: ResolutionDocument,
  options: AlignmentOptions = {},
): AlignmentReport {
  const printed = options.printedOrdinals ?? {};
  const findings: AlignmentFinding[] = [];
  const headings: Record<string, string> = {};
  const provisions: Record<string, TranslatedProvision> = {};
  const cache = new Map<Provision, ProvisionCues>();
  const cuesOf = (p: Provision): ProvisionCues => {
    let cues = cache.get(p);
    if (!cues) {
      cues = { ...textCues(p.text), subItems: p.children.length, footnotes: p.footnotes.length };
      cache.set(p, cues);
    }
    return cues;
  };
  const ratio = estimateRatio(original, translation, cuesOf);
  let matched = 0;
  const total = [...original.preamble, ...original.operative].reduce((n, s) => n + countAll(s.provisions), 0);

  const placeOf = (
    doc: ResolutionDocument,
    part: PartName,
    section: Section,
    depth: number,
    index: number,
    siblings: number,
    p: Provision,
    marker: ListMarker | undefined,
    printedAt?: number,
  ): AlignedPlace => ({
    heading: section.heading,
    label:
      marker !== undefined
        ? marker === 'dash'
          ? '-'
          : '•'
        : printedAt === undefined
          ? formatLabel(
              doc.language,
              doc.style,
              part,
              depth,
              provisionLabelInSection(doc.language, doc.style, part, depth, index, siblings),
            )
          : printedLabel(doc.language, doc, part, depth, printedAt),
    opening: opening(p.text),
  });

  const reportMissing = (part: PartName, depth: number, list: List, index: number): void => {
    const p = list.items[index];
    const place = placeOf(original, part, list.section, depth, index, list.items.length, p, list.marker);
    findings.push({ kind: 'missing', provisionId: p.id, original: place });
    p.children.forEach((_, k) => reportMissing(part, depth + 1, { section: list.section, items: p.children, marker: p.listMarker }, k));
  };
  const reportExtra = (part: PartName, depth: number, list: List, index: number): void => {
    const p = list.items[index];
    findings.push({
      kind: 'extra',
      translated: placeOf(translation, part, list.section, depth, index, list.items.length, p, list.marker, printed[p.id]),
    });
    p.children.forEach((_, k) => reportExtra(part, depth + 1, { section: list.section, items: p.children, marker: p.listMarker }, k));
  };

  const alignList = (part: PartName, ourList: List, theirList: List, depth: number): void => {
    const ours = ourList.items;
    const theirs = theirList.items;
    const candidates: Candidate[] = theirs.map((provision, j) => {
      const at = printed[provision.id];
      return { provision, cues: cuesOf(provision), printed: at, outOfSequence: at !== undefined && at !== j + 1 ? at : undefined };
    });
    const steps = alignSequences(ours.length, theirs.length, SKIP_PROVISION, SKIP_PROVISION, (i, j) =>
      pairCost(cuesOf(ours[i]), i, candidates[j], ratio),
    );
    for (const step of steps) {
      if (step.theirs === undefined) {
        reportMissing(part, depth, ourList, step.ours as number);
        continue;
      }
      if (step.ours === undefined) {
        reportExtra(part, depth, theirList, step.theirs);
        continue;
      }
      const i = step.ours;
      const o = ours[i];
      const t = candidates[step.theirs];
      matched++;
      provisions[o.id] = { text: t.provision.text, footnotes: t.provision.footnotes };
      const reasons = doubts(cuesOf(o), i, t, ratio);
      if (reasons.length > 0) {
        findings.push({
          kind: 'doubtful',
          provisionId: o.id,
          original: placeOf(original, part, ourList.section, depth, i, ours.length, o, ourList.marker),
          translated: placeOf(
            translation,
            part,
            theirList.section,
            depth,
            step.theirs,
            theirs.length,
            t.provision,
            theirList.marker,
            t.printed,
          ),
          reasons,
        });
      }
      alignList(
        part,
        { section: ourList.section, items: o.children, marker: o.listMarker },
        { section: theirList.section, items: t.provision.children, marker: t.provision.listMarker },
        depth + 1,
      );
    }
  };

  for (const part of ['preamble', 'operative'] as const) {
    const ours = original[part];
    const theirs = translation[part];
    const ourShapes = ours.map((s) => sectionShape(s, cuesOf));
    const theirShapes = theirs.map((s) => sectionShape(s, cuesOf));
    const steps = alignSequences(ours.length, theirs.length, SKIP_SECTION, SKIP_SECTION, (i, j) =>
      sectionCost(ourShapes[i], theirShapes[j], ratio),
    );
    for (const step of steps) {
      if (step.theirs === undefined) {
        const o = ours[step.ours as number];
        findings.push({
          kind: 'missing-section',
          sectionId: o.id,
          original: { heading: o.heading, label: '', opening: opening(o.heading) },
        });
        alignList(part, { section: o, items: o.provisions }, { section: o, items: [] }, 0);
        continue;
      }
      if (step.ours === undefined) {
        const t = theirs[step.theirs];
        findings.push({ kind: 'extra-section', translated: { heading: t.heading, label: '', opening: opening(t.heading) } });
        t.provisions.forEach((_, k) => reportExtra(part, 0, { section: t, items: t.provisions }, k));
        continue;
      }
      const o = ours[step.ours];
      const t = theirs[step.theirs];
      if (t.heading) headings[o.id] = t.heading;
      alignList(part, { section: o, items: o.provisions }, { section: t, items: t.provisions }, 0);
    }
  }

  const version: LanguageVersionText = {
    language: translation.language,
    title: translation.title,
    body: translation.body,
    headings,
    provisions,
  };
  return { language: translation.language, matched, provisions: total, findings, version };
}

/** The price of pairing an original provision (at index i of its list) with a translated one. */
function pairCost(o: ProvisionCues, i: number, t: Candidate, ratio: number): number {
  let cost = 0;
  if (t.outOfSequence !== undefined && t.outOfSequence !== i + 1) cost += LABEL_DISAGREES;
  const numbers = numberDifference(o, t.cues);
  if (numbers > 0) cost += 1 + numbers;
  if (o.subItems !== t.cues.subItems) cost += 1 + 0.25 * Math.min(Math.abs(o.subItems - t.cues.subItems), 4);
  if (o.footnotes !== t.cues.footnotes) cost += FOOTNOTES_DIFFER;
  cost += Math.min(LENGTH_CAP, LENGTH_WEIGHT * Math.abs(lengthDeviation(o.length, t.cues.length, ratio)));
  return cost;
}

/** What a matched pair disagrees on, in the order the report names them. */
function doubts(o: ProvisionCues, i: number, t: Candidate, ratio: number): DoubtReason[] {
  const reasons: DoubtReason[] = [];
  if (o.subItems !== t.cues.subItems) reasons.push('sub-items');
  if (o.footnotes !== t.cues.footnotes) reasons.push('footnotes');
  if (numberDifference(o, t.cues) > 0) reasons.push('numbers');
  if (t.outOfSequence !== undefined && t.outOfSequence !== i + 1) reasons.push('label');
  if (Math.abs(lengthDeviation(o.length, t.cues.length, ratio)) > DOUBTFUL_LENGTH) reasons.push('length');
  return reasons;
}

interface SectionShape {
  readonly headed: boolean;
  readonly provisions: number;
  readonly length: number;
}

function sectionShape(section: Section, cuesOf: (p: Provision) => ProvisionCues): SectionShape {
  const length = (list: readonly Provision[]): number => list.reduce((n, p) => n + cuesOf(p).length + length(p.children), 0);
  return { headed: section.heading !== '', provisions: section.provisions.length, length: length(section.provisions) };
}

/** Sections pair by order; one that is headed against one that is not, or of another size, is less likely a partner. */
function sectionCost(o: SectionShape, t: SectionShape, ratio: number): number {
  let cost = o.headed === t.headed ? 0 : 2;
  const most = Math.max(o.provisions, t.provisions, 1);
  cost += (2 * Math.abs(o.provisions - t.provisions)) / most;
  cost += Math.min(LENGTH_CAP, 0.5 * Math.abs(lengthDeviation(o.length, t.length, ratio)));
  return cost;
}

/**
 * The document's own ratio of translated to original length: the median over the pairs
 * of lists of the same size taken in order (most of them are right), else the ratio of
 * those pairs' totals, else of the whole texts. Chinese runs at about a third of Arabic's characters, French at more than it.
 */
function estimateRatio(original: ResolutionDocument, translation: ResolutionDocument, cuesOf: (p: Provision) => ProvisionCues): number {
  const pairs: [number, number][] = [];
  let ours = 0;
  let theirs = 0;
  const walk = (a: readonly Provision[], b: readonly Provision[]): void => {
    const same = a.length === b.length;
    a.forEach((p, k) => {
      ours += cuesOf(p).length;
      if (same) {
        pairs.push([cuesOf(p).length, cuesOf(b[k]).length]);
        walk(p.children, b[k].children);
      } else walk(p.children, []);
    });
    if (!same) b.forEach((p) => (theirs += totalLength(p, cuesOf)));
    else b.forEach((p) => (theirs += cuesOf(p).length));
  };
  for (const part of ['preamble', 'operative'] as const) {
    const a = original[part];
    const b = translation[part];
    if (a.length === b.length) a.forEach((s, k) => walk(s.provisions, b[k].provisions));
    else {
      a.forEach((s) => walk(s.provisions, []));
      b.forEach((s) => s.provisions.forEach((p) => (theirs += totalLength(p, cuesOf))));
    }
  }
  const paired = pairs.reduce((sum, [o, t]) => [sum[0] + o, sum[1] + t], [0, 0]);
  if (paired[0] > 0 && paired[1] > 0) return medianRatio(pairs) ?? paired[1] / paired[0];
  return ours > 0 && theirs > 0 ? theirs / ours : 1;
}

function totalLength(p: Provision, cuesOf: (p: Provision) => ProvisionCues): number {
  return p.children.reduce((n, c) => n + totalLength(c, cuesOf), cuesOf(p).length);
}

function countAll(list: readonly Provision[]): number {
  return list.reduce((n, p) => n + 1 + countAll(p.children), 0);
}

function opening(text: string): string {
  return text.split(/\s+/u).slice(0, OPENING_WORDS).join(' ');
}

/** The label a translation printed, written as its script writes the place's kind ("d)", "г)", "4"). */
function printedLabel(language: LanguageCode, doc: ResolutionDocument, part: PartName, depth: number, ordinal: number): string {
  const kind = labelKindAt(language, doc.style, part, depth);
  const shown = kind === 'none' ? 'number' : kind;
  return formatLabelOfKind(language, doc.style, shown, depth, labelOfKind(language, shown, ordinal - 1));
}
