/** The adoption line a text prints when the chair gives none: the meeting, and how the text was adopted. */
import { languageProfile } from '../languages';
import type { LanguageCode } from '../model';

/** The counts of a recorded vote. */
export interface VoteTally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** How a text was adopted, as far as its adoption line tells it. */
export type AdoptionVoting = { readonly kind: 'consensus' } | { readonly kind: 'recorded-vote'; readonly tally: VoteTally };

/**
 * "adopted at the 51st plenary meeting", "adopted without a vote at ...", "adopted at ... by a
 * recorded vote of 150 to 5, with 10 abstentions", in the language of the text. Without a
 * method the line names the meeting only, as adoptions recorded before methods were kept print.
 */
export function composeAdoptionLine(language: LanguageCode, meeting: string, method?: AdoptionVoting): string {
  const profile = languageProfile(language);
  const at = meeting.trim();
  if (!method) return profile.adoptedAtMeeting.replace('{meeting}', at);
  if (method.kind === 'consensus') return profile.adoptedWithoutVote.replace('{meeting}', at);
  const { yes, no, abstentions } = profile.voteCounts;
  return profile.adoptedByRecordedVote
    .replace('{meeting}', at)
    .replace('{yes}', yes(method.tally.yes))
    .replace('{no}', no(method.tally.no))
    .replace('{abstentions}', abstentions(method.tally.abstain));
}
