import {
  NewEvent,
  RecordedEvent,
  coSubmissionConfirmed,
  coSubmissionDeclined,
  contributionRevised,
  contributionSubmitted,
  contributionWithdrawn,
} from '#libs/contracts';
import { contributionStep } from './contributions.projection';

const cover = {
  symbol: 'C26/15-E',
  date: '2026-02-20',
  originalLanguage: 'en' as const,
  submitters: ['kenya'],
  coSponsors: [],
  title: 'Proposals of Kenya',
};
const substance = { kind: 'report' as const, text: 'Kenya supports an inclusive review.' };
const submission = contributionSubmitted({ contributionId: 'k-1', consultationId: 'c-1', ...cover, substance });
const revision = contributionRevised({
  contributionId: 'k-1',
  consultationId: 'c-1',
  revision: 1,
  ...cover,
  symbol: 'C26/15(Rev.1)-E',
  substance,
});

function recorded(event: NewEvent, position: number): RecordedEvent {
  const at = `2026-03-0${position}T09:00:00.000Z`;
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 'contribution-k-1',
    streamVersion: position,
    recordedAt: at,
    metadata: { actor: { id: 'kenya', role: 'stakeholder' }, correlationId: `c-${position}`, occurredAt: at },
  };
}

describe('the contributions, one event at a time', () => {
  it('keeps the latest revision, and records each revision as submitted', () => {
    const submitted = contributionStep(undefined, recorded(submission, 1));
    expect(submitted.revision).toMatchObject({ contributionId: 'k-1', revision: 0, cover: { symbol: 'C26/15-E' } });
    const revised = contributionStep(submitted.contribution, recorded(revision, 2));
    expect(revised.contribution).toMatchObject({
      symbol: 'C26/15(Rev.1)-E',
      revision: 1,
      status: 'revised',
      submittedAt: new Date('2026-03-01T09:00:00.000Z'),
      lastPosition: 2,
    });
    expect(revised.revision).toMatchObject({ revision: 1, recordedAt: new Date('2026-03-02T09:00:00.000Z') });
  });

  it('records the withdrawal with who withdrew it', () => {
    const { contribution } = contributionStep(undefined, recorded(submission, 1));
    const withdrawn = contributionStep(
      contribution,
      recorded(contributionWithdrawn({ contributionId: 'k-1', consultationId: 'c-1', by: 'kenya' }), 3),
    );
    expect(withdrawn.contribution).toMatchObject({
      status: 'withdrawn',
      withdrawal: { by: 'kenya', at: '2026-03-03T09:00:00.000Z' },
      lastPosition: 3,
    });
  });

  it('records a revision of a contribution it does not have, and leaves the contribution out', () => {
    expect(contributionStep(undefined, recorded(revision, 2))).toEqual({
      contribution: undefined,
      revision: expect.objectContaining({ revision: 1 }),
    });
  });

  it('shows a contribution awaiting its co-submitters until each confirmed, and one a co-submitter declined', () => {
    const named = contributionSubmitted({
      contributionId: 'k-1',
      consultationId: 'c-1',
      ...cover,
      submitters: ['kenya', 'egypt', 'nigeria'],
      substance,
      awaitingCoSubmitters: ['egypt', 'nigeria'],
    });
    const submitted = contributionStep(undefined, recorded(named, 1));
    expect(submitted.contribution).toMatchObject({
      status: 'awaiting-co-submitters',
      coSubmission: { revision: 0, awaiting: ['egypt', 'nigeria'], confirmed: [], declined: [] },
    });
    expect(submitted.contribution!.cover).not.toHaveProperty('awaitingCoSubmitters');
    const answer = { contributionId: 'k-1', consultationId: 'c-1', revision: 0 };
    const egypt = contributionStep(
      submitted.contribution,
      recorded(coSubmissionConfirmed({ ...answer, stakeholderId: 'egypt', by: 'egypt' }), 2),
    );
    expect(egypt.contribution).toMatchObject({
      status: 'awaiting-co-submitters',
      coSubmission: { awaiting: ['nigeria'], confirmed: [{ stakeholderId: 'egypt', by: 'egypt' }] },
    });
    const nigeria = contributionStep(
      egypt.contribution,
      recorded(coSubmissionConfirmed({ ...answer, stakeholderId: 'nigeria', by: 'itu-secretariat', reference: 'Letter of 2 March' }), 3),
    );
    expect(nigeria.contribution).toMatchObject({
      status: 'submitted',
      coSubmission: { awaiting: [], confirmed: [{}, { stakeholderId: 'nigeria', reference: 'Letter of 2 March' }] },
    });
    const declined = contributionStep(
      egypt.contribution,
      recorded(coSubmissionDeclined({ ...answer, stakeholderId: 'nigeria', by: 'nigeria', reason: 'not consulted' }), 3),
    );
    expect(declined.contribution).toMatchObject({
      status: 'declined',
      coSubmission: { awaiting: [], declined: [{ stakeholderId: 'nigeria', reason: 'not consulted' }] },
    });
  });
});
