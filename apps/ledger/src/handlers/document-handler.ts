import { documentStreamId } from '#libs/contracts';
import {
  DocumentCommand,
  DocumentLedgerCommand,
  DocumentState,
  conflictsOfProposal,
  decideDocument,
  evolveDocument,
  initialDocumentState,
} from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Attempt, checkExpectedVersion, writeTo } from './command-execution';
import { LoadedStream, lastFolded, loadDecisionContext, loadStream } from './stream-reader';

/** The stakeholders a document command names, whose registry entries its decision needs. */
export function stakeholdersNamedIn(command: DocumentCommand, actorId: string): string[] {
  const named = [actorId];
  if (command.kind === 'ProposeAmendment') named.push(...command.proposers, ...(command.onBehalfOf ? [command.onBehalfOf] : []));
  if (command.kind === 'CoSponsorAmendment' || command.kind === 'RecordReservation') named.push(command.stakeholderId);
  return named;
}

/** The proposers of the amendment a command acts on, whose registry entries its decision may need. */
function amendmentProposersOf(command: DocumentCommand, state: DocumentState): readonly string[] {
  return 'amendmentId' in command && state.amendments[command.amendmentId] ? state.amendments[command.amendmentId].proposers : [];
}

export async function onDocument(store: PostgresEventStore, envelope: DocumentLedgerCommand): Promise<Attempt> {
  const { command } = envelope.payload;
  const documentId = envelope.payload.documentId ?? ('amendmentId' in command ? await store.documentOfAmendment(command.amendmentId) : undefined);
  if (!documentId) return { ok: false, refusal: { code: 'not-found', message: 'no such amendment or document' } };
  const streamId = documentStreamId(documentId);
  const documentStream = { streamId, evolve: evolveDocument, initial: initialDocumentState };
  // A document never changes consultation: when this process has folded it before, the
  // document, its consultation and the stakeholders are read together in one query.
  const known = lastFolded(streamId, evolveDocument);
  const named = stakeholdersNamedIn(command, envelope.actor.id);
  const knownProposers = known ? amendmentProposersOf(command, known) : [];
  const first = known?.consultationId
    ? await loadDecisionContext(store, known.consultationId, [...named, ...knownProposers], [documentStream])
    : undefined;
  const { state, version } = (first?.also[0] ?? (await loadStream(store, streamId, evolveDocument, initialDocumentState))) as LoadedStream<DocumentState>;
  const precondition = checkExpectedVersion(envelope, streamId, version);
  if (precondition) return precondition;
  const consultationId = command.kind === 'RegisterDocument' ? command.document.consultationId : state.consultationId;
  if (!consultationId) return { ok: false, refusal: { code: 'not-found', message: `no document ${documentId}` } };
  const amendmentProposers = amendmentProposersOf(command, state);
  const readTogether = first && consultationId === known?.consultationId && amendmentProposers.every((id) => knownProposers.includes(id));
  const { consultation, stakeholders } = readTogether ? first : await loadDecisionContext(store, consultationId, [...named, ...amendmentProposers]);
  const decision = decideDocument(command, state, { actor: envelope.actor, consultation, stakeholders, now: envelope.requestedAt });
  const details = decision.ok && command.kind === 'ProposeAmendment' ? { conflicts: conflictsOfProposal(state, command.amendmentId, command.operation) } : undefined;
  return writeTo(streamId, version, decision, details);
}
