import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventMetadata, consultationRegistered } from '#libs/contracts';
import { ConcurrencyConflictError, EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { createTestDatabase } from './support/test-database';

const metadata: EventMetadata = {
  actor: { id: 'secretariat', role: 'secretariat' },
  correlationId: 'test',
  occurredAt: new Date().toISOString(),
};

function registration(title = 'Resolution 1334 (Modified 2026)') {
  return consultationRegistered({
    consultationId: randomUUID(),
    title,
    body: 'ITU Council',
    subject: 'WSIS+20 review',
    originalLanguage: 'ar',
    chairs: ['chair-1'],
    deadlines: {},
    restricted: false,
  });
}

describe('the PostgreSQL event store', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('eventstore');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    dataSource = await createDataSource({ url: database.url, applicationName: 'event-store-test' }).initialize();
    store = new PostgresEventStore(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('appends events with stream versions, global positions, metadata and an outbox entry', async () => {
    const before = await store.headPosition();
    const appended = await store.append('consultation-a', 0, [registration(), registration('second')], metadata);
    expect(appended.streamVersion).toBe(2);
    expect(appended.events.map((e) => [e.streamVersion, e.position])).toEqual([
      [1, before + 1],
      [2, before + 2],
    ]);
    const [stored] = await store.readStream('consultation-a');
    expect(stored.metadata).toEqual(metadata);
    expect(stored.schemaVersion).toBe(2);
    expect(stored.eventId).toMatch(/^[0-9a-f-]{36}$/);
    const outbox = await dataSource.query('SELECT position FROM outbox ORDER BY position');
    expect(outbox.map((row: { position: string }) => Number(row.position))).toEqual(expect.arrayContaining([before + 1, before + 2]));
  });

  it('answers with each event as the store recorded it: what a read gives back, hashes included', async () => {
    const [appended] = await store.appendToStreams(
      [
        { streamId: 'consultation-x', expectedVersion: 0, events: [registration('العنوان')] },
        { streamId: 'consultation-y', expectedVersion: 'any', events: [registration(), registration()] },
      ],
      metadata,
    );
    expect(appended.events).toHaveLength(1);
    const read = await store.readAll(appended.events[0].position - 1, 3);
    expect(read[0]).toEqual(appended.events[0]);
    expect(read.map((e) => [e.streamId, e.streamVersion])).toEqual([
      ['consultation-x', 1],
      ['consultation-y', 1],
      ['consultation-y', 2],
    ]);
    expect(read[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads several streams, each after its own version, in one query', async () => {
    await store.append('consultation-r1', 0, [registration(), registration(), registration()], metadata);
    await store.append('consultation-r2', 0, [registration()], metadata);
    const read = await store.readStreams([
      { streamId: 'consultation-r1', afterVersion: 1 },
      { streamId: 'consultation-r2', afterVersion: 1 },
      { streamId: 'consultation-none', afterVersion: 0 },
    ]);
    expect([...read.keys()]).toEqual(['consultation-r1']);
    expect(read.get('consultation-r1')!.map((e) => e.streamVersion)).toEqual([2, 3]);
  });

  it('refuses a stale expected version and writes nothing, not even to the outbox', async () => {
    await store.append('consultation-b', 0, [registration()], metadata);
    const [events, outbox] = [await count('events'), await count('outbox')];
    await expect(store.append('consultation-b', 0, [registration(), registration()], metadata)).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
    expect(await count('events')).toBe(events);
    expect(await count('outbox')).toBe(outbox);
  });

  it('lets exactly one of many concurrent appends at the same version win', async () => {
    await store.append('consultation-c', 0, [registration()], metadata);
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, () => store.append('consultation-c', 1, [registration()], metadata)),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(refused).toHaveLength(11);
    for (const refusal of refused) expect(refusal.reason).toBeInstanceOf(ConcurrencyConflictError);
    expect((await store.readStream('consultation-c')).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('hands out gapless global positions in commit order under concurrent appends to many streams', async () => {
    const start = await store.headPosition();
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.append(`consultation-many-${i}`, 0, [registration()], metadata)));
    const positions = (await store.readAll(start, 1000)).map((e) => e.position);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => start + i + 1));
  });

  it('is append-only: updates and deletes of recorded events are refused by the database', async () => {
    await expect(dataSource.query(`UPDATE events SET payload = '{}'::jsonb`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM events')).rejects.toThrow(/append-only/);
  });
});
