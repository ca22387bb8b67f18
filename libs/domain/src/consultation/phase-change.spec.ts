import { phaseChangeConsequence } from './phase-change';

describe('what a change of phase does', () => {
  const open = { phase: 'open-for-contributions', deadlines: { 'open-for-contributions': '2026-12-20T23:59:00Z' } };

  it('names the published deadline of the phase it leaves and the calendar days it closes early', () => {
    expect(phaseChangeConsequence(open, 'negotiation', '2026-12-07T18:04:00Z')).toEqual({
      from: 'open-for-contributions',
      to: 'negotiation',
      direction: 'forward',
      cutShort: { phase: 'open-for-contributions', deadline: '2026-12-20T23:59:00Z', daysEarly: 13 },
    });
    expect(
      phaseChangeConsequence({ ...open, deadlines: { 'open-for-contributions': '2026-12-20' } }, 'negotiation', '2026-12-07T18:04:00Z')
        .cutShort?.daysEarly,
    ).toBe(13);
  });

  it('counts a deadline later today as 0 days early, and says nothing of one that has passed or of another phase', () => {
    expect(phaseChangeConsequence(open, 'negotiation', '2026-12-20T09:00:00Z').cutShort?.daysEarly).toBe(0);
    expect(phaseChangeConsequence(open, 'negotiation', '2026-12-21T00:00:00Z').cutShort).toBeUndefined();
    expect(
      phaseChangeConsequence({ phase: 'negotiation', deadlines: open.deadlines }, 'adoption', '2026-12-07T18:04:00Z').cutShort,
    ).toBeUndefined();
  });

  it('reads a reopening as going back, with no deadline cut short', () => {
    expect(
      phaseChangeConsequence(
        { phase: 'negotiation', deadlines: { negotiation: '2027-01-31' } },
        'open-for-contributions',
        '2026-12-07T18:04:00Z',
      ),
    ).toEqual({
      from: 'negotiation',
      to: 'open-for-contributions',
      direction: 'back',
    });
  });
});
