import { Client } from 'pg';
import {
  AuditBundleWriter,
  BundleEnd,
  CitedExplanation,
  ExplanationResult,
  HashedEvent,
  MerkleTree,
  ReplayMoment,
  StoredCheckpoint,
  citeSteps,
  eventHash,
  explainProvision,
  toHex,
  verifyCheckpointSignature,
  verifyInclusion,
} from '#libs/audit';
import { Logger, createLogger, logConnectionErrors } from '#libs/platform';
import { EVENT_TYPES, EventRowArray, SELECT_EVENTS, StoreHistory, toEvent } from './store-history';

export interface BundleExportOptions {
  readonly databaseUrl: string;
  /** SPKI PEM of the key the checkpoints verify with; the bundle carries it. */
  readonly publicKeyPem: string;
  /** Receives the bundle in chunks; a promise makes the export wait (a stream's backpressure). */
  readonly write: (text: string) => void | Promise<void>;
  readonly batchSize?: number;
  /** Where an error of the connection outside a query goes; the audit's own logger unless given. */
  readonly logger?: Logger;
  /** Told after each batch how many of the snapshot's events are written. */
  readonly onProgress?: (eventsWritten: number, events: number) => void;
}

/**
 * Writes the audit bundle of the event store as of one moment (a read-only snapshot): the
 * checkpoints, every event as recorded, and the proofs (libs/audit AuditBundleWriter).
 */
export async function exportAuditBundle(options: BundleExportOptions): Promise<BundleEnd & { headPosition: number }> {
  const client = logConnectionErrors(
    new Client({ connectionString: options.databaseUrl, application_name: 'ledger-audit-export' }),
    options.logger ?? createLogger('audit'),
    'ledger-audit-export',
  );
  await client.connect();
  try {
    const snapshot = await StoreHistory.open(client);
    try {
      const checkpoints = await snapshot.checkpoints();
      const headPosition = await snapshot.headPosition();
      const events = Number((await client.query('SELECT count(*) AS n FROM events')).rows[0].n);
      const writer = new AuditBundleWriter({ publicKey: options.publicKeyPem, checkpoints, headPosition, events }, options.write);
      await writer.start();
      let written = 0;
      for await (const batch of snapshot.events(options.batchSize)) {
        for (const event of batch) await writer.event(event);
        written += batch.length;
        options.onProgress?.(written, events);
      }
      const end = await writer.finish();
      return { ...end, headPosition };
    } finally {
      await snapshot.close().catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

export interface ProvisionWhyOptions {
  readonly databaseUrl: string;
  readonly publicKeyPem?: string;
  readonly documentId: string;
  /** The provision's id or label path (findProvision). */
  readonly provision: string;
  readonly at?: ReplayMoment;
  /** Where an error of the connection outside a query goes; the audit's own logger unless given. */
  readonly logger?: Logger;
}

/**
 * Why a provision reads as it does, from the event store: the document's events and the
 * contributions are replayed (libs/audit explainProvision), and each event cited is proven
 * by an inclusion proof under the latest checkpoint whose signature verifies, built from the
 * hashes the store recorded and checked against the event recomputed from its content.
 */
export async function explainProvisionFromStore(options: ProvisionWhyOptions): Promise<ExplanationResult & { cited?: CitedExplanation }> {
  const client = logConnectionErrors(
    new Client({ connectionString: options.databaseUrl, application_name: 'ledger-audit-why' }),
    options.logger ?? createLogger('audit'),
    'ledger-audit-why',
  );
  await client.connect();
  try {
    const snapshot = await StoreHistory.open(client);
    try {
      const { rows } = await client.query<EventRowArray>({
        text: `${SELECT_EVENTS} WHERE stream_id = $1 OR type IN ('ContributionSubmitted', 'ContributionRevised') ORDER BY position`,
        values: [`document-${options.documentId}`],
        rowMode: 'array',
        types: EVENT_TYPES,
      });
      const events: HashedEvent[] = rows.map(toEvent);
      const result = explainProvision(events, options.documentId, options.provision, options.at);
      if (!result.ok) return result;
      const checkpoint = latestValidCheckpoint(await snapshot.checkpoints(), options.publicKeyPem);
      const tree = checkpoint ? await recordedTree(client, checkpoint.treeSize) : undefined;
      const byPosition = new Map(events.map((e) => [e.position, e]));
      const cited = citeSteps(result.explanation, (position) => {
        const event = byPosition.get(position);
        if (!event) return undefined;
        const hash = eventHash(event);
        if (!checkpoint || !tree || position > checkpoint.treeSize) return { hash: toHex(hash) };
        const proof = tree.inclusionProof(position - 1, checkpoint.treeSize);
        const valid = verifyInclusion(hash, position - 1, checkpoint.treeSize, proof, Buffer.from(checkpoint.rootHash, 'hex'));
        return {
          hash: toHex(hash),
          inclusion: { treeSize: checkpoint.treeSize, proof: proof.map(toHex), rootHash: checkpoint.rootHash, valid },
        };
      });
      return { ...result, cited };
    } finally {
      await snapshot.close().catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

function latestValidCheckpoint(checkpoints: readonly StoredCheckpoint[], publicKeyPem: string | undefined): StoredCheckpoint | undefined {
  if (!publicKeyPem) return undefined;
  return [...checkpoints].reverse().find((c) => verifyCheckpointSignature(c, publicKeyPem));
}

/** The Merkle tree over the hashes the store recorded for positions 1..treeSize. */
async function recordedTree(client: Client, treeSize: number): Promise<MerkleTree> {
  const tree = new MerkleTree();
  const batch = 50_000;
  for (let after = 0; after < treeSize; after += batch) {
    const { rows } = await client.query<[Buffer | null]>({
      text: 'SELECT hash FROM events WHERE position > $1 AND position <= $2 ORDER BY position',
      values: [after, Math.min(after + batch, treeSize)],
      rowMode: 'array',
    });
    for (const [hash] of rows) tree.append(hash && hash.length === 32 ? hash : Buffer.alloc(32));
  }
  return tree;
}
