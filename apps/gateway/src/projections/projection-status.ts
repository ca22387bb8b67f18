/** A checkpoint row as the read side keeps it, with when the event at its position was recorded. */
export interface CheckpointFact {
  readonly name: string;
  readonly version: number;
  readonly position: number;
  readonly updatedAt: Date;
  /** recorded_at of the event at the checkpoint (of the first event for a checkpoint at 0); null with no events. */
  readonly recordedAt: Date | null;
}

export interface RebuildFact {
  readonly id: number;
  readonly projection: string;
  readonly reason: string;
  readonly status: 'pending' | 'running' | 'done' | 'failed';
  readonly version: number | null;
  readonly position: number;
  readonly targetPosition: number | null;
  readonly requestedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly error: string | null;
}

export interface HeadFact {
  readonly position: number;
  readonly recordedAt: Date | null;
  /** recorded_at of the first event: where a projection with no rows yet stands. */
  readonly firstRecordedAt: Date | null;
}

export interface RebuildView {
  readonly requestId: number;
  readonly status: 'pending' | 'running';
  readonly reason: string;
  /** The version being built; null until a projector has taken the request. */
  readonly version: number | null;
  /** How far the new tables are. */
  readonly position: number;
  readonly targetPosition: number | null;
  /** position / targetPosition, from 0 to 1. */
  readonly progress: number;
  /** Events applied a second since the rebuild started; null until it has applied some. */
  readonly eventsPerSecond: number | null;
  /** When the rebuild reaches its target at that rate; null while that cannot be told. */
  readonly estimatedEndAt: string | null;
  readonly requestedAt: string;
  readonly startedAt: string | null;
}

export interface LastRebuildView {
  readonly requestId: number;
  readonly status: 'done' | 'failed';
  readonly version: number | null;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

export interface ProjectionStatusView {
  readonly name: string;
  /** The version whose rows serve; null while a projection new to this database is first built. */
  readonly version: number | null;
  readonly status: 'live' | 'rebuilding';
  /** The last position applied to the rows that serve. */
  readonly checkpointPosition: number;
  /** The last position recorded in the event store. */
  readonly headPosition: number;
  readonly eventsBehind: number;
  /** recorded_at of the head minus recorded_at of the event at the checkpoint; 0 when caught up. */
  readonly msBehind: number;
  /** When a batch last moved the checkpoint. */
  readonly lastAppliedAt: string | null;
  readonly rebuild?: RebuildView;
  readonly lastRebuild?: LastRebuildView;
}

/**
 * Each projection's lag and rebuild from the facts the read side keeps: the checkpoint of
 * the version that serves (the highest one kept: a rebuild deletes the others when it swaps
 * in), the open rebuild request if any, and the head of the store. Events behind is exact
 * because positions are gapless. A running rebuild's rate and estimated end are measured at
 * `now` (the database's clock, which stamped its start), when given.
 */
export function projectionStatuses(
  checkpoints: readonly CheckpointFact[],
  rebuilds: readonly RebuildFact[],
  head: HeadFact,
  now?: Date,
): ProjectionStatusView[] {
  const serving = new Map<string, { version: number; fact: CheckpointFact }>();
  for (const fact of checkpoints) {
    const current = serving.get(fact.name);
    if (!current || fact.version > current.version) serving.set(fact.name, { version: fact.version, fact });
  }
  const open = new Map<string, RebuildFact>();
  const last = new Map<string, RebuildFact>();
  for (const rebuild of [...rebuilds].sort((a, b) => a.id - b.id)) {
    if (rebuild.status === 'pending' || rebuild.status === 'running') {
      const current = open.get(rebuild.projection);
      // A running rebuild is the one to show; of several waiting, the first.
      if (!current || (current.status === 'pending' && rebuild.status === 'running')) open.set(rebuild.projection, rebuild);
    } else {
      last.set(rebuild.projection, rebuild);
    }
  }
  const names = [...new Set([...serving.keys(), ...open.keys()])].sort();
  return names.map((name) => {
    const live = serving.get(name);
    const rebuild = open.get(name);
    const finished = last.get(name);
    const checkpointPosition = live?.fact.position ?? 0;
    const eventsBehind = Math.max(0, head.position - checkpointPosition);
    const checkpointRecordedAt = (live ? live.fact.recordedAt : head.firstRecordedAt) ?? head.recordedAt;
    const msBehind =
      eventsBehind === 0 || !head.recordedAt || !checkpointRecordedAt
        ? 0
        : Math.max(0, head.recordedAt.getTime() - checkpointRecordedAt.getTime());
    return {
      name,
      version: live?.version ?? null,
      status: rebuild ? 'rebuilding' : 'live',
      checkpointPosition,
      headPosition: head.position,
      eventsBehind,
      msBehind,
      lastAppliedAt: live ? live.fact.updatedAt.toISOString() : null,
      ...(rebuild && { rebuild: rebuildView(rebuild, now) }),
      ...(finished && {
        lastRebuild: {
          requestId: finished.id,
          status: finished.status as 'done' | 'failed',
          version: finished.version,
          finishedAt: finished.finishedAt?.toISOString() ?? null,
          error: finished.error,
        },
      }),
    };
  });
}

function rebuildView(rebuild: RebuildFact, now: Date | undefined): RebuildView {
  const target = rebuild.targetPosition;
  const { eventsPerSecond, estimatedEndAt } = rebuildPace(rebuild, now);
  return {
    requestId: rebuild.id,
    status: rebuild.status as 'pending' | 'running',
    reason: rebuild.reason,
    version: rebuild.version,
    position: rebuild.position,
    targetPosition: target,
    progress: target && target > 0 ? Math.min(1, rebuild.position / target) : 0,
    eventsPerSecond,
    estimatedEndAt,
    requestedAt: rebuild.requestedAt.toISOString(),
    startedAt: rebuild.startedAt?.toISOString() ?? null,
  };
}

/**
 * A running rebuild's pace: it starts from position 0 when a projector claims it (started_at),
 * so the rate is its position over the time since; the end is the rest of the way at that rate.
 */
function rebuildPace(rebuild: RebuildFact, now: Date | undefined): { eventsPerSecond: number | null; estimatedEndAt: string | null } {
  const elapsedMs = now && rebuild.startedAt ? now.getTime() - rebuild.startedAt.getTime() : 0;
  if (rebuild.status !== 'running' || rebuild.position <= 0 || elapsedMs <= 0) return { eventsPerSecond: null, estimatedEndAt: null };
  const eventsPerSecond = (rebuild.position * 1000) / elapsedMs;
  const target = rebuild.targetPosition;
  if (target === null || target < rebuild.position) return { eventsPerSecond, estimatedEndAt: null };
  const remainingMs = ((target - rebuild.position) / eventsPerSecond) * 1000;
  return { eventsPerSecond, estimatedEndAt: new Date(now!.getTime() + Math.round(remainingMs)).toISOString() };
}
