import { NewEvent, RecordedEvent, contributionRevised, contributionSubmitted, contributionWithdrawn } from '#libs/contracts';
import { contributionStep } from './contributions.projection';

const cover = { symbol: 'C26/15-E', date: '2026-02-20', originalLanguage: 'en' as const, submitters: ['kenya'], coSponsors: [], title: 'Proposals of Kenya' };
const substance = { kind: 'report' as const, text: 'Kenya supports an inclusive review.' };
const submission = contributionSubmitted({ contributionId: 'k-1', consultationId: 'c-1', ...cover, substance });
const revision = contributionRevised({ contributionId: 'k-1', consultationId: 'c-1', revision: 1, ...cover, symbol: 'C26/15(Rev.1)-E', substance });

function recorded(event: NewEvent, position: number): RecordedEvent {
  const at = `2026-03-0${position}T09:00:00.000Z`;
  return { ...event, position, eventId: `e-${position}`, streamId: 'contribution-k-1', streamVersion: position, recordedAt: at, metadata: { actor: { id: 'kenya', role: 'stakeholder' }, correlationId: `c-${position}`, occurredAt: at } };
}

describe('the contributions, one event at a time', () => {
  it('keeps the latest revision, and records each revision as submitted', () => {
    const submitted = contributionStep(undefined, recorded(submission, 1));
    expect(submitted.revision).toMatchObject({ contributionId: 'k-1', revision: 0, cover: { symbol: 'C26/15-E' } });
    const revised = contributionStep(submitted.contribution, recorded(revision, 2));
    expect(revised.contribution).toMatchObject({ symbol: 'C26/15(Rev.1)-E', revision: 1, status: 'revised', submittedAt: new Date('2026-03-01T09:00:00.000Z'), lastPosition: 2 });
    expect(revised.revision).toMatchObject({ revision: 1, recordedAt: new Date('2026-03-02T09:00:00.000Z') });
  });

  it('records the withdrawal with who withdrew it', () => {
    const { contribution } = contributionStep(undefined, recorded(submission, 1));
    const withdrawn = contributionStep(contribution, recorded(contributionWithdrawn({ contributionId: 'k-1', consultationId: 'c-1', by: 'kenya' }), 3));
    expect(withdrawn.contribution).toMatchObject({ status: 'withdrawn', withdrawal: { by: 'kenya', at: '2026-03-03T09:00:00.000Z' }, lastPosition: 3 });
  });

  it('records a revision of a contribution it does not have, and leaves the contribution out', () => {
    expect(contributionStep(undefined, recorded(revision, 2))).toEqual({ contribution: undefined, revision: expect.objectContaining({ revision: 1 }) });
  });
});
