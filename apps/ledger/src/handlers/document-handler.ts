import { documentStreamId } from '#libs/contracts';
import {
  DocumentCommand,
  DocumentLedgerCommand,
  conflictsOfProposal,
  decideDocument,
  evolveDocument,
  initialDocumentState,
} from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Attempt, checkExpectedVersion, writeTo } from './command-execution';
import { loadDecisionContext, loadStream } from './stream-reader';

/** The stakeholders a document command names, whose registry entries its decision needs. */
export function stakeholdersNamedIn(command: DocumentCommand, actorId: string): string[] {
  const named = [actorId];
  if (command.kind === 'ProposeAmendment') named.push(...command.proposers, ...(command.onBehalfOf ? [command.onBehalfOf] : []));
  if (command.kind === 'CoSponsorAmendment' || command.kind === 'RecordReservation') named.push(command.stakeholderId);
  return named;
}

export async function onDocument(store: PostgresEventStore, envelope: DocumentLedgerCommand): Promise<Attempt> {
  const { command } = envelope.payload;
  const documentId = envelope.payload.documentId ?? ('amendmentId' in command ? await store.documentOfAmendment(command.amendmentId) : undefined);
  if (!documentId) return { ok: false, refusal: { code: 'not-found', message: 'no such amendment or document' } };
  const streamId = documentStreamId(documentId);
  const { state, version } = await loadStream(store, streamId, evolveDocument, initialDocumentState);
  const precondition = checkExpectedVersion(envelope, streamId, version);
  if (precondition) return precondition;
  const consultationId = command.kind === 'RegisterDocument' ? command.document.consultationId : state.consultationId;
  if (!consultationId) return { ok: false, refusal: { code: 'not-found', message: `no document ${documentId}` } };
  const amendmentProposers = 'amendmentId' in command && state.amendments[command.amendmentId] ? state.amendments[command.amendmentId].proposers : [];
  const { consultation, stakeholders } = await loadDecisionContext(store, consultationId, [...stakeholdersNamedIn(command, envelope.actor.id), ...amendmentProposers]);
  const decision = decideDocument(command, state, { actor: envelope.actor, consultation, stakeholders, now: envelope.requestedAt });
  const details = decision.ok && command.kind === 'ProposeAmendment' ? { conflicts: conflictsOfProposal(state, command.amendmentId, command.operation) } : undefined;
  return writeTo(streamId, version, decision, details);
}
