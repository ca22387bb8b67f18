import type { LedgerEvent } from './ledger-event';

/** Who did something, as the write side recorded it. */
export interface Actor {
  readonly id: string;
  /** The role the actor acted in: the first of its roles. */
  readonly role: string;
  /** Every role the actor holds, when it was authenticated with several (the API authorises on these). */
  readonly roles?: readonly string[];
  /** A display name, as the identity provider gave it. */
  readonly name?: string;
}

/** Facts about an event that are not part of the domain payload. */
export interface EventMetadata {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string;
  /** When the actor asked for it (ISO 8601); `recordedAt` is when the store committed it. */
  readonly occurredAt: string;
}

/** An event of type `T` whose payload, in its current schema, is `P`. */
export interface Typed<T extends string, P> {
  readonly type: T;
  readonly schemaVersion: number;
  readonly payload: P;
}

/** An event as a decision function emits it, before the store gives it a place. */
export type NewEvent<E extends LedgerEvent = LedgerEvent> = E;

/** What the store adds to an event when it records it. */
export interface EventRecordFields {
  /** Global position in commit order, gapless per committed transaction order, from 1. */
  readonly position: number;
  readonly eventId: string;
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly streamVersion: number;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
  /** SHA-256 of the event's canonical form (lowercase hex; see libs/audit), as the store recorded it. */
  readonly hash?: string;
  /** The hash chain after this event: SHA-256(previous chain hash || hash), lowercase hex. */
  readonly chainHash?: string;
}

/**
 * An event as the store keeps and transports carry it: of whatever schema version it was
 * recorded in. `upcast` reads it as a `RecordedEvent`.
 */
export type StoredEvent = Typed<string, unknown> & EventRecordFields;

/** An event of record in its current schema: its place in the global log and in its stream, and its metadata. */
export type RecordedEvent<E extends LedgerEvent = LedgerEvent> = E & EventRecordFields;
