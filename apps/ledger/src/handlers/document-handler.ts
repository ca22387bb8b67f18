import { contributionStreamId, documentStreamId } from '#libs/contracts';
import {
  ContributionState,
  DocumentCommand,
  DocumentLedgerCommand,
  DocumentState,
  conflictsOfProposal,
  decideDocument,
  evolveContribution,
  evolveDocument,
  initialContributionState,
  initialDocumentState,
} from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Attempt, checkExpectedVersion, writeTo } from './command-execution';
import { LoadedStream, lastFolded, loadDecisionContext, loadStream, loadStreams } from './stream-reader';

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

/** The contributions that carry the amendments a ruling names: a ruling waits for their co-submitters. */
async function contributionsRuledOn(store: PostgresEventStore, command: DocumentCommand, state: DocumentState): Promise<Map<string, ContributionState>> {
  const amendmentIds = command.kind === 'RuleOnAmendment' ? [command.amendmentId] : command.kind === 'MergeAmendments' ? command.amendmentIds : [];
  const ids = [...new Set(amendmentIds.flatMap((id) => state.amendments[id]?.contributionId ?? []))];
  if (ids.length === 0) return new Map();
  const loaded = await loadStreams(
    store,
    ids.map((id) => ({ streamId: contributionStreamId(id), evolve: evolveContribution, initial: initialContributionState })),
  );
  return new Map(ids.map((id, i) => [id, loaded[i].state as ContributionState]));
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
  const contributions = await contributionsRuledOn(store, command, state);
  const awaitingNames = [...contributions.values()].flatMap((c) => [...c.awaiting, ...c.declined]);
  const directory = awaitingNames.length === 0 ? stakeholders : await loadDecisionContext(store, consultationId, [...named, ...amendmentProposers, ...awaitingNames]).then((c) => c.stakeholders);
  const decision = decideDocument(command, state, { actor: envelope.actor, consultation, stakeholders: directory, now: envelope.requestedAt, contributions });
  const details = decision.ok && command.kind === 'ProposeAmendment' ? { conflicts: conflictsOfProposal(state, command.amendmentId, command.operation, command.contributionId) } : undefined;
  return writeTo(streamId, version, decision, details);
}
