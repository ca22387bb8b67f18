import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_EVENT_TYPES,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  CO_SUBMISSION_CONFIRMED,
  CO_SUBMISSION_DECLINED,
  EventType,
  RecordedEvent,
  isContributionEvent,
} from '#libs/contracts';
import { CoSubmissionColumn, ContributionRevisionRow, ContributionRow } from '#libs/read-models';
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
  readonly handles: readonly EventType[] = CONTRIBUTION_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
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

/** The contribution a revision, a withdrawal or a co-submitter's answer changes; a submission writes the whole row, so it reads none. */
function contributionChangedBy(event: RecordedEvent): string | undefined {
  return isContributionEvent(event) && event.type !== CONTRIBUTION_SUBMITTED ? event.payload.contributionId : undefined;
}

/** Where the named co-submitters of a fresh revision stand: null when the actor spoke for all it named. */
function coSubmissionOf(revision: number, awaiting: readonly string[] | undefined): CoSubmissionColumn | null {
  return awaiting && awaiting.length > 0 ? { revision, awaiting: [...awaiting], confirmed: [], declined: [] } : null;
}

/** The status a contribution reads with: withdrawn, or not before the meeting until every co-submitter agreed. */
function statusOf(revision: number, coSubmission: CoSubmissionColumn | null): ContributionRow['status'] {
  if (coSubmission && coSubmission.declined.length > 0) return 'declined';
  if (coSubmission && coSubmission.awaiting.length > 0) return 'awaiting-co-submitters';
  return revision === 0 ? 'submitted' : 'revised';
}

/**
 * What one event does: the contribution as it reads after it (undefined when unchanged, or
 * when it changes a contribution never submitted), and the revision it records, if any.
 */
export function contributionStep(
  row: ContributionRow | undefined,
  event: RecordedEvent,
): { contribution?: ContributionRow; revision?: ContributionRevisionRow } {
  const at = new Date(event.recordedAt);
  switch (event.type) {
    case CONTRIBUTION_SUBMITTED: {
      const { contributionId, consultationId, substance, awaitingCoSubmitters, ...cover } = event.payload;
      const coSubmission = coSubmissionOf(0, awaitingCoSubmitters);
      return {
        contribution: {
          id: contributionId,
          consultationId,
          symbol: cover.symbol,
          title: cover.title,
          revision: 0,
          status: statusOf(0, coSubmission),
          cover,
          substance,
          withdrawal: null,
          coSubmission,
          submittedAt: at,
          updatedAt: at,
          lastPosition: event.position,
        },
        revision: { contributionId, revision: 0, cover, substance, recordedAt: at },
      };
    }
    case CONTRIBUTION_REVISED: {
      const { contributionId, consultationId: _consultationId, revision, substance, awaitingCoSubmitters, ...cover } = event.payload;
      const coSubmission = coSubmissionOf(revision, awaitingCoSubmitters);
      return {
        contribution: row && {
          ...row,
          symbol: cover.symbol,
          title: cover.title,
          revision,
          status: statusOf(revision, coSubmission),
          cover,
          substance,
          coSubmission,
          updatedAt: at,
          lastPosition: event.position,
        },
        revision: { contributionId, revision, cover, substance, recordedAt: at },
      };
    }
    case CONTRIBUTION_WITHDRAWN: {
      const payload = event.payload;
      const withdrawal = { by: payload.by, ...(payload.reason !== undefined ? { reason: payload.reason } : {}), at: event.recordedAt };
      return { contribution: row && { ...row, status: 'withdrawn', withdrawal, updatedAt: at, lastPosition: event.position } };
    }
    case CO_SUBMISSION_CONFIRMED:
    case CO_SUBMISSION_DECLINED: {
      const e = event.payload;
      // An answer to an earlier revision changes nothing the current one reads.
      if (!row?.coSubmission || row.coSubmission.revision !== e.revision || row.status === 'withdrawn') return {};
      const answer = {
        stakeholderId: e.stakeholderId,
        by: e.by,
        ...(e.reference !== undefined ? { reference: e.reference } : {}),
        at: event.recordedAt,
      };
      const before = row.coSubmission;
      const coSubmission: CoSubmissionColumn = {
        ...before,
        awaiting: before.awaiting.filter((id) => id !== e.stakeholderId),
        ...(event.type === CO_SUBMISSION_CONFIRMED
          ? { confirmed: [...before.confirmed, answer] }
          : {
              declined: [
                ...before.declined,
                { ...answer, ...(event.payload.reason !== undefined ? { reason: event.payload.reason } : {}) },
              ],
            }),
      };
      return {
        contribution: { ...row, coSubmission, status: statusOf(row.revision, coSubmission), updatedAt: at, lastPosition: event.position },
      };
    }
    default:
      return {};
  }
}
