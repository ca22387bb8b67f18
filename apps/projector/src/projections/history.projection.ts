import { EntityManager } from 'typeorm';
import { EVENT_TYPES, EventType, RecordedEvent } from '#libs/contracts';
import { HistorySubjectRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { HistoryEntry, HistorySubjects, SubjectLookup, SubjectUpdate, historyStep, subjectsFor } from './history-entries';
import { WritesInFlight } from '../batching/json-rows';
import { ROW_KIND, TimelineRow, extendTimeline, loadSubjects, subjectKey, writeSubjects, writeTimeline } from './history-store';

// Timeline rows are sent in chunks of this many while the batch goes on; PostgreSQL stores one while the next is computed.
const TIMELINE_ROWS_PER_WRITE = 1_000;

// A batch's subjects are read in rounds before its events are applied: those its events name, then those these name.
const PREFETCH_ROUNDS = 4;

/**
 * The consultation history: one row per event of a consultation (registration, phases,
 * participants, documents, contributions, amendments, every decision and adoption,
 * reservations, corrections) with who was involved, the provisions it touched and a
 * line a person reads. What later events need to know of earlier ones (names, symbols,
 * an amendment's sponsors and provisions) the projection keeps in `history_subjects`.
 *
 * A batch reads the subjects its events name in a few queries, runs the pure step
 * (`history-entries.ts`) event after event in memory, sends the timeline rows in chunks as
 * it goes and the subjects it changed, once each, at the end.
 */
export class HistoryProjection implements Projection {
  readonly name = 'history';
  // 2: each row also a message of the reader's catalogue (issue 22).
  readonly version = 2;
  readonly tables = ['consultation_history', 'history_subjects'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const subjects = new SubjectCache(manager);
    await subjects.prefetchNamedBy(events);
    // Rows of the timeline not yet sent; those sent are extended in the database.
    let timeline = new Map<number, TimelineRow>();
    // Provisions to add to rows already written or sent, in the order they came.
    const extensions = new Map<number, string[]>();
    const writes = new WritesInFlight();
    try {
      for (const event of events) {
        const step = historyStep(event, await subjects.of(event));
        for (const update of step.remember) subjects.set(update);
        if (step.entry) timeline.set(event.position, timelineRow(event, step.entry));
        if (step.extend) {
          const row = timeline.get(step.extend.position);
          if (row) row.provisions = [...new Set([...row.provisions, ...step.extend.provisions])];
          else extensions.set(step.extend.position, [...(extensions.get(step.extend.position) ?? []), ...step.extend.provisions]);
        }
        if (timeline.size >= TIMELINE_ROWS_PER_WRITE) {
          await writes.send(writeTimeline, manager, [...timeline.values()]);
          timeline = new Map();
        }
      }
      await writes.send(writeTimeline, manager, [...timeline.values()]);
      await writes.send(writeSubjects, manager, subjects.changedRows().map(subjectRow));
    } finally {
      await writes.finish();
    }
    await extendTimeline(manager, extensions);
  }
}

/** The subjects of one batch: read at most once each, remembered in memory as the batch goes. */
class SubjectCache {
  private readonly rows: RowCache<SubjectUpdate>;
  /** Keys read (found or not) or set: `RowCache.known` answers for these. */
  private readonly fetched = new Set<string>();

  constructor(manager: EntityManager) {
    this.rows = new RowCache((keys) => loadSubjects(manager, keys));
  }

  /** Reads, in a few rounds of one query each, what the events name and what the subjects found name in turn. */
  async prefetchNamedBy(events: readonly RecordedEvent[]): Promise<void> {
    let pending = events;
    for (let round = 0; round < PREFETCH_ROUNDS && pending.length > 0; round++) {
      const missing: string[] = [];
      const lookup = this.lookup(missing);
      // Only an event that missed a subject can name more once it is read.
      const again: RecordedEvent[] = [];
      for (const event of pending) {
        const before = missing.length;
        subjectsFor(event, lookup);
        if (missing.length > before) again.push(event);
      }
      if (missing.length > 0) await this.prefetch(missing);
      pending = again;
    }
  }

  /** What `historyStep` is given for the event; reads what the prefetch could not foresee (subjects named by ones remembered in this batch). */
  async of(event: RecordedEvent): Promise<HistorySubjects> {
    for (;;) {
      const missing: string[] = [];
      const subjects = subjectsFor(event, this.lookup(missing));
      if (missing.length === 0) return subjects;
      await this.prefetch(missing);
    }
  }

  set(update: SubjectUpdate): void {
    const key = subjectKey(update.kind, update.id);
    this.rows.set(key, update);
    this.fetched.add(key);
  }

  changedRows(): SubjectUpdate[] {
    return this.rows.changedRows();
  }

  /** Looks subjects up in memory; a key never read is noted in `missing` and looked up as absent. */
  private lookup(missing: string[]): SubjectLookup {
    return (kind, id) => {
      const key = subjectKey(kind, id);
      if (!this.fetched.has(key)) {
        missing.push(key);
        return undefined;
      }
      return this.rows.known(key)?.subject as never;
    };
  }

  private async prefetch(keys: readonly string[]): Promise<void> {
    await this.rows.prefetch(keys);
    for (const key of keys) this.fetched.add(key);
  }
}

function timelineRow(event: RecordedEvent, entry: HistoryEntry): TimelineRow {
  const { actor } = event.metadata;
  return {
    position: event.position,
    consultationId: entry.consultationId,
    recordedAt: event.recordedAt,
    kind: entry.kind,
    actorId: actor.id,
    actor: { id: actor.id, role: actor.role, ...(actor.name !== undefined ? { name: actor.name } : {}) },
    stakeholders: [...entry.stakeholders],
    provisions: [...entry.provisions],
    documentId: entry.documentId ?? null,
    summary: entry.summary,
    message: entry.message,
    details: entry.details,
  };
}

/** A subject as stored: the whole subject in `data`, and the columns a person looking at the table reads. */
function subjectRow(update: SubjectUpdate): HistorySubjectRow {
  const { subject } = update;
  const common = { kind: ROW_KIND[update.kind], id: update.id, data: subject };
  switch (update.kind) {
    case 'stakeholders':
      return { ...common, consultationId: null, documentId: null, name: update.subject.name, stakeholders: [], provisions: [] };
    case 'documents':
      return {
        ...common,
        consultationId: update.subject.consultationId,
        documentId: update.id,
        name: update.subject.symbol,
        stakeholders: [],
        provisions: [],
      };
    case 'contributions':
      return {
        ...common,
        consultationId: update.subject.consultationId,
        documentId: null,
        name: update.subject.symbol,
        stakeholders: [...update.subject.stakeholders],
        provisions: [],
      };
    case 'amendments': {
      const a = update.subject;
      return {
        ...common,
        consultationId: a.consultationId,
        documentId: a.documentId,
        name: a.description,
        stakeholders: [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])],
        provisions: [...a.provisions],
      };
    }
    case 'decisions':
      return {
        ...common,
        consultationId: update.subject.consultationId,
        documentId: update.subject.documentId,
        name: update.subject.ruling ?? '',
        stakeholders: [],
        provisions: [...update.subject.provisions],
      };
  }
}
