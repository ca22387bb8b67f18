import { DataSource } from 'typeorm';
import { AppendAnswer, PreparedAppend, recordedResults } from './append-statement';
import type { Settled } from './group-commit';
import { AppendResult, ConcurrencyConflictError, IdempotencyRecord, IdempotentReplay, StreamWrite } from './postgres-event-store';

/** One command's append, prepared, waiting to go in a group. */
export interface PendingAppend {
  readonly writes: readonly StreamWrite[];
  readonly prepared: PreparedAppend;
  readonly idempotency?: IdempotencyRecord;
}

const APPEND_BATCH = `SELECT append_batch(${Array.from({ length: 17 }, (_, i) => `$${i + 1}`).join(', ')}) AS answers`;

/** The parameters of `append_batch` (see its migration): the commands' writes and events flattened, with where each command ends. */
export function appendBatchParameters(group: readonly PendingAppend[]): unknown[] {
  const writes = group.flatMap((pending) => pending.writes);
  const writeEnds: number[] = [];
  const eventEnds: number[] = [];
  const eventWrites: number[] = [];
  let writesBefore = 0;
  for (const { writes: own, prepared } of group) {
    for (const event of prepared.events) eventWrites.push(writesBefore + event.write + 1);
    writesBefore += own.length;
    writeEnds.push(writesBefore);
    eventEnds.push(eventWrites.length);
  }
  const events = group.flatMap((pending) => pending.prepared.events);
  return [
    group.map((pending) => pending.prepared.metadataJson),
    group.map((pending) => pending.prepared.recordedAt),
    group.map((pending) => pending.idempotency?.key ?? null),
    group.map((pending) => pending.idempotency?.requestHash ?? null),
    group.map((pending) => (pending.idempotency ? JSON.stringify(pending.idempotency.outcome) : null)),
    writeEnds,
    eventEnds,
    writes.map((write) => write.streamId),
    writes.map((write) => (write.expectedVersion === 'any' ? null : write.expectedVersion)),
    eventWrites,
    events.map((event) => event.eventId),
    events.map((event) => event.type),
    events.map((event) => event.schemaVersion),
    events.map((event) => event.payloadJson),
    events.map((event) => event.template.head),
    events.map((event) => event.template.middle),
    events.map((event) => event.template.tail),
  ];
}

/** Each command's outcome from its answer: its recorded events, or the conflict or replay that stopped it. */
export function settledAppends(group: readonly PendingAppend[], answers: readonly AppendAnswer[]): Settled<AppendResult[]>[] {
  if (answers.length !== group.length) throw new Error(`append_batch answered ${answers.length} of ${group.length} commands`);
  return group.map(({ writes, prepared, idempotency }, i): Settled<AppendResult[]> => {
    const answer = answers[i];
    switch (answer.status) {
      case 'appended':
        return { ok: true, value: recordedResults(writes, prepared, answer) };
      case 'conflict':
        return { ok: false, error: new ConcurrencyConflictError(answer.streamId, answer.expectedVersion, answer.actualVersion) };
      case 'replayed':
        return { ok: false, error: new IdempotentReplay(answer.requestHash === idempotency?.requestHash, answer.outcome) };
    }
  });
}

/** The commands' appends in one statement, one transaction, one commit (`append_batch`). */
export async function appendBatch(dataSource: DataSource, group: readonly PendingAppend[]): Promise<Settled<AppendResult[]>[]> {
  const [{ answers }]: [{ answers: AppendAnswer[] }] = await dataSource.query(APPEND_BATCH, appendBatchParameters(group));
  return settledAppends(group, answers);
}
