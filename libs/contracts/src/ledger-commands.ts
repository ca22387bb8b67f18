import { Actor } from './recorded-event';

/**
 * A command as the gateway hands it to the write side, in process or over the wire:
 * who asks, what, and the ids that tie the resulting events to the request.
 */
export interface LedgerCommand<Type extends string = string, Payload = unknown> {
  readonly type: Type;
  readonly payload: Payload;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly requestedAt: string;
  /** A repeated request with the same key returns the first outcome and records nothing new. */
  readonly idempotencyKey?: string;
  /** The version the target stream must be at (HTTP If-Match); without it the write side retries races itself. */
  readonly expectedVersion?: number;
}

/** Stable reasons a command is refused; the gateway maps each to an HTTP status in one place. */
export type RefusalCode =
  | 'already-exists'
  | 'not-found'
  | 'invalid'
  | 'not-allowed'
  | 'wrong-phase'
  | 'conflict'
  | 'precondition-failed'
  | 'idempotency-key-reused';

export type CommandOutcome =
  | {
      readonly ok: true;
      readonly streamId: string;
      /** The stream's version after the command: the ETag a later If-Match names. */
      readonly streamVersion: number;
      /** Global position of the last event recorded; read models are current once they reach it. */
      readonly position: number;
      /** What else the proposer should know at once (conflicting amendments, new ids). */
      readonly details?: Readonly<Record<string, unknown>>;
      /** True when this is the recorded outcome of an earlier request with the same idempotency key. */
      readonly replayed?: boolean;
    }
  | { readonly ok: false; readonly refusal: { readonly code: RefusalCode; readonly message: string } };
