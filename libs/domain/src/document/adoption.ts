/** Adopting the working text as the next version: by the chair at a meeting, or by the system when a silence holds. */
import { AdoptionMethod, NewEvent, VersionAdoptedV1, versionAdopted } from '#libs/contracts';
import { LanguageCode, TextAdoption, adoptedText, listUnsettledBrackets } from '#libs/text';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { AdoptionMethodInput, recordedMethod } from './adoption-method';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';
import { languagesOutOfStep, openTasksIn, otherLanguages } from './language-state';
import { languageNames } from './language-versions';

export { tallyOf } from './adoption-method';
export type { AdoptionMethodInput } from './adoption-method';

/** What an adoption records beyond the text: its decision, label, sitting and what is left open. */
export interface AdoptionRequest extends Omit<TextAdoption, 'meeting' | 'method'> {
  readonly decisionId: string;
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  readonly place?: string;
  readonly meetingId?: string;
  readonly leaveOpen?: { readonly amendmentIds?: readonly string[]; readonly brackets?: boolean };
  /** Without a vote, or a recorded vote with each member state's vote; absent, the adoption line names the meeting only. */
  readonly method?: AdoptionMethodInput;
  /** Languages out of step the chair adopts provisionally: exactly those with open translation tasks. */
  readonly provisionalIn?: readonly LanguageCode[];
  /** Adopt provisionally in whatever languages are out of step (a silence that held: no one is there to name them). */
  readonly provisionalWhereOutOfStep?: boolean;
  /** Extra fields the adoption event carries (the silence that adopted it, the method). */
  readonly extra?: Pick<VersionAdoptedV1, 'silenceId' | 'method'>;
}

const NO_ONE: StakeholderDirectory = { get: () => undefined };

/**
 * The adoption of the working text as the next version, or why it cannot be adopted yet.
 * A recorded vote needs the registry entries of the voters (`voters`): only member states vote.
 */
export function decideAdoption(state: DocumentState, request: AdoptionRequest, voters: StakeholderDirectory = NO_ONE): Decision<NewEvent> {
  if (!request.label.trim() || !request.meeting.trim()) return refuse('invalid', 'an adoption names its version label and the meeting');
  const leftOpen = new Set(request.leaveOpen?.amendmentIds ?? []);
  const undecided = undecidedAmendments(state).filter((a) => !leftOpen.has(a.id));
  if (undecided.length > 0) {
    return refuse(
      'invalid',
      `undecided amendments remain: ${undecided.map((a) => a.id).join(', ')}; rule on them or record them as left open`,
    );
  }
  const brackets = listUnsettledBrackets(state.working!);
  if (brackets.length > 0 && !request.leaveOpen?.brackets) {
    return refuse('invalid', `${brackets.length} bracket group(s) remain unsettled; settle them or record them as left open`);
  }
  let method: AdoptionMethod | undefined = request.extra?.method;
  if (request.method) {
    const recorded = recordedMethod(request.method, voters);
    if (!recorded.ok) return { ok: false, refusal: recorded.refusal };
    method = recorded.method;
  }
  const languages = languagesAtAdoption(state, request);
  if ('refusal' in languages) return refuse('invalid', languages.refusal);
  const { method: _input, extra, provisionalIn: _provisionalIn, provisionalWhereOutOfStep: _outOfStep, ...adoption } = request;
  const version = latestVersion(state).number + 1;
  // The resolution prints its own number, title and adoption line; the cover was the contribution's.
  const text = adoptedText(state.working!, { ...adoption, ...(method ? { method } : {}) });
  return accept(
    versionAdopted({
      documentId: state.documentId!,
      decisionId: request.decisionId,
      versionNumber: version,
      label: request.label,
      meeting: request.meeting,
      date: request.date,
      leftOpen: { amendmentIds: [...leftOpen], brackets: brackets.length },
      text,
      ...(request.number ? { number: request.number } : {}),
      ...(request.symbol ? { symbol: request.symbol } : {}),
      title: text.title,
      adoptionLine: text.metadata.adoption!,
      ...(request.place ? { place: request.place } : {}),
      ...(request.meetingId ? { meetingId: request.meetingId } : {}),
      ...extra,
      ...(method ? { method } : {}),
      ...(languages.value ? { languages: languages.value } : {}),
    }),
  );
}

/**
 * The language versions an adoption records: those in step with their texts, and those the
 * chair adopts provisionally. A version with open translation tasks does not say what the
 * original says: it is adopted only provisionally, and only when the chair names it so.
 */
function languagesAtAdoption(
  state: DocumentState,
  request: Pick<AdoptionRequest, 'provisionalIn' | 'provisionalWhereOutOfStep'>,
): { value?: VersionAdoptedV1['languages'] } | { refusal: string } {
  const others = otherLanguages(state);
  const outOfStep = languagesOutOfStep(state);
  const named = [...new Set(request.provisionalIn ?? [])];
  const absent = named.filter((language) => !others.includes(language));
  if (absent.length > 0) return { refusal: `the document has no ${languageNames(absent)} version to adopt provisionally` };
  const inStepNamed = named.filter((language) => !outOfStep.includes(language));
  if (inStepNamed.length > 0)
    return {
      refusal: `the ${languageNames(inStepNamed)} version is in step with the original: it is adopted as it stands, not provisionally`,
    };
  const provisional = request.provisionalWhereOutOfStep ? outOfStep : named;
  const unnamed = outOfStep.filter((language) => !provisional.includes(language));
  if (unnamed.length > 0) {
    const awaiting = unnamed.reduce((n, language) => n + openTasksIn(state, language).length, 0);
    return {
      refusal: `the ${languageNames(unnamed)} version${unnamed.length > 1 ? 's' : ''} ${unnamed.length > 1 ? 'are' : 'is'} out of step with the original (${awaiting} provision${awaiting === 1 ? '' : 's'} awaiting translation): record the translations first, or adopt provisionally in ${languageNames(unnamed)}`,
    };
  }
  if (others.length === 0) return {};
  const inStep = others.filter((language) => !provisional.includes(language)).map((language) => state.languageVersions[language]!.text);
  return { value: { inStep, provisional } };
}
