import { NewEvent } from '#libs/contracts';
import { Conflict } from '#libs/text';
import { DocumentCommand, DocumentContext, conflictsOfProposal, decideDocument } from '../document/document-decide';
import { DocumentState, evolveDocument } from '../document/document-state';
import { Refusal } from '../result';
import { ContributionCommand } from './contribution-commands';
import { ContributionState } from './contribution';

/** A command that changes what a contribution brings to its document. */
export type CarryingCommand = Extract<ContributionCommand, { kind: 'SubmitContribution' | 'ReviseContribution' | 'WithdrawContribution' }>;

/** What a contribution command records on its document, and the conflicts its new amendments meet. */
export type Carried =
  | { readonly ok: true; readonly events: readonly NewEvent[]; readonly conflicts: readonly Conflict[] }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * The document commands a contribution command brings with it, decided one after another
 * on the document: the draft it brings becomes a document, its amendments proposals on the
 * document; a revision replaces its pending amendments, a withdrawal takes them with it.
 */
export function carriedToDocument(
  command: CarryingCommand,
  previous: ContributionState,
  document: DocumentState,
  context: DocumentContext,
): Carried {
  let state = document;
  const events: NewEvent[] = [];
  const conflicts: Conflict[] = [];
  for (const carried of documentCommandsOf(command, previous, document)) {
    const decision = decideDocument(carried, state, context);
    if (!decision.ok) return decision;
    if (carried.kind === 'ProposeAmendment')
      conflicts.push(...conflictsOfProposal(state, carried.amendmentId, carried.operation, carried.contributionId));
    events.push(...decision.events);
    state = decision.events.reduce(evolveDocument, state);
  }
  return { ok: true, events, conflicts };
}

function documentCommandsOf(command: CarryingCommand, previous: ContributionState, document: DocumentState): DocumentCommand[] {
  const { contributionId } = command;
  const commands: DocumentCommand[] = [];
  const pendingOfThis = Object.values(document.amendments).filter(
    (a) => a.contributionId === contributionId && (a.status === 'pending' || a.status === 'deferred'),
  );
  const substance = command.kind === 'WithdrawContribution' ? undefined : command.substance;
  const keep = new Set(substance?.kind === 'amendments' ? substance.amendments.map((a) => a.amendmentId) : []);
  for (const amendment of pendingOfThis) {
    if (!keep.has(amendment.id)) {
      commands.push({
        kind: 'WithdrawAmendment',
        amendmentId: amendment.id,
        reason: command.kind === 'WithdrawContribution' ? 'contribution withdrawn' : `superseded by Rev.${previous.revision + 1}`,
      });
    }
  }
  if (substance?.kind === 'draft' && command.kind === 'SubmitContribution') {
    commands.push({
      kind: 'RegisterDocument',
      document: {
        documentId: substance.documentId,
        consultationId: command.consultationId,
        symbol: substance.symbol,
        versionLabel: substance.versionLabel,
        text: substance.text,
        source: { kind: 'contribution', contributionId },
      },
    });
  }
  if (substance?.kind === 'amendments' && command.kind !== 'WithdrawContribution') {
    const { cover } = command;
    for (const amendment of substance.amendments) {
      const existing = document.amendments[amendment.amendmentId];
      commands.push(
        existing
          ? {
              kind: 'ReviseAmendment',
              amendmentId: amendment.amendmentId,
              operation: amendment.operation,
              explanation: amendment.explanation,
            }
          : {
              kind: 'ProposeAmendment',
              amendmentId: amendment.amendmentId,
              versionNumber: substance.versionNumber,
              operation: amendment.operation,
              proposers: [...cover.submitters, ...cover.coSponsors],
              onBehalfOf: cover.onBehalfOf,
              contributionId,
              explanation: amendment.explanation,
            },
      );
    }
  }
  return commands;
}
