/**
 * A worker thread of the audit's store pass: reads ranges of positions from the snapshot
 * the verification holds, recomputes each event's hash from its canonical form, checks the
 * links of the recorded chain within the range and builds the range's Merkle subtree, and
 * hands it all back as transferable bytes (libs/audit digestRange).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
// The one module of libs/audit a worker needs, not its index: every verification starts its workers afresh, and
// the index (with the replay's domain and text engine) and #libs/platform (TypeORM) cost a second of CPU each to load.
import { digestRange } from '../../../audit/src/range-digests';
import { RangeRequest, RangeResult, StoreWorkerData } from './store-hash-protocol';
import { EVENT_TYPES, EventRowArray, SELECT_EVENTS, toEvent } from './store-history';

const { databaseUrl, snapshot } = workerData as StoreWorkerData;
const port = parentPort!;
const client = new Client({ connectionString: databaseUrl, application_name: 'ledger-audit-verify-worker' });
// An error of the connection outside a query would crash the thread: the verification is told, and fails.
client.on('error', (error) => port.postMessage({ kind: 'failed', id: -1, message: String(error?.stack ?? error) }));

async function start(): Promise<void> {
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  // The verification's own snapshot: every worker reads the store as of the same moment.
  await client.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
  port.postMessage({ kind: 'ready' });
  port.on('message', (message: RangeRequest | { kind: 'stop' }) => {
    if (message.kind === 'stop') {
      void client.end().finally(() => port.close());
      return;
    }
    hashRange(message).then(
      ({ result, transfer }) => port.postMessage(result, transfer),
      (error: unknown) => port.postMessage({ kind: 'failed', id: message.id, message: String((error as Error)?.stack ?? error) }),
    );
  });
}

async function hashRange(request: RangeRequest): Promise<{ result: RangeResult; transfer: ArrayBuffer[] }> {
  const { rows } = await client.query<EventRowArray>({
    text: `${SELECT_EVENTS} WHERE position > $1 AND position <= $2 ORDER BY position`,
    values: [request.after, request.upTo],
    rowMode: 'array',
    types: EVENT_TYPES,
  });
  const digests = digestRange(rows.map(toEvent));
  const buffers = [
    digests.positions,
    digests.recomputed,
    digests.recordedHashes,
    digests.recordedChains,
    digests.flags,
    ...(digests.subtree?.slice(1) ?? []),
  ];
  return { result: { kind: 'range', id: request.id, ...digests }, transfer: buffers.map((b) => b.buffer as ArrayBuffer) };
}

start().catch((error: unknown) => port.postMessage({ kind: 'failed', id: -1, message: String((error as Error)?.stack ?? error) }));
