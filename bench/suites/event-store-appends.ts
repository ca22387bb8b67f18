/**
 * The write side's append path alone, without HTTP, decisions or projections: `c` writers
 * (BENCH_HTTP_CONCURRENCY) each append one typical AmendmentProposed event at a time to a
 * stream of its own, at the version it last saw, through PostgresEventStore as the ledger
 * does (its pool of 10 connections, idempotency key, outbox row, hash chain), for
 * BENCH_LIMIT_SECONDS each, in a scratch database. Two cases:
 *
 * - `group-commit`: the ledger's defaults (appends arriving together share one commit);
 * - `group-commit-no-wait`: the same with GROUP_COMMIT_MAX_WAIT_MS=0 (only the natural batching);
 * - `one-commit-each`: the committer held to one append per commit, as before group commit.
 *
 * Appends/s are set beside the raw single-row durable insert rate at the same concurrency.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventMetadata, Typed } from '#libs/contracts';
import { DEFAULT_GROUP_COMMIT, EVENT_STORE_MIGRATIONS, GroupCommitOptions, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { BenchCase, BenchSuite, Figure, benchCase } from '../harness';
import { typicalRecordedEvent } from '../http/negotiation-workload';
import { createScratchDatabase, databaseServerUrl, ScratchDatabase } from '../infrastructure';
import { LatencySummary, summarizeLatencies } from '../latency';
import { benchSettings } from '../settings';
import { RUN_SERVER, limitKeys } from './limits';

interface AppendRate {
  readonly concurrency: number;
  readonly appendsPerSecond: number;
  readonly latency: LatencySummary;
  readonly appendsPerCommit: number;
}

interface AppendState {
  readonly database: ScratchDatabase;
  readonly dataSource: DataSource;
  readonly store: PostgresEventStore;
  readonly rates: AppendRate[];
}

async function appendFor(store: PostgresEventStore, concurrency: number, milliseconds: number): Promise<AppendRate> {
  const typical = typicalRecordedEvent();
  const event = { type: typical.type, schemaVersion: 1, payload: typical.payload } as Typed<string, unknown>;
  const metadata = typical.metadata as EventMetadata;
  const latencies: number[] = [];
  const before = store.groupCommits;
  const started = performance.now();
  const until = started + milliseconds;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const streamId = `document-${randomUUID()}`;
      for (let version = 0; performance.now() < until; version++) {
        const sent = performance.now();
        await store.appendToStreams([{ streamId, expectedVersion: version, events: [event] }], metadata, {
          key: randomUUID(),
          requestHash: 'bench',
          outcome: { ok: true, streamId },
        });
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = store.groupCommits;
  return {
    concurrency,
    appendsPerSecond: Math.round(latencies.length / seconds),
    latency: summarizeLatencies(latencies),
    appendsPerCommit: Math.round(((after.items - before.items) / Math.max(1, after.flushes - before.flushes)) * 10) / 10,
  };
}

function appendCase(name: string, groupCommit: GroupCommitOptions, description: string): BenchCase<AppendState> {
  return benchCase<AppendState>({
    name,
    description,
    runs: 1,
    warmupRuns: 0,
    async setup() {
      const database = await createScratchDatabase(databaseServerUrl(), 'bench_appends');
      await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
      const dataSource = await createDataSource({ url: database.url, applicationName: 'bench-appends' }).initialize();
      return { database, dataSource, store: new PostgresEventStore(dataSource, undefined, groupCommit), rates: [] };
    },
    async run(state) {
      await appendFor(state.store, 8, 500);
      for (const concurrency of benchSettings.httpConcurrencies) {
        state.rates.push(await appendFor(state.store, concurrency, benchSettings.limitSeconds * 1000));
      }
    },
    async teardown(state) {
      await state.dataSource.destroy();
      await state.database.drop();
    },
    facts: (state) => ({
      'appends per commit': state.rates.map((rate) => `c${rate.concurrency} ${rate.appendsPerCommit}`).join(' '),
      'seconds each': benchSettings.limitSeconds,
    }),
    figures: (state) =>
      state.rates.flatMap((rate): Figure[] => [
        {
          key: `event-store-appends.${name}.c${rate.concurrency}`,
          label: `Event store appends, ${name}, concurrency ${rate.concurrency}`,
          value: rate.appendsPerSecond,
          unit: 'appends/s',
          better: 'higher',
          limitKey: limitKeys.postgresSingleRow(RUN_SERVER, rate.concurrency),
        },
        {
          key: `event-store-appends.${name}.c${rate.concurrency}.latency.p99`,
          label: `Event store append latency p99, ${name}, concurrency ${rate.concurrency}`,
          value: rate.latency.p99Ms,
          unit: 'ms',
          better: 'lower',
          limitKey: limitKeys.postgresSingleRowLatency(RUN_SERVER, rate.concurrency, 'p99'),
        },
      ]),
  });
}

export const eventStoreAppendsSuite: BenchSuite = {
  name: 'event-store-appends',
  description: "the write side's append path alone (PostgresEventStore), with group commit and with one commit per append",
  cases: [
    appendCase(
      'one-commit-each',
      { maxWaitMs: 0, maxBatch: 1 },
      'appends through the store, one commit per append (as before group commit)',
    ),
    appendCase(
      'group-commit-no-wait',
      { ...DEFAULT_GROUP_COMMIT, maxWaitMs: 0 },
      'appends through the store, group commit without the short wait',
    ),
    appendCase('group-commit', DEFAULT_GROUP_COMMIT, "appends through the store with the ledger's group commit defaults"),
  ],
  needs: ['postgres'],
};
