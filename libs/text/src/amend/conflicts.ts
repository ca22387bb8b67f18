import { ResolutionDocument } from '../model';
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

/** Two amendments that cannot both be applied without someone choosing between them. */
export interface Conflict {
  readonly amendmentIds: readonly [string, string];
  readonly reason: ConflictReason;
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
export function findConflicts(amendments: readonly IdentifiedAmendment[], base?: ResolutionDocument): Conflict[] {
  const footprints = amendments.map(({ op }) => footprintOf(op, base));
  const conflicts: Conflict[] = [];
  for (let i = 0; i < amendments.length; i++) {
    for (let j = i + 1; j < amendments.length; j++) {
      const found = conflictBetween(footprints[i], footprints[j], base) ?? conflictBetween(footprints[j], footprints[i], base);
      if (found !== undefined) conflicts.push({ amendmentIds: [amendments[i].id, amendments[j].id], ...found });
    }
  }
  return conflicts;
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

/** The conflict of `a` with `b` seen from `a`'s side; the caller asks both ways round. */
function conflictBetween(a: Footprint, b: Footprint, base: ResolutionDocument | undefined): Found | undefined {
  if (a.words !== undefined && b.words !== undefined && a.words.provisionId === b.words.provisionId) {
    const id = a.words.provisionId;
    if (a.words.against !== undefined && b.words.against !== undefined && a.words.against !== b.words.against) {
      return { reason: 'different-base', message: `both change provision ${id}, proposed against different wordings of it` };
    }
    if (a.words.edits === undefined || b.words.edits === undefined) {
      return { reason: 'overlapping-words', message: `both change the words of provision ${id}, and one of them its whole wording` };
    }
    const bEdits = b.words.edits;
    const overlap = a.words.edits.find((edit) => bEdits.some((other) => editsTouch(edit, other)));
    if (overlap !== undefined) {
      return {
        reason: 'overlapping-words',
        message: `both change words ${overlap.from}..${overlap.to} of provision ${id} or words next to them`,
      };
    }
  }
  if (a.suppressed !== undefined) {
    const suppressed = a.suppressed;
    const hit = b.refers.find((id) => id === suppressed || within(base, suppressed, id));
    if (hit !== undefined) {
      return {
        reason: 'target-suppressed',
        message: `provision ${suppressed} is suppressed by one and ${hit === suppressed ? 'used' : `its sub-item ${hit} used`} by the other`,
      };
    }
  }
  if (a.moved !== undefined) {
    const moved = a.moved;
    if (b.words?.provisionId === moved)
      return { reason: 'target-moved', message: `provision ${moved} is moved by one and modified by the other` };
    if (b.moved === moved) return { reason: 'target-moved', message: `both move provision ${moved}` };
    if (b.anchors.includes(moved))
      return { reason: 'target-moved', message: `one places a provision next to ${moved}, which the other moves` };
    if (
      b.moved !== undefined &&
      b.anchors.some((anchor) => within(base, moved, anchor)) &&
      a.anchors.some((anchor) => within(base, b.moved as string, anchor))
    ) {
      return { reason: 'target-moved', message: `provisions ${moved} and ${b.moved} are each moved inside the other` };
    }
  }
  const place = a.places.find((gap) => b.places.includes(gap));
  if (place !== undefined)
    return { reason: 'same-place', message: `both put something at the same place (${place}); their order is undecided` };
  const id = a.newIds.find((newId) => b.newIds.includes(newId));
  if (id !== undefined) return { reason: 'same-id', message: `both create ${id.replace(':', ' ')}` };
  if (a.footnote !== undefined && a.footnote === b.footnote) {
    return {
      reason: 'same-footnote',
      message: `both change footnote ${a.footnote.split('\u0000')[1]} of provision ${a.footnote.split('\u0000')[0]}`,
    };
  }
  if (a.suppressedSection !== undefined) {
    const found = sectionUsed(a.suppressedSection, b, base);
    if (found !== undefined)
      return { reason: 'target-suppressed', message: `section ${a.suppressedSection} is suppressed by one and ${found} by the other` };
  }
  if (a.title === true && b.title === true) return { reason: 'same-heading', message: 'both change the title' };
  if (a.heading !== undefined && a.heading === b.heading)
    return { reason: 'same-heading', message: `both change the heading of section ${a.heading}` };
  return undefined;
}

/** What of a suppressed section another amendment uses, if anything. */
function sectionUsed(sectionId: string, b: Footprint, base: ResolutionDocument | undefined): string | undefined {
  if (b.heading === sectionId) return 'its heading changed';
  if (b.places.some((gap) => gap.startsWith(`section:${sectionId}@`) || gap.includes(`"${sectionId}"`))) return 'a provision placed in it';
  const located = base && locateSection(base, sectionId);
  if (located === undefined) return undefined;
  const inside = (id: string) => located.section.provisions.some((provision) => subtreeContains(provision, id));
  const hit = b.refers.find(inside);
  return hit === undefined ? undefined : `its provision ${hit} used`;
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
