import { EntityManager } from 'typeorm';
import { CONSULTATION_REGISTERED, EventType, RecordedEvent, STAKEHOLDER_REGISTERED } from '#libs/contracts';
import { Projection } from './projection';
import { applyToProjection, eventsAfter, versionLabel } from './projection-runner';

const at = (position: number) => ({ position }) as RecordedEvent;

describe('which delivered events a projection applies', () => {
  it('skips events at or below the checkpoint', () => {
    expect(eventsAfter([at(3), at(4), at(5)], 4).map((e) => e.position)).toEqual([5]);
  });

  it('skips an event redelivered within the same batch', () => {
    expect(eventsAfter([at(1), at(2), at(1), at(2), at(3)], 0).map((e) => e.position)).toEqual([1, 2, 3]);
  });

  it('applies nothing from a batch that is wholly old', () => {
    expect(eventsAfter([at(1), at(2)], 2)).toEqual([]);
  });
});

describe('the label of a projection version', () => {
  it('names the projection with its version, as the logs show it', () => {
    expect(versionLabel({ name: 'document_texts', version: 3 })).toBe('document_texts@v3');
  });
});

describe('applying events to one projection', () => {
  const manager = {} as EntityManager;
  const events = [1, 2, 3, 4].map(
    (position) => ({ position, type: STAKEHOLDER_REGISTERED, schemaVersion: 1, payload: {} }) as RecordedEvent,
  );
  const registration = (position: number) => ({ position, type: CONSULTATION_REGISTERED, schemaVersion: 2, payload: {} }) as RecordedEvent;

  function recording(handles: readonly EventType[] = [STAKEHOLDER_REGISTERED]) {
    const calls: number[][] = [];
    const projection: Projection = {
      name: 'p',
      version: 1,
      tables: ['p'],
      handles,
      apply: async (batch) => void calls.push(batch.map((e) => e.position)),
    };
    return { projection, calls };
  }

  it('hands the whole run to the projection in one call', async () => {
    const { projection, calls } = recording();
    await applyToProjection(projection, events, manager);
    expect(calls).toEqual([[1, 2, 3, 4]]);
  });

  it('hands it only the events of the types it handles, and nothing when the run has none', async () => {
    const { projection, calls } = recording();
    await applyToProjection(projection, [registration(1), ...events.slice(1), registration(5)], manager);
    await applyToProjection(projection, [registration(6)], manager);
    expect(calls).toEqual([[2, 3, 4]]);
  });

  it('hands them upcast to their current schema', async () => {
    const seen: RecordedEvent[] = [];
    const projection: Projection = {
      name: 'p',
      version: 1,
      tables: ['p'],
      handles: [CONSULTATION_REGISTERED],
      apply: async (batch) => void seen.push(...batch),
    };
    const legacy = {
      position: 1,
      type: CONSULTATION_REGISTERED,
      schemaVersion: 1,
      payload: { consultationId: 'c-1', title: 't', body: 'b', subject: 's', originalLanguage: 'en' },
    } as RecordedEvent;
    await applyToProjection(projection, [legacy], manager);
    expect(seen.map((event) => event.schemaVersion)).toEqual([2]);
  });

  it('stops halfway once when asked, for the fault suite', async () => {
    const { projection, calls } = recording();
    const seen: number[] = [];
    await applyToProjection(projection, events, manager, async (applied) => void seen.push(applied, calls.flat().length));
    expect(seen).toEqual([2, 2]);
    expect(calls.flat()).toEqual([1, 2, 3, 4]);
  });
});
