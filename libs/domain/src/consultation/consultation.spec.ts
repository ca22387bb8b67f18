import { consultationRegistered } from '#libs/contracts';
import { ConsultationEvent, decideConsultation, evolveConsultation, initialConsultationState } from './consultation';

const wsis20 = {
  consultationId: '6f1c2c1e-0000-4000-8000-000000000001',
  title: 'Resolution 1334 (Modified 2026)',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar' as const,
};

function given(...events: ConsultationEvent[]) {
  return events.reduce(evolveConsultation, initialConsultationState);
}

describe('consultation decisions', () => {
  it('records a new consultation', () => {
    const decision = decideConsultation({ kind: 'RegisterConsultation', consultation: wsis20 }, given());
    expect(decision).toEqual({ ok: true, events: [consultationRegistered(wsis20)] });
  });

  it('refuses to register the same consultation twice', () => {
    const decision = decideConsultation(
      { kind: 'RegisterConsultation', consultation: wsis20 },
      given(consultationRegistered(wsis20)),
    );
    expect(decision).toMatchObject({ ok: false, refusal: { code: 'already-exists' } });
  });
});
