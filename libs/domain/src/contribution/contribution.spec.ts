import {
  Actor,
  ContributionSubmittedV1,
  NewEvent,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
} from '#libs/contracts';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { decideContribution, evolveContribution, initialContributionState } from './contribution';
import { ContributionCommand } from './contribution-commands';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  kenya: { stakeholderId: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

function consultation(phase: 'drafting' | 'open-for-contributions' | 'negotiation', deadlines = {}): ConsultationState {
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 't',
      body: 'ITU Council',
      subject: 's',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines,
      restricted: false,
    }),
  ];
  if (phase !== 'drafting') events.push(consultationPhaseChanged({ consultationId: 'c1', from: 'drafting', to: 'open-for-contributions' }));
  if (phase === 'negotiation')
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: 'open-for-contributions', to: 'negotiation' }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const c71: ContributionSubmittedV1 = {
  contributionId: 'k1',
  consultationId: 'c1',
  symbol: 'C26/71-E',
  date: '2026-11-20',
  agendaItem: 'PL 2',
  originalLanguage: 'en',
  submitters: ['egypt'],
  coSponsors: ['kenya'],
  title: 'Proposed modifications to Resolution 1334',
  substance: { kind: 'report', text: 'Information on national WSIS activities.' },
};

const submit = submission(c71);
const now = '2026-11-24T09:00:00Z';

/** The command that submits what a contribution's event records (a report: its substance is the same either way). */
function submission({ contributionId, consultationId, substance, ...cover }: ContributionSubmittedV1): ContributionCommand {
  if (substance.kind !== 'report') throw new Error('only a report is submitted as it is recorded');
  return { kind: 'SubmitContribution', contributionId, consultationId, cover, substance };
}

describe('contributions', () => {
  it('accepts a contribution while the consultation is open for contributions, and not in another phase', () => {
    expect(
      decideContribution(submit, initialContributionState, {
        actor: egypt,
        consultation: consultation('open-for-contributions'),
        stakeholders,
        now,
      }),
    ).toMatchObject({ ok: true });
    expect(
      decideContribution(submit, initialContributionState, { actor: egypt, consultation: consultation('negotiation'), stakeholders, now }),
    ).toMatchObject({ ok: false, refusal: { code: 'wrong-phase' } });
  });

  it('refuses a contribution after the deadline for contributions', () => {
    const late = consultation('open-for-contributions', { 'open-for-contributions': '2026-11-23T23:59:59Z' });
    expect(decideContribution(submit, initialContributionState, { actor: egypt, consultation: late, stakeholders, now })).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-phase', message: expect.stringContaining('passed on 2026-11-23 at 23:59 UTC') },
    });
  });

  it('refuses a stakeholder submitting in the name of another', () => {
    expect(
      decideContribution(submit, initialContributionState, {
        actor: kenya,
        consultation: consultation('open-for-contributions'),
        stakeholders,
        now,
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
  });

  it('keeps revisions numbered, and lets only a submitter withdraw', () => {
    const open = { actor: egypt, consultation: consultation('open-for-contributions'), stakeholders, now };
    const submitted = decideContribution(submit, initialContributionState, open);
    if (!submitted.ok) throw new Error(submitted.refusal.message);
    const state = submitted.events.reduce(evolveContribution, initialContributionState);
    const revised = decideContribution(
      {
        kind: 'ReviseContribution',
        contributionId: 'k1',
        cover: { ...c71, symbol: 'C26/71(Rev.1)-E' },
        substance: { kind: 'report', text: 'Information on national WSIS activities.' },
      },
      state,
      open,
    );
    expect(revised).toMatchObject({
      ok: true,
      events: [{ type: 'ContributionRevised', payload: { revision: 1, symbol: 'C26/71(Rev.1)-E' } }],
    });
    expect(decideContribution({ kind: 'WithdrawContribution', contributionId: 'k1' }, state, { ...open, actor: kenya })).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
    expect(
      decideContribution({ kind: 'WithdrawContribution', contributionId: 'k1', reason: 'merged into C26/80' }, state, open),
    ).toMatchObject({ ok: true });
  });
});
