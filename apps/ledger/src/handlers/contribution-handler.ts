import { ContributionCover, ContributionSubstance, NewEvent, contributionStreamId, documentStreamId } from '#libs/contracts';
import {
  ConfirmCoSubmissionCommand,
  ConsultationState,
  ContributionState,
  DeclineCoSubmissionCommand,
  DocumentCommand,
  DocumentState,
  Refusal,
  ReviseContributionCommand,
  StakeholderDirectory,
  SubmitContributionCommand,
  SubmittedSubstance,
  WithdrawContributionCommand,
  conflictsOfProposal,
  decideContribution,
  decideDocument,
  evolveContribution,
  evolveDocument,
  initialContributionState,
  initialDocumentState,
} from '#libs/domain';
import { PostgresEventStore, StreamWrite } from '#libs/eventstore';
import { Attempt, checkExpectedVersion, writeTo } from './command-execution';
import { LoadedStream, loadDecisionContext, loadStream } from './stream-reader';

type ContributionLedgerCommand = SubmitContributionCommand | ReviseContributionCommand | WithdrawContributionCommand;

/**
 * A contribution and what it carries are recorded together: the draft it brings becomes a
 * document, its amendments become proposals on the document, in one transaction.
 */
export async function onContribution(store: PostgresEventStore, envelope: ContributionLedgerCommand): Promise<Attempt> {
  const streamId = contributionStreamId(envelope.payload.contributionId);
  const contribution = await loadStream(store, streamId, evolveContribution, initialContributionState);
  const precondition = checkExpectedVersion(envelope, streamId, contribution.version);
  if (precondition) return precondition;
  const consultationId = envelope.type === 'SubmitContribution' ? envelope.payload.consultationId : contribution.state.consultationId;
  if (!consultationId) return { ok: false, refusal: { code: 'not-found', message: `no contribution ${envelope.payload.contributionId}` } };
  const cover = envelope.type === 'WithdrawContribution' ? undefined : envelope.payload.cover;
  const documentId = documentOf(envelope, contribution.state);
  const documentStream = documentId ? [{ streamId: documentStreamId(documentId), evolve: evolveDocument, initial: initialDocumentState }] : [];
  const {
    consultation,
    stakeholders,
    also: [loadedDocument],
  } = await loadDecisionContext(
    store,
    consultationId,
    [envelope.actor.id, ...contribution.state.submitters, ...(cover ? [...cover.submitters, ...cover.coSponsors, ...(cover.onBehalfOf ? [cover.onBehalfOf] : [])] : [])],
    documentStream,
  );
  const context = { actor: envelope.actor, consultation, stakeholders, now: envelope.requestedAt };

  const decided = decideContribution(contributionCommand(envelope, consultationId), contribution.state, context);
  if (!decided.ok) return decided;

  const writes: StreamWrite[] = [{ streamId, expectedVersion: contribution.version, events: decided.events }];
  if (!documentId) return { ok: true, writes };
  const document = loadedDocument as LoadedStream<DocumentState>;
  const carried = carry(envelope, contribution.state, document.state, { ...context, cover });
  if (!carried.ok) return carried;
  writes.push({ streamId: documentStreamId(documentId), expectedVersion: document.version, events: carried.events });
  return { ok: true, writes, details: { conflicts: carried.conflicts } };
}

/** A named co-submitter's answer: recorded on the contribution alone, decided on the registry as it stands now. */
export async function onCoSubmission(store: PostgresEventStore, envelope: ConfirmCoSubmissionCommand | DeclineCoSubmissionCommand): Promise<Attempt> {
  const streamId = contributionStreamId(envelope.payload.contributionId);
  const contribution = await loadStream(store, streamId, evolveContribution, initialContributionState);
  const precondition = checkExpectedVersion(envelope, streamId, contribution.version);
  if (precondition) return precondition;
  const { consultationId } = contribution.state;
  if (!consultationId) return { ok: false, refusal: { code: 'not-found', message: `no contribution ${envelope.payload.contributionId}` } };
  const { consultation, stakeholders } = await loadDecisionContext(store, consultationId, [
    envelope.actor.id,
    envelope.payload.stakeholderId,
    ...contribution.state.submitters,
  ]);
  const { stakeholderId, reference } = envelope.payload;
  const command =
    envelope.type === 'ConfirmCoSubmission'
      ? { kind: 'ConfirmCoSubmission' as const, stakeholderId, reference }
      : { kind: 'DeclineCoSubmission' as const, stakeholderId, reference, reason: envelope.payload.reason };
  const decided = decideContribution(command, contribution.state, { actor: envelope.actor, consultation, stakeholders, now: envelope.requestedAt });
  return writeTo(streamId, contribution.version, decided);
}

function contributionCommand(envelope: ContributionLedgerCommand, consultationId: string) {
  switch (envelope.type) {
    case 'SubmitContribution':
      return {
        kind: 'SubmitContribution' as const,
        contribution: { ...envelope.payload.cover, contributionId: envelope.payload.contributionId, consultationId, substance: recordedSubstance(envelope.payload.substance) },
      };
    case 'ReviseContribution':
      return { kind: 'ReviseContribution' as const, cover: envelope.payload.cover, substance: recordedSubstance(envelope.payload.substance) };
    case 'WithdrawContribution':
      return { kind: 'WithdrawContribution' as const, reason: envelope.payload.reason };
  }
}

/** The substance as the contribution's event records it: references to what the document records. */
function recordedSubstance(substance: SubmittedSubstance): ContributionSubstance {
  switch (substance.kind) {
    case 'draft':
      return { kind: 'draft', documentId: substance.documentId };
    case 'amendments':
      return { kind: 'amendments', documentId: substance.documentId, amendmentIds: substance.amendments.map((a) => a.amendmentId) };
    case 'report':
      return { kind: 'report', text: substance.text };
  }
}

/** The document a contribution command touches: the one it brings or amends, now or before. */
function documentOf(envelope: ContributionLedgerCommand, state: ContributionState): string | undefined {
  const substance = envelope.type === 'WithdrawContribution' ? state.substance : envelope.payload.substance;
  if (substance && substance.kind !== 'report') return substance.documentId;
  return state.substance && state.substance.kind !== 'report' ? state.substance.documentId : undefined;
}

interface CarryContext {
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  readonly actor: SubmitContributionCommand['actor'];
  readonly now: string;
  readonly cover?: ContributionCover;
}

type Carried = { ok: true; events: NewEvent[]; conflicts: unknown[] } | { ok: false; refusal: Refusal };

/** The document commands a contribution command brings with it, decided one after another. */
function carry(envelope: ContributionLedgerCommand, previous: ContributionState, document: DocumentState, context: CarryContext): Carried {
  const contributionId = envelope.payload.contributionId;
  const commands: DocumentCommand[] = [];
  const pendingOfThis = Object.values(document.amendments).filter(
    (a) => a.contributionId === contributionId && (a.status === 'pending' || a.status === 'deferred'),
  );
  const substance = envelope.type === 'WithdrawContribution' ? undefined : envelope.payload.substance;
  const keep = new Set(substance?.kind === 'amendments' ? substance.amendments.map((a) => a.amendmentId) : []);
  // A withdrawn contribution takes its pending amendments with it; a revision replaces them.
  for (const amendment of pendingOfThis) {
    if (!keep.has(amendment.id)) {
      commands.push({ kind: 'WithdrawAmendment', amendmentId: amendment.id, reason: envelope.type === 'WithdrawContribution' ? 'contribution withdrawn' : `superseded by Rev.${previous.revision + 1}` });
    }
  }
  if (substance?.kind === 'draft' && envelope.type === 'SubmitContribution') {
    commands.push({
      kind: 'RegisterDocument',
      document: {
        documentId: substance.documentId,
        consultationId: envelope.payload.consultationId,
        symbol: substance.symbol,
        versionLabel: substance.versionLabel,
        text: substance.text,
        source: { kind: 'contribution', contributionId },
      },
    });
  }
  if (substance?.kind === 'amendments' && context.cover) {
    for (const amendment of substance.amendments) {
      const existing = document.amendments[amendment.amendmentId];
      commands.push(
        existing
          ? { kind: 'ReviseAmendment', amendmentId: amendment.amendmentId, operation: amendment.operation, explanation: amendment.explanation }
          : {
              kind: 'ProposeAmendment',
              amendmentId: amendment.amendmentId,
              versionNumber: substance.versionNumber,
              operation: amendment.operation,
              proposers: [...context.cover.submitters, ...context.cover.coSponsors],
              onBehalfOf: context.cover.onBehalfOf,
              contributionId,
              explanation: amendment.explanation,
            },
      );
    }
  }
  let state = document;
  const events: NewEvent[] = [];
  const conflicts: unknown[] = [];
  for (const command of commands) {
    const decision = decideDocument(command, state, context);
    if (!decision.ok) return decision;
    if (command.kind === 'ProposeAmendment') conflicts.push(...conflictsOfProposal(state, command.amendmentId, command.operation, command.contributionId));
    events.push(...decision.events);
    state = decision.events.reduce(evolveDocument, state);
  }
  return { ok: true, events, conflicts };
}
