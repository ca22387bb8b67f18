/** A checkpoint row as the metrics read it, with when the first event after it was recorded. */
export interface CheckpointReading {
  readonly name: string;
  readonly version: number;
  readonly position: number;
  /** recorded_at of the event at position + 1: the oldest one not applied yet; null when there is none. */
  readonly nextRecordedAt: Date | null;
}

/** The head of the event store, and when its first event was recorded (where a projection without a checkpoint stands). */
export interface StoreHead {
  readonly position: number;
  readonly firstRecordedAt: Date | null;
}

export interface ProjectionLag {
  readonly projection: string;
  readonly checkpointPosition: number;
  readonly eventsBehind: number;
  /** How long the oldest event not applied yet has waited; 0 when caught up. */
  readonly secondsBehind: number;
}

/**
 * The lag of each named projection behind the store's head, for the version whose rows serve
 * (the highest one with a checkpoint, as the status endpoint reads it); a projection without a
 * checkpoint yet stands at 0. Events behind is exact because positions are gapless; time
 * behind is the age of the oldest unapplied event, so it is 0 when caught up however long ago
 * the last event came, and grows while an event waits.
 */
export function projectionLags(
  names: readonly string[],
  checkpoints: readonly CheckpointReading[],
  head: StoreHead,
  nowMs: number,
): ProjectionLag[] {
  const serving = new Map<string, { version: number; reading: CheckpointReading }>();
  for (const reading of checkpoints) {
    const current = serving.get(reading.name);
    if (!current || reading.version > current.version) serving.set(reading.name, { version: reading.version, reading });
  }
  return [...names].sort().map((projection) => {
    const reading = serving.get(projection)?.reading ?? { position: 0, nextRecordedAt: head.firstRecordedAt };
    const eventsBehind = Math.max(0, head.position - reading.position);
    const waitingSince = eventsBehind > 0 ? reading.nextRecordedAt : null;
    return {
      projection,
      checkpointPosition: reading.position,
      eventsBehind,
      secondsBehind: waitingSince ? Math.max(0, (nowMs - waitingSince.getTime()) / 1000) : 0,
    };
  });
}
