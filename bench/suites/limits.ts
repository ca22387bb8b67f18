/**
 * The physical limits the other figures are set against, measured on the run's PostgreSQL
 * server and Kafka broker with rows and messages of the HTTP workload's size (a typical
 * AmendmentProposed event as recorded and published):
 *
 * - `postgres`: single-row durable inserts (one INSERT per transaction, synchronous_commit
 *   on) from 1, 8 and 64 connections (BENCH_HTTP_CONCURRENCY), rows/s and commit latency;
 *   multi-row inserts of 500 rows per transaction (the relay's and projector's batch size);
 *   BENCH_LIMIT_SECONDS each, in a scratch database.
 * - `kafka`: a bare kafkajs producer with the relay's settings (idempotent, acks = all, 500
 *   messages per send) and a bare consumer from offset 0, BENCH_KAFKA_LIMIT_MESSAGES
 *   messages; produce-to-consume latency at BENCH_LAG_RATE messages/s for 5 s.
 */
import { databaseServerUrl, createScratchDatabase, kafkaBrokers, ScratchDatabase } from '../infrastructure';
import { Figure, BenchSuite, benchCase } from '../harness';
import { typicalRecordedEvent } from '../http/negotiation-workload';
import { KafkaLimits, measureKafkaLimits } from '../limits/kafka-rates';
import { PostgresLimits, RawRow, measurePostgresLimits } from '../limits/postgres-rates';
import { benchSettings } from '../settings';

/** Keys of the limit figures, for the figures set against them. */
export const limitKeys = {
  postgresSingleRow: (server: string, concurrency: number) => `limits.${server}.single-row-inserts.c${concurrency}`,
  postgresSingleRowLatency: (server: string, concurrency: number, quantile: 'p50' | 'p99') =>
    `limits.${server}.single-row-insert-latency.c${concurrency}.${quantile}`,
  postgresBatched: (server: string) => `limits.${server}.batched-inserts`,
  kafkaProducer: 'limits.kafka.producer',
  kafkaConsumer: 'limits.kafka.consumer',
  kafkaLatency: (quantile: 'p50' | 'p99') => `limits.kafka.produce-to-consume.${quantile}`,
};

/** The run's PostgreSQL server, as limit keys name it (the embedded default's own server is `embedded-postgres`). */
export const RUN_SERVER = 'postgres';

export function rawRow(): RawRow {
  const event = typicalRecordedEvent();
  return { streamId: event.streamId, type: event.type, payload: JSON.stringify(event.payload), metadata: JSON.stringify(event.metadata) };
}

/** The figures of PostgreSQL limits measured on `server` (`postgres` for the run's server). */
export function postgresLimitFigures(server: string, description: string, limits: PostgresLimits): Figure[] {
  return [
    ...limits.singleRow.flatMap((rate): Figure[] => [
      {
        key: limitKeys.postgresSingleRow(server, rate.concurrency),
        label: `${description}: single-row durable inserts, ${rate.concurrency} connection${rate.concurrency === 1 ? '' : 's'}`,
        value: rate.rowsPerSecond,
        unit: 'rows/s',
        better: 'higher',
      },
      {
        key: limitKeys.postgresSingleRowLatency(server, rate.concurrency, 'p50'),
        label: `${description}: single-row insert commit p50, ${rate.concurrency} connection${rate.concurrency === 1 ? '' : 's'}`,
        value: rate.latency.p50Ms,
        unit: 'ms',
        better: 'lower',
      },
      {
        key: limitKeys.postgresSingleRowLatency(server, rate.concurrency, 'p99'),
        label: `${description}: single-row insert commit p99, ${rate.concurrency} connection${rate.concurrency === 1 ? '' : 's'}`,
        value: rate.latency.p99Ms,
        unit: 'ms',
        better: 'lower',
      },
    ]),
    {
      key: limitKeys.postgresBatched(server),
      label: `${description}: batched inserts, ${limits.batched.batchRows} rows per transaction`,
      value: limits.batched.rowsPerSecond,
      unit: 'rows/s',
      better: 'higher',
    },
  ];
}

interface PostgresState {
  readonly database: ScratchDatabase;
  readonly row: RawRow;
  limits?: PostgresLimits;
}

const postgresCase = benchCase<PostgresState>({
  name: 'postgres',
  description: `raw PostgreSQL: single-row durable inserts at concurrency ${benchSettings.httpConcurrencies.join(', ')} and 500-row batched inserts, rows of the workload's event size`,
  runs: 1,
  warmupRuns: 0,
  async setup() {
    return { database: await createScratchDatabase(databaseServerUrl(), 'bench_limits'), row: rawRow() };
  },
  async run(state) {
    state.limits = await measurePostgresLimits(
      state.database.url,
      state.row,
      benchSettings.httpConcurrencies,
      benchSettings.limitSeconds * 1000,
    );
  },
  async teardown(state) {
    await state.database.drop();
  },
  facts: (state) => ({
    'row payload + metadata bytes': Buffer.byteLength(state.row.payload) + Buffer.byteLength(state.row.metadata),
    'seconds each': benchSettings.limitSeconds,
  }),
  figures: (state) => (state.limits ? postgresLimitFigures(RUN_SERVER, 'PostgreSQL', state.limits) : []),
});

interface KafkaState {
  readonly value: string;
  limits?: KafkaLimits;
}

const kafkaCase = benchCase<KafkaState>({
  name: 'kafka',
  description: `raw kafkajs: idempotent producer (acks all, 500 per send) and bare consumer over ${benchSettings.kafkaLimitMessages.toLocaleString('en')} messages of the workload's event size; produce-to-consume latency at ${benchSettings.lagRatePerSecond}/s`,
  runs: 1,
  warmupRuns: 0,
  setup: () => ({ value: typicalRecordedEvent().json }),
  async run(state) {
    state.limits = await measureKafkaLimits(
      kafkaBrokers(),
      state.value,
      benchSettings.kafkaLimitMessages,
      500,
      benchSettings.lagRatePerSecond,
    );
  },
  facts: (state) => ({ 'message bytes': Buffer.byteLength(state.value), messages: benchSettings.kafkaLimitMessages }),
  figures: (state) => {
    const limits = state.limits;
    if (!limits) return [];
    return [
      {
        key: limitKeys.kafkaProducer,
        label: 'Kafka: bare producer, 500 messages per send',
        value: limits.producerMessagesPerSecond,
        unit: 'messages/s',
        better: 'higher',
      },
      {
        key: limitKeys.kafkaConsumer,
        label: 'Kafka: bare consumer from offset 0',
        value: limits.consumerMessagesPerSecond,
        unit: 'messages/s',
        better: 'higher',
      },
      {
        key: limitKeys.kafkaLatency('p50'),
        label: `Kafka: produce-to-consume p50 at ${limits.latencyRatePerSecond}/s`,
        value: limits.produceToConsume.p50Ms,
        unit: 'ms',
        better: 'lower',
      },
      {
        key: limitKeys.kafkaLatency('p99'),
        label: `Kafka: produce-to-consume p99 at ${limits.latencyRatePerSecond}/s`,
        value: limits.produceToConsume.p99Ms,
        unit: 'ms',
        better: 'lower',
      },
    ];
  },
});

export const limitsSuite: BenchSuite = {
  name: 'limits',
  description: "the physical limits of the run's PostgreSQL and Kafka for rows and messages of the workload's size",
  cases: [postgresCase, kafkaCase],
  needs: ['postgres', 'kafka'],
};
