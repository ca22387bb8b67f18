import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, RecordedEvent, upcast } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { ExecuteLedgerCommand, ExecuteLedgerCommandHandler } from '../../apps/ledger/src/ledger-command-executor';
import { Projection } from '../../apps/projector/src/projection';
import { ProjectionRunner } from '../../apps/projector/src/projection-runner';
import { createTestDatabase } from './test-database';

/** Sends one command through the real write side, failing on any refusal; answers the global position recorded. */
export async function sendLedgerCommand(ledger: ExecuteLedgerCommandHandler, actor: Actor, command: LedgerCommand): Promise<number> {
  const metadata = { actor, correlationId: randomUUID(), requestedAt: new Date().toISOString() };
  const outcome = await ledger.execute(new ExecuteLedgerCommand({ command, metadata }));
  if (!outcome.ok) throw new Error(`${command.kind} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  return outcome.position;
}

/**
 * A fresh database holding the event store and the read models, the real write side in
 * front of it and a projection runner behind it: what the projection specs run against.
 */
export interface ProjectedLedger {
  readonly dataSource: DataSource;
  readonly store: PostgresEventStore;
  readonly ledger: ExecuteLedgerCommandHandler;
  readonly runner: ProjectionRunner;
  send(actor: Actor, command: LedgerCommand): Promise<number>;
  /** Feeds the whole log to the runner from its resume position, in small batches that cut across streams. */
  project(batchSize: number): Promise<void>;
  /** Every event of the log, upcast to its latest schema. */
  events(): Promise<RecordedEvent[]>;
  /** The rows of each table, ordered by the key given for it. */
  dump(tables: Record<string, string>): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/** Opens a ledger on a new database named after `name` (`participation_search` → application `participation-search-test`). */
export async function openProjectedLedger(name: string, projections: Projection[]): Promise<ProjectedLedger> {
  const database = await createTestDatabase(name);
  await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
  await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
  const dataSource = await createDataSource({
    url: database.url,
    entities: READ_MODEL_ENTITIES,
    applicationName: `${name.replace(/_/g, '-')}-test`,
  }).initialize();
  const store = new PostgresEventStore(dataSource);
  const ledger = new ExecuteLedgerCommandHandler(store);
  const runner = new ProjectionRunner(dataSource, projections, createLogger('projector-test', 'error'));
  return {
    dataSource,
    store,
    ledger,
    runner,
    send: (actor, command) => sendLedgerCommand(ledger, actor, command),
    async project(batchSize) {
      let after = await runner.resumePosition();
      for (;;) {
        const batch = await store.readAll(after, batchSize);
        if (batch.length === 0) return;
        await runner.applyBatch(batch);
        after = batch[batch.length - 1].position;
      }
    },
    events: async () => (await store.readAll(0, 100_000)).map((event) => upcast(event)),
    async dump(tables) {
      const rows: Record<string, unknown[]> = {};
      for (const [table, key] of Object.entries(tables)) rows[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
      return rows;
    },
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
