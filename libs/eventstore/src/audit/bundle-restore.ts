import { createHash } from 'node:crypto';
import { Client, ClientBase } from 'pg';
import {
  BundleEvent,
  BundleHeader,
  BundleRecord,
  BundleReport,
  BundleVerifier,
  MerkleFrontier,
  SignedCheckpoint,
  StoreAudit,
  auditCheckpoints,
  canonicalEvent,
  toHex,
} from '#libs/audit';
import { Logger, createLogger, logConnectionErrors, runMigrations } from '#libs/platform';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { readCheckpoints } from './store-history';
import { digestStoreInOrder } from './stored-canonical';

// The append lock of append_events and the checkpoint writer's lock: no append and no signature while the restore writes.
const APPEND_LOCK_KEY = 7_301_334;
const CHECKPOINT_LOCK_KEY = 7_301_390;

export interface BundleRestoreOptions {
  readonly databaseUrl: string;
  /** The bundle's lines, read afresh at each call: once to verify them, once to write them. */
  readonly lines: () => AsyncIterable<string>;
  /** The key the checkpoints must be signed with (the ledger operator's published key); the bundle's own otherwise. */
  readonly trustedPublicKey?: string;
  /** Events per INSERT statement. */
  readonly batchSize?: number;
  /** Receives a line of progress now and then. */
  readonly progress?: (line: string) => void;
  /** Where an error of the connection outside a query goes; the audit's own logger unless given. */
  readonly logger?: Logger;
}

/** What the store holds already; a restore writes only into a store that holds nothing. */
export interface StoreContents {
  readonly events: number;
  readonly headPosition: number;
  readonly checkpoints: number;
}

export type BundleRestoreResult =
  | { readonly status: 'rejected'; readonly report: BundleReport }
  | { readonly status: 'not-empty'; readonly report: BundleReport; readonly found: StoreContents }
  | {
      readonly status: 'restored';
      readonly report: BundleReport;
      readonly events: number;
      readonly headPosition: number;
      readonly checkpoints: number;
    };

/** The restore wrote something other than the bundle holds; its transaction was rolled back. */
export class RestoreMismatchError extends Error {}

/**
 * Restores an event store from an audit bundle (docs/audit-bundle-format.md) into an
 * empty database: the bundle is verified first exactly as the offline verifier does
 * (BundleVerifier), and nothing is written unless it verifies; then, in one transaction,
 * every event is inserted with its recorded position, stream version, ids, content,
 * recorded_at and hashes (append_events would compute new ones), every position is put in
 * the outbox so that the read side receives the history as it receives new events, and the
 * signed checkpoints are inserted with the Merkle frontier the checkpoint writer resumes
 * from. Before the commit the store is read back and recomputed as `audit verify` does: its
 * hash chain, tree and checkpoints must be the bundle's, or nothing is kept.
 */
export async function restoreAuditBundle(options: BundleRestoreOptions): Promise<BundleRestoreResult> {
  const progress = options.progress ?? (() => undefined);
  const verified = await verifyLines(options.lines(), options.trustedPublicKey, progress);
  const report = verified.report;
  if (!report.ok) return { status: 'rejected', report };
  progress(
    `restore: the bundle verifies: ${report.events} events (positions 1..${report.headPosition}), ${report.checkpoints.count} checkpoint(s)`,
  );

  const client = logConnectionErrors(
    new Client({ connectionString: options.databaseUrl, application_name: 'ledger-audit-restore' }),
    options.logger ?? createLogger('audit'),
    'ledger-audit-restore',
  );
  await client.connect();
  try {
    const before = await storeContents(client);
    if (!isEmpty(before)) return { status: 'not-empty', report, found: before };
    await runMigrations(options.databaseUrl, 'ledger', EVENT_STORE_MIGRATIONS);

    await client.query('BEGIN');
    try {
      await client.query("SET LOCAL TIME ZONE 'UTC'");
      await client.query('SELECT pg_advisory_xact_lock($1), pg_advisory_xact_lock($2)', [APPEND_LOCK_KEY, CHECKPOINT_LOCK_KEY]);
      // Asked again under the locks: a ledger started on this database meanwhile may have appended.
      const underLock = await storeContents(client);
      if (!isEmpty(underLock)) {
        await client.query('ROLLBACK');
        return { status: 'not-empty', report, found: underLock };
      }
      const written = await writeBundle(client, options.lines(), options.batchSize ?? 5000, report, progress);
      if (written.digest !== verified.digest)
        throw new RestoreMismatchError('the bundle file changed between its verification and its restore');
      await checkWritten(client, report, options.trustedPublicKey ?? written.header.publicKey, progress);
      await client.query('COMMIT');
      return { status: 'restored', report, events: written.events, headPosition: report.headPosition, checkpoints: written.checkpoints };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** The events and checkpoints the database holds (none when the event store's tables do not exist yet). */
export async function storeContents(client: ClientBase): Promise<StoreContents> {
  const { rows } = await client.query(
    "SELECT to_regclass('public.events') AS events, to_regclass('public.audit_checkpoints') AS checkpoints",
  );
  const events = rows[0].events
    ? (await client.query('SELECT count(*) AS n, coalesce(max(position), 0) AS head FROM events')).rows[0]
    : { n: 0, head: 0 };
  const checkpoints = rows[0].checkpoints ? Number((await client.query('SELECT count(*) AS n FROM audit_checkpoints')).rows[0].n) : 0;
  return { events: Number(events.n), headPosition: Number(events.head), checkpoints };
}

const isEmpty = (contents: StoreContents) => contents.events === 0 && contents.checkpoints === 0;

async function verifyLines(
  lines: AsyncIterable<string>,
  trustedPublicKey: string | undefined,
  progress: (line: string) => void,
): Promise<{ report: BundleReport; digest: string }> {
  const verifier = new BundleVerifier({ trustedPublicKey });
  const digest = createHash('sha256');
  let count = 0;
  for await (const line of lines) {
    verifier.addLine(line);
    digest.update(line).update('\n');
    if (++count % 100_000 === 0) progress(`restore: verifying, ${count} lines read`);
  }
  return { report: verifier.finish(), digest: digest.digest('hex') };
}

/** Inserts the bundle's events (with their outbox rows) and checkpoints; answers what it wrote and the digest of what it read. */
async function writeBundle(
  client: ClientBase,
  lines: AsyncIterable<string>,
  batchSize: number,
  report: BundleReport,
  progress: (line: string) => void,
): Promise<{ header: BundleHeader; events: number; checkpoints: number; digest: string }> {
  const digest = createHash('sha256');
  let header: BundleHeader | undefined;
  const checkpoints: SignedCheckpoint[] = [];
  const checkpointSizes = new Set<number>();
  const frontiers = new Map<number, Buffer>();
  const frontier = MerkleFrontier.empty();
  let batch: BundleEvent[] = [];
  let events = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await insertEvents(client, batch);
    events += batch.length;
    batch = [];
    progress(`restore: ${events} of ${report.events} events written`);
  };
  for await (const line of lines) {
    digest.update(line).update('\n');
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as BundleRecord;
    if ('bundle' in record) header = record.bundle;
    else if ('checkpoint' in record) {
      checkpoints.push(record.checkpoint);
      checkpointSizes.add(record.checkpoint.treeSize);
    } else if ('event' in record) {
      const event = record.event;
      batch.push(event);
      frontier.append(Buffer.from(event.hash, 'hex'));
      if (checkpointSizes.has(frontier.size)) frontiers.set(frontier.size, Buffer.concat(frontier.hashes));
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  if (!header) throw new RestoreMismatchError('the bundle has no header line');
  for (const checkpoint of checkpoints) {
    const nodes = frontiers.get(checkpoint.treeSize);
    if (!nodes) throw new RestoreMismatchError(`the checkpoint of ${checkpoint.treeSize} events covers more events than the bundle lists`);
    await client.query(
      `INSERT INTO audit_checkpoints (tree_size, root_hash, chain_hash, signed_at, key_id, signature, frontier) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        checkpoint.treeSize,
        Buffer.from(checkpoint.rootHash, 'hex'),
        Buffer.from(checkpoint.chainHash, 'hex'),
        checkpoint.timestamp,
        checkpoint.keyId,
        Buffer.from(checkpoint.signature, 'base64'),
        nodes,
      ],
    );
  }
  progress(`restore: ${checkpoints.length} checkpoint(s) written`);
  return { header, events, checkpoints: checkpoints.length, digest: digest.digest('hex') };
}

/**
 * One statement for the events of a batch, one for their outbox rows: the values as the bundle gives them, and the
 * canonical form the bundle's hashes were verified over (kept as the append keeps it).
 */
async function insertEvents(client: ClientBase, batch: readonly BundleEvent[]): Promise<void> {
  await client.query(
    `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash, canonical)
     SELECT r.position, r."eventId", r."streamId", r."streamVersion", r.type, r."schemaVersion", r.payload, r.metadata, r."recordedAt",
            decode(r.hash, 'hex'), decode(r."chainHash", 'hex'), convert_to(r.canonical, 'UTF8')
     FROM jsonb_to_recordset($1::jsonb) AS r (position bigint, "eventId" uuid, "streamId" text, "streamVersion" integer, type text,
            "schemaVersion" integer, payload jsonb, metadata jsonb, "recordedAt" timestamptz, hash text, "chainHash" text, canonical text)`,
    [JSON.stringify(batch.map((event) => ({ ...event, canonical: canonicalEvent(event) })))],
  );
  await client.query('INSERT INTO outbox (position) SELECT unnest($1::bigint[])', [batch.map((e) => e.position)]);
}

/**
 * Reads back what the transaction wrote and recomputes it as `audit verify` does: every event
 * hash from the canonical bytes written (the columns checked against them), the chain, the tree and the checkpoints. The result must be
 * the bundle's own, with no divergence.
 */
async function checkWritten(client: ClientBase, report: BundleReport, publicKey: string, progress: (line: string) => void): Promise<void> {
  const store = new StoreAudit();
  const [{ head }] = (await client.query('SELECT coalesce(max(position), 0) AS head FROM events')).rows;
  await digestStoreInOrder(client, Number(head), 8192, (range) => store.addRange(range));
  const checkpoints = auditCheckpoints(await readCheckpoints(client), store, publicKey);
  const summary = store.summary();
  const problems = [
    ...store.divergences.map((d) => `${d.kind} at position ${d.position}: ${d.detail}`),
    ...checkpoints.divergences.map((d) => `${d.kind}: ${d.detail}`),
  ];
  const wrote = {
    events: summary.events,
    headPosition: summary.headPosition,
    rootHash: summary.rootHash,
    chainHash: summary.chainHash,
    checkpoints: checkpoints.summary.validSignatures,
  };
  const bundle = {
    events: report.events,
    headPosition: report.headPosition,
    rootHash: report.rootHash,
    chainHash: report.chainHash,
    checkpoints: report.checkpoints.count,
  };
  if (problems.length > 0 || JSON.stringify(wrote) !== JSON.stringify(bundle)) {
    throw new RestoreMismatchError(
      `the store written does not verify as the bundle does: wrote ${JSON.stringify(wrote)}, the bundle holds ${JSON.stringify(bundle)}` +
        (problems.length > 0 ? `; ${problems.slice(0, 5).join('; ')}` : ''),
    );
  }
  progress(
    `restore: the store written verifies: root ${toHex(store.tree.root()).slice(0, 16)}…, chain ${summary.chainHash.slice(0, 16)}…, ${checkpoints.summary.validSignatures} checkpoint signature(s) valid`,
  );
}
