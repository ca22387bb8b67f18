import {
  AmendmentOperation,
  AmendmentRefusalKey,
  AmendmentRefusalParams,
  IdentifiedAmendment,
  ResolutionDocument,
  applyAmendment,
  citeProvision,
  mergeAmendmentsSkipping,
  rebaseAmendment,
} from '#libs/text';

/** An amendment still waiting for a ruling, with the text of the version it was drafted against. */
export interface UndecidedAmendment {
  readonly id: string;
  readonly proposedAgainst: ResolutionDocument;
  readonly operation: AmendmentOperation;
  /** Its proposers' stakeholder ids. */
  readonly proposers?: readonly string[];
}

/** An amendment left out of the "everything accepted" text, and why. */
export interface NotApplied {
  readonly amendmentId: string;
  /** The text engine's reason: `overlapping-words`, `target-gone`, `id-taken`, `conflict` ... */
  readonly code: string;
  /** Why, in English, for logs and API clients. */
  readonly reason: string;
  /** Why, as the text engine's message key and parameters (provisions cited as printed), for the reader's language. */
  readonly key: AmendmentRefusalKey;
  readonly params: AmendmentRefusalParams;
  /** Who proposed it (stakeholder ids), what it does and to which provision, as printed in the version it was drafted on: how people cite it. */
  readonly proposers: readonly string[];
  readonly action: AmendmentOperation['kind'];
  readonly provision?: string;
}

/**
 * The provision, section or footnote's provision an amendment bears on, as printed in the text
 * it was drafted on (a provision it adds, as printed once added); none for the title.
 */
export function provisionCitedBy(draftedOn: ResolutionDocument, operation: AmendmentOperation): string | undefined {
  if (operation.kind === 'add') {
    const applied = applyAmendment(draftedOn, operation);
    return applied.ok ? citeProvision(applied.value, operation.newId) : undefined;
  }
  if ('provisionId' in operation) return citeProvision(draftedOn, operation.provisionId);
  if ('sectionId' in operation) return citeProvision(draftedOn, operation.sectionId);
  return undefined;
}

export interface EverythingAccepted {
  readonly text: ResolutionDocument;
  /** The amendments applied, in order of proposal. */
  readonly applied: readonly string[];
  readonly notApplied: readonly NotApplied[];
}

/**
 * "What if everything proposed were accepted": the working text with every undecided
 * amendment applied in order of proposal, as a chair accepting them one after another
 * would. Each is first carried from the version it was drafted against onto the working
 * text (as a ruling is), then applied over the ones before it (`mergeAmendmentsSkipping`).
 * An amendment that no longer applies, or conflicts with an earlier one, is left out and
 * listed with the reason; one pass, whatever the number left out.
 */
export function acceptEverythingProposed(working: ResolutionDocument, amendments: readonly UndecidedAmendment[]): EverythingAccepted {
  const notApplied: NotApplied[] = [];
  const byId = new Map(amendments.map((amendment) => [amendment.id, amendment]));
  const cited = (amendment: UndecidedAmendment) => {
    const provision = provisionCitedBy(amendment.proposedAgainst, amendment.operation);
    return { proposers: amendment.proposers ?? [], action: amendment.operation.kind, ...(provision !== undefined ? { provision } : {}) };
  };
  const candidates: IdentifiedAmendment[] = [];
  for (const amendment of amendments) {
    const rebased = rebaseAmendment(amendment.proposedAgainst, working, amendment.operation);
    if (rebased.status === 'conflict')
      notApplied.push({
        amendmentId: amendment.id,
        code: rebased.reason,
        reason: rebased.message,
        key: rebased.key,
        params: rebased.params,
        ...cited(amendment),
      });
    else candidates.push({ id: amendment.id, op: rebased.op });
  }
  const merged = mergeAmendmentsSkipping(working, candidates);
  notApplied.push(
    ...merged.skipped.map(({ amendmentId, code, message, key, params }) => ({
      amendmentId,
      code,
      reason: message,
      key,
      params,
      ...cited(byId.get(amendmentId)!),
    })),
  );
  const order = new Map(amendments.map((amendment, index) => [amendment.id, index]));
  notApplied.sort((a, b) => order.get(a.amendmentId)! - order.get(b.amendmentId)!);
  return { text: merged.text, applied: merged.applied, notApplied };
}
