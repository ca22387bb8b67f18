import { Actor } from './recorded-event';
import { RefusalParams } from './refusals/render';

/** A domain command as it travels: its name in `kind`, the rest its own fields. */
export interface NamedCommand {
  readonly kind: string;
}

/** What travels beside a command without being part of it: who asks and the ids that tie the resulting events to the request. */
export interface CommandMetadata {
  readonly actor: Actor;
  readonly correlationId: string;
  /** When the actor asked (ISO 8601): the events' occurred-at, and the clock deadlines are judged by. */
  readonly requestedAt: string;
  /** A repeated request with the same key returns the first outcome and records nothing new. */
  readonly idempotencyKey?: string;
  /** The version the target stream must be at (HTTP If-Match); without it the write side retries races itself. */
  readonly expectedVersion?: number;
}

/**
 * A command as the gateway hands it to the write side, in process or over the internal HTTP
 * API: the domain command, which `decide` receives as it is, and its metadata beside it.
 */
export interface CommandEnvelope<Command extends NamedCommand = NamedCommand> {
  readonly command: Command;
  readonly metadata: CommandMetadata;
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
  | { readonly ok: false; readonly refusal: CommandRefusal };

/**
 * Why the write side refused a command, as it travels to the gateway: the stable code (an
 * HTTP status), the message's key and parameters (rendered in the reader's language) and the
 * message in English for logs. Outcomes recorded before keys existed carry the message only.
 */
export interface CommandRefusal {
  readonly code: RefusalCode;
  readonly message: string;
  readonly key?: string;
  readonly params?: RefusalParams;
}
