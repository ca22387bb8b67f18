import { projectionLags } from './projection-lag';

const NOW = Date.parse('2026-03-01T12:00:10Z');
const head = (position: number, firstRecordedAt: Date | null = new Date(NOW - 3_600_000)) => ({ position, firstRecordedAt });

describe('projection lag', () => {
  it('is 0 in events and seconds for a projection at the head, however old the last event is', () => {
    expect(projectionLags(['documents'], [{ name: 'documents', version: 2, position: 40, nextRecordedAt: null }], head(40), NOW)).toEqual([
      { projection: 'documents', checkpointPosition: 40, eventsBehind: 0, secondsBehind: 0 },
    ]);
  });

  it('counts the events behind the head and the age of the oldest one not applied', () => {
    expect(
      projectionLags(
        ['history'],
        [{ name: 'history', version: 1, position: 37, nextRecordedAt: new Date('2026-03-01T12:00:07.500Z') }],
        head(40),
        NOW,
      ),
    ).toEqual([{ projection: 'history', checkpointPosition: 37, eventsBehind: 3, secondsBehind: 2.5 }]);
  });

  it('reads the version that serves (the highest), for the projections named only', () => {
    const lags = projectionLags(
      ['search', 'consultations'],
      [
        { name: 'search', version: 1, position: 10, nextRecordedAt: new Date(NOW - 60_000) },
        { name: 'search', version: 3, position: 40, nextRecordedAt: null },
        { name: 'consultations', version: 1, position: 39, nextRecordedAt: new Date(NOW - 1000) },
        { name: 'retired', version: 1, position: 2, nextRecordedAt: new Date(NOW - 1000) },
      ],
      head(40),
      NOW,
    );
    expect(lags).toEqual([
      { projection: 'consultations', checkpointPosition: 39, eventsBehind: 1, secondsBehind: 1 },
      { projection: 'search', checkpointPosition: 40, eventsBehind: 0, secondsBehind: 0 },
    ]);
  });

  it('puts a projection without a checkpoint yet at 0, waiting since the first event', () => {
    expect(projectionLags(['stakeholders'], [], head(5, new Date(NOW - 4000)), NOW)).toEqual([
      { projection: 'stakeholders', checkpointPosition: 0, eventsBehind: 5, secondsBehind: 4 },
    ]);
    expect(projectionLags(['stakeholders'], [], head(0, null), NOW)[0]).toMatchObject({ eventsBehind: 0, secondsBehind: 0 });
  });

  it('never reports a negative age when the clock of the recorder runs ahead', () => {
    expect(
      projectionLags(['documents'], [{ name: 'documents', version: 1, position: 0, nextRecordedAt: new Date(NOW + 5000) }], head(1), NOW)[0]
        .secondsBehind,
    ).toBe(0);
  });
});
