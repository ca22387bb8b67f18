/** How an adoption was decided: without a vote (consensus) or by a recorded vote of the member states. */
import { AdoptionMethod, VOTES, Vote } from '#libs/contracts';
import { Refusal, refusalOf } from '../result';
import { StakeholderDirectory, nameOf } from '../stakeholder/stakeholder';

/** The method as the chair gives it: for a recorded vote, each member's vote; the tally is counted from them. */
export type AdoptionMethodInput =
  | { readonly kind: 'consensus' }
  | { readonly kind: 'recorded-vote'; readonly votes: readonly { readonly stakeholderId: string; readonly vote: Vote }[] };

/** The tally of a recorded vote: how many voted yes, no, and abstained. */
export function tallyOf(votes: readonly { readonly vote: Vote }[]): { yes: number; no: number; abstain: number } {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const { vote } of votes) tally[vote] += 1;
  return tally;
}

/**
 * The method as recorded, with its tally, or why it cannot be. Only member states vote, each
 * once and for itself: a group of member states speaks for its members but casts no vote.
 */
export function recordedMethod(
  input: AdoptionMethodInput,
  voters: StakeholderDirectory,
): { readonly ok: true; readonly method: AdoptionMethod } | { readonly ok: false; readonly refusal: Refusal } {
  if (input.kind === 'consensus') return { ok: true, method: { kind: 'consensus' } };
  if (input.votes.length === 0) return { ok: false, refusal: refusalOf('invalid', 'vote.noVotes') };
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { stakeholderId } of input.votes) (seen.has(stakeholderId) ? twice : seen).add(stakeholderId);
  if (twice.size > 0)
    return { ok: false, refusal: refusalOf('invalid', 'vote.twice', { stakeholders: [...twice].map((id) => nameOf(voters, id)) }) };
  const badVote = input.votes.find(({ vote }) => !VOTES.includes(vote));
  if (badVote)
    return {
      ok: false,
      refusal: refusalOf('invalid', 'vote.badVote', { stakeholder: nameOf(voters, badVote.stakeholderId), vote: String(badVote.vote) }),
    };
  const unknown = input.votes.map((v) => v.stakeholderId).filter((id) => !voters.get(id));
  if (unknown.length > 0) return { ok: false, refusal: refusalOf('invalid', 'stakeholders.notRegistered', { stakeholders: unknown }) };
  const notStates = input.votes
    .map((v) => voters.get(v.stakeholderId)!)
    .filter((s) => s.category !== 'member-state' || s.memberIds.length > 0)
    .map((s) => s.name);
  if (notStates.length > 0) return { ok: false, refusal: refusalOf('invalid', 'vote.notMemberStates', { stakeholders: notStates }) };
  const votes = input.votes.map(({ stakeholderId, vote }) => ({ stakeholderId, vote }));
  return { ok: true, method: { kind: 'recorded-vote', votes, tally: tallyOf(votes) } };
}
