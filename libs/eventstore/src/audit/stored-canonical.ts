/**
 * Reads events for the audit's store pass in a lean form, streamed by a binary COPY: the
 * canonical bytes recorded at the append (behind the RFC 6962 leaf prefix) hashed as they
 * arrive, the recorded hashes, and whether the columns the read side uses agree with the
 * bytes, which PostgreSQL decides in the same scan. Only the events where they may not agree
 * are read whole and compared here. (Loaded by the store workers: it imports only what they
 * need of libs/audit.)
 */
import { ClientBase } from 'pg';
import { canonicalEvent } from '../../../audit/src/event-hash';
import { RangeDigester, RangeDigests } from '../../../audit/src/range-digests';
import { copyRowsOut } from './binary-copy-out';
import { EVENT_TYPES, EventRowArray, SELECT_EVENTS, toEvent } from './store-history';

/**
 * Whether the columns say what the canonical bytes say, over `j`, the bytes parsed as jsonb
 * once: payload and metadata equal as jsonb (numbers by value, members in any order), the
 * other members equal to their columns. Raises for bytes that are not UTF-8 JSON;
 * digestStoredEvents then compares in Node.
 */
const COLUMNS_AGREE = `j->'payload' = payload AND j->'metadata' = metadata AND j->>'eventId' = event_id::text
  AND j->'position' = to_jsonb(position) AND j->>'recordedAt' = to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  AND j->'schemaVersion' = to_jsonb(schema_version) AND j->>'streamId' = stream_id
  AND j->'streamVersion' = to_jsonb(stream_version) AND j->>'type' = type`;

/** The lowest position a range can start after: the first range also takes positions below 1 (a tampered store's). */
export const BEFORE_ANY_POSITION = Number.MIN_SAFE_INTEGER;

function storedRows(after: number, upTo: number): string {
  if (!Number.isSafeInteger(after) || !Number.isSafeInteger(upTo)) throw new RangeError('positions are whole numbers');
  // OFFSET 0 keeps the bytes parsed once per row (the subquery is not folded into the one above).
  return `SELECT position, event_id::text, hash, chain_hash, '\\x00'::bytea || canonical, ${COLUMNS_AGREE}
    FROM (SELECT *, convert_from(canonical, 'UTF8')::jsonb AS j FROM events
          WHERE position > ${after} AND position <= ${upTo} ORDER BY position OFFSET 0) AS stored`;
}

/**
 * Digests the events at positions after..upTo, in position order (RangeDigester.addStored).
 * Runs in the caller's transaction: a savepoint lets the range be read again when
 * PostgreSQL cannot parse the bytes of one of its events, which are then compared here.
 */
export async function digestStoredEvents(client: ClientBase, after: number, upTo: number): Promise<RangeDigests> {
  await client.query('SAVEPOINT audit_range');
  let digester = new RangeDigester(Math.min(Math.max(upTo - after, 1), 1 << 13));
  try {
    await copyRowsOut(client, storedRows(after, upTo), (bytes, offsets, lengths) => {
      const at = offsets[0];
      const position = bytes.readInt32BE(at) * 2 ** 32 + bytes.readUInt32BE(at + 4);
      const field = (i: number) => (lengths[i] < 0 ? undefined : bytes.subarray(offsets[i], offsets[i] + lengths[i]));
      digester.addStored(
        position,
        bytes.toString('latin1', offsets[1], offsets[1] + lengths[1]),
        field(2),
        field(3),
        field(4),
        lengths[5] === 1 && bytes[offsets[5]] === 1,
      );
    });
    await client.query('RELEASE SAVEPOINT audit_range');
  } catch (error) {
    // A data exception (class 22): bytes that are not UTF-8 or not JSON. Every event of the range is compared here.
    if (!String((error as { code?: string }).code ?? '').startsWith('22')) throw error;
    await client.query('ROLLBACK TO SAVEPOINT audit_range');
    digester = new RangeDigester();
    const rows = await readWhole(client, 'position > $1 AND position <= $2 ORDER BY position', [after, upTo]);
    for (const { row, leaf } of rows)
      digester.addStored(row[0], row[1], row[9] ?? undefined, row[10] ?? undefined, leaf ?? undefined, false);
    const byPosition = new Map(rows.map(({ row }) => [row[0], row]));
    digester.compareColumns((position) => columnsCanonical(byPosition.get(position)));
    return digester.finish();
  }
  const doubtful = digester.doubtfulPositions;
  if (doubtful.length > 0) {
    // Columns PostgreSQL does not find equal to the bytes: their canonical form is made as a reader would see them.
    const rows = await readWhole(client, 'position = ANY($1::bigint[])', [doubtful]);
    const byPosition = new Map(rows.map(({ row }) => [row[0], row]));
    digester.compareColumns((position) => columnsCanonical(byPosition.get(position)));
  }
  return digester.finish();
}

async function readWhole(client: ClientBase, where: string, values: unknown[]): Promise<{ row: EventRowArray; leaf: Buffer | null }[]> {
  const { rows } = await client.query<[...EventRowArray, Buffer | null]>({
    text: `${SELECT_EVENTS.replace(' FROM events', ", '\\x00'::bytea || canonical AS leaf FROM events")} WHERE ${where}`,
    values,
    rowMode: 'array',
    types: EVENT_TYPES,
  });
  return rows.map((row) => ({ row: row.slice(0, 11) as EventRowArray, leaf: row[11] }));
}

function columnsCanonical(row: EventRowArray | undefined): string | { malformed: string } | undefined {
  if (!row) return undefined;
  try {
    return canonicalEvent(toEvent(row));
  } catch (error) {
    return { malformed: (error as Error).message };
  }
}

/** Reads and digests the store's events in ranges of positions up to the head, in order, on this thread. */
export async function digestStoreInOrder(
  client: ClientBase,
  headPosition: number,
  rangeSize: number,
  take: (range: RangeDigests) => void,
): Promise<void> {
  for (let after = 0; after < headPosition; after += rangeSize) {
    take(await digestStoredEvents(client, after === 0 ? BEFORE_ANY_POSITION : after, Math.min(after + rangeSize, headPosition)));
  }
}
