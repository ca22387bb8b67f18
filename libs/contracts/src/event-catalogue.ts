import { CONSULTATION_REGISTERED } from './consultation-events';
import { RecordedEvent } from './recorded-event';

/** Turns a stored event of an older schema version into the next version's shape. */
export type Upcaster = (payload: unknown) => unknown;

interface CatalogueEntry {
  readonly currentVersion: number;
  /** upcasters[v] turns version v into version v + 1. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

/** Every event type the ledger records, with its current schema version. */
export const EVENT_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  [CONSULTATION_REGISTERED]: { currentVersion: 1, upcasters: {} },
};

export class UnknownEventTypeError extends Error {
  constructor(readonly eventType: string) {
    super(`event type "${eventType}" is not in the catalogue`);
  }
}

/** Reads a recorded event as the current shape of its type, whatever version it was stored in. */
export function upcast<P = unknown>(event: RecordedEvent): RecordedEvent<P> {
  const entry = EVENT_CATALOGUE[event.type];
  if (!entry) throw new UnknownEventTypeError(event.type);
  let payload = event.payload;
  for (let version = event.schemaVersion; version < entry.currentVersion; version++) {
    const step = entry.upcasters[version];
    if (!step) throw new Error(`no upcaster for ${event.type} from schema version ${version}`);
    payload = step(payload);
  }
  return { ...event, schemaVersion: entry.currentVersion, payload: payload as P };
}
