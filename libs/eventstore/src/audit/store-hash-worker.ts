/**
 * A worker thread of the audit's store pass: reads ranges of positions from the snapshot
 * the verification holds, hashes each event's canonical bytes as stored (its columns checked
 * against them, stored-canonical.ts), checks the links of the recorded chain within the
 * range and builds the range's Merkle subtree, and hands it all back as transferable bytes
 * (libs/audit RangeDigester).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
// The one module of libs/audit a worker needs, not its index: every verification starts its workers afresh, and
// the index (with the replay's domain and text engine) and #libs/platform (TypeORM) cost a second of CPU each to load.
import { RangeRequest, RangeResult, StoreWorkerData } from './store-hash-protocol';
import { digestStoredEvents } from './stored-canonical';

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
  const digests = await digestStoredEvents(client, request.after, request.upTo);
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
