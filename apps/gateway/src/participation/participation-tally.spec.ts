import { REGIONS, STAKEHOLDER_CATEGORIES } from '#libs/contracts';
import { CountsRow, NO_PARTICIPATION, ParticipationCounts, acceptanceRate, participationReport, tallyOf } from './participation-tally';

const counts = (partial: Partial<ParticipationCounts>): ParticipationCounts => ({ ...NO_PARTICIPATION, ...partial });

describe('the participation arithmetic', () => {
  it('counts accepted, accepted as modified and merged amendments as carried, over those plus the rejected ones', () => {
    expect(acceptanceRate({ accepted: 2, acceptedAsModified: 1, merged: 1, rejected: 1 })).toBe(0.8);
    expect(acceptanceRate({ accepted: 0, acceptedAsModified: 0, merged: 0, rejected: 3 })).toBe(0);
    expect(acceptanceRate({ accepted: 1, acceptedAsModified: 0, merged: 1, rejected: 1 })).toBe(0.6667);
  });

  it('has no acceptance rate while nothing is decided: deferred, withdrawn and pending amendments are not decisions', () => {
    expect(acceptanceRate({ accepted: 0, acceptedAsModified: 0, merged: 0, rejected: 0 })).toBeNull();
    const tally = tallyOf(counts({ amendments: 4, amendmentsProposed: 4, deferred: 2, withdrawn: 1, pending: 1 }));
    expect(tally.amendments).toMatchObject({ total: 4, decided: 0, acceptanceRate: null });
  });

  it('lays the counts out as contributions, amendments with their outcomes, reservations and inputs', () => {
    const tally = tallyOf(
      counts({
        stakeholders: 2,
        admitted: 3,
        contributions: 3,
        contributionsSubmitted: 2,
        contributionsCoSponsored: 1,
        contributionsWithdrawn: 1,
        amendments: 6,
        amendmentsProposed: 5,
        amendmentsCoSponsored: 1,
        accepted: 2,
        acceptedAsModified: 1,
        merged: 1,
        rejected: 1,
        pending: 1,
        reservations: 1,
        inputs: 3,
        inputsWithdrawn: 1,
      }),
    );
    expect(tally).toEqual({
      stakeholders: 2,
      admitted: 3,
      contributions: { total: 3, submitted: 2, coSponsored: 1, withdrawn: 1 },
      amendments: {
        total: 6,
        proposed: 5,
        coSponsored: 1,
        outcomes: { accepted: 2, acceptedAsModified: 1, merged: 1, rejected: 1, deferred: 0, withdrawn: 0, pending: 1 },
        decided: 5,
        acceptanceRate: 0.8,
      },
      reservations: 1,
      inputs: { total: 3, withdrawn: 1 },
    });
  });

  describe('the report', () => {
    const rows: CountsRow[] = [
      {
        basis: 'direct',
        grouping: 'stakeholder',
        key: 'egypt',
        counts: counts({ stakeholders: 1, contributions: 1, contributionsSubmitted: 1 }),
      },
      {
        basis: 'direct',
        grouping: 'stakeholder',
        key: 'african-group',
        counts: counts({ stakeholders: 1, amendments: 1, amendmentsProposed: 1, rejected: 1 }),
      },
      {
        basis: 'throughGroups',
        grouping: 'stakeholder',
        key: 'kenya',
        counts: counts({ stakeholders: 1, amendments: 1, amendmentsProposed: 1, rejected: 1 }),
      },
      {
        basis: 'direct',
        grouping: 'category',
        key: 'member-state',
        counts: counts({ stakeholders: 2, contributions: 1, contributionsSubmitted: 1, amendments: 1, amendmentsProposed: 1, rejected: 1 }),
      },
      {
        basis: 'direct',
        grouping: 'region',
        key: 'africa',
        counts: counts({ stakeholders: 1, amendments: 1, amendmentsProposed: 1, rejected: 1 }),
      },
      { basis: 'direct', grouping: 'all', key: null, counts: counts({ stakeholders: 2, contributions: 1, amendments: 1 }) },
    ];
    const participants = [
      { id: 'kenya', name: 'Republic of Kenya', category: 'member-state' as const, region: 'africa' as const, memberIds: [] },
      { id: 'isoc', name: 'Internet Society', category: 'technical-community' as const, region: 'global' as const, memberIds: [] },
      { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state' as const, region: 'arab-states' as const, memberIds: [] },
      { id: 'african-group', name: 'African Group', category: 'member-state' as const, region: 'africa' as const, memberIds: ['kenya'] },
    ];
    const report = participationReport(rows, participants);

    it('lists every category and every region, with zeros where none took part, so the gaps show', () => {
      expect(report.byCategory.map((c) => c.category)).toEqual([...STAKEHOLDER_CATEGORIES]);
      expect(report.byRegion.map((r) => r.region)).toEqual([...REGIONS]);
      const academia = report.byCategory.find((c) => c.category === 'academia')!;
      expect(academia.direct).toEqual(tallyOf(NO_PARTICIPATION));
      expect(academia.direct.amendments.acceptanceRate).toBeNull();
      expect(report.byRegion.find((r) => r.region === 'cis')!.direct.stakeholders).toBe(0);
      expect(report.byCategory.find((c) => c.category === 'member-state')!.direct).toMatchObject({
        stakeholders: 2,
        amendments: { decided: 1, acceptanceRate: 0 },
      });
    });

    it('counts a group for itself and, separately, for its members', () => {
      const group = report.stakeholders.find((s) => s.id === 'african-group')!;
      const kenya = report.stakeholders.find((s) => s.id === 'kenya')!;
      expect(group).toMatchObject({ isGroup: true, direct: { amendments: { proposed: 1 } }, throughGroups: { amendments: { total: 0 } } });
      expect(kenya).toMatchObject({
        isGroup: false,
        direct: { amendments: { total: 0 } },
        throughGroups: { amendments: { proposed: 1, outcomes: { rejected: 1 } } },
      });
      expect(kenya.direct).not.toHaveProperty('stakeholders');
    });

    it('orders the stakeholders by category, region and name', () => {
      expect(report.stakeholders.map((s) => s.id)).toEqual(['african-group', 'kenya', 'egypt', 'isoc']);
    });

    it('answers the totals across everyone', () => {
      expect(report.totals).toMatchObject({ stakeholders: 2, contributions: { total: 1 }, amendments: { total: 1 } });
    });
  });
});
