import { CONSULTATION_REGISTERED, ConsultationRegisteredV2 } from './consultation-events';
import { EVENT_CATALOGUE, EVENT_TYPES, UnknownEventTypeError, upcast } from './event-catalogue';
import { StoredEvent } from './recorded-event';

function recorded(type: string, schemaVersion: number, payload: unknown): StoredEvent {
  return {
    type,
    schemaVersion,
    payload,
    position: 1,
    eventId: '00000000-0000-4000-8000-000000000001',
    streamId: 'consultation-1',
    streamVersion: 1,
    metadata: { actor: { id: 'secretariat', role: 'secretariat' }, correlationId: 'c', occurredAt: '2026-01-01T00:00:00Z' },
    recordedAt: '2026-01-01T00:00:00Z',
  };
}

describe('the event catalogue', () => {
  it('lists every event type it knows, once, in the event types of the stream families', () => {
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(EVENT_CATALOGUE).sort());
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  });

  it('reads a consultation registered in schema version 1 as version 2', () => {
    const v1 = { consultationId: '1', title: 'Res 1334', body: 'ITU Council', subject: 'WSIS+20', originalLanguage: 'ar' };
    const event = upcast(recorded(CONSULTATION_REGISTERED, 1, v1));
    expect(event.schemaVersion).toBe(2);
    const expected: ConsultationRegisteredV2 = { ...v1, originalLanguage: 'ar', chairs: [], deadlines: {}, restricted: false };
    expect(event.payload).toEqual(expected);
  });

  it('leaves an event of the current version as it is', () => {
    const v2 = {
      consultationId: '1',
      title: 't',
      body: 'b',
      subject: 's',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: true,
    };
    expect(upcast(recorded(CONSULTATION_REGISTERED, 2, v2)).payload).toEqual(v2);
  });

  it('refuses an event type it does not know', () => {
    expect(() => upcast(recorded('SomethingElse', 1, {}))).toThrow(UnknownEventTypeError);
  });
});
