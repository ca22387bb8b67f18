import { DataSource } from 'typeorm';
import { SILENCE_CONCLUDED, SILENCE_EXTENDED, SILENCE_STARTED } from '#libs/contracts';
import { readDeadline } from '#libs/domain';

/** A silence not concluded yet, with the deadline in force. */
export interface OpenSilence {
  readonly documentId: string;
  readonly silenceId: string;
  readonly deadline: string;
  /** The deadline in milliseconds since the epoch. */
  readonly due: number;
}

/**
 * The silences the store records as started and not concluded, read from the event store
 * itself (consistent at once, whatever the projections' lag), through its partial index.
 */
export async function openSilences(dataSource: DataSource): Promise<OpenSilence[]> {
  const rows: { document_id: string; silence_id: string; deadline: string }[] = await dataSource.query(
    `SELECT started.payload->>'documentId' AS document_id,
            started.payload->>'silenceId' AS silence_id,
            (SELECT latest.payload->>'deadline' FROM events latest
              WHERE latest.type IN ($1, $2) AND latest.stream_id = started.stream_id
                AND latest.payload->>'silenceId' = started.payload->>'silenceId'
              ORDER BY latest.position DESC LIMIT 1) AS deadline
       FROM events started
      WHERE started.type = $1
        AND NOT EXISTS (SELECT 1 FROM events concluded
                         WHERE concluded.type = $3 AND concluded.stream_id = started.stream_id
                           AND concluded.payload->>'silenceId' = started.payload->>'silenceId')`,
    [SILENCE_STARTED, SILENCE_EXTENDED, SILENCE_CONCLUDED],
  );
  return rows.flatMap((row) => {
    const due = readDeadline(row.deadline);
    return due === undefined ? [] : [{ documentId: row.document_id, silenceId: row.silence_id, deadline: row.deadline, due }];
  });
}
