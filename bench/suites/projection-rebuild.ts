/**
 * Rebuilding projections from Kafka offset 0, as the projector does when a version changes
 * or a rebuild is asked for: events per second and peak memory, beside the rate at which a
 * bare kafkajs consumer reads the same topic (the physical limit of the source).
 *
 * Setup (not timed) starts PostgreSQL and Kafka (or uses DATABASE_URL and KAFKA_BROKERS),
 * writes a seeded history into a fresh database's event store with multi-row inserts and
 * publishes it to a fresh topic with the idempotent producer in big batches. Each run
 * rebuilds from that topic and swaps the new tables in.
 *
 * - `rebuild-all-from-kafka`: every projection the projector runs, over
 *   BENCH_REBUILD_EVENTS events (10,000 by default, so that `npm run bench` stays inside
 *   its 15 minutes on a 2-core machine; BENCH_REBUILD_EVENTS=1000000 for the full million).
 *   BENCH_REBUILD_PROJECTIONS (names, comma-separated) rebuilds only those.
 * - `rebuild-pipeline-from-kafka`: two projections that apply in bulk (`applyBatch`), over
 *   BENCH_PIPELINE_EVENTS events (200,000 by default; BENCH_PIPELINE_EVENTS=1000000 for the
 *   full million, about 9 minutes on a busy 2-core machine, 6 of them writing and
 *   publishing the history): what the rebuild machinery itself sustains (replay, scratch
 *   tables, batches, swap) when a projection costs little.
 *
 * Each figure is set beside the bare kafkajs consumer's rate on the same topic (aim: 30 %).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { GENESIS_CHAIN_HASH } from '#libs/audit';
import { EVENT_TYPES, RecordedEvent, StoredEvent } from '#libs/contracts';
import { EVENT_STORE_MIGRATIONS, InProcessEventBus, KafkaEventPublisher, createKafka } from '#libs/eventstore';
import { AppConfig, createDataSource, createLogger, runMigrations, startEmbeddedPostgres } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { PROJECTOR_MIGRATIONS } from '../../apps/projector/src/migrations';
import { Projection } from '../../apps/projector/src/projection';
import { ProjectorService } from '../../apps/projector/src/projector.service';
import { KafkaHistory, ProjectionRebuilder } from '../../apps/projector/src/rebuild';
import { freePort } from '../../test/support/free-port';
import { generateEventHistory } from '../factories/event-history';
import { BenchSuite, benchCase } from '../harness';
import { createScratchDatabase } from '../infrastructure';
import { insertEvents } from '../factories/store-events';
// Plain CommonJS shared with the test infrastructure: a KRaft broker from Maven Central's jars.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafka } = require('../../test/infra/kafka.js');

const ALL_EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 10_000);
const PIPELINE_EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 200_000);
/** A rebuild aims at this share of the bare consumer's rate on the same topic. */
const REBUILD_AIM_SHARE = 0.3;
// Below the broker's default message.max.bytes (1 MB), which bounds one produce request's batch.
const PUBLISH_BATCH_BYTES = 800 * 1024;
const logger = createLogger('bench', 'warn');

interface Infrastructure {
  readonly databaseUrl: string;
  readonly brokers: string;
  stop(): Promise<void>;
}

async function startInfrastructure(): Promise<Infrastructure> {
  const stops: (() => Promise<void>)[] = [];
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-rebuild-pg-'));
    const postgres = await startEmbeddedPostgres(dataDir, await freePort(), logger, 'postgres');
    serverUrl = postgres.url;
    stops.push(async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }
  const database = await createScratchDatabase(serverUrl, 'bench_rebuild');
  stops.push(() => database.drop());
  const kafka = await startKafka({ log: false });
  stops.push(() => kafka.stop());
  return {
    databaseUrl: database.url,
    brokers: kafka.brokers,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  };
}

async function publish(publisher: KafkaEventPublisher, events: readonly StoredEvent[]): Promise<number> {
  let batch: StoredEvent[] = [];
  let bytes = 0;
  let total = 0;
  for (const event of events) {
    const size = JSON.stringify(event).length + event.streamId.length + 120;
    if (bytes + size > PUBLISH_BATCH_BYTES && batch.length > 0) {
      await publisher.publish(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(event);
    bytes += size;
    total += size;
  }
  if (batch.length > 0) await publisher.publish(batch);
  return total;
}

/**
 * A bare kafkajs consumer reading the whole topic, messages per second: without parsing
 * them (the physical limit), and parsing each as the rebuild does. Timed from joining the
 * group, which is not reading.
 */
async function consumerRate(kafka: Kafka, topic: string, events: number, parse: boolean): Promise<number> {
  const consumer = kafka.consumer({
    groupId: `bench-raw-${randomBytes(3).toString('hex')}`,
    maxBytesPerPartition: 8 * 1024 * 1024,
    maxBytes: 32 * 1024 * 1024,
    maxWaitTimeInMs: 250,
  });
  let joined = 0;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = performance.now()));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  const finished = await new Promise<number>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        if (parse) for (const message of batch.messages) JSON.parse(message.value!.toString('utf8'));
        seen += batch.messages.length;
        if (seen >= events) resolve(performance.now());
      },
    });
  });
  await consumer.disconnect();
  return Math.round((events * 1000) / (finished - joined));
}

interface RebuildState {
  readonly events: number;
  readonly infrastructure: Infrastructure;
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  readonly topic: string;
  readonly projections: readonly Projection[];
  readonly rebuilder: ProjectionRebuilder;
  readonly topicMb: number;
  readonly topicBytes: number;
  readonly raw: { bare: number; parsed: number };
  readonly rebuildRates: number[];
  readonly rebuildPeakRssMb: number[];
  /** The bytes of the event store and of each projection's tables after the last rebuild. */
  bytes?: ReadModelBytes;
}

/** What the read models take on disk beside the events they were built from. */
interface ReadModelBytes {
  /** The events table with its indexes and TOAST (the store's rows the projections read). */
  readonly events: number;
  /** Each projection's tables together (heap, TOAST, indexes), largest first. */
  readonly projections: readonly { readonly name: string; readonly bytes: number; readonly tables: readonly TableBytes[] }[];
}

interface TableBytes {
  readonly table: string;
  readonly bytes: number;
}

/** pg_total_relation_size of the events table and of each projection's tables. */
async function readModelBytes(dataSource: DataSource, projections: readonly Projection[]): Promise<ReadModelBytes> {
  const sizes = async (tables: readonly string[]): Promise<TableBytes[]> => {
    const rows: { table: string; bytes: string }[] = await dataSource.query(
      `SELECT t AS table, COALESCE(pg_total_relation_size(to_regclass(t)), 0)::bigint AS bytes FROM unnest($1::text[]) AS t`,
      [tables],
    );
    return rows.map((row) => ({ table: row.table, bytes: Number(row.bytes) })).sort((a, b) => b.bytes - a.bytes);
  };
  const sized = [];
  for (const projection of projections) {
    const tables = await sizes(projection.tables);
    sized.push({ name: projection.name, bytes: tables.reduce((sum, t) => sum + t.bytes, 0), tables });
  }
  const [events] = await sizes(['events']);
  return { events: events.bytes, projections: sized.sort((a, b) => b.bytes - a.bytes) };
}

/** The bytes as a Markdown table: each projection's bytes and bytes per event byte, then the total. */
function bytesTable(bytes: ReadModelBytes, events: number, topicBytes: number): string {
  const total = bytes.projections.reduce((sum, p) => sum + p.bytes, 0);
  const kb = (value: number) => Math.round(value / 1024).toLocaleString('en');
  const row = (name: string, value: number, tables = '') =>
    `| ${name} | ${kb(value)} | ${Math.round(value / events).toLocaleString('en')} | ${(value / bytes.events).toFixed(2)} | ${(value / topicBytes).toFixed(2)} | ${tables} |`;
  return [
    `| read model | KB | bytes per event | × events table | × events as published | its tables, KB |`,
    `|---|---:|---:|---:|---:|---|`,
    ...bytes.projections.map((p) =>
      row(
        p.name,
        p.bytes,
        p.tables
          .filter((t) => t.bytes > 0)
          .map((t) => `${t.table} ${kb(t.bytes)}`)
          .join(', '),
      ),
    ),
    row('**all read models**', total),
    row('events table (the store)', bytes.events),
  ].join('\n');
}

/** Records and publishes the history, and measures the bare consumer on it. */
async function prepare(
  infrastructure: Infrastructure,
  events: number,
  projectionsFor: (dataSource: DataSource) => Promise<readonly Projection[]>,
): Promise<RebuildState> {
  await runMigrations(infrastructure.databaseUrl, 'ledger', EVENT_STORE_MIGRATIONS);
  await runMigrations(infrastructure.databaseUrl, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
  const dataSource = await createDataSource({
    url: infrastructure.databaseUrl,
    entities: READ_MODEL_ENTITIES,
    applicationName: 'bench-rebuild',
    poolSize: 20,
  }).initialize();
  const kafka = createKafka(infrastructure.brokers.split(','), 'bench-rebuild', logger);
  const topic = `bench.rebuild.${randomBytes(4).toString('hex')}`;
  const publisher = await KafkaEventPublisher.connect(kafka, topic);
  let bytes = 0;
  const started = performance.now();
  const [{ chained }] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'chain_hash') AS chained`,
  );
  const chain = chained ? { hash: GENESIS_CHAIN_HASH } : undefined;
  for (const chunk of generateEventHistory({ events })) {
    const [, published] = await Promise.all([insertEvents(dataSource, chunk, chain), publish(publisher, chunk)]);
    bytes += published;
  }
  await publisher.close();
  await dataSource.query('ANALYZE events');
  console.error(
    `projection-rebuild: ${events.toLocaleString('en')} events recorded and published in ${Math.round(performance.now() - started)} ms`,
  );
  const raw = { bare: await consumerRate(kafka, topic, events, false), parsed: await consumerRate(kafka, topic, events, true) };
  console.error(
    `projection-rebuild: bare consumer ${raw.bare.toLocaleString('en')} events/s, with JSON.parse ${raw.parsed.toLocaleString('en')} events/s`,
  );
  return {
    events,
    infrastructure,
    dataSource,
    kafka,
    topic,
    projections: await projectionsFor(dataSource),
    rebuilder: new ProjectionRebuilder(dataSource, logger),
    topicMb: Math.round(bytes / 1024 / 1024),
    topicBytes: bytes,
    raw,
    rebuildRates: [],
    rebuildPeakRssMb: [],
  };
}

/** A rebuild of some projections from Kafka offset 0 over a history of `events` events, in its own PostgreSQL and Kafka. */
function rebuildCase(
  name: string,
  description: string,
  events: number,
  projectionsFor: (dataSource: DataSource) => Promise<readonly Projection[]>,
) {
  return benchCase<RebuildState>({
    name,
    description,
    operationsPerRun: events,
    runs: 1,
    warmupRuns: 0,
    async setup() {
      const infrastructure = await startInfrastructure();
      try {
        return await prepare(infrastructure, events, projectionsFor);
      } catch (error) {
        // Or the embedded PostgreSQL and the broker keep this process alive.
        await infrastructure.stop();
        throw error;
      }
    },
    async run(state) {
      // The process's peak RSS includes the setup's; this is the rebuild's own.
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
      try {
        const outcome = await state.rebuilder.rebuild(state.projections, new KafkaHistory(state.kafka, state.topic, 'bench'));
        if (outcome.position !== state.events) throw new Error(`rebuilt to position ${outcome.position}, not ${state.events}`);
        state.rebuildRates.push((outcome.events * 1000) / outcome.durationMs);
        state.bytes = await readModelBytes(state.dataSource, state.projections);
      } finally {
        clearInterval(sampler);
        state.rebuildPeakRssMb.push(Math.round(peakRss / 1024 / 1024));
      }
    },
    async teardown(state) {
      const rate = Math.round(state.rebuildRates[state.rebuildRates.length - 1] ?? 0);
      console.error(
        `projection-rebuild/${name}: ${rate.toLocaleString('en')} events/s; bare kafkajs consumer ${state.raw.bare.toLocaleString('en')} events/s ` +
          `(${state.raw.parsed.toLocaleString('en')} with JSON.parse); rebuild / bare consumer = ${(rate / state.raw.bare).toFixed(3)}; ` +
          `peak RSS while rebuilding ${Math.max(...state.rebuildPeakRssMb)} MB`,
      );
      if (state.bytes)
        console.error(`projection-rebuild/${name}: read-model bytes\n${bytesTable(state.bytes, state.events, state.topicBytes)}`);
      await state.dataSource.destroy();
      await state.infrastructure.stop();
    },
    facts: (state) => ({
      events: state.events,
      ...(state.bytes && {
        'read-model bytes / events table bytes': Number(
          (state.bytes.projections.reduce((sum, p) => sum + p.bytes, 0) / state.bytes.events).toFixed(2),
        ),
      }),
      projections: state.projections.map((p) => p.name).join(' '),
      'topic MB': state.topicMb,
      'bare consumer events/s': state.raw.bare,
      'consumer + JSON.parse events/s': state.raw.parsed,
    }),
    figures: (state) => {
      const rate = state.rebuildRates[state.rebuildRates.length - 1];
      if (rate === undefined) return [];
      const consumerKey = `rebuild.${name}.bare-consumer`;
      return [
        {
          key: consumerKey,
          label: `Kafka: bare kafkajs consumer on the rebuild's topic (${state.events.toLocaleString('en')} events)`,
          value: state.raw.bare,
          unit: 'events/s',
          better: 'higher',
        },
        {
          key: `rebuild.${name}.events-per-second`,
          label: `Projection rebuild from Kafka offset 0, ${name === 'rebuild-all-from-kafka' ? rebuiltProjections() : 'two bulk projections (the machinery)'}, ${state.events.toLocaleString('en')} events`,
          value: Math.round(rate),
          unit: 'events/s',
          better: 'higher',
          limitKey: consumerKey,
          aimShareOfLimit: REBUILD_AIM_SHARE,
        },
        {
          key: `memory.rebuild.${name}`,
          label: `Peak RSS while rebuilding (${name})`,
          value: Math.max(...state.rebuildPeakRssMb),
          unit: 'MB',
          better: 'lower',
        },
      ];
    },
  });
}

/** The projections the projector service runs, as it builds them. */
async function projectorProjections(dataSource: DataSource): Promise<readonly Projection[]> {
  const config = { logLevel: 'warn', faults: { projectorPauseMidBatchMs: 0, relayPauseAfterPublishMs: 0 } } as unknown as AppConfig;
  const all = new ProjectorService(config, dataSource, new InProcessEventBus(), undefined).runner.projections;
  const only = chosenProjections();
  return only ? all.filter((projection) => only.includes(projection.name)) : all;
}

/** The head of each stream: one multi-row upsert per batch, whatever its size. */
class StreamHeadsProjection implements Projection {
  readonly name = 'bench_stream_heads';
  readonly version = 1;
  readonly tables = ['bench_stream_heads'];
  readonly handles = EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const heads = [...new Map(events.map((event) => [event.streamId, event])).values()];
    await manager.query(
      `INSERT INTO bench_stream_heads (stream_id, stream_version, type, last_position, recorded_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::bigint[], $5::timestamptz[])
       ON CONFLICT (stream_id) DO UPDATE SET stream_version = EXCLUDED.stream_version, type = EXCLUDED.type,
         last_position = EXCLUDED.last_position, recorded_at = EXCLUDED.recorded_at`,
      [
        heads.map((e) => e.streamId),
        heads.map((e) => e.streamVersion),
        heads.map((e) => e.type),
        heads.map((e) => e.position),
        heads.map((e) => e.recordedAt),
      ],
    );
  }
}

/** How many events of each type each actor recorded: counts added up per batch. */
class ActorActivityProjection implements Projection {
  readonly name = 'bench_actor_activity';
  readonly version = 1;
  readonly tables = ['bench_actor_activity'];
  readonly handles = EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const counts = new Map<string, { actor: string; type: string; count: number; last: number }>();
    for (const event of events) {
      const key = `${event.metadata.actor.id}\u0000${event.type}`;
      const entry = counts.get(key) ?? { actor: event.metadata.actor.id, type: event.type, count: 0, last: 0 };
      entry.count++;
      entry.last = event.position;
      counts.set(key, entry);
    }
    const rows = [...counts.values()];
    await manager.query(
      `INSERT INTO bench_actor_activity AS a (actor, type, events, last_position)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[])
       ON CONFLICT (actor, type) DO UPDATE SET events = a.events + EXCLUDED.events, last_position = EXCLUDED.last_position`,
      [rows.map((r) => r.actor), rows.map((r) => r.type), rows.map((r) => r.count), rows.map((r) => r.last)],
    );
  }
}

async function bulkProjections(dataSource: DataSource): Promise<readonly Projection[]> {
  await dataSource.query(`CREATE TABLE bench_stream_heads (
    stream_id text PRIMARY KEY, stream_version integer NOT NULL, type text NOT NULL, last_position bigint NOT NULL, recorded_at timestamptz NOT NULL)`);
  await dataSource.query(`CREATE TABLE bench_actor_activity (
    actor text NOT NULL, type text NOT NULL, events integer NOT NULL, last_position bigint NOT NULL, PRIMARY KEY (actor, type))`);
  return [new StreamHeadsProjection(), new ActorActivityProjection()];
}

const rebuildAll = rebuildCase(
  'rebuild-all-from-kafka',
  `every projection the projector runs, rebuilt from Kafka offset 0 over ${ALL_EVENTS.toLocaleString('en')} events, then swapped in`,
  ALL_EVENTS,
  projectorProjections,
);

const rebuildPipeline = rebuildCase(
  'rebuild-pipeline-from-kafka',
  `two projections that apply in bulk, rebuilt from Kafka offset 0 over ${PIPELINE_EVENTS.toLocaleString('en')} events: the machinery's own rate`,
  PIPELINE_EVENTS,
  bulkProjections,
);

export const projectionRebuildSuite: BenchSuite = {
  name: 'projection-rebuild',
  description: 'rebuilding the projections from Kafka offset 0: throughput and memory, beside the bare consumer rate',
  cases: [rebuildAll, rebuildPipeline],
  needs: ['postgres', 'kafka'],
};

/** The projections BENCH_REBUILD_PROJECTIONS names, if it names any. */
function chosenProjections(): string[] | undefined {
  return process.env.BENCH_REBUILD_PROJECTIONS?.split(',').filter(Boolean);
}

function rebuiltProjections(): string {
  const only = chosenProjections();
  return only?.length ? only.join(', ') : 'every projection';
}
