/**
 * The physical limits of a PostgreSQL server for what the ledger does to it, with rows
 * shaped like the event store's (a stream id, a type, a JSON payload and metadata of the
 * workload's size):
 *
 * - single-row durable inserts: one INSERT per transaction, `synchronous_commit = on`, from
 *   `concurrency` connections each inserting as fast as its commits return (what one
 *   command costs the store at the least: one durable commit);
 * - batched inserts: one multi-row INSERT (unnest) of `batchRows` rows per transaction from
 *   one connection (what the relay and the projector can do per batch at best).
 */
import { Client } from 'pg';
import { LatencySummary, summarizeLatencies } from '../latency';

const TABLE = 'bench_raw_inserts';

export interface RawRow {
  readonly streamId: string;
  readonly type: string;
  readonly payload: string;
  readonly metadata: string;
}

export interface SingleRowInsertRate {
  readonly concurrency: number;
  readonly rowsPerSecond: number;
  readonly latency: LatencySummary;
}

export interface BatchedInsertRate {
  readonly batchRows: number;
  readonly rowsPerSecond: number;
  readonly batchLatency: LatencySummary;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'bench-raw-inserts' });
  await client.connect();
  await client.query('SET synchronous_commit = on');
  return client;
}

/** Creates the scratch table (in whatever database `url` names); `drop` removes it. */
export async function prepareRawInsertTable(url: string): Promise<{ drop(): Promise<void> }> {
  const client = await connect(url);
  try {
    await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await client.query(`CREATE TABLE ${TABLE} (
      id bigserial PRIMARY KEY, stream_id text NOT NULL, type text NOT NULL,
      payload jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`);
  } finally {
    await client.end();
  }
  return {
    drop: async () => {
      const dropper = await connect(url);
      try {
        await dropper.query(`DROP TABLE IF EXISTS ${TABLE}`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** `concurrency` connections, each inserting one row per transaction for `durationMs`. */
export async function singleRowInsertRate(url: string, row: RawRow, concurrency: number, durationMs: number): Promise<SingleRowInsertRate> {
  const clients = await Promise.all(Array.from({ length: concurrency }, () => connect(url)));
  const latencies: number[] = [];
  try {
    const sql = `INSERT INTO ${TABLE} (stream_id, type, payload, metadata) VALUES ($1, $2, $3, $4)`;
    // A short warm-up: connections' first statements are slower (planning, catalog caches).
    await Promise.all(clients.map((client) => client.query(sql, [row.streamId, row.type, row.payload, row.metadata])));
    const started = performance.now();
    const until = started + durationMs;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < until) {
          const sentAt = performance.now();
          await client.query(sql, [row.streamId, row.type, row.payload, row.metadata]);
          latencies.push(performance.now() - sentAt);
        }
      }),
    );
    const elapsed = performance.now() - started;
    return { concurrency, rowsPerSecond: Math.round((latencies.length * 1000) / elapsed), latency: summarizeLatencies(latencies) };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** One connection, one multi-row INSERT of `batchRows` rows per transaction, for `durationMs`. */
export async function batchedInsertRate(url: string, row: RawRow, batchRows: number, durationMs: number): Promise<BatchedInsertRate> {
  const client = await connect(url);
  const columns = [
    Array<string>(batchRows).fill(row.streamId),
    Array<string>(batchRows).fill(row.type),
    Array<string>(batchRows).fill(row.payload),
    Array<string>(batchRows).fill(row.metadata),
  ];
  const sql = `INSERT INTO ${TABLE} (stream_id, type, payload, metadata) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::jsonb[])`;
  const latencies: number[] = [];
  try {
    await client.query(sql, columns);
    const started = performance.now();
    while (performance.now() - started < durationMs) {
      const sentAt = performance.now();
      await client.query(sql, columns);
      latencies.push(performance.now() - sentAt);
    }
    const elapsed = performance.now() - started;
    return {
      batchRows,
      rowsPerSecond: Math.round((latencies.length * batchRows * 1000) / elapsed),
      batchLatency: summarizeLatencies(latencies),
    };
  } finally {
    await client.end();
  }
}

export interface PostgresLimits {
  readonly singleRow: readonly SingleRowInsertRate[];
  readonly batched: BatchedInsertRate;
}

/** Every PostgreSQL limit the benchmarks compare with, on the database `url` names. */
export async function measurePostgresLimits(
  url: string,
  row: RawRow,
  concurrencies: readonly number[],
  durationMs: number,
  batchRows = 500,
): Promise<PostgresLimits> {
  const table = await prepareRawInsertTable(url);
  try {
    const singleRow: SingleRowInsertRate[] = [];
    for (const concurrency of concurrencies) singleRow.push(await singleRowInsertRate(url, row, concurrency, durationMs));
    const batched = await batchedInsertRate(url, row, batchRows, durationMs);
    return { singleRow, batched };
  } finally {
    await table.drop();
  }
}
