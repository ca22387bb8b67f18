/**
 * A worker thread of the audit's store pass: reads ranges of positions from the snapshot
 * the verification holds, recomputes each event's hash from its canonical form, and hands
 * back the hashes recorded beside the events and the ones recomputed, as transferable bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { eventHash } from '#libs/audit';
import { RangeRequest, RangeResult, StoreWorkerData } from './store-hash-protocol';
import { EVENT_TYPES, EventRowArray, SELECT_EVENTS, toEvent } from './store-history';

const { databaseUrl, snapshot } = workerData as StoreWorkerData;
const port = parentPort!;
const client = new Client({ connectionString: databaseUrl, application_name: 'ledger-audit-verify-worker' });

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
  const count = rows.length;
  const positions = new Float64Array(count);
  const recomputed = new Uint8Array(count * 32);
  const recordedHashes = new Uint8Array(count * 32);
  const recordedChains = new Uint8Array(count * 32);
  // Bit 0: no recorded hash; bit 1: no recorded chain hash.
  const missing = new Uint8Array(count);
  const eventIds: string[] = new Array(count);
  const malformed: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    const event = toEvent(rows[i]);
    positions[i] = event.position;
    eventIds[i] = event.eventId;
    try {
      recomputed.set(eventHash(event), i * 32);
    } catch (error) {
      malformed.push([i, (error as Error).message]);
    }
    if (event.hash) recordedHashes.set(event.hash as Buffer, i * 32);
    else missing[i] |= 1;
    if (event.chainHash) recordedChains.set(event.chainHash as Buffer, i * 32);
    else missing[i] |= 2;
  }
  return {
    result: { kind: 'range', id: request.id, count, positions, eventIds, recomputed, recordedHashes, recordedChains, missing, malformed },
    transfer: [positions.buffer, recomputed.buffer, recordedHashes.buffer, recordedChains.buffer, missing.buffer],
  };
}

start().catch((error: unknown) => port.postMessage({ kind: 'failed', id: -1, message: String((error as Error)?.stack ?? error) }));
