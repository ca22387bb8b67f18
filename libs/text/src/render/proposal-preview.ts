import { applyAmendments } from '../amend/apply-amendment';
import { DeriveOptions, DerivedAmendments, deriveAmendments } from '../diff/derive-amendments';
import { diffDocuments } from '../diff/document-diff';
import { ResolutionDocument } from '../model';
import { HtmlOptions } from './html';
import { MarkedTextFormat, renderMarkedText } from './marked';

export interface ProposalPreview {
  readonly derived: DerivedAmendments;
  /** The base with the derived amendments applied: what the proposal would make of the text. */
  readonly proposed: ResolutionDocument;
  /** The proposed text against the base, marked word by word as the secretariats publish a revision. */
  readonly marked: string;
}

/**
 * What a stakeholder's whole text proposes, before it is submitted: the amendments derived
 * from it and the marked text they give. The marks are drawn from the amendments applied,
 * not from the text sent, so that the stakeholder sees what the amendments will do.
 */
export function previewDerivedProposal(
  base: ResolutionDocument,
  target: ResolutionDocument,
  format: MarkedTextFormat = 'text',
  options: DeriveOptions & HtmlOptions = {},
): ProposalPreview {
  const derived = deriveAmendments(base, target, options);
  const applied = applyAmendments(base, derived.operations);
  // The derivation applied each operation as it went: the list applies as a whole.
  const proposed = applied.ok ? applied.value : base;
  return { derived, proposed, marked: renderMarkedText(diffDocuments(base, proposed), format, options) };
}
