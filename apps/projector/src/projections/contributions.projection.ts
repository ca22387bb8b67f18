import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionWithdrawnV1,
  RecordedEvent,
} from '#libs/contracts';
import { ContributionRevisionRow, ContributionRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { loadContributions, writeContributions, writeRevisions } from './contributions-store';

/**
 * Contributions as their latest revision reads, and every revision as it was submitted:
 * contributions are revised and withdrawn, never edited in place, so Rev.0 stays readable.
 *
 * A batch reads the contributions its revisions and withdrawals name in one query, folds
 * the events into them in memory (`contributionStep`) and writes each changed row once.
 */
export class ContributionsProjection implements Projection {
  readonly name = 'contributions';
  readonly version = 1;
  readonly tables = ['contributions', 'contribution_revisions'];
  readonly lookupIndexes = [];

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const contributions = new RowCache<ContributionRow>((ids) => loadContributions(manager, ids));
    await contributions.prefetch(events.flatMap((event) => contributionChangedBy(event) ?? []));
    const revisions: ContributionRevisionRow[] = [];
    for (const event of events) {
      const changed = contributionChangedBy(event);
      const step = contributionStep(changed === undefined ? undefined : contributions.known(changed), event);
      if (step.contribution) contributions.set(step.contribution.id, step.contribution);
      if (step.revision) revisions.push(step.revision);
    }
    await writeContributions(manager, contributions.changedRows());
    await writeRevisions(manager, revisions);
  }
}

/** The contribution a revision or a withdrawal changes; a submission writes the whole row, so it reads none. */
function contributionChangedBy(event: RecordedEvent): string | undefined {
  return event.type === CONTRIBUTION_REVISED || event.type === CONTRIBUTION_WITHDRAWN ? (event.payload as ContributionWithdrawnV1).contributionId : undefined;
}

/**
 * What one event does: the contribution as it reads after it (undefined when unchanged, or
 * when it changes a contribution never submitted), and the revision it records, if any.
 */
export function contributionStep(row: ContributionRow | undefined, event: RecordedEvent): { contribution?: ContributionRow; revision?: ContributionRevisionRow } {
  const at = new Date(event.recordedAt);
  switch (event.type) {
    case CONTRIBUTION_SUBMITTED: {
      const { contributionId, consultationId, substance, ...cover } = event.payload as ContributionSubmittedV1;
      return {
        contribution: {
          id: contributionId,
          consultationId,
          symbol: cover.symbol,
          title: cover.title,
          revision: 0,
          status: 'submitted',
          cover,
          substance,
          withdrawal: null,
          submittedAt: at,
          updatedAt: at,
          lastPosition: event.position,
        },
        revision: { contributionId, revision: 0, cover, substance, recordedAt: at },
      };
    }
    case CONTRIBUTION_REVISED: {
      const { contributionId, consultationId: _consultationId, revision, substance, ...cover } = event.payload as ContributionRevisedV1;
      return {
        contribution: row && { ...row, symbol: cover.symbol, title: cover.title, revision, status: 'revised', cover, substance, updatedAt: at, lastPosition: event.position },
        revision: { contributionId, revision, cover, substance, recordedAt: at },
      };
    }
    case CONTRIBUTION_WITHDRAWN: {
      const payload = event.payload as ContributionWithdrawnV1;
      const withdrawal = { by: payload.by, ...(payload.reason !== undefined ? { reason: payload.reason } : {}), at: event.recordedAt };
      return { contribution: row && { ...row, status: 'withdrawn', withdrawal, updatedAt: at, lastPosition: event.position } };
    }
    default:
      return {};
  }
}
