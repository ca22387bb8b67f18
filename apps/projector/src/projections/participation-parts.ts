import { AmendmentProposedV1, ContributionCover } from '#libs/contracts';
import type { ParticipationRoleColumn } from '#libs/read-models';

/** A stakeholder and the part it took. */
export interface Part {
  readonly stakeholderId: string;
  readonly role: ParticipationRoleColumn;
}

/** The parts a contribution's cover names: its submitters, its co-sponsors and the group it speaks for. */
export function partsOfCover(cover: Pick<ContributionCover, 'submitters' | 'coSponsors' | 'onBehalfOf'>): Part[] {
  return distinctParts([
    ...cover.submitters.map((stakeholderId) => ({ stakeholderId, role: 'submitter' as const })),
    ...cover.coSponsors.map((stakeholderId) => ({ stakeholderId, role: 'co-sponsor' as const })),
    ...(cover.onBehalfOf ? [{ stakeholderId: cover.onBehalfOf, role: 'on-behalf-of' as const }] : []),
  ]);
}

/**
 * The parts an amendment's proposal names. The write side lists a contribution's
 * co-sponsors among the proposers of the amendments it carries; they are counted as the
 * co-sponsors they are on the cover.
 */
export function partsOfProposal(
  proposal: Pick<AmendmentProposedV1, 'proposers' | 'onBehalfOf'>,
  coSponsorsOfContribution: readonly string[] = [],
): Part[] {
  const coSponsors = new Set(coSponsorsOfContribution);
  return distinctParts([
    ...proposal.proposers.map((stakeholderId, i) => ({
      stakeholderId,
      // The first proposer submitted it, whatever the cover says.
      role: i > 0 && coSponsors.has(stakeholderId) ? ('co-sponsor' as const) : ('proposer' as const),
    })),
    ...(proposal.onBehalfOf ? [{ stakeholderId: proposal.onBehalfOf, role: 'on-behalf-of' as const }] : []),
  ]);
}

/** A part's key among a subject's facts: one fact per stakeholder and role. */
export function partKey(part: Part): string {
  return `${part.stakeholderId}\u0000${part.role}`;
}

function distinctParts(parts: readonly Part[]): Part[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = partKey(part);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
