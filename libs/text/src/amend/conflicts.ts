import { ResolutionDocument } from '../model';
import { citeProvision } from '../render/citation';
import { TokenizedText } from '../tokenize';
import { AmendmentOperation, IdentifiedAmendment, ProvisionPosition, SectionPosition, rewordingOf } from './amendment';
import { anchorOf } from './apply-amendment';
import { locateProvision, locateSection, subtreeContains } from './document-tree';
import { TokenEdit, editsTouch } from './word-edits';
import { isWordOperation, proposedAgainst, wordEdits } from './word-operations';

export type ConflictReason =
  /** Both change words of the same provision that overlap or meet. */
  | 'overlapping-words'
  /** Both change the words of a provision, but were proposed against different wordings of it. */
  | 'different-base'
  /** One suppresses a provision the other changes, moves, places something next to, or holds inside it. */
  | 'target-suppressed'
  /** One moves a provision the other modifies, moves, or places something next to. */
  | 'target-moved'
  /** Both put something in the same place, and nothing says which comes first. */
  | 'same-place'
  /** Both create a provision, section or footnote with the same id. */
  | 'same-id'
  | 'same-footnote'
  | 'same-heading';

/**
 * Why two amendments conflict, by a stable key, in English: the pages and the API render the
 * key in the reader's language (libs/web conflicts.*.ts), with the provisions cited as printed
 * and the words concerned quoted, never an id or a word index.
 */
export const CONFLICT_MESSAGES_EN = {
  'conflict.differentBase': 'both change {provision}, proposed against different wordings of it',
  'conflict.wholeWording': 'both change the words of {provision}, and one of them its whole wording',
  'conflict.overlappingWords': 'both change “{words}” in {provision}, or words next to them',
  'conflict.suppressedUsed': '{provision} is suppressed by one and used by the other',
  'conflict.suppressedSubItemUsed': '{provision} is suppressed by one and its sub-item {subItem} used by the other',
  'conflict.movedModified': '{provision} is moved by one and modified by the other',
  'conflict.bothMove': 'both move {provision}',
  'conflict.placedNextToMoved': 'one places a provision next to {provision}, which the other moves',
  'conflict.movedInsideEachOther': '{provision} and {other} are each moved inside the other',
  'conflict.samePlace': 'both put something at the same place; their order is undecided',
  'conflict.samePlaceNextTo': 'both put something at the same place, next to {provision}; their order is undecided',
  'conflict.sameNewProvision': 'both create the same new provision',
  'conflict.sameNewSection': 'both create the same new section',
  'conflict.sameNewFootnote': 'both create the same new footnote',
  'conflict.sameFootnote': 'both change the same footnote of {provision}',
  'conflict.sectionSuppressedHeading': 'the section {section} is suppressed by one and its heading changed by the other',
  'conflict.sectionSuppressedPlaced': 'the section {section} is suppressed by one and a provision placed in it by the other',
  'conflict.sectionSuppressedUsed': 'the section {section} is suppressed by one and its provision {provision} used by the other',
  'conflict.bothTitle': 'both change the title',
  'conflict.bothHeading': 'both change the heading {section}',
} as const;

export type ConflictKey = keyof typeof CONFLICT_MESSAGES_EN;

/** A conflict's message in English, from its key and parameters. */
export function conflictMessageEn(key: ConflictKey, params: Readonly<Record<string, string>>): string {
  return CONFLICT_MESSAGES_EN[key].replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
}

/** Two amendments that cannot both be applied without someone choosing between them. */
export interface Conflict {
  readonly amendmentIds: readonly [string, string];
  readonly reason: ConflictReason;
  /** The message's key, rendered in the reader's language. */
  readonly key: ConflictKey;
  /** What the message names: provisions and sections cited as printed, the words concerned as they read. */
  readonly params: Readonly<Record<string, string>>;
  /** The message in English, for logs and API clients. */
  readonly message: string;
}

/** What an amendment touches, for comparison with the others. */
interface Footprint {
  readonly words?: { readonly provisionId: string; readonly against?: string; readonly edits?: readonly TokenEdit[] };
  readonly suppressed?: string;
  readonly moved?: string;
  /** Provisions it changes or depends on: targets, anchors, footnote holders. */
  readonly refers: readonly string[];
  readonly anchors: readonly string[];
  readonly places: readonly string[];
  readonly newIds: readonly string[];
  readonly footnote?: string;
  readonly heading?: string;
  readonly title?: boolean;
  /** A section suppressed with everything still under it. */
  readonly suppressedSection?: string;
}

/**
 * Finds the pairs of amendments that conflict. With the base document they were proposed
 * against, conflicts through the tree (a sub-item of a suppressed provision, two positions
 * naming the same gap, bracket and whole-text changes) are found precisely; without it the
 * check is conservative where it must guess.
 */
export function findConflicts(
  amendments: readonly IdentifiedAmendment[],
  base?: ResolutionDocument,
  /** Only the conflicts of these amendments (with any other): a page of a compilation needs no more. */
  concerning?: ReadonlySet<string>,
): Conflict[] {
  const footprints = amendments.map(({ op }) => footprintOf(op, base));
  const conflicts: Conflict[] = [];
  for (const [i, j] of pairsThatMayConflict(footprints, base)) {
    if (concerning && !concerning.has(amendments[i].id) && !concerning.has(amendments[j].id)) continue;
    const found = conflictBetween(footprints[i], footprints[j], base) ?? conflictBetween(footprints[j], footprints[i], base);
    if (found !== undefined) conflicts.push({ amendmentIds: [amendments[i].id, amendments[j].id], ...found });
  }
  return conflicts;
}

/**
 * The pairs (i < j, in order) of amendments that touch something in common: every pair
 * `conflictBetween` can find a conflict in shares a key of `touchKeys` (a section
 * suppressed whole is compared with every other), so the others need no comparison.
 */
function pairsThatMayConflict(footprints: readonly Footprint[], base: ResolutionDocument | undefined): [number, number][] {
  const byKey = new Map<string, number[]>();
  const everywhere: number[] = [];
  footprints.forEach((footprint, index) => {
    if (footprint.suppressedSection !== undefined) everywhere.push(index);
    for (const key of touchKeys(footprint, base)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const pairs = new Set<number>();
  const n = footprints.length;
  for (const list of byKey.values())
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x] * n + list[y]);
  for (const i of everywhere) for (let j = 0; j < n; j++) if (j !== i) pairs.add(Math.min(i, j) * n + Math.max(i, j));
  return [...pairs].sort((x, y) => x - y).map((pair) => [Math.floor(pair / n), pair % n]);
}

/** What a footprint touches: provisions (with those above them in the base text), places, new ids, footnotes, headings, the title. */
function touchKeys(footprint: Footprint, base: ResolutionDocument | undefined): Set<string> {
  const keys = new Set<string>();
  const provisions = [...footprint.refers, ...footprint.anchors];
  if (footprint.words !== undefined) provisions.push(footprint.words.provisionId);
  if (footprint.suppressed !== undefined) provisions.push(footprint.suppressed);
  if (footprint.moved !== undefined) provisions.push(footprint.moved);
  for (const id of provisions) {
    keys.add(`provision:${id}`);
    // A provision suppressed or moved takes its sub-items with it.
    for (const ancestor of (base && locateProvision(base, id)?.ancestors) ?? []) keys.add(`provision:${ancestor}`);
  }
  for (const gap of footprint.places) keys.add(`place:${gap}`);
  for (const id of footprint.newIds) keys.add(`new:${id}`);
  if (footprint.footnote !== undefined) keys.add(`footnote:${footprint.footnote}`);
  if (footprint.heading !== undefined) keys.add(`heading:${footprint.heading}`);
  if (footprint.title === true) keys.add('title');
  return keys;
}

/**
 * The conflicts of one amendment with the others (and not those among the others): what a
 * new proposal is told, in the time of one comparison per pending amendment. Each pair names
 * the other amendment first, as findConflicts over the others followed by this one would.
 */
export function findConflictsWith(
  amendment: IdentifiedAmendment,
  others: readonly IdentifiedAmendment[],
  base?: ResolutionDocument,
): Conflict[] {
  const footprint = footprintOf(amendment.op, base);
  const conflicts: Conflict[] = [];
  for (const other of others) {
    const theirs = footprintOf(other.op, base);
    const found = conflictBetween(theirs, footprint, base) ?? conflictBetween(footprint, theirs, base);
    if (found !== undefined) conflicts.push({ amendmentIds: [other.id, amendment.id], ...found });
  }
  return conflicts;
}

// Footprints by operation and base: amendments and documents are immutable values, and a
// pending amendment is compared with every new proposal on its document.
const knownFootprints = new WeakMap<AmendmentOperation, WeakMap<object, Footprint>>();
const WITHOUT_BASE = {};

function footprintOf(op: AmendmentOperation, base: ResolutionDocument | undefined): Footprint {
  let byBase = knownFootprints.get(op);
  if (!byBase) knownFootprints.set(op, (byBase = new WeakMap()));
  let footprint = byBase.get(base ?? WITHOUT_BASE);
  if (!footprint) byBase.set(base ?? WITHOUT_BASE, (footprint = computeFootprint(op, base)));
  return footprint;
}

function computeFootprint(op: AmendmentOperation, base: ResolutionDocument | undefined): Footprint {
  const empty = { refers: [], anchors: [], places: [], newIds: [] };
  if (isWordOperation(op)) {
    const against = proposedAgainst(op) ?? (base && locateProvision(base, op.provisionId)?.provision.text);
    const edits = against === undefined ? undefined : wordEdits(op, against);
    return {
      ...empty,
      refers: [op.provisionId],
      words: { provisionId: op.provisionId, against, edits: edits?.ok ? edits.value : undefined },
    };
  }
  switch (op.kind) {
    case 'add': {
      const anchor = anchorOf(op.position);
      return {
        ...empty,
        refers: anchor === undefined ? [] : [anchor],
        anchors: anchor === undefined ? [] : [anchor],
        places: [provisionGap(op.position, base)],
        newIds: [`provision:${op.newId}`, ...(op.footnotes ?? []).map((footnote) => `footnote:${footnote.id}`)],
      };
    }
    case 'suppress':
      return { ...empty, refers: [op.provisionId], suppressed: op.provisionId };
    case 'move': {
      const anchor = anchorOf(op.position);
      // A reworded move touches what a MOD of the provision touches as well.
      const rewording = rewordingOf(op);
      return {
        ...(rewording === undefined ? empty : computeFootprint(rewording, base)),
        moved: op.provisionId,
        refers: anchor === undefined ? [op.provisionId] : [op.provisionId, anchor],
        anchors: anchor === undefined ? [] : [anchor],
        places: [provisionGap(op.position, base)],
      };
    }
    case 'addSection':
      return { ...empty, places: [sectionGap(op.part, op.position, base)], newIds: [`section:${op.sectionId}`] };
    case 'changeHeading':
      return { ...empty, heading: op.sectionId };
    case 'addFootnote':
      // Footnotes are numbered in the order they stand: two added to one provision need an order.
      return { ...empty, refers: [op.provisionId], places: [`footnotes:${op.provisionId}`], newIds: [`footnote:${op.footnoteId}`] };
    case 'changeFootnote':
    case 'suppressFootnote':
      return { ...empty, refers: [op.provisionId], footnote: `${op.provisionId}\u0000${op.footnoteId}` };
    case 'changeTitle':
      return { ...empty, title: true };
    case 'suppressSection':
      return { ...empty, suppressedSection: op.sectionId, places: [`suppressed-section:${op.sectionId}`] };
  }
}

type Found = Omit<Conflict, 'amendmentIds'>;

function found(reason: ConflictReason, key: ConflictKey, params: Readonly<Record<string, string>> = {}): Found {
  return { reason, key, params, message: conflictMessageEn(key, params) };
}

/** A provision or section as the reader cites it in the base text; without the text, as "a provision". */
function cite(base: ResolutionDocument | undefined, id: string): string {
  if (base === undefined) return 'a provision';
  let cited = citations.get(base);
  if (cited === undefined) citations.set(base, (cited = new Map()));
  let citation = cited.get(id);
  if (citation === undefined) cited.set(id, (citation = citeProvision(base, id) ?? (base.language === 'ar' ? 'حكم' : 'a provision')));
  return citation;
}

// Citing a provision outlines the whole text; many conflicts cite the same few provisions.
const citations = new WeakMap<ResolutionDocument, Map<string, string>>();

/** The words two edits concern, as they read: the words replaced, or those either side of an insertion. */
function wordsConcerned(against: string | undefined, from: number, to: number): string {
  if (against === undefined) return '';
  const tokens = new TokenizedText(against);
  const replaced = tokens.slice(from, to).trim();
  if (replaced !== '') return replaced;
  return tokens.slice(Math.max(0, from - 2), Math.min(tokens.count, to + 2)).trim();
}

/** The conflict of `a` with `b` seen from `a`'s side; the caller asks both ways round. */
function conflictBetween(a: Footprint, b: Footprint, base: ResolutionDocument | undefined): Found | undefined {
  if (a.words !== undefined && b.words !== undefined && a.words.provisionId === b.words.provisionId) {
    // Cited only for a conflict found: a citation outlines the whole document.
    const provisionId = a.words.provisionId;
    const provision = () => cite(base, provisionId);
    if (a.words.against !== undefined && b.words.against !== undefined && a.words.against !== b.words.against) {
      return found('different-base', 'conflict.differentBase', { provision: provision() });
    }
    if (a.words.edits === undefined || b.words.edits === undefined) {
      return found('overlapping-words', 'conflict.wholeWording', { provision: provision() });
    }
    const bEdits = b.words.edits;
    for (const edit of a.words.edits) {
      const other = bEdits.find((candidate) => editsTouch(edit, candidate));
      if (other === undefined) continue;
      const words = wordsConcerned(a.words.against, Math.min(edit.from, other.from), Math.max(edit.to, other.to));
      return found('overlapping-words', 'conflict.overlappingWords', { provision: provision(), words });
    }
  }
  if (a.suppressed !== undefined) {
    const suppressed = a.suppressed;
    const hit = b.refers.find((id) => id === suppressed || within(base, suppressed, id));
    if (hit !== undefined) {
      const provision = cite(base, suppressed);
      return hit === suppressed
        ? found('target-suppressed', 'conflict.suppressedUsed', { provision })
        : found('target-suppressed', 'conflict.suppressedSubItemUsed', { provision, subItem: cite(base, hit) });
    }
  }
  if (a.moved !== undefined) {
    const moved = a.moved;
    if (b.words?.provisionId === moved) return found('target-moved', 'conflict.movedModified', { provision: cite(base, moved) });
    if (b.moved === moved) return found('target-moved', 'conflict.bothMove', { provision: cite(base, moved) });
    if (b.anchors.includes(moved)) return found('target-moved', 'conflict.placedNextToMoved', { provision: cite(base, moved) });
    if (
      b.moved !== undefined &&
      b.anchors.some((anchor) => within(base, moved, anchor)) &&
      a.anchors.some((anchor) => within(base, b.moved as string, anchor))
    ) {
      return found('target-moved', 'conflict.movedInsideEachOther', { provision: cite(base, moved), other: cite(base, b.moved) });
    }
  }
  const place = a.places.find((gap) => b.places.includes(gap));
  if (place !== undefined) {
    const anchor = a.anchors.find((id) => b.anchors.includes(id)) ?? a.anchors[0];
    return anchor !== undefined && base !== undefined && citeProvision(base, anchor) !== undefined
      ? found('same-place', 'conflict.samePlaceNextTo', { provision: cite(base, anchor) })
      : found('same-place', 'conflict.samePlace');
  }
  const id = a.newIds.find((newId) => b.newIds.includes(newId));
  if (id !== undefined) {
    const kind = id.split(':')[0];
    return found(
      'same-id',
      kind === 'section' ? 'conflict.sameNewSection' : kind === 'footnote' ? 'conflict.sameNewFootnote' : 'conflict.sameNewProvision',
    );
  }
  if (a.footnote !== undefined && a.footnote === b.footnote) {
    return found('same-footnote', 'conflict.sameFootnote', { provision: cite(base, a.footnote.split('\u0000')[0]) });
  }
  if (a.suppressedSection !== undefined) {
    const used = sectionUsed(a.suppressedSection, b, base);
    if (used !== undefined) {
      const section = cite(base, a.suppressedSection);
      if (used.kind === 'heading') return found('target-suppressed', 'conflict.sectionSuppressedHeading', { section });
      if (used.kind === 'placed') return found('target-suppressed', 'conflict.sectionSuppressedPlaced', { section });
      return found('target-suppressed', 'conflict.sectionSuppressedUsed', { section, provision: cite(base, used.provisionId) });
    }
  }
  if (a.title === true && b.title === true) return found('same-heading', 'conflict.bothTitle');
  if (a.heading !== undefined && a.heading === b.heading)
    return found('same-heading', 'conflict.bothHeading', { section: cite(base, a.heading) });
  return undefined;
}

/** What of a suppressed section another amendment uses, if anything. */
function sectionUsed(
  sectionId: string,
  b: Footprint,
  base: ResolutionDocument | undefined,
): { readonly kind: 'heading' } | { readonly kind: 'placed' } | { readonly kind: 'provision'; readonly provisionId: string } | undefined {
  if (b.heading === sectionId) return { kind: 'heading' };
  if (b.places.some((gap) => gap.startsWith(`section:${sectionId}@`) || gap.includes(`"${sectionId}"`))) return { kind: 'placed' };
  const located = base && locateSection(base, sectionId);
  if (located === undefined) return undefined;
  const inside = (id: string) => located.section.provisions.some((provision) => subtreeContains(provision, id));
  const hit = b.refers.find(inside);
  return hit === undefined ? undefined : { kind: 'provision', provisionId: hit };
}

/** Whether `id` is a sub-item (at any depth) of `ancestor` in the base document. */
function within(base: ResolutionDocument | undefined, ancestor: string, id: string): boolean {
  if (base === undefined || ancestor === id) return false;
  const located = locateProvision(base, ancestor);
  return located !== undefined && subtreeContains(located.provision, id);
}

/** The gap a position names, so that "after a)" and "before b)" are seen to be the same place. */
function provisionGap(position: ProvisionPosition, base: ResolutionDocument | undefined): string {
  if (base !== undefined) {
    if ('atEndOf' in position) {
      const section = locateSection(base, position.atEndOf);
      if (section !== undefined) return `section:${position.atEndOf}@${section.section.provisions.length}`;
    } else {
      const located = locateProvision(base, anchorOf(position) as string);
      if (located !== undefined) {
        if ('asChildOf' in position) return `provision:${located.provision.id}@${located.provision.children.length}`;
        const parent = located.ancestors[located.ancestors.length - 1];
        const container =
          parent === undefined ? `section:${base[located.container.part][located.container.sectionIndex].id}` : `provision:${parent}`;
        return `${container}@${'before' in position ? located.index : located.index + 1}`;
      }
    }
  }
  return JSON.stringify(position);
}

function sectionGap(part: string, position: SectionPosition, base: ResolutionDocument | undefined): string {
  if (base !== undefined) {
    if ('atEndOfPart' in position) return `part:${part}@${base[position.atEndOfPart].length}`;
    const anchor = 'beforeSection' in position ? position.beforeSection : position.afterSection;
    const located = locateSection(base, anchor);
    if (located !== undefined) return `part:${located.part}@${'beforeSection' in position ? located.index : located.index + 1}`;
  }
  return `part:${part}:${JSON.stringify(position)}`;
}
