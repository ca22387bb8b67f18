import { ConsultationRegisteredV1 } from './consultation-events';
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
}

export type RegisterConsultationCommand = LedgerCommand<'RegisterConsultation', ConsultationRegisteredV1>;

export type AnyLedgerCommand = RegisterConsultationCommand;

export const LEDGER_COMMAND_TYPES: readonly AnyLedgerCommand['type'][] = ['RegisterConsultation'];

/** Stable reasons a command is refused; the gateway maps each to an HTTP status in one place. */
export type RefusalCode = 'already-exists' | 'not-found' | 'invalid' | 'not-allowed' | 'wrong-phase' | 'conflict';

export type CommandOutcome =
  | {
      readonly ok: true;
      readonly streamId: string;
      /** The stream's version after the command: the ETag a later If-Match names. */
      readonly streamVersion: number;
      /** Global position of the last event recorded; read models are current once they reach it. */
      readonly position: number;
    }
  | { readonly ok: false; readonly refusal: { readonly code: RefusalCode; readonly message: string } };
