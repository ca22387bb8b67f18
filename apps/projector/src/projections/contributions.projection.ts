import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionCover,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionWithdrawnV1,
  RecordedEvent,
} from '#libs/contracts';
import { ContributionRevisionRow, ContributionRow } from '#libs/read-models';
import { Projection } from '../projection';

/**
 * Contributions as their latest revision reads, and every revision as it was submitted:
 * contributions are revised and withdrawn, never edited in place, so Rev.0 stays readable.
 */
export class ContributionsProjection implements Projection {
  readonly name = 'contributions';
  readonly version = 1;
  readonly tables = ['contributions', 'contribution_revisions'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const at = new Date(event.recordedAt);
    switch (event.type) {
      case CONTRIBUTION_SUBMITTED: {
        const { contributionId, consultationId, substance, ...cover } = event.payload as ContributionSubmittedV1;
        await manager.upsert(
          ContributionRow,
          {
            id: contributionId,
            consultationId,
            symbol: cover.symbol,
            title: cover.title,
            revision: 0,
            status: 'submitted',
            cover: cover,
            substance,
            withdrawal: null,
            submittedAt: at,
            updatedAt: at,
            lastPosition: event.position,
          },
          ['id'],
        );
        await recordRevision(manager, contributionId, 0, cover, substance, at);
        return;
      }
      case CONTRIBUTION_REVISED: {
        const { contributionId, consultationId: _consultationId, revision, substance, ...cover } = event.payload as ContributionRevisedV1;
        await manager.update(
          ContributionRow,
          { id: contributionId },
          { symbol: cover.symbol, title: cover.title, revision, status: 'revised', cover: cover, substance, updatedAt: at, lastPosition: event.position },
        );
        await recordRevision(manager, contributionId, revision, cover, substance, at);
        return;
      }
      case CONTRIBUTION_WITHDRAWN: {
        const payload = event.payload as ContributionWithdrawnV1;
        const withdrawal = { by: payload.by, ...(payload.reason !== undefined ? { reason: payload.reason } : {}), at: event.recordedAt };
        await manager.update(ContributionRow, { id: payload.contributionId }, { status: 'withdrawn', withdrawal, updatedAt: at, lastPosition: event.position });
        return;
      }
    }
  }
}

function recordRevision(
  manager: EntityManager,
  contributionId: string,
  revision: number,
  cover: ContributionCover,
  substance: ContributionRevisedV1['substance'],
  recordedAt: Date,
): Promise<unknown> {
  return manager.upsert(ContributionRevisionRow, { contributionId, revision, cover, substance, recordedAt }, ['contributionId', 'revision']);
}

