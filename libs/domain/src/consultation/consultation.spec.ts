import { Actor, NewEvent, consultationPhaseChanged, consultationRegistered } from '#libs/contracts';
import { decideConsultation, evolveConsultation, initialConsultationState } from './consultation';

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-2', role: 'chair' };
const stakeholder: Actor = { id: 'egypt', role: 'stakeholder' };

const wsis20 = {
  consultationId: '6f1c2c1e-0000-4000-8000-000000000001',
  title: 'Resolution 1334 (Modified 2026)',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar' as const,
  chairs: ['chair-1'],
  deadlines: {},
  restricted: false,
};

function given(...events: NewEvent[]) {
  return events.reduce(evolveConsultation, initialConsultationState);
}

const registered = consultationRegistered(wsis20);
const inPhase = (to: 'open-for-contributions' | 'negotiation') =>
  consultationPhaseChanged({
    consultationId: wsis20.consultationId,
    from: to === 'negotiation' ? 'open-for-contributions' : 'drafting',
    to,
  });

describe('consultation decisions', () => {
  it('records a new consultation registered by the secretariat', () => {
    expect(decideConsultation({ kind: 'RegisterConsultation', consultation: wsis20 }, given(), { actor: secretariat })).toEqual({
      ok: true,
      events: [registered],
    });
  });

  it('refuses registration by anyone but the secretariat', () => {
    expect(decideConsultation({ kind: 'RegisterConsultation', consultation: wsis20 }, given(), { actor: stakeholder })).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
  });

  it('refuses to register the same consultation twice', () => {
    expect(
      decideConsultation({ kind: 'RegisterConsultation', consultation: wsis20 }, given(registered), { actor: secretariat }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'already-exists' },
    });
  });

  it('moves forward one phase at a time', () => {
    const state = given(registered);
    expect(
      decideConsultation({ kind: 'ChangePhase', consultationId: wsis20.consultationId, to: 'open-for-contributions' }, state, {
        actor: secretariat,
      }),
    ).toMatchObject({ ok: true });
    expect(
      decideConsultation({ kind: 'ChangePhase', consultationId: wsis20.consultationId, to: 'adoption' }, state, { actor: secretariat }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: 'the next phase after drafting is open for contributions, not adoption' },
    });
  });

  it('lets only a chair of this consultation reopen an earlier phase, and only with a reason', () => {
    const state = given(registered, inPhase('open-for-contributions'), inPhase('negotiation'));
    const reopen = { kind: 'ChangePhase' as const, consultationId: wsis20.consultationId, to: 'open-for-contributions' as const };
    expect(decideConsultation(reopen, state, { actor: secretariat })).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(decideConsultation(reopen, state, { actor: otherChair })).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(decideConsultation(reopen, state, { actor: chair })).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
    expect(decideConsultation({ ...reopen, reason: 'late contributions from the African region' }, state, { actor: chair })).toMatchObject({
      ok: true,
      events: [{ payload: { from: 'negotiation', to: 'open-for-contributions', reason: 'late contributions from the African region' } }],
    });
  });
});
