/**
 * Group commit on real PostgreSQL: appends that arrive together go in one statement and one
 * transaction (seen in the rows' xmin, the id of the transaction that wrote them), each keeping
 * its own outcome; positions stay gapless, the hash chain continuous, the outbox and the
 * idempotency records exactly once.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from '#libs/audit';
import { EventMetadata, consultationRegistered } from '#libs/contracts';
import { ConcurrencyConflictError, EVENT_STORE_MIGRATIONS, IdempotentReplay, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { Attempt, execute } from '../apps/ledger/src/handlers/command-execution';
import { createTestDatabase } from './support/test-database';

const metadataOf = (actor: string): EventMetadata => ({
  actor: { id: actor, role: 'stakeholder' },
  correlationId: `correlation-${actor}`,
  occurredAt: new Date().toISOString(),
});

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

describe('group commit of the event store', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('groupcommit');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    dataSource = await createDataSource({ url: database.url, applicationName: 'group-commit-test' }).initialize();
    store = new PostgresEventStore(dataSource, undefined, { maxWaitMs: 1, maxBatch: 256 });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const transactionsOf = async (streamPrefix: string) =>
    Number(
      (await dataSource.query(`SELECT count(DISTINCT xmin::text) AS n FROM events WHERE stream_id LIKE $1`, [`${streamPrefix}%`]))[0].n,
    );

  it('commits concurrent appends on distinct streams in fewer transactions than appends, each with its own result', async () => {
    const before = store.groupCommits;
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        store.appendToStreams(
          [{ streamId: `together-${i}`, expectedVersion: 0, events: [registration(`draft ${i}`)] }],
          metadataOf(`actor-${i}`),
        ),
      ),
    );
    const flushes = store.groupCommits.flushes - before.flushes;
    expect(flushes).toBeLessThan(32);
    expect(await transactionsOf('together-')).toBe(flushes);
    results.forEach(([result], i) => {
      expect(result.streamVersion).toBe(1);
      expect(result.events[0].streamId).toBe(`together-${i}`);
      expect(result.events[0].metadata.actor.id).toBe(`actor-${i}`);
    });
    const stored = await store.readAll(results[0][0].events[0].position - 1, 32);
    expect(stored.map((event) => event.metadata.actor.id)).toEqual(results.map(([result]) => result.events[0].metadata.actor.id));
    expect(stored).toEqual(results.map(([result]) => result.events[0]));
  });

  it('fails a conflicting append alone, in the same transaction as the others that commit', async () => {
    await store.append('contended', 0, [registration()], metadataOf('first'));
    const before = store.groupCommits.flushes;
    const attempts = await Promise.allSettled([
      store.append('beside-1', 0, [registration()], metadataOf('a')),
      store.append('contended', 0, [registration()], metadataOf('stale')),
      store.append('beside-2', 0, [registration()], metadataOf('b')),
      store.append('contended', 1, [registration()], metadataOf('fresh')),
      store.append('contended', 1, [registration()], metadataOf('too late')),
    ]);
    expect(store.groupCommits.flushes - before).toBe(1);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'rejected']);
    const conflicts = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected').map((a) => a.reason);
    expect(conflicts[0]).toBeInstanceOf(ConcurrencyConflictError);
    expect(conflicts[0]).toMatchObject({ streamId: 'contended', expectedVersion: 0, actualVersion: 1 });
    // The earlier append of the same group moved the stream on: the last one is checked against it.
    expect(conflicts[1]).toMatchObject({ streamId: 'contended', expectedVersion: 1, actualVersion: 2 });
    const contended = await store.readStream('contended');
    expect(contended.map((event) => [event.streamVersion, event.metadata.actor.id])).toEqual([
      [1, 'first'],
      [2, 'fresh'],
    ]);
  });

  it('has the ledger decide again a command that lost its race inside a group, and record it in a later one', async () => {
    const attempts: string[] = [];
    // Both decide on the same version before either appends: then both appends go in one group.
    let read = 0;
    let bothRead: () => void = () => undefined;
    const decidedTogether = new Promise<void>((resolve) => (bothRead = resolve));
    const command = (name: string) =>
      execute(
        store,
        {
          command: { kind: `Propose by ${name}` },
          metadata: { actor: { id: name, role: 'stakeholder' }, correlationId: name, requestedAt: new Date().toISOString() },
        },
        async (): Promise<Attempt> => {
          const version = (await store.readStream('raced')).length;
          attempts.push(`${name} at ${version}`);
          if (++read === 2) bothRead();
          await decidedTogether;
          return { ok: true, writes: [{ streamId: 'raced', expectedVersion: version, events: [registration(name)] }] };
        },
      );
    const before = store.groupCommits.flushes;
    const outcomes = await Promise.all([command('first'), command('second')]);
    expect(outcomes.map((outcome) => outcome.ok && outcome.streamVersion)).toEqual([1, 2]);
    expect(attempts).toEqual(['first at 0', 'second at 0', 'second at 1']);
    expect(store.groupCommits.flushes - before).toBe(2);
  });

  it('records an idempotency key once when two requests with it go in one group, and replays the first', async () => {
    const outbox = async () => Number((await dataSource.query('SELECT count(*) AS n FROM outbox'))[0].n);
    const outboxBefore = await outbox();
    const idempotency = { key: 'actor:key-1', requestHash: 'same', outcome: { ok: true, streamId: 'idempotent' } };
    const [first, twin, other] = await Promise.allSettled([
      store.appendToStreams([{ streamId: 'idempotent', expectedVersion: 0, events: [registration()] }], metadataOf('a'), idempotency),
      store.appendToStreams([{ streamId: 'idempotent-twin', expectedVersion: 0, events: [registration()] }], metadataOf('a'), idempotency),
      store.appendToStreams([{ streamId: 'idempotent-other', expectedVersion: 0, events: [registration()] }], metadataOf('a'), {
        ...idempotency,
        requestHash: 'another request',
      }),
    ]);
    expect(first.status).toBe('fulfilled');
    const position = first.status === 'fulfilled' ? first.value[0].events[0].position : 0;
    expect(twin.status === 'rejected' && twin.reason).toBeInstanceOf(IdempotentReplay);
    expect(twin.status === 'rejected' && twin.reason).toMatchObject({ sameRequest: true, outcome: { streamVersion: 1, position } });
    expect(other.status === 'rejected' && other.reason).toMatchObject({ sameRequest: false });
    expect(await store.readStream('idempotent-twin')).toEqual([]);
    expect(await outbox()).toBe(outboxBefore + 1);
  });

  it('fails an append whose statement cannot run by itself, and commits the others of its group', async () => {
    const attempts = await Promise.allSettled([
      store.append('fine-1', 0, [registration()], metadataOf('a')),
      // PostgreSQL's jsonb refuses the NUL character: the whole statement fails, then each append is tried alone.
      store.append('broken', 0, [registration('NUL \u0000 in a title')], metadataOf('b')),
      store.append('fine-2', 0, [registration()], metadataOf('c')),
    ]);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.readStream('broken')).toEqual([]);
  });

  it('keeps positions gapless and the hash chain whole across groups from two writers at once', async () => {
    const other = new PostgresEventStore(dataSource);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? store : other).appendToStreams(
          [
            { streamId: `chained-${i}`, expectedVersion: 0, events: [registration(), registration('second')] },
            { streamId: `chained-side-${i % 7}`, expectedVersion: 'any', events: [registration()] },
          ],
          metadataOf(`writer-${i % 2}`),
        ),
      ),
    );
    const events = await store.readAll(0, 100_000);
    expect(events.map((event) => event.position)).toEqual(events.map((_, i) => i + 1));
    let chain: Buffer = GENESIS_CHAIN_HASH;
    for (const event of events) {
      const hash = eventHash(event);
      chain = chainHash(chain, hash);
      expect([event.position, event.hash, event.chainHash]).toEqual([event.position, hash.toString('hex'), chain.toString('hex')]);
    }
    const sides = await dataSource.query(
      `SELECT stream_id, array_agg(stream_version ORDER BY stream_version) AS versions FROM events WHERE stream_id LIKE 'chained-side-%' GROUP BY stream_id`,
    );
    for (const side of sides) expect(side.versions).toEqual(side.versions.map((_: number, i: number) => i + 1));
    const outbox = await dataSource.query('SELECT count(*) AS n FROM outbox');
    expect(Number(outbox[0].n)).toBe(events.length);
  });
});
