import { Pool, PoolClient } from 'pg';
import {
  DIGEST_BYTES,
  GENESIS_CHAIN_HASH,
  MerkleFrontier,
  SignedCheckpoint,
  auditKeyId,
  chainHash,
  eventHash,
  sameDigest,
  signCheckpoint,
  verifyCheckpointSignature,
} from '#libs/audit';
import { Logger } from '#libs/platform';
import { readCheckpoints, readEventsBetween } from './store-history';

// One writer signs at a time across ledger processes (the other keys of the 7_301_3xx family are the store's, the relay's and the projector's).
const CHECKPOINT_LOCK_KEY = 7_301_390;
const READ_BATCH = 5000;

/** A checkpoint as stored: its id in audit_checkpoints. */
export interface WrittenCheckpoint extends SignedCheckpoint {
  readonly id: string;
}

/** The verified head the writer extends: the Merkle frontier, the chain, and the chain hash the store recorded there. */
interface Head {
  readonly frontier: MerkleFrontier;
  chain: Buffer;
}

/**
 * Signs checkpoints of the event store's head. It keeps the Merkle frontier and the chain
 * in memory, extends them with the events recorded since, each checked against the hash
 * and chain hash recorded beside it, and signs nothing once the store stops matching its own
 * record: a checkpoint must never vouch for a history that was changed.
 */
export class CheckpointWriter {
  private head?: Head;
  private latest?: WrittenCheckpoint;
  private refusal?: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly signingKeyPem: string,
    private readonly logger: Logger,
  ) {}

  /** Why the writer stopped signing, if it did. */
  get refused(): string | undefined {
    return this.refusal;
  }

  /** The tree size of the latest checkpoint this writer wrote or resumed from. */
  get latestTreeSize(): number {
    return this.latest?.treeSize ?? 0;
  }

  /**
   * Writes a checkpoint of the current head if events were recorded since the latest one, and
   * answers the latest checkpoint (undefined when there is none, or when the writer refuses).
   * Calls are taken one at a time.
   */
  checkpoint(): Promise<WrittenCheckpoint | undefined> {
    const next = this.queue.then(() => this.writeCheckpoint());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeCheckpoint(): Promise<WrittenCheckpoint | undefined> {
    if (this.refusal) return undefined;
    const client = await this.pool.connect();
    try {
      await client.query("SET TIME ZONE 'UTC'");
      const head = this.head ?? (await this.resume(client));
      if (!head) return undefined;
      this.head = head;
      if (!(await this.catchUp(client, head))) return undefined;
      const treeSize = head.frontier.size;
      if (treeSize === 0 || treeSize <= this.latestTreeSize) return this.latest;
      return await this.sign(client, head);
    } finally {
      client.release();
    }
  }

  /** Resumes from the latest checkpoint this key signed, when its frontier is whole; else from the first event. */
  private async resume(client: PoolClient): Promise<Head | undefined> {
    const checkpoints = await readCheckpoints(client);
    const own = checkpoints.filter((c) => verifyCheckpointSignature(c, this.signingKeyPem));
    const latest = own[own.length - 1];
    if (latest) {
      let frontier: MerkleFrontier | undefined;
      try {
        const nodes = Array.from({ length: latest.frontier.length / DIGEST_BYTES }, (_, i) =>
          latest.frontier.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES),
        );
        frontier = MerkleFrontier.of(latest.treeSize, nodes);
      } catch {
        frontier = undefined;
      }
      const [recorded] = (await client.query('SELECT chain_hash FROM events WHERE position = $1', [latest.treeSize])).rows;
      if (
        frontier &&
        frontier.root().toString('hex') === latest.rootHash &&
        recorded &&
        recorded.chain_hash.toString('hex') === latest.chainHash
      ) {
        const { frontier: _, ...checkpoint } = latest;
        this.latest = checkpoint as WrittenCheckpoint;
        this.logger.info('audit checkpoints resume from the latest', { treeSize: latest.treeSize, checkpointId: latest.id });
        return { frontier, chain: Buffer.from(latest.chainHash, 'hex') };
      }
      this.logger.warn('audit: the latest checkpoint cannot be resumed from; recomputing the tree from the first event', {
        treeSize: latest.treeSize,
      });
    }
    return { frontier: MerkleFrontier.empty(), chain: GENESIS_CHAIN_HASH };
  }

  /** Extends the head with every event recorded since, checking each; false when the store does not match its record. */
  private async catchUp(client: PoolClient, head: Head): Promise<boolean> {
    for (;;) {
      const after = head.frontier.size;
      const events = await readEventsBetween(client, after, after + READ_BATCH);
      if (events.length === 0) return true;
      for (const event of events) {
        const position = head.frontier.size + 1;
        const hash = eventHash(event);
        const problem =
          event.position !== position
            ? `position ${position} is missing (the next event is at ${event.position})`
            : !sameDigest(hash, event.hash as Buffer)
              ? `the event at position ${position} does not match the hash recorded with it`
              : !sameDigest(chainHash(head.chain, hash), event.chainHash as Buffer)
                ? `the chain hash recorded at position ${position} does not follow from the events before it`
                : undefined;
        if (problem) {
          this.refusal = `${problem}; no checkpoint is signed over a history that differs from its record (run: npm run cli -- audit verify)`;
          this.logger.error('audit: the event store does not match its hash chain; checkpoints are no longer signed', {
            position,
            eventId: event.eventId,
            problem,
          });
          return false;
        }
        head.chain = chainHash(head.chain, hash);
        head.frontier.append(hash);
      }
    }
  }

  private async sign(client: PoolClient, head: Head): Promise<WrittenCheckpoint | undefined> {
    const signed = signCheckpoint(
      {
        treeSize: head.frontier.size,
        rootHash: head.frontier.root().toString('hex'),
        chainHash: head.chain.toString('hex'),
        timestamp: new Date().toISOString(),
      },
      this.signingKeyPem,
    );
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [CHECKPOINT_LOCK_KEY]);
      const { rows } = await client.query(
        `INSERT INTO audit_checkpoints (tree_size, root_hash, chain_hash, signed_at, key_id, signature, frontier)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tree_size) DO NOTHING RETURNING id`,
        [
          signed.treeSize,
          Buffer.from(signed.rootHash, 'hex'),
          Buffer.from(signed.chainHash, 'hex'),
          signed.timestamp,
          signed.keyId,
          Buffer.from(signed.signature, 'base64'),
          Buffer.concat(head.frontier.hashes),
        ],
      );
      await client.query('COMMIT');
      if (rows.length === 0) {
        // Another ledger process signed this size first.
        const existing = (await readCheckpoints(client)).find((c) => c.treeSize === signed.treeSize);
        if (existing) {
          const { frontier: _, ...checkpoint } = existing;
          this.latest = checkpoint as WrittenCheckpoint;
        }
        return this.latest;
      }
      this.latest = { ...signed, id: String(rows[0].id) };
      this.logger.info('audit checkpoint written', {
        checkpointId: this.latest.id,
        treeSize: signed.treeSize,
        rootHash: signed.rootHash,
        keyId: auditKeyId(this.signingKeyPem).slice(0, 16),
      });
      return this.latest;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
