/**
 * The arithmetic of participation: the counts SQL makes of the participation facts, turned
 * into what the answer shows, with every stakeholder category and region listed, those
 * that took no part with zeros, so the gaps show.
 */
import { REGIONS, Region, STAKEHOLDER_CATEGORIES, StakeholderCategory } from '#libs/contracts';

/** The counts of one group of facts (a stakeholder, a category, a region, everything), as SQL answers them. */
export interface ParticipationCounts {
  /** Distinct stakeholders that took part (admission alone is not taking part). */
  readonly stakeholders: number;
  /** Distinct stakeholders admitted as participants. */
  readonly admitted: number;
  readonly contributions: number;
  readonly contributionsSubmitted: number;
  readonly contributionsCoSponsored: number;
  readonly contributionsWithdrawn: number;
  readonly amendments: number;
  readonly amendmentsProposed: number;
  readonly amendmentsCoSponsored: number;
  readonly accepted: number;
  readonly acceptedAsModified: number;
  readonly merged: number;
  readonly rejected: number;
  readonly deferred: number;
  readonly withdrawn: number;
  readonly pending: number;
  readonly reservations: number;
  readonly inputs: number;
  readonly inputsWithdrawn: number;
}

export const NO_PARTICIPATION: ParticipationCounts = {
  stakeholders: 0,
  admitted: 0,
  contributions: 0,
  contributionsSubmitted: 0,
  contributionsCoSponsored: 0,
  contributionsWithdrawn: 0,
  amendments: 0,
  amendmentsProposed: 0,
  amendmentsCoSponsored: 0,
  accepted: 0,
  acceptedAsModified: 0,
  merged: 0,
  rejected: 0,
  deferred: 0,
  withdrawn: 0,
  pending: 0,
  reservations: 0,
  inputs: 0,
  inputsWithdrawn: 0,
};

/** Where the amendments a party put its name to stand; they add up to `amendments.total`. */
export interface AmendmentOutcomes {
  readonly accepted: number;
  readonly acceptedAsModified: number;
  readonly merged: number;
  readonly rejected: number;
  readonly deferred: number;
  readonly withdrawn: number;
  readonly pending: number;
}

/** What one party (or a category, a region, everyone) did. */
export interface Tally {
  readonly contributions: {
    /** Distinct contributions it submitted, co-sponsored or that were submitted on its behalf. */
    readonly total: number;
    /** As a submitter, or as the group on whose behalf it was submitted. */
    readonly submitted: number;
    readonly coSponsored: number;
    /** Of the total, withdrawn since. */
    readonly withdrawn: number;
  };
  readonly amendments: {
    /** Distinct amendments it proposed or co-sponsored (or that were proposed on its behalf). */
    readonly total: number;
    readonly proposed: number;
    readonly coSponsored: number;
    readonly outcomes: AmendmentOutcomes;
    /** Ruled on for good: accepted, accepted as modified, merged or rejected (deferred is not a decision yet). */
    readonly decided: number;
    /** (accepted + accepted as modified + merged) / decided, to four decimals; null while nothing is decided. */
    readonly acceptanceRate: number | null;
  };
  /** Reservations recorded for it. */
  readonly reservations: number;
  /** Written inputs it sent (a non-state stakeholder's, never ruled on). */
  readonly inputs: {
    readonly total: number;
    /** Of the total, withdrawn since. */
    readonly withdrawn: number;
  };
}

/** A tally with the number of stakeholders it counts. */
export interface GroupTally extends Tally {
  /** Distinct stakeholders that took part. */
  readonly stakeholders: number;
  /** Distinct stakeholders admitted as participants (directly only). */
  readonly admitted: number;
}

/**
 * The share of decided amendments that were carried: accepted, accepted as modified or
 * merged, over those plus the rejected ones. Deferred, withdrawn and pending amendments are
 * not decided. Null when nothing is decided: a rate of 0 would read as "all rejected".
 */
export function acceptanceRate(
  outcomes: Pick<AmendmentOutcomes, 'accepted' | 'acceptedAsModified' | 'merged' | 'rejected'>,
): number | null {
  const carried = outcomes.accepted + outcomes.acceptedAsModified + outcomes.merged;
  const decided = carried + outcomes.rejected;
  return decided === 0 ? null : Math.round((carried / decided) * 10_000) / 10_000;
}

/** The tally of a group of facts. */
export function tallyOf(counts: ParticipationCounts): GroupTally {
  const outcomes: AmendmentOutcomes = {
    accepted: counts.accepted,
    acceptedAsModified: counts.acceptedAsModified,
    merged: counts.merged,
    rejected: counts.rejected,
    deferred: counts.deferred,
    withdrawn: counts.withdrawn,
    pending: counts.pending,
  };
  return {
    stakeholders: counts.stakeholders,
    admitted: counts.admitted,
    contributions: {
      total: counts.contributions,
      submitted: counts.contributionsSubmitted,
      coSponsored: counts.contributionsCoSponsored,
      withdrawn: counts.contributionsWithdrawn,
    },
    amendments: {
      total: counts.amendments,
      proposed: counts.amendmentsProposed,
      coSponsored: counts.amendmentsCoSponsored,
      outcomes,
      decided: counts.accepted + counts.acceptedAsModified + counts.merged + counts.rejected,
      acceptanceRate: acceptanceRate(outcomes),
    },
    reservations: counts.reservations,
    inputs: { total: counts.inputs, withdrawn: counts.inputsWithdrawn },
  };
}

/** Counted directly (a group for itself) and through the groups a stakeholder belongs to (for the members). */
export type Basis = 'direct' | 'throughGroups';

/** One row of counts as SQL groups them: by stakeholder, by category, by region, or all together. */
export interface CountsRow {
  readonly basis: Basis;
  readonly grouping: 'stakeholder' | 'category' | 'region' | 'all';
  /** The stakeholder id, category or region; null for 'all'. */
  readonly key: string | null;
  readonly counts: ParticipationCounts;
}

export interface ParticipantDescription {
  readonly id: string;
  readonly name: string;
  readonly category: StakeholderCategory;
  readonly region: Region;
  readonly memberIds: readonly string[];
}

export interface StakeholderParticipation extends ParticipantDescription {
  readonly memberIds: string[];
  readonly isGroup: boolean;
  /** What it did itself: for a group, what was done in its name. */
  readonly direct: Tally;
  /** What the groups it belongs to did, counted for it as a member. */
  readonly throughGroups: Tally;
}

export interface CategoryParticipation {
  readonly category: StakeholderCategory;
  readonly direct: GroupTally;
  readonly throughGroups: GroupTally;
}

export interface RegionParticipation {
  readonly region: Region;
  readonly direct: GroupTally;
  readonly throughGroups: GroupTally;
}

export interface ParticipationReport {
  readonly stakeholders: StakeholderParticipation[];
  /** Every category, in the order of the registry's list, with zeros where none took part. */
  readonly byCategory: CategoryParticipation[];
  /** Every region, in the order of the registry's list, with zeros where none took part. */
  readonly byRegion: RegionParticipation[];
  /** Everyone together, each contribution and amendment counted once. */
  readonly totals: GroupTally;
}

function withoutGroupCounts({ stakeholders: _stakeholders, admitted: _admitted, ...tally }: GroupTally): Tally {
  return tally;
}

/**
 * Puts the rows SQL counted into the report: every category and region, and the
 * stakeholders that took part or were admitted, ordered by category, region and name.
 */
export function participationReport(rows: readonly CountsRow[], participants: readonly ParticipantDescription[]): ParticipationReport {
  const counts = new Map<string, ParticipationCounts>();
  for (const row of rows) counts.set(`${row.basis}|${row.grouping}|${row.key ?? ''}`, row.counts);
  const tally = (basis: Basis, grouping: CountsRow['grouping'], key: string | null) =>
    tallyOf(counts.get(`${basis}|${grouping}|${key ?? ''}`) ?? NO_PARTICIPATION);

  const categoryOrder = (category: string) => (STAKEHOLDER_CATEGORIES as readonly string[]).indexOf(category);
  const regionOrder = (region: string) => (REGIONS as readonly string[]).indexOf(region);
  const stakeholders = [...participants]
    .sort(
      (a, b) =>
        categoryOrder(a.category) - categoryOrder(b.category) ||
        regionOrder(a.region) - regionOrder(b.region) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .map((participant) => ({
      ...participant,
      memberIds: [...participant.memberIds],
      isGroup: participant.memberIds.length > 0,
      direct: withoutGroupCounts(tally('direct', 'stakeholder', participant.id)),
      throughGroups: withoutGroupCounts(tally('throughGroups', 'stakeholder', participant.id)),
    }));
  return {
    stakeholders,
    byCategory: STAKEHOLDER_CATEGORIES.map((category) => ({
      category,
      direct: tally('direct', 'category', category),
      throughGroups: tally('throughGroups', 'category', category),
    })),
    byRegion: REGIONS.map((region) => ({
      region,
      direct: tally('direct', 'region', region),
      throughGroups: tally('throughGroups', 'region', region),
    })),
    totals: tally('direct', 'all', null),
  };
}
