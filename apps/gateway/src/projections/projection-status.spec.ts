import { CheckpointFact, HeadFact, RebuildFact, projectionStatuses } from './projection-status';

const t = (seconds: number) => new Date(Date.UTC(2026, 10, 24, 9, 0, seconds));
const head: HeadFact = { position: 100, recordedAt: t(50), firstRecordedAt: t(0) };
const checkpoint = (name: string, version: number, position: number, recordedAt: Date | null, updatedAt = t(55)): CheckpointFact => ({
  name,
  version,
  position,
  recordedAt,
  updatedAt,
});
const rebuild = (fact: Partial<RebuildFact> & Pick<RebuildFact, 'id' | 'projection' | 'status'>): RebuildFact => ({
  reason: 'requested',
  version: null,
  position: 0,
  targetPosition: null,
  requestedAt: t(40),
  startedAt: null,
  finishedAt: null,
  error: null,
  ...fact,
});

describe('the status of each projection', () => {
  it('counts the events and the recorded time between the checkpoint and the head', () => {
    const [status] = projectionStatuses([checkpoint('documents', 1, 90, t(41))], [], head);
    expect(status).toEqual({
      name: 'documents',
      version: 1,
      status: 'live',
      checkpointPosition: 90,
      headPosition: 100,
      eventsBehind: 10,
      msBehind: 9000,
      lastAppliedAt: t(55).toISOString(),
    });
  });

  it('is 0 behind, in events and time, once caught up', () => {
    const [status] = projectionStatuses([checkpoint('documents', 1, 100, t(50))], [], head);
    expect(status).toMatchObject({ eventsBehind: 0, msBehind: 0 });
  });

  it('measures a projection at 0 from the first event', () => {
    const [status] = projectionStatuses([checkpoint('search', 1, 0, t(0))], [], head);
    expect(status).toMatchObject({ eventsBehind: 100, msBehind: 50_000 });
  });

  it('answers nothing behind on an empty store', () => {
    const [status] = projectionStatuses([checkpoint('search', 1, 0, null)], [], { position: 0, recordedAt: null, firstRecordedAt: null });
    expect(status).toMatchObject({ headPosition: 0, eventsBehind: 0, msBehind: 0 });
  });

  it('shows the version that serves while the next one is rebuilt, with its progress', () => {
    const statuses = projectionStatuses(
      [checkpoint('consultations', 2, 70, t(30))],
      [
        rebuild({
          id: 7,
          projection: 'consultations',
          status: 'running',
          reason: 'version-changed',
          version: 3,
          position: 25,
          targetPosition: 100,
          startedAt: t(45),
        }),
      ],
      head,
    );
    expect(statuses).toEqual([
      expect.objectContaining({
        name: 'consultations',
        version: 2,
        status: 'rebuilding',
        checkpointPosition: 70,
        eventsBehind: 30,
        rebuild: expect.objectContaining({
          requestId: 7,
          status: 'running',
          version: 3,
          position: 25,
          targetPosition: 100,
          progress: 0.25,
        }),
      }),
    ]);
  });

  it('measures a running rebuild’s rate since it started and when it will reach its target at that rate', () => {
    const running = rebuild({ id: 7, projection: 'search', status: 'running', position: 400, targetPosition: 1_000, startedAt: t(10) });
    const [status] = projectionStatuses([checkpoint('search', 1, 100, t(50))], [running], head, t(30));
    // 400 events in 20 s: 20 a second; the 600 left take 30 s more.
    expect(status.rebuild).toMatchObject({ progress: 0.4, eventsPerSecond: 20, estimatedEndAt: t(60).toISOString() });
  });

  it('tells no rate or end for a rebuild that waits, has applied nothing yet, or is measured without a clock', () => {
    const at = t(30);
    const waiting = projectionStatuses([], [rebuild({ id: 1, projection: 'a', status: 'pending' })], head, at)[0].rebuild;
    const starting = projectionStatuses([], [rebuild({ id: 2, projection: 'b', status: 'running', startedAt: t(29) })], head, at)[0]
      .rebuild;
    const unclocked = projectionStatuses(
      [],
      [rebuild({ id: 3, projection: 'c', status: 'running', position: 5, targetPosition: 10, startedAt: t(1) })],
      head,
    )[0].rebuild;
    for (const view of [waiting, starting, unclocked]) expect(view).toMatchObject({ eventsPerSecond: null, estimatedEndAt: null });
  });

  it('keeps to the highest version when an old checkpoint lingers', () => {
    const [status] = projectionStatuses([checkpoint('consultations', 1, 12, t(1)), checkpoint('consultations', 2, 100, t(50))], [], head);
    expect(status).toMatchObject({ version: 2, checkpointPosition: 100 });
  });

  it('lists a projection new to the database while its first build runs, as far behind as the whole history', () => {
    const [status] = projectionStatuses([], [rebuild({ id: 3, projection: 'search', status: 'pending', reason: 'new-projection' })], head);
    expect(status).toMatchObject({
      name: 'search',
      version: null,
      status: 'rebuilding',
      checkpointPosition: 0,
      eventsBehind: 100,
      msBehind: 50_000,
    });
    expect(status.rebuild).toMatchObject({ requestId: 3, status: 'pending', progress: 0 });
  });

  it('shows the running rebuild rather than one queued behind it, and the last that finished', () => {
    const [status] = projectionStatuses(
      [checkpoint('documents', 1, 100, t(50))],
      [
        rebuild({ id: 1, projection: 'documents', status: 'failed', error: 'the history jumps', finishedAt: t(20) }),
        rebuild({ id: 2, projection: 'documents', status: 'pending' }),
        rebuild({ id: 3, projection: 'documents', status: 'running', position: 10, targetPosition: 100 }),
      ],
      head,
    );
    expect(status.rebuild).toMatchObject({ requestId: 3, status: 'running' });
    expect(status.lastRebuild).toEqual({
      requestId: 1,
      status: 'failed',
      version: null,
      finishedAt: t(20).toISOString(),
      error: 'the history jumps',
    });
  });
});
