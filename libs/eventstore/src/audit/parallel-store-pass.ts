import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreAudit } from '#libs/audit';
import { RangeRequest, RangeResult, StoreWorkerData, WorkerMessage } from './store-hash-protocol';
import { BEFORE_ANY_POSITION } from './stored-canonical';

const WORKER_FILE = join(__dirname, `store-hash-worker${extname(__filename)}`);

/** Below this many events a worker's start costs more than it saves. */
export const PARALLEL_FROM_EVENTS = 50_000;

/**
 * Workers for the store pass of a history of `events`: one per core (PostgreSQL and this
 * thread fill the gaps while they wait on each other), at most 8; none on a single core or
 * for a short history.
 */
export function defaultStoreWorkers(events: number): number {
  const cores = availableParallelism();
  return cores <= 1 || events < PARALLEL_FROM_EVENTS ? 0 : Math.min(8, cores);
}

export interface ParallelStorePassOptions {
  readonly databaseUrl: string;
  /** The verification's exported snapshot: the workers read the store as of that moment. */
  readonly snapshot: string;
  readonly headPosition: number;
  readonly workers: number;
  /** Positions per range handed to a worker. */
  readonly rangeSize?: number;
  /** Told the position up to which the store pass has joined the ranges, after each range. */
  readonly onRangeJoined?: (upTo: number) => void;
}

/**
 * The store pass spread over worker threads: each reads ranges of positions through its own
 * connection, in the verification's snapshot, and does the costly part (SHA-256 of every
 * event's canonical bytes, the chain links and the Merkle subtree within the range); this
 * thread takes the ranges back in position order and joins them to the chain and the tree,
 * which must be done in order (StoreAudit.addRange).
 */
export async function runParallelStorePass(store: StoreAudit, options: ParallelStorePassOptions): Promise<void> {
  const rangeSize = options.rangeSize ?? 8192;
  const rangeCount = Math.ceil(options.headPosition / rangeSize);
  if (rangeCount === 0) return;
  const workerData: StoreWorkerData = { databaseUrl: options.databaseUrl, snapshot: options.snapshot };
  const workers = Array.from({ length: Math.max(1, Math.min(options.workers, rangeCount)) }, () => new Worker(WORKER_FILE, { workerData }));
  try {
    await new Promise<void>((resolve, reject) => {
      const finished = new Map<number, RangeResult>();
      let nextToHandOut = 0;
      let nextToApply = 0;
      const handOut = (worker: Worker) => {
        if (nextToHandOut >= rangeCount) return;
        const id = nextToHandOut++;
        const request: RangeRequest = {
          kind: 'range',
          id,
          after: id === 0 ? BEFORE_ANY_POSITION : id * rangeSize,
          upTo: Math.min((id + 1) * rangeSize, options.headPosition),
        };
        worker.postMessage(request);
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (nextToApply < rangeCount) reject(new Error(`an audit worker stopped (exit code ${code}) before the store pass ended`));
        });
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'failed') return reject(new Error(`an audit worker failed: ${message.message}`));
          if (message.kind === 'ready') {
            // Two ranges each, so a worker has the next at hand while this thread applies the last.
            handOut(worker);
            handOut(worker);
            return;
          }
          finished.set(message.id, message);
          handOut(worker);
          try {
            for (let result = finished.get(nextToApply); result; result = finished.get(nextToApply)) {
              finished.delete(nextToApply);
              store.addRange(result);
              nextToApply++;
              options.onRangeJoined?.(Math.min(nextToApply * rangeSize, options.headPosition));
            }
          } catch (error) {
            return reject(error);
          }
          if (nextToApply === rangeCount) resolve();
        });
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
