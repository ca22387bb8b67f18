import { createHash } from 'node:crypto';
import {
  CommandEnvelope,
  CommandMetadata,
  CommandOutcome,
  CommandRefusal,
  RefusalArgs,
  RefusalCode,
  RefusalKey,
  renderRefusal,
} from '#libs/contracts';
import { ConcurrencyConflictError, IdempotentReplay, PostgresEventStore, StreamWrite } from '#libs/eventstore';

/** What one attempt at a command decided: the writes to make, or a refusal. */
export type Attempt =
  | { readonly ok: true; readonly writes: readonly StreamWrite[]; readonly details?: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly refusal: CommandRefusal };

/** A refusal of the write side itself, with its key and parameters and its English message. */
export function ledgerRefusal<K extends RefusalKey>(code: RefusalCode, key: K, ...args: RefusalArgs<K>): CommandRefusal {
  const params = args[0] ?? {};
  return { code, key, params, message: renderRefusal(key, params, 'en') ?? key };
}

const MAX_ATTEMPTS = 5;

/**
 * Runs a command: read, decide, append at the versions read. A concurrent append in between
 * is retried from a fresh read (the command is decided again on the new state), unless the
 * caller named the version it expects (If-Match): then the race is the caller's, and 412.
 * With an idempotency key, a repeated request returns the first outcome and records nothing.
 */
export async function execute(
  store: PostgresEventStore,
  { command, metadata }: CommandEnvelope,
  attempt: () => Promise<Attempt>,
): Promise<CommandOutcome> {
  const idempotencyKey = metadata.idempotencyKey ? `${metadata.actor.id}:${metadata.idempotencyKey}` : undefined;
  const requestHash = createHash('sha256')
    .update(JSON.stringify([command, metadata.expectedVersion ?? null]))
    .digest('hex');
  if (idempotencyKey) {
    const previous = await store.idempotentOutcome(idempotencyKey);
    if (previous) return replayed(previous.requestHash === requestHash, previous.outcome);
  }
  for (let round = 1; ; round++) {
    const decided = await attempt();
    if (!decided.ok) {
      // The same request may have been recorded by a twin sent at the same moment, after
      // this one looked and before it decided: then the twin's outcome is this one's.
      const twin = idempotencyKey ? await store.idempotentOutcome(idempotencyKey) : undefined;
      return twin ? replayed(twin.requestHash === requestHash, twin.outcome) : decided;
    }
    const writes = decided.writes.filter((write) => write.events.length > 0);
    // What an idempotent repeat answers; the store fills in its streamVersion and position.
    const recordedOutcome = {
      ok: true as const,
      streamId: writes[0]?.streamId ?? '',
      ...(decided.details ? { details: decided.details } : {}),
    };
    try {
      const results = await store.appendToStreams(
        writes,
        { actor: metadata.actor, correlationId: metadata.correlationId, occurredAt: metadata.requestedAt },
        idempotencyKey ? { key: idempotencyKey, requestHash, outcome: recordedOutcome } : undefined,
      );
      return {
        ...recordedOutcome,
        streamVersion: results[0]?.streamVersion ?? 0,
        position: Math.max(0, ...results.flatMap((r) => r.events.map((e) => e.position))),
      };
    } catch (error) {
      if (error instanceof IdempotentReplay) return replayed(error.sameRequest, error.outcome);
      if (!(error instanceof ConcurrencyConflictError)) throw error;
      if (metadata.expectedVersion !== undefined) {
        return { ok: false, refusal: ledgerRefusal('precondition-failed', 'ledger.changedWhileWriting') };
      }
      if (round >= MAX_ATTEMPTS) return { ok: false, refusal: ledgerRefusal('conflict', 'ledger.tooBusy') };
    }
  }
}

function replayed(sameRequest: boolean, outcome: unknown): CommandOutcome {
  if (!sameRequest) {
    return { ok: false, refusal: ledgerRefusal('idempotency-key-reused', 'ledger.idempotencyKeyReused') };
  }
  return { ...(outcome as CommandOutcome & { ok: true }), replayed: true };
}

/** The If-Match precondition: the stream must be at the version the caller saw. */
export function checkExpectedVersion({ expectedVersion }: CommandMetadata, _streamId: string, version: number): Attempt | undefined {
  if (expectedVersion === undefined || expectedVersion === version) return undefined;
  return {
    ok: false,
    refusal: ledgerRefusal('precondition-failed', 'ledger.changedMeanwhile', { version, expected: expectedVersion }),
  };
}
