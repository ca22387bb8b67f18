import type { AmendmentPlacement, ProvenanceRole } from '#libs/read-models';
import { AmendmentOperation, Provision, ProvisionPosition, ResolutionDocument, locateProvision } from '#libs/text';

/**
 * What an amendment operation touches, by the stable ids of provisions and sections (never
 * by label, which changes when the text is relettered). The compilation lists the
 * amendment by its placement; the history files it under every id it touches; provenance
 * records it for the provisions it changes or creates.
 */
export interface OperationFootprint {
  readonly placement: AmendmentPlacement;
  /** Existing provisions whose wording, footnotes, brackets, place or sub-items it changes. */
  readonly changes: readonly string[];
  /** The sub-items that go with a suppressed or moved provision (found only when the text is given). */
  readonly carried: readonly string[];
  /** Provisions named as the place of something new or moved (before or after them). */
  readonly anchors: readonly string[];
  /** Provisions it creates. */
  readonly creates: readonly string[];
  /** Sections it acts on, creates, or names as a place. */
  readonly sections: readonly string[];
}

/** The footprint of an operation; with the text it applies to, the sub-items a suppression or move carries along are named too. */
export function footprintOf(op: AmendmentOperation, text?: ResolutionDocument): OperationFootprint {
  const none = { changes: [], carried: [], anchors: [], creates: [], sections: [] };
  switch (op.kind) {
    case 'add': {
      const place = positionFootprint(op.position);
      const placement: AmendmentPlacement =
        'atEndOf' in op.position
          ? { sectionId: op.position.atEndOf, role: 'add-at-end' }
          : {
              provisionId: place.anchor!,
              role: 'before' in op.position ? 'add-before' : 'after' in op.position ? 'add-after' : 'add-inside',
            };
      return { ...none, ...place.footprint, placement, creates: [op.newId] };
    }
    case 'modify':
      return { ...none, placement: { provisionId: op.provisionId, role: 'modify' }, changes: [op.provisionId] };
    case 'replaceText':
      return { ...none, placement: { provisionId: op.provisionId, role: 'replace' }, changes: [op.provisionId] };
    case 'suppress':
      return {
        ...none,
        placement: { provisionId: op.provisionId, role: 'suppress' },
        changes: [op.provisionId],
        carried: subItemsOf(op.provisionId, text),
      };
    case 'move': {
      const place = positionFootprint(op.position).footprint;
      return {
        ...none,
        ...place,
        placement: { provisionId: op.provisionId, role: 'move' },
        changes: unique([op.provisionId, ...place.changes]),
        carried: subItemsOf(op.provisionId, text),
      };
    }
    case 'addFootnote':
    case 'changeFootnote':
    case 'suppressFootnote':
      return { ...none, placement: { provisionId: op.provisionId, role: 'footnote' }, changes: [op.provisionId] };
    case 'offerAlternatives':
      return { ...none, placement: { provisionId: op.provisionId, role: 'brackets' }, changes: [op.provisionId] };
    case 'settleBrackets':
      return { ...none, placement: { provisionId: op.provisionId, role: 'settle-brackets' }, changes: [op.provisionId] };
    case 'changeHeading':
      return { ...none, placement: { sectionId: op.sectionId, role: 'change-heading' }, sections: [op.sectionId] };
    // The title belongs to no section: the compilation lists its change among the proposals it cannot place.
    case 'changeTitle':
      return { ...none, placement: { sectionId: '', role: 'change-heading' } };
    // A suppressed section is listed at its heading, which is struck with the provisions under it.
    case 'suppressSection':
      return {
        ...none,
        placement: { sectionId: op.sectionId, role: 'change-heading' },
        sections: [op.sectionId],
        carried: provisionsIn(op.sectionId, text),
      };
    case 'addSection': {
      const position = op.position;
      if ('atEndOfPart' in position)
        return { ...none, placement: { part: position.atEndOfPart, role: 'add-section-at-end' }, sections: [op.sectionId] };
      const anchor = 'beforeSection' in position ? position.beforeSection : position.afterSection;
      const role = 'beforeSection' in position ? 'add-section-before' : 'add-section-after';
      return { ...none, placement: { sectionId: anchor, role }, sections: [anchor, op.sectionId] };
    }
  }
}

/** Every id the operation touches: provisions changed, carried along, created or named as a place, then sections. */
export function touchedIds(footprint: OperationFootprint): string[] {
  return unique([...footprint.changes, ...footprint.carried, ...footprint.creates, ...footprint.anchors, ...footprint.sections]);
}

/** The provisions whose own record the operation belongs to: those it changes, carries along or creates. */
export function provisionsChanged(footprint: OperationFootprint): string[] {
  return unique([...footprint.changes, ...footprint.carried, ...footprint.creates]);
}

/** How the operation bears on a provision it changes, carries along or creates; undefined when it does neither. */
export function roleFor(footprint: OperationFootprint, provisionId: string): ProvenanceRole | undefined {
  if (footprint.creates.includes(provisionId)) return 'create';
  if (!footprint.changes.includes(provisionId) && !footprint.carried.includes(provisionId)) return undefined;
  const { placement } = footprint;
  // A sub-item goes where its parent goes; a provision that receives a sub-item (or a moved provision) has one added inside it.
  if ('provisionId' in placement && (placement.provisionId === provisionId || footprint.carried.includes(provisionId)))
    return placement.role;
  return 'add-inside';
}

function positionFootprint(position: ProvisionPosition): {
  anchor?: string;
  footprint: Pick<OperationFootprint, 'changes' | 'anchors' | 'sections'>;
} {
  if ('atEndOf' in position) return { footprint: { changes: [], anchors: [], sections: [position.atEndOf] } };
  if ('asChildOf' in position)
    return { anchor: position.asChildOf, footprint: { changes: [position.asChildOf], anchors: [], sections: [] } };
  const anchor = 'before' in position ? position.before : position.after;
  return { anchor, footprint: { changes: [], anchors: [anchor], sections: [] } };
}

function subItemsOf(provisionId: string, text: ResolutionDocument | undefined): string[] {
  const located = text && locateProvision(text, provisionId);
  if (!located) return [];
  const ids: string[] = [];
  const walk = (provision: Provision) =>
    provision.children.forEach((child) => {
      ids.push(child.id);
      walk(child);
    });
  walk(located.provision);
  return ids;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function provisionsIn(sectionId: string, text: ResolutionDocument | undefined): string[] {
  const section = text && [...text.preamble, ...text.operative].find((candidate) => candidate.id === sectionId);
  if (!section) return [];
  const ids: string[] = [];
  const walk = (list: readonly Provision[]) => list.forEach((provision) => (ids.push(provision.id), walk(provision.children)));
  walk(section.provisions);
  return ids;
}
