import { EntityManager } from 'typeorm';
import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CO_SUBMISSION_CONFIRMED,
  CO_SUBMISSION_DECLINED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  EventType,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  REVISION_ISSUED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { CompilationAmendmentRow, CompilationContributionRow, CompilationStakeholderRow, CompilationVersionRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { CompilationDocument, CompilationState, compilationReads, compilationStep, revisedContribution } from './compilation-steps';
import {
  deleteLaterVersions,
  loadAmendments,
  loadContributions,
  loadDocuments,
  writeAmendments,
  writeContributions,
  writeStakeholders,
  writeVersions,
} from './compilation-store';

/**
 * The compilation of proposals, the working document of a negotiation: each version's
 * text, and every amendment drafted against it with its placement beside a provision,
 * its sponsors, the symbol of the contribution that brought it, its status and every
 * decision on it. The query lays the amendments beside the version's provisions and
 * finds the conflicts among those still undecided.
 *
 * A batch reads the amendments, contributions and documents its events name in a few
 * queries, runs the pure step (`compilation-steps.ts`) event after event in memory, and
 * writes every changed row once at the end.
 */
export class CompilationProjection implements Projection {
  readonly name = 'compilation';
  readonly version = 1;
  readonly tables = ['compilation_stakeholders', 'compilation_contributions', 'compilation_versions', 'compilation_amendments'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [
    STAKEHOLDER_REGISTERED,
    CONTRIBUTION_SUBMITTED,
    CONTRIBUTION_REVISED,
    CO_SUBMISSION_CONFIRMED,
    CO_SUBMISSION_DECLINED,
    DOCUMENT_REGISTERED,
    VERSION_ADOPTED,
    REVISION_ISSUED,
    AMENDMENT_PROPOSED,
    AMENDMENT_CO_SPONSORED,
    AMENDMENT_REVISED,
    AMENDMENT_WITHDRAWN,
    AMENDMENT_RULED,
    AMENDMENTS_MERGED,
    DECISION_CORRECTED,
  ];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const amendments = new RowCache<CompilationAmendmentRow>((ids) => loadAmendments(manager, ids));
    const contributions = new RowCache<CompilationContributionRow>((ids) => loadContributions(manager, ids));
    // What the stored versions say of each document, kept up to date in the batch; the versions are written, never these.
    const documents = new RowCache<CompilationDocument>((ids) => loadDocuments(manager, ids));
    const state: CompilationState = {
      amendment: (id) => amendments.known(id),
      contribution: (id) => contributions.known(id),
      document: (id) => documents.known(id),
    };

    // What the events name, then the contributions of the amendments revised. Every row an event
    // reads is then known: an amendment proposed in the batch brings its contribution's id along.
    const named = events.map(compilationReads);
    await amendments.prefetch(named.flatMap((reads) => reads.amendments));
    await documents.prefetch(named.flatMap((reads) => reads.documents));
    await contributions.prefetch([
      ...named.flatMap((reads) => reads.contributions),
      ...events.flatMap((event) => revisedContribution(event, state)),
    ]);

    const stakeholders = new Map<string, CompilationStakeholderRow>();
    const versions = new Map<string, CompilationVersionRow>();
    const registered = new Set<string>();
    for (const event of events) {
      const changes = compilationStep(event, state);
      if (changes.stakeholder) stakeholders.set(changes.stakeholder.id, changes.stakeholder);
      if (changes.contribution) contributions.set(changes.contribution.id, changes.contribution);
      if (changes.registered) {
        registered.add(changes.registered);
        for (const [key, version] of versions) if (version.documentId === changes.registered && version.number > 1) versions.delete(key);
      }
      if (changes.version) versions.set(`${changes.version.documentId}\u0000${changes.version.number}`, changes.version);
      if (changes.document) documents.set(changes.document.id, changes.document);
      for (const amendment of changes.amendments) amendments.set(amendment.id, amendment);
    }
    await writeStakeholders(manager, [...stakeholders.values()]);
    await writeContributions(manager, contributions.changedRows());
    await deleteLaterVersions(manager, [...registered]);
    await writeVersions(manager, [...versions.values()]);
    await writeAmendments(manager, amendments.changedRows());
  }
}
