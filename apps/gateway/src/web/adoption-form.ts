/** What the chair's adoption form reads beyond the sitting: what the adopted text prints, and how the text was adopted. */
import { VOTES, Vote } from '#libs/contracts';
import { AdoptionMethodInput } from '#libs/domain';
import { LanguageCode, ResolutionDocument, sameDocumentText } from '#libs/text';
import { MessageKey, OutOfStepModel, StakeholderModel, VoterModel } from '#libs/web';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE_CODES: readonly LanguageCode[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];

/** What the chair leaves open from the preview: amendments by id, the brackets, and the languages adopted provisionally. */
export interface AdoptionChoices {
  readonly leaveOpen: readonly string[];
  readonly leaveBrackets: boolean;
  readonly provisionalIn: readonly LanguageCode[];
}

/** The "leave open" and "adopt provisionally" boxes of the preview; what is malformed is dropped (the domain then names what stays open). */
export function adoptionChoicesOf(form: FormBody): AdoptionChoices {
  return {
    leaveOpen: [...new Set(fields(form, 'leaveOpen').filter((id) => UUID.test(id)))],
    leaveBrackets: field(form, 'leaveBrackets') === 'yes',
    provisionalIn: [...new Set(fields(form, 'provisionalIn'))].filter((code): code is LanguageCode =>
      (LANGUAGE_CODES as readonly string[]).includes(code),
    ),
  };
}

/** The adoption form's own fields, carried from the preview to its confirmation as the chair filled them (empty ones left out). */
export function carriedAdoptionFields(form: FormBody): [string, string][] {
  const named = ['label', 'meeting', 'date', ...ADOPTION_FIELDS.map(([name]) => name), 'method'];
  const votes = Object.keys(form).filter((name) => /^vote-[A-Za-z0-9._:-]{1,100}$/.test(name));
  return [...named, ...votes].map((name): [string, string] => [name, field(form, name)]).filter(([, value]) => value !== '');
}

/**
 * The adopted version the working text still reads as, when adopting would change nothing:
 * the latest version was adopted, no decision was applied since and the provisions read the
 * same (the domain's rule, read off the read models so that the preview says it first).
 */
export function unchangedSinceAdoption(
  latest: { readonly label: string; readonly adoptedMeeting: string | null; readonly adoptedDate: string | null },
  working: { readonly appliedDecisionIds: readonly string[]; readonly text: ResolutionDocument },
  adopted: ResolutionDocument,
): { label: string; meeting: string; date: string } | undefined {
  if (!latest.adoptedMeeting || !latest.adoptedDate || working.appliedDecisionIds.length > 0) return undefined;
  if (!sameDocumentText({ ...working.text, title: adopted.title }, adopted)) return undefined;
  return { label: latest.label, meeting: latest.adoptedMeeting, date: latest.adoptedDate };
}

/** The out-of-step languages an adoption leaves unnamed: those its refusal is about. */
export function uncoveredLanguages(outOfStep: readonly OutOfStepModel[], provisionalIn: readonly LanguageCode[] = []): LanguageCode[] {
  return outOfStep.filter((v) => v.awaiting > 0 && !provisionalIn.includes(v.language)).map((v) => v.language);
}
