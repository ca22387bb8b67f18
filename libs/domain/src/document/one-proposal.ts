/**
 * A contribution's amendments are one proposal: each was drafted on the text its earlier
 * ones make (a new paragraph placed after the one added just before it), they do not
 * conflict with each other, and their new provisions keep the order the proposer gave
 * them whatever order the chair rules in.
 */
import {
  AmendmentOperation,
  ProvisionPosition,
  ResolutionDocument,
  SectionPosition,
  anchorOf,
  applyAmendment,
  locateProvision,
  locateSection,
} from '#libs/text';
import { AmendmentRecord, DocumentState, latestVersion } from './document-state';

/**
 * The other amendments of the proposal `amendment` belongs to, on the same version, in the
 * order they were proposed; a withdrawn one (a revision of the contribution dropped it) is
 * no longer part of it.
 */
export function proposalSiblings(
  state: DocumentState,
  amendment: Pick<AmendmentRecord, 'id' | 'contributionId' | 'versionNumber'>,
): AmendmentRecord[] {
  if (!amendment.contributionId) return [];
  return Object.values(state.amendments)
    .filter(
      (other) =>
        other.id !== amendment.id &&
        other.status !== 'withdrawn' &&
        other.contributionId === amendment.contributionId &&
        other.versionNumber === amendment.versionNumber,
    )
    .sort((a, b) => a.sequence - b.sequence);
}

/**
 * The text an amendment of a contribution was drafted on: its version with the
 * contribution's earlier amendments applied in order (one that no longer applies is
 * passed over). A new amendment comes after all the others.
 */
export function textProposedAgainst(
  state: DocumentState,
  amendment: Pick<AmendmentRecord, 'id' | 'contributionId' | 'versionNumber'> & { readonly sequence?: number },
): ResolutionDocument {
  const version = state.versions.find((v) => v.number === amendment.versionNumber) ?? latestVersion(state);
  const earlier = proposalSiblings(state, amendment).filter(
    (other) => amendment.sequence === undefined || other.sequence < amendment.sequence,
  );
  let text = version.text;
  for (const other of earlier) {
    const applied = applyAmendment(text, other.operation);
    if (applied.ok) text = applied.value;
  }
  return text;
}

/** Whether two amendments are parts of one contribution's proposal (and so never in conflict). */
export function sameProposal(a: Pick<AmendmentRecord, 'contributionId'>, b: Pick<AmendmentRecord, 'contributionId'>): boolean {
  return a.contributionId !== undefined && a.contributionId === b.contributionId;
}

/**
 * The amendment placed in `working` as its proposal orders it. A new provision placed
 * after (or before) one the same proposal adds that is not in the text yet takes that
 * one's place in turn; and when a provision of the proposal that was to follow (or
 * precede) it is already in the text, it is placed before (or after) that one.
 */
export function placedWithinProposal(state: DocumentState, amendment: AmendmentRecord, working: ResolutionDocument): AmendmentOperation {
  const op = amendment.operation;
  const siblings = proposalSiblings(state, amendment).map((sibling) => sibling.operation);
  if (op.kind === 'add' || op.kind === 'move') {
    const id = op.kind === 'add' ? op.newId : op.provisionId;
    return { ...op, position: provisionPlace(id, op.position, siblings, working) };
  }
  if (op.kind === 'addSection') return { ...op, position: sectionPlace(op.sectionId, op.position, siblings, working) };
  return op;
}

type PlacedProvision = Extract<AmendmentOperation, { kind: 'add' | 'move' }>;

function provisionPlace(
  id: string,
  position: ProvisionPosition,
  siblings: readonly AmendmentOperation[],
  working: ResolutionDocument,
): ProvisionPosition {
  const placed = siblings.filter((sibling): sibling is PlacedProvision => sibling.kind === 'add' || sibling.kind === 'move');
  const idOf = (sibling: PlacedProvision) => (sibling.kind === 'add' ? sibling.newId : sibling.provisionId);
  const inText = (provisionId: string) => locateProvision(working, provisionId) !== undefined;
  for (const sibling of placed) {
    if (!inText(idOf(sibling))) continue;
    if ('after' in sibling.position && sibling.position.after === id) return { before: idOf(sibling) };
    if ('before' in sibling.position && sibling.position.before === id) return { after: idOf(sibling) };
  }
  const followed = new Set<string>();
  let resolved = position;
  for (;;) {
    const anchor = anchorOf(resolved);
    if (anchor === undefined || inText(anchor) || followed.has(anchor) || 'asChildOf' in resolved) return resolved;
    const added = placed.find((sibling) => sibling.kind === 'add' && sibling.newId === anchor);
    if (!added) return resolved;
    followed.add(anchor);
    resolved = added.position;
  }
}

function sectionPlace(
  id: string,
  position: SectionPosition,
  siblings: readonly AmendmentOperation[],
  working: ResolutionDocument,
): SectionPosition {
  const added = siblings.filter((sibling): sibling is Extract<AmendmentOperation, { kind: 'addSection' }> => sibling.kind === 'addSection');
  const inText = (sectionId: string) => locateSection(working, sectionId) !== undefined;
  for (const sibling of added) {
    if (!inText(sibling.sectionId)) continue;
    if ('afterSection' in sibling.position && sibling.position.afterSection === id) return { beforeSection: sibling.sectionId };
    if ('beforeSection' in sibling.position && sibling.position.beforeSection === id) return { afterSection: sibling.sectionId };
  }
  const followed = new Set<string>();
  let resolved = position;
  for (;;) {
    const anchor = 'afterSection' in resolved ? resolved.afterSection : 'beforeSection' in resolved ? resolved.beforeSection : undefined;
    if (anchor === undefined || inText(anchor) || followed.has(anchor)) return resolved;
    const earlier = added.find((sibling) => sibling.sectionId === anchor);
    if (!earlier) return resolved;
    followed.add(anchor);
    resolved = earlier.position;
  }
}
