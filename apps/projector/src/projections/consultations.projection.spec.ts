import { ConsultationEvent, RecordedEvent, consultationPhaseChanged, consultationRegistered, participantAdmitted } from '#libs/contracts';
import type { ConsultationSummary } from '#libs/read-models';
import { consultationAfter } from './consultations.projection';

const C = 'c-1';

function fold(events: readonly ConsultationEvent[]): ConsultationSummary | undefined {
  return events.reduce<ConsultationSummary | undefined>((row, event, i) => consultationAfter(row, C, recorded(event, i + 1)), undefined);
}

function recorded(event: ConsultationEvent, position: number): RecordedEvent<ConsultationEvent> {
  const at = '2026-03-02T09:00:00.000Z';
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: `consultation-${C}`,
    streamVersion: position,
    recordedAt: at,
    metadata: { actor: { id: 'sec-1', role: 'secretariat' }, correlationId: `c-${position}`, occurredAt: at },
  };
}

const registration = consultationRegistered({
  consultationId: C,
  title: 'Revision of Resolution 1334',
  body: 'ITU Council',
  subject: 'WSIS',
  originalLanguage: 'en',
  chairs: ['chair-1'],
  deadlines: {},
  restricted: false,
});

describe('the consultations list, one event at a time', () => {
  it('counts every event of the consultation, and admits a participant once', () => {
    const admitKenya = participantAdmitted({ consultationId: C, stakeholderId: 'kenya' });
    const row = fold([
      registration,
      consultationPhaseChanged({ consultationId: C, from: 'drafting', to: 'open-for-contributions' }),
      admitKenya,
      admitKenya,
    ]);
    expect(row).toMatchObject({
      registeredBy: 'sec-1',
      phase: 'open-for-contributions',
      participants: ['kenya'],
      eventCount: 4,
      lastPosition: 4,
    });
  });

  it('changes nothing until the consultation is registered, and a registration starts the row afresh', () => {
    expect(fold([participantAdmitted({ consultationId: C, stakeholderId: 'kenya' })])).toBeUndefined();
    expect(fold([registration, participantAdmitted({ consultationId: C, stakeholderId: 'kenya' }), registration])).toMatchObject({
      participants: [],
      eventCount: 1,
      lastPosition: 3,
    });
  });
});
