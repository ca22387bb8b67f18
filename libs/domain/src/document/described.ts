import { NestedMessage, nestedMessage } from '#libs/contracts';
import { AmendmentOperation, AmendmentRefusal, ResolutionDocument, applyAmendment, citeProvision } from '#libs/text';
import { StakeholderDirectory, nameOf } from '../stakeholder/stakeholder';
import { provisionsChangedBy } from './changed-provisions';
import { AmendmentRecord, DocumentState, latestVersion } from './document-state';
import { textProposedAgainst } from './one-proposal';

/** Why the text engine refused a change, as a refusal of the domain names it: the engine's message, provisions cited as printed. */
export function whyRefused(refusal: Pick<AmendmentRefusal, 'key' | 'params'>): NestedMessage {
  return { key: refusal.key, params: refusal.params };
}

/**
 * What a change concerns, as a reader cites it: the provision or section as printed in the
 * working text (or the version it was proposed on, or, for a provision it adds, the text
 * with it added), or the title; never an id.
 */
export function citeChange(state: DocumentState, operation: AmendmentOperation, proposedOn?: ResolutionDocument): string | NestedMessage {
  if (operation.kind === 'changeTitle') return nestedMessage('part.title');
  const id = subjectOf(operation);
  if (id === undefined) return nestedMessage('part.text');
  const texts: ResolutionDocument[] = [];
  if (state.working) texts.push(state.working);
  if (state.registered) texts.push(latestVersion(state).text);
  if (proposedOn) {
    texts.push(proposedOn);
    const applied = applyAmendment(proposedOn, operation);
    if (applied.ok) texts.push(applied.value);
  }
  for (const text of texts) {
    const cited = citeProvision(text, id);
    if (cited !== undefined) return cited;
  }
  return operation.kind === 'add' ? nestedMessage('part.newProvision') : nestedMessage('part.notInText');
}

/** The provision or section a change bears on, by id; none for the title or the whole text. */
function subjectOf(operation: AmendmentOperation): string | undefined {
  if (operation.kind === 'changeTitle') return undefined;
  return provisionsChangedBy(operation)[0] ?? ('sectionId' in operation ? operation.sectionId : undefined);
}

/**
 * What a change concerns as printed in the version it was drafted on (the text engine's
 * reasons cite that version), and, when the working text prints it otherwise (renumbered
 * since), as printed there now: "paragraph 2 in version 1 (3 in the working text)".
 */
export function citeChangeAsDrafted(
  state: DocumentState,
  operation: AmendmentOperation,
  draftedOn: ResolutionDocument,
): { readonly provision: string | NestedMessage; readonly current?: string } {
  const current = citeChange(state, operation, draftedOn);
  const id = subjectOf(operation);
  if (id === undefined) return { provision: current };
  const applied = operation.kind === 'add' ? applyAmendment(draftedOn, operation) : undefined;
  const drafted = citeProvision(draftedOn, id) ?? (applied?.ok ? citeProvision(applied.value, id) : undefined);
  if (drafted === undefined) return { provision: current };
  return typeof current === 'string' && current !== drafted ? { provision: drafted, current } : { provision: drafted };
}

/** An amendment as a refusal names it: its proposers and what it does to which provision ("Egypt's MOD of resolves, 5"). */
export function describeAmendment(state: DocumentState, amendment: AmendmentRecord, stakeholders: StakeholderDirectory): NestedMessage {
  const proposedOn = state.versions.length > 0 ? textProposedAgainst(state, amendment) : undefined;
  return nestedMessage('amendment.described', {
    proposer: amendment.proposers.map((id) => nameOf(stakeholders, id)),
    action: amendment.operation.kind,
    provision: citeChange(state, amendment.operation, proposedOn),
  });
}

/** A decision as a refusal names it: by its kind, its date when recorded, and the amendment it ruled on. */
export function describeDecision(state: DocumentState, decisionId: string, stakeholders: StakeholderDirectory): NestedMessage {
  const decision = state.decisions[decisionId];
  const amendment = decision ? state.amendments[decision.amendmentIds[0]] : undefined;
  if (!decision || !amendment || (decision.kind !== 'ruling' && decision.kind !== 'correction')) return nestedMessage('decision.other');
  const described = describeAmendment(state, amendment, stakeholders);
  if (decision.kind === 'ruling')
    return decision.date
      ? nestedMessage('decision.ruling', { date: decision.date, amendment: described })
      : nestedMessage('decision.rulingUndated', { amendment: described });
  return decision.date
    ? nestedMessage('decision.correction', { date: decision.date, amendment: described })
    : nestedMessage('decision.correctionUndated', { amendment: described });
}
