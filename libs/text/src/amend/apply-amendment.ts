import { Provision, ResolutionDocument, Section } from '../model';
import { citeProvision } from '../render/citation';
import { TokenizedText } from '../tokenize';
import { AddSection, AmendmentOperation, ProvisionPosition, SectionPosition, rewordingOf } from './amendment';
import {
  ContainerPath,
  LocatedProvision,
  containerItems,
  editContainer,
  insertAt,
  locateProvision,
  locateSection,
  removeAt,
  replaceAt,
  replaceProvision,
  subtreeContains,
} from './document-tree';
import { AmendmentRefusal, Result, citedIn, refusal, success } from './result';
import { carryFootnoteAnchors } from './footnote-anchors';
import { applyEdits } from './word-edits';
import { isWordOperation, wordEdits } from './word-operations';

type Applied = Result<ResolutionDocument, AmendmentRefusal>;

/**
 * Applies one amendment, purely: the result is a new document, or a refusal saying why
 * not. Labels are not touched — they are derived from position, so the text reletters
 * itself.
 */
export function applyAmendment(doc: ResolutionDocument, op: AmendmentOperation): Applied {
  const applied = apply(doc, op);
  // A refusal cites the provision it concerns as printed in the text it was refused on.
  return applied.ok ? applied : { ok: false, refusal: citedIn(doc, applied.refusal) };
}

function apply(doc: ResolutionDocument, op: AmendmentOperation): Applied {
  if (isWordOperation(op)) {
    const located = locateProvision(doc, op.provisionId);
    if (located === undefined) return unknownProvision();
    const tokens = new TokenizedText(located.provision.text);
    const edits = wordEdits(op, located.provision.text, tokens);
    if (!edits.ok) return edits;
    if (edits.value.length === 0) return success(doc);
    const text = applyEdits(tokens, edits.value);
    const footnotes = carryFootnoteAnchors(located.provision.footnotes, located.provision.text, edits.value, text);
    return success(replaceProvision(doc, located, { ...located.provision, text, footnotes }));
  }
  switch (op.kind) {
    case 'add': {
      if (locateProvision(doc, op.newId) !== undefined) return refusal('duplicate-id', 'amendment.refused.provisionExists', {}, op.newId);
      const footnoteIds = (op.footnotes ?? []).map((footnote) => footnote.id);
      const taken = footnoteIds.find((id, index) => footnoteIds.indexOf(id) !== index || footnoteExists(doc, id));
      if (taken !== undefined) return refusal('duplicate-id', 'amendment.refused.footnoteExists');
      const provision: Provision = { id: op.newId, text: op.text, children: [], footnotes: [...(op.footnotes ?? [])] };
      return insertProvision(doc, op.position, provision);
    }
    case 'suppress': {
      const located = locateProvision(doc, op.provisionId);
      if (located === undefined) return unknownProvision();
      return success(editContainer(doc, located.container, (items) => removeAt(items, located.index)));
    }
    case 'move': {
      const anchor = anchorOf(op.position);
      const before = locateProvision(doc, op.provisionId);
      if (before === undefined) return unknownProvision();
      if (anchor !== undefined && subtreeContains(before.provision, anchor)) {
        return refusal('invalid-position', 'amendment.refused.placedInsideItself', {}, op.provisionId);
      }
      // The words change as a MOD would, then the provision moves.
      const rewording = rewordingOf(op);
      const reworded = rewording === undefined ? success(doc) : applyAmendment(doc, rewording);
      if (!reworded.ok) return reworded;
      const located = locateProvision(reworded.value, op.provisionId) as LocatedProvision;
      const without = editContainer(reworded.value, located.container, (items) => removeAt(items, located.index));
      return insertProvision(without, op.position, located.provision);
    }
    case 'addSection':
      return addSection(doc, op);
    case 'changeHeading': {
      const located = locateSection(doc, op.sectionId);
      if (located === undefined) return refusal('unknown-section', 'amendment.refused.unknownSection');
      const sections = replaceAt(doc[located.part], located.index, { ...located.section, heading: op.heading });
      return success({ ...doc, [located.part]: sections });
    }
    case 'addFootnote': {
      const located = locateProvision(doc, op.provisionId);
      if (located === undefined) return unknownProvision();
      if (footnoteExists(doc, op.footnoteId)) return refusal('duplicate-id', 'amendment.refused.footnoteExists');
      const footnote =
        op.anchor === undefined ? { id: op.footnoteId, text: op.text } : { id: op.footnoteId, text: op.text, anchor: op.anchor };
      const at =
        op.before === undefined ? located.provision.footnotes.length : located.provision.footnotes.findIndex((f) => f.id === op.before);
      if (at < 0) return refusal('unknown-footnote', 'amendment.refused.unknownFootnote', {}, op.provisionId);
      const footnotes = insertAt(located.provision.footnotes, at, footnote);
      return success(replaceProvision(doc, located, { ...located.provision, footnotes }));
    }
    case 'changeFootnote': {
      const located = locateProvision(doc, op.provisionId);
      if (located === undefined) return unknownProvision();
      const index = located.provision.footnotes.findIndex((footnote) => footnote.id === op.footnoteId);
      if (index < 0) return refusal('unknown-footnote', 'amendment.refused.unknownFootnote', {}, op.provisionId);
      const { anchor, ...kept } = located.provision.footnotes[index];
      const placed = op.anchor === undefined ? anchor : op.anchor === null ? undefined : op.anchor;
      const footnote = placed === undefined ? { ...kept, text: op.text } : { ...kept, text: op.text, anchor: placed };
      const footnotes = replaceAt(located.provision.footnotes, index, footnote);
      return success(replaceProvision(doc, located, { ...located.provision, footnotes }));
    }
    case 'suppressFootnote': {
      const located = locateProvision(doc, op.provisionId);
      if (located === undefined) return unknownProvision();
      const index = located.provision.footnotes.findIndex((footnote) => footnote.id === op.footnoteId);
      if (index < 0) return refusal('unknown-footnote', 'amendment.refused.unknownFootnote', {}, op.provisionId);
      return success(replaceProvision(doc, located, { ...located.provision, footnotes: removeAt(located.provision.footnotes, index) }));
    }
    case 'changeTitle':
      return success({ ...doc, title: op.title });
    case 'suppressSection': {
      const located = locateSection(doc, op.sectionId);
      if (located === undefined) return refusal('unknown-section', 'amendment.refused.unknownSection');
      return success({ ...doc, [located.part]: removeAt(doc[located.part], located.index) });
    }
  }
}

/** Applies amendments in order, stopping at the first refusal (which says its index in `ops`). */
export function applyAmendments(
  doc: ResolutionDocument,
  ops: readonly AmendmentOperation[],
): Result<ResolutionDocument, AmendmentRefusal & { readonly index: number }> {
  let current = doc;
  for (let index = 0; index < ops.length; index++) {
    const applied = applyAmendment(current, ops[index]);
    if (!applied.ok) return { ok: false, refusal: { ...applied.refusal, index } };
    current = applied.value;
  }
  return success(current);
}

/** The provision a position is stated relative to, if any. */
export function anchorOf(position: ProvisionPosition): string | undefined {
  if ('before' in position) return position.before;
  if ('after' in position) return position.after;
  if ('asChildOf' in position) return position.asChildOf;
  return undefined;
}

/** The list a position points into, and the index there. */
export function resolvePosition(
  doc: ResolutionDocument,
  position: ProvisionPosition,
): Result<{ container: ContainerPath; index: number }, AmendmentRefusal> {
  if ('atEndOf' in position) {
    const located = locateSection(doc, position.atEndOf);
    if (located === undefined) return refusal('unknown-section', 'amendment.refused.unknownSection');
    return success({
      container: { part: located.part, sectionIndex: located.index, provisionPath: [] },
      index: located.section.provisions.length,
    });
  }
  const anchor = anchorOf(position) as string;
  const located = locateProvision(doc, anchor);
  if (located === undefined) return unknownProvision();
  if ('asChildOf' in position) {
    return success({
      container: { ...located.container, provisionPath: [...located.container.provisionPath, located.index] },
      index: located.provision.children.length,
    });
  }
  return success({ container: located.container, index: 'before' in position ? located.index : located.index + 1 });
}

function insertProvision(doc: ResolutionDocument, position: ProvisionPosition, provision: Provision): Applied {
  const target = resolvePosition(doc, position);
  if (!target.ok) return target;
  const { container, index } = target.value;
  if (index > containerItems(doc, container).length) return refusal('invalid-position', 'amendment.refused.positionOutside');
  return success(editContainer(doc, container, (items) => insertAt(items, index, provision)));
}

function addSection(doc: ResolutionDocument, op: AddSection): Applied {
  if (locateSection(doc, op.sectionId) !== undefined)
    return refusal('duplicate-id', 'amendment.refused.sectionExists', { section: citeProvision(doc, op.sectionId) ?? '' });
  const index = sectionIndex(doc, op.part, op.position);
  if (!index.ok) return index;
  const section: Section = { id: op.sectionId, heading: op.heading, provisions: [] };
  return success({ ...doc, [op.part]: insertAt(doc[op.part], index.value, section) });
}

function sectionIndex(doc: ResolutionDocument, part: AddSection['part'], position: SectionPosition): Result<number, AmendmentRefusal> {
  if ('atEndOfPart' in position) {
    if (position.atEndOfPart !== part)
      return refusal('invalid-position', 'amendment.refused.sectionCannotEndPart', { part, otherPart: position.atEndOfPart });
    return success(doc[part].length);
  }
  const anchor = 'beforeSection' in position ? position.beforeSection : position.afterSection;
  const located = locateSection(doc, anchor);
  if (located === undefined) return refusal('unknown-section', 'amendment.refused.unknownSection');
  if (located.part !== part)
    return refusal('invalid-position', 'amendment.refused.sectionInOtherPart', {
      section: citeProvision(doc, anchor) ?? '',
      part,
      otherPart: located.part,
    });
  return success('beforeSection' in position ? located.index : located.index + 1);
}

/** Whether any provision of the document has a footnote with this id. */
export function footnoteExists(doc: ResolutionDocument, footnoteId: string): boolean {
  const within = (list: readonly Provision[]): boolean =>
    list.some((provision) => provision.footnotes.some((footnote) => footnote.id === footnoteId) || within(provision.children));
  return doc.preamble.some((section) => within(section.provisions)) || doc.operative.some((section) => within(section.provisions));
}

/** The provision is not in the text: it cannot be cited, and its id is not for people. */
function unknownProvision(): { readonly ok: false; readonly refusal: AmendmentRefusal } {
  return refusal('unknown-provision', 'amendment.refused.unknownProvision');
}
