import { isDeepStrictEqual } from 'node:util';
import {
  AmendmentOperation,
  AmendmentRefusal,
  DeriveOptions,
  ResolutionDocument,
  UnexpressedCode,
  applyAmendment,
  deriveAmendments,
} from '#libs/text';
import { parseAmendmentOperation } from '../documents/amendment-operation';

/**
 * Why a difference between the current version and the text sent is not in the amendments:
 * what no amendment expresses (the text engine's codes), or `not-submittable`, an amendment
 * derived from the text that a contribution cannot carry as it is.
 */
export type DerivedProposalWarningCode = UnexpressedCode | 'not-submittable';

export interface DerivedProposalWarning {
  readonly code: DerivedProposalWarningCode;
  readonly message: string;
  /** The provision, section or footnote concerned, where there is one. */
  readonly id?: string;
  /** The derived amendment left out (for `not-submittable`). */
  readonly operation?: AmendmentOperation;
  /** Why it is left out (for `not-submittable`), to be said in the reader's language. */
  readonly reason?: NotSubmittableReason;
}

/**
 * Why a derived amendment cannot be submitted: the contribution endpoint refuses fields of it,
 * or would not carry some of them, or it does not apply after the amendments before it (the
 * text engine's refusal, a message key with its parameters).
 */
export type NotSubmittableReason =
  | { readonly kind: 'refused'; readonly fields: readonly string[]; readonly problems: readonly string[] }
  | { readonly kind: 'notCarried'; readonly fields: readonly string[] }
  | { readonly kind: 'doesNotApply'; readonly refusal?: { readonly key: string; readonly params?: AmendmentRefusal['params'] } };

export interface SubmittableProposal {
  /** The amendments a contribution carries, in order; each applies to the current version with the ones before it, as the ledger checks. */
  readonly operations: readonly AmendmentOperation[];
  readonly warnings: readonly DerivedProposalWarning[];
  /** The version with every amendment accepted in order, as the chair's rulings would make it. */
  readonly proposed: ResolutionDocument;
}

/**
 * The amendments derived from a whole text, as a contribution can submit them: each one
 * must read back unchanged through the API's operation reader and apply to the version
 * with the ones before it (the ledger checks a contribution's amendments as one proposal,
 * so a provision may be placed after one the proposal adds). Accepted one by one in order
 * they give `proposed`; what they cannot carry is a warning, never a surprise at submission.
 */
export function submittableProposal(
  version: ResolutionDocument,
  target: ResolutionDocument,
  options: DeriveOptions = {},
): SubmittableProposal {
  const derived = deriveAmendments(version, target, options);
  const warnings: DerivedProposalWarning[] = derived.unexpressed.map((item) => ({ ...item }));
  const operations: AmendmentOperation[] = [];
  let proposed = version;
  for (const operation of derived.operations) {
    const refusal = notCarried(operation);
    const applied = refusal === undefined ? applyAmendment(proposed, operation) : undefined;
    if (refusal !== undefined || !applied?.ok) {
      const reason: NotSubmittableReason =
        refusal ??
        (applied && !applied.ok
          ? { kind: 'doesNotApply', refusal: { key: applied.refusal.key, params: applied.refusal.params } }
          : { kind: 'doesNotApply' });
      warnings.push({
        code: 'not-submittable',
        message: `the ${operation.kind} amendment cannot be submitted: ${inEnglish(reason, applied && !applied.ok ? applied.refusal.message : undefined)}`,
        id: subjectOf(operation),
        operation,
        reason,
      });
      continue;
    }
    operations.push(operation);
    proposed = applied.value;
  }
  return { operations, warnings, proposed };
}

/** The provision, section or footnote an amendment is about. */
function subjectOf(operation: AmendmentOperation): string | undefined {
  switch (operation.kind) {
    case 'add':
      return operation.newId;
    case 'addSection':
      return operation.sectionId;
    case 'changeHeading':
    case 'suppressSection':
      return operation.sectionId;
    case 'addFootnote':
    case 'changeFootnote':
    case 'suppressFootnote':
      return operation.footnoteId;
    case 'changeTitle':
      return undefined;
    default:
      return operation.provisionId;
  }
}

/** The API's words for the warning's `message` (the page says the reason by its key). */
function inEnglish(reason: NotSubmittableReason, engineMessage: string | undefined): string {
  switch (reason.kind) {
    case 'refused':
      return `the contribution endpoint refuses it (${reason.fields.map((field, i) => `${field}: ${reason.problems[i]}`).join('; ')})`;
    case 'notCarried':
      return `the contribution endpoint does not carry its ${reason.fields.join(', ')}`;
    case 'doesNotApply':
      return engineMessage ? `it does not apply after the amendments before it (${engineMessage})` : 'it does not apply';
  }
}

/** The API's reader keeps every field of the operation, or the fields it would lose or refuse. */
function notCarried(operation: AmendmentOperation): NotSubmittableReason | undefined {
  const sent: unknown = JSON.parse(JSON.stringify(operation));
  const read = parseAmendmentOperation(sent, 'operation');
  if (!read.operation) {
    const refused = [...read.errors, ...((read as { refusals?: readonly { field: string; message: string }[] }).refusals ?? [])];
    return { kind: 'refused', fields: refused.map((e) => e.field), problems: refused.map((e) => e.message) };
  }
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(read.operation)), sent)) return undefined;
  const lost = Object.keys(sent as object).filter(
    (key) => !isDeepStrictEqual((sent as Record<string, unknown>)[key], (read.operation as unknown as Record<string, unknown>)[key]),
  );
  return { kind: 'notCarried', fields: lost };
}
