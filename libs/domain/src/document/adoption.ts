/** Adopting the working text as the next version: by the chair at a meeting, or by the system when a silence holds. */
import { AdoptionMethod, NewEvent, VersionAdoptedV1, versionAdopted } from '#libs/contracts';
import {
  LanguageCode,
  LanguageVersionText,
  ResolutionDocument,
  TextAdoption,
  adoptedText,
  adoptedTitle,
  composeLanguageText,
  listUnsettledBrackets,
  sameDocumentText,
} from '#libs/text';
import { Decision, Refusal, accept, refusalOf, refuse } from '../result';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { AdoptionMethodInput, recordedMethod } from './adoption-method';
import { DocumentState, DocumentVersion, latestVersion, undecidedAmendments } from './document-state';
import { languagesOutOfStep, openTasksIn, otherLanguages } from './language-state';
import { describeAmendment } from './described';
import { inputTextProblem, recordedText } from '../input/input-text';

export { tallyOf } from './adoption-method';
export type { AdoptionMethodInput } from './adoption-method';

/** How an adopted version prints its designation, title and adoption line in a language version. */
export interface PrintedAdoption {
  /** The designation as printed in that language: "القرار 1334 (المعدَّل في 2026)". */
  readonly number?: string;
  readonly title?: string;
  /** Without parentheses: "اعتُمد في الجلسة العامة السابعة". */
  readonly adoptionLine?: string;
}

export type PrintedIn = Partial<Record<LanguageCode, PrintedAdoption>>;

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
  /** How the designation, title and adoption line are printed in versions in step (by language). */
  readonly printedIn?: PrintedIn;
  /** Extra fields the adoption event carries (the silence that adopted it, the method). */
  readonly extra?: Pick<VersionAdoptedV1, 'silenceId' | 'method'>;
}

const NO_ONE: StakeholderDirectory = { get: () => undefined };

/**
 * The adoption of the working text as the next version, or why it cannot be adopted yet.
 * A recorded vote needs the registry entries of the voters (`voters`): only member states vote.
 */
export function decideAdoption(state: DocumentState, request: AdoptionRequest, voters: StakeholderDirectory = NO_ONE): Decision<NewEvent> {
  if (!request.label.trim() || !request.meeting.trim()) return refuse('invalid', 'adoption.needsLabelAndMeeting');
  // A silence that held is recorded whatever it covered: the chair announced the text and no one objected.
  const unchanged = request.extra?.silenceId ? undefined : unchangedSinceAdoption(state);
  if (unchanged)
    return refuse('invalid', 'adoption.unchanged', {
      label: unchanged.label,
      meeting: unchanged.adoptedAt!.meeting,
      date: unchanged.adoptedAt!.date,
    });
  const leftOpen = new Set(request.leaveOpen?.amendmentIds ?? []);
  const undecided = undecidedAmendments(state).filter((a) => !leftOpen.has(a.id));
  if (undecided.length > 0) {
    return refuse('invalid', 'adoption.undecidedRemain', { amendments: undecided.map((a) => describeAmendment(state, a, voters)) });
  }
  const brackets = listUnsettledBrackets(state.working!);
  if (brackets.length > 0 && !request.leaveOpen?.brackets) {
    return refuse('invalid', 'adoption.bracketsRemain', { count: brackets.length });
  }
  let method: AdoptionMethod | undefined = request.extra?.method;
  if (request.method) {
    const recorded = recordedMethod(request.method, voters);
    if (!recorded.ok) return { ok: false, refusal: recorded.refusal };
    method = recorded.method;
  }
  const languages = languagesAtAdoption(state, request);
  if ('refusal' in languages) return { ok: false, refusal: languages.refusal };
  const {
    method: _input,
    extra,
    provisionalIn: _provisionalIn,
    provisionalWhereOutOfStep: _outOfStep,
    printedIn: _printedIn,
    ...adoption
  } = request;
  const version = latestVersion(state).number + 1;
  // The resolution prints its own number, title and adoption line; the cover was the contribution's.
  const text = adoptedText(state.working!, { ...adoption, ...(method ? { method } : {}) });
  // Each version in step prints the adoption in its own words, as given; what is not given awaits translation.
  const inLanguages = languages.value && {
    ...languages.value,
    inStep: languages.value.inStep.map((words) => printedAdoption(state.working!, text.title, words, request.printedIn?.[words.language])),
  };
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
      ...(inLanguages ? { languages: inLanguages } : {}),
    }),
  );
}

/**
 * The adopted version the working text still reads as, when nothing has changed since it was
 * adopted: no decision applied since and the same provisions. Adopting it again would record
 * an identical version. The registered base text (never adopted) and a revision (Rev.N, a new
 * version issued since) are changes of their own: adopting them is not a repetition.
 */
export function unchangedSinceAdoption(state: DocumentState): DocumentVersion | undefined {
  const latest = latestVersion(state);
  if (!latest?.adoptedAt || state.applied.length > 0 || !state.working) return undefined;
  // The title as adopted is the adoption's own (its number and subject); the text is the sections and provisions.
  return sameDocumentText({ ...state.working, title: latest.text.title }, latest.text) ? latest : undefined;
}

/**
 * The language versions an adoption records: those in step with their texts, and those the
 * chair adopts provisionally. A version with open translation tasks does not say what the
 * original says: it is adopted only provisionally, and only when the chair names it so.
 */
function languagesAtAdoption(
  state: DocumentState,
  request: Pick<AdoptionRequest, 'provisionalIn' | 'provisionalWhereOutOfStep' | 'printedIn'>,
): { value?: VersionAdoptedV1['languages'] } | { refusal: Refusal } {
  const others = otherLanguages(state);
  const outOfStep = languagesOutOfStep(state);
  const named = [...new Set(request.provisionalIn ?? [])];
  const printed = Object.keys(request.printedIn ?? {}) as LanguageCode[];
  const absent = [...new Set([...named, ...printed])].filter((language) => !others.includes(language));
  if (absent.length > 0) return { refusal: refusalOf('invalid', 'adoption.noLanguageVersion', { languages: absent }) };
  const inStepNamed = named.filter((language) => !outOfStep.includes(language));
  if (inStepNamed.length > 0) return { refusal: refusalOf('invalid', 'adoption.inStep', { languages: inStepNamed }) };
  const provisional = request.provisionalWhereOutOfStep ? outOfStep : named;
  const unnamed = outOfStep.filter((language) => !provisional.includes(language));
  if (unnamed.length > 0) {
    const awaiting = unnamed.reduce((n, language) => n + openTasksIn(state, language).length, 0);
    return {
      refusal:
        awaiting === 1
          ? refusalOf('invalid', 'adoption.outOfStepOne', { languages: unnamed })
          : refusalOf('invalid', 'adoption.outOfStep', { languages: unnamed, count: awaiting }),
    };
  }
  for (const given of Object.values(request.printedIn ?? {}))
    for (const [field, text] of Object.entries(given ?? {})) {
      const problem = text === undefined ? undefined : inputTextProblem({ field: field === 'title' ? 'title' : 'text' }, text);
      if (problem) return { refusal: problem };
    }
  const printedProvisional = printed.filter((language) => provisional.includes(language));
  if (printedProvisional.length > 0)
    return { refusal: refusalOf('invalid', 'adoption.printedInProvisional', { languages: printedProvisional }) };
  if (others.length === 0) return {};
  const inStep = others.filter((language) => !provisional.includes(language)).map((language) => state.languageVersions[language]!.text);
  return { value: { inStep, provisional } };
}

/**
 * A version in step as adopted: its title composed like the original's from the designation
 * and subject printed in its language, its own adoption line, and `titleOf` the original's
 * adopted title. Not given, the version keeps its title, still translating the original's
 * title before adoption (so a new designation awaits translation), and has no adoption line.
 */
function printedAdoption(
  working: ResolutionDocument,
  adoptedOriginalTitle: string,
  words: LanguageVersionText,
  printed: PrintedAdoption | undefined,
): LanguageVersionText {
  const { adoptionLine: _earlier, ...rest } = words;
  if (!printed) return { ...rest, titleOf: words.titleOf ?? working.title };
  // Recorded composed (NFC), as every text a person gives.
  printed = Object.fromEntries(Object.entries(printed).map(([field, text]) => [field, text === undefined ? text : recordedText(text)]));
  const composed = composeLanguageText(working, words).document;
  const title = adoptedTitle(composed, { meeting: '', ...printed });
  const line = printed.adoptionLine?.trim();
  const given = printed.number?.trim() || printed.title?.trim();
  return {
    ...rest,
    ...(given ? { title, titleOf: adoptedOriginalTitle } : { titleOf: words.titleOf ?? working.title }),
    ...(line ? { adoptionLine: line } : {}),
  };
}
