/** What the chair's adoption form reads beyond the sitting: what the adopted text prints, and how the text was adopted. */
import { VOTES, Vote } from '#libs/contracts';
import { AdoptionMethodInput } from '#libs/domain';
import { LanguageCode } from '#libs/text';
import { MessageKey, OFFICIAL_LANGUAGES, OutOfStepModel, StakeholderModel, VoterModel } from '#libs/web';
import { FormBody } from './form-bodies';
import { field, fields } from './web-pages';

/** What the adopted text prints, as the adoption form names it: each optional, each through the input policy. */
export const ADOPTION_FIELDS = [
  ['number', 'chair.adoptedNumber', 200],
  ['symbol', 'chair.adoptedSymbol', 100],
  ['title', 'chair.adoptedTitle', 1000],
  ['adoptionLine', 'chair.adoptionLine', 500],
  ['place', 'chair.adoptedPlace', 200],
] as const;

export type AdoptionField = (typeof ADOPTION_FIELDS)[number][0];

/**
 * The member states that vote in a recorded vote: the registered member states that are not
 * groups, among the consultation's participants when it admits some, else all of them.
 */
export function votersAmong(stakeholders: readonly StakeholderModel[], participants: readonly string[]): VoterModel[] {
  const admitted = new Set(participants);
  return stakeholders
    .filter((s) => s.category === 'member-state' && s.memberIds.length === 0 && (admitted.size === 0 || admitted.has(s.id)))
    .map((s) => ({ id: s.id, name: s.name }));
}

/**
 * The method as the form gives it: the radio `method`, and for a recorded vote one radio
 * `vote-{stakeholderId}` per member state (empty: did not vote). The domain judges who may vote.
 */
export function adoptionMethodOf(form: FormBody): { method?: AdoptionMethodInput } | { problem: MessageKey } {
  const chosen = field(form, 'method');
  const votes = Object.keys(form)
    .filter((name) => name.startsWith('vote-') && field(form, name) !== '')
    .map((name) => ({ stakeholderId: name.slice('vote-'.length), vote: field(form, name) as Vote }));
  if (votes.some((v) => !VOTES.includes(v.vote))) return { problem: 'vote.needsVotes' };
  if (chosen === 'recorded-vote') return votes.length > 0 ? { method: { kind: 'recorded-vote', votes } } : { problem: 'vote.needsVotes' };
  if (votes.length > 0) return { problem: 'vote.votesWithoutVote' };
  return chosen === 'consensus' ? { method: { kind: 'consensus' } } : {};
}

/**
 * The languages the chair adopts the version in provisionally, as the form's check boxes
 * `provisionalIn` name them: official languages only, each once. The domain judges whether
 * they are out of step.
 */
export function provisionalLanguagesOf(form: FormBody): { provisionalIn?: LanguageCode[] } {
  const named = fields(form, 'provisionalIn').filter((value): value is LanguageCode =>
    (OFFICIAL_LANGUAGES as readonly string[]).includes(value),
  );
  const languages = [...new Set(named)];
  return languages.length > 0 ? { provisionalIn: languages } : {};
}

/** The out-of-step languages an adoption leaves unnamed: those its refusal is about. */
export function uncoveredLanguages(outOfStep: readonly OutOfStepModel[], provisionalIn: readonly LanguageCode[] = []): LanguageCode[] {
  return outOfStep.filter((v) => v.awaiting > 0 && !provisionalIn.includes(v.language)).map((v) => v.language);
}
