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

/** An event as a decision function emits it, before the store gives it a place. */
export interface NewEvent<Payload = unknown> {
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: Payload;
}

/** An event of record: its place in the global log and in its stream, and its metadata. */
export interface RecordedEvent<Payload = unknown> extends NewEvent<Payload> {
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
