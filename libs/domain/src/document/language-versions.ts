/**
 * Language versions on the write side. The original (the negotiating language) holds the
 * structure; a version is added once it lines up with it provision by provision, every
 * change the chair decides to the original opens translation tasks in the other versions,
 * and a translator's wording closes them.
 */
import {
  AlignmentFinding,
  LanguageCode,
  LanguageVersionText,
  ResolutionDocument,
  alignLanguageVersion,
  allProvisions,
  applyAmendment,
  citeProvision,
  composeLanguageText,
  languageProfiles,
  languageVersionOf,
  locateProvision,
  locateSection,
  outlineDocument,
  quoteWords,
} from '#libs/text';
import {
  NestedMessage,
  NewEvent,
  TranslationRecordedV1,
  TranslationTask,
  adoptedVersionAligned,
  languageVersionAdded,
  nestedMessage,
  renderRefusal,
  translationRecorded,
  translationTasksOpened,
} from '#libs/contracts';
import { hasRole } from '../actor';
import { WrittenField, inputTextProblem, recordedText } from '../input/input-text';
import { Decision, Refusal, accept, refuse } from '../result';
import { DocumentCommand, DocumentContext } from './document-commands';
import { AmendmentRecord, DocumentState, evolveDocument, latestVersion } from './document-state';
import { languagesOutOfStep, openTasksIn, otherLanguages } from './language-state';

/**
 * A provision or section as a reader of `doc` cites it, with the labels its place gives it
 * (the one citation of libs/text), or the words that say it is no longer in the text.
 */
function citedAs(doc: ResolutionDocument, id: string): string | NestedMessage {
  return citeProvision(doc, id) ?? nestedMessage('part.gone');
}

/** Decides adding a language version and recording a translation. */
export function decideLanguageVersion(
  command: Extract<DocumentCommand, { kind: 'AddLanguageVersion' | 'RecordTranslation' }>,
  state: DocumentState,
  context: DocumentContext,
): Decision<NewEvent> {
  return command.kind === 'AddLanguageVersion' ? decideAddition(command, state, context) : decideTranslation(command, state, context);
}

function decideAddition(
  command: Extract<DocumentCommand, { kind: 'AddLanguageVersion' }>,
  state: DocumentState,
  { actor }: DocumentContext,
): Decision<NewEvent> {
  if (!hasRole(actor, 'secretariat') && !hasRole(actor, 'translator')) return refuse('not-allowed', 'language.addNotAllowed');
  const working = state.working!;
  const { translation } = command;
  const language = translation.language;
  if (!languageProfiles[language]) return refuse('invalid', 'language.notUn', { given: String(language) });
  if (language === state.originalLanguage) return refuse('invalid', 'language.isOriginal', { language });
  if (state.languageVersions[language]) return refuse('already-exists', 'language.alreadyAdded', { language });
  if (translation.style !== working.style)
    return refuse('invalid', 'language.otherLayout', { language, style: translation.style, originalStyle: working.style });
  const report = alignLanguageVersion(working, translation, { printedOrdinals: command.printedOrdinals });
  const accepted = new Set(command.acceptDoubtful ?? []);
  // A provision the translation lacks is recorded as awaiting translation; anything else must be put right first.
  const blocking = report.findings.filter(
    (finding) =>
      finding.kind !== 'missing' &&
      finding.kind !== 'missing-section' &&
      (finding.kind !== 'doubtful' || !accepted.has(finding.provisionId)),
  );
  if (blocking.length > 0) {
    return refuse('invalid', 'language.doesNotLineUp', { language, findings: blocking.map((f) => finding(working, language, f)) });
  }
  // The title translates the original's as it stands; the adoption line is the translation's own, when it prints one.
  const line = translation.metadata.adoption?.trim();
  const text = recordedVersion({
    ...report.version,
    ...(report.version.title ? { titleOf: working.title } : {}),
    ...(line ? { adoptionLine: line } : {}),
  });
  const problem = versionTextProblem(working, text);
  if (problem) return { ok: false, refusal: problem };
  const acceptedDoubtful = report.findings.flatMap((f) => (f.kind === 'doubtful' && accepted.has(f.provisionId) ? [f.provisionId] : []));
  const added = languageVersionAdded({
    documentId: state.documentId!,
    versionNumber: latestVersion(state).number,
    text,
    source: command.source,
    alignment: { matched: report.matched, acceptedDoubtful },
  });
  const untranslated = untranslatedTasks(working, text);
  if (untranslated.length === 0) return accept(added);
  return accept<NewEvent>(added, translationTasksOpened({ documentId: state.documentId!, tasks: untranslated, replaces: [] }));
}

/** A task for each provision of the original the version came in without. */
function untranslatedTasks(working: ResolutionDocument, version: LanguageVersionText): TranslationTask[] {
  return [...allProvisions(working)]
    .filter((p) => !version.provisions[p.id])
    .map((p) => ({
      taskId: `added:${version.language}:${p.id}`,
      language: version.language,
      provisionId: p.id,
      reason: 'untranslated' as const,
      originalAfter: p.text,
    }));
}

/** A finding as a person reads it: the provision cited as printed in the original, never by id. */
function finding(original: ResolutionDocument, language: LanguageCode, f: AlignmentFinding): NestedMessage {
  switch (f.kind) {
    case 'missing':
      return nestedMessage('finding.missing', { provision: citedAs(original, f.provisionId), language });
    case 'missing-section':
      return nestedMessage('finding.missingSection', { heading: f.original.heading ?? '', language });
    case 'extra': {
      const opening = quoteWords(language, `${f.translated.opening}…`);
      const provision = [f.translated.heading, f.translated.label].filter(Boolean).join(language === 'ar' ? '، ' : ', ');
      return nestedMessage('finding.extra', { language, provision: provision ? `${provision} ${opening}` : opening });
    }
    case 'extra-section':
      return nestedMessage('finding.extraSection', { language, heading: f.translated.heading ?? '' });
    case 'doubtful':
      return nestedMessage('finding.doubtful', { provision: citedAs(original, f.provisionId), language, reasons: f.reasons });
  }
}

/** Why a text cannot be recorded, naming it (as cited, which takes an outline of the text) only when it cannot. */
function problemIn(field: () => WrittenField, text: string): Refusal | undefined {
  return inputTextProblem({ field: 'text' }, text) && inputTextProblem(field(), text);
}

/** The field of a language version's wording: its language and the provision or heading, cited in the original. */
function wordingOf(
  language: LanguageCode,
  original: ResolutionDocument,
  id: string,
  field: 'wording' | 'footnote' = 'wording',
): WrittenField {
  const cited = citedAs(original, id);
  return { field, language, provision: typeof cited === 'string' ? cited : (renderRefusal(cited.key, cited.params) ?? '') };
}

/** The version's words as recorded: Unicode composed (NFC). */
function recordedVersion(version: LanguageVersionText): LanguageVersionText {
  const nfc = (text: string) => text.normalize('NFC');
  return {
    language: version.language,
    title: nfc(version.title),
    ...(version.titleOf !== undefined ? { titleOf: version.titleOf } : {}),
    ...(version.adoptionLine ? { adoptionLine: nfc(version.adoptionLine) } : {}),
    body: nfc(version.body),
    headings: Object.fromEntries(Object.entries(version.headings).map(([id, heading]) => [id, nfc(heading)])),
    provisions: Object.fromEntries(
      Object.entries(version.provisions).map(([id, p]) => [
        id,
        { text: nfc(p.text), footnotes: p.footnotes.map((note) => ({ ...note, text: nfc(note.text) })) },
      ]),
    ),
  };
}

/** Why a version's words cannot be recorded: a provision with no words, or an invisible character. */
function versionTextProblem(original: ResolutionDocument, version: LanguageVersionText): Refusal | undefined {
  for (const [id, p] of Object.entries(version.provisions)) {
    const problem = problemIn(() => wordingOf(version.language, original, id), p.text);
    if (problem) return problem;
  }
  for (const [id, heading] of Object.entries(version.headings)) {
    const problem = problemIn(() => wordingOf(version.language, original, id), heading);
    if (problem) return problem;
  }
  return undefined;
}

function decideTranslation(
  command: Extract<DocumentCommand, { kind: 'RecordTranslation' }>,
  state: DocumentState,
  { actor }: DocumentContext,
): Decision<NewEvent> {
  if (!hasRole(actor, 'translator')) return refuse('not-allowed', 'translation.notTranslator');
  const working = state.working!;
  const { language } = command;
  if (language === state.originalLanguage) return refuse('invalid', 'translation.isOriginal', { language });
  if (!state.languageVersions[language]) return refuse('not-found', 'translation.noVersion', { language });
  const headings = Object.entries(command.headings ?? {});
  const title = command.title === undefined ? undefined : recordedText(command.title);
  const adoptionLine = command.adoptionLine === undefined ? undefined : recordedText(command.adoptionLine);
  if (command.provisions.length === 0 && headings.length === 0 && title === undefined && adoptionLine === undefined)
    return refuse('invalid', 'translation.nothingGiven');
  const coverProblem =
    (title !== undefined ? inputTextProblem({ field: 'title' }, title) : undefined) ??
    (adoptionLine !== undefined ? inputTextProblem({ field: 'text' }, adoptionLine) : undefined);
  if (coverProblem) return { ok: false, refusal: coverProblem };
  const named = command.provisions.map((p) => p.provisionId);
  if (new Set(named).size !== named.length) return refuse('invalid', 'translation.provisionTwice');
  const notInText = named.filter((id) => !locateProvision(working, id)).length;
  if (notInText > 0) return refuse('not-found', 'translation.notInText', { count: notInText });
  const untitled = headings.filter(([id]) => !locateSection(working, id)?.section.heading).length;
  if (untitled > 0) return refuse('not-found', 'translation.notHeadings', { count: untitled });
  const provisions: TranslationRecordedV1['provisions'][number][] = [];
  for (const p of command.provisions) {
    const problem = problemIn(() => wordingOf(language, working, p.provisionId), p.text);
    if (problem) return { ok: false, refusal: problem };
    const badNote = p.footnotes
      ?.map((note) => problemIn(() => wordingOf(language, working, p.provisionId, 'footnote'), note.text))
      .find(Boolean);
    if (badNote) return { ok: false, refusal: badNote };
    const footnotes = p.footnotes?.map((note) => ({ ...note, text: recordedText(note.text) }));
    provisions.push({ provisionId: p.provisionId, text: recordedText(p.text), ...(footnotes ? { footnotes } : {}) });
  }
  const recordedHeadings: Record<string, string> = {};
  for (const [id, heading] of headings) {
    const problem = problemIn(() => wordingOf(language, working, id), heading);
    if (problem) return { ok: false, refusal: problem };
    recordedHeadings[id] = recordedText(heading);
  }
  const ids = new Set([...named, ...Object.keys(recordedHeadings)]);
  const recorded = translationRecorded({
    documentId: state.documentId!,
    language,
    provisions,
    ...(headings.length > 0 ? { headings: recordedHeadings } : {}),
    ...(title !== undefined ? { title, titleOf: working.title } : {}),
    ...(adoptionLine !== undefined ? { adoptionLine } : {}),
    closes: openTasksIn(state, language)
      .filter((task) => ids.has(task.provisionId))
      .map((task) => task.taskId),
    translatorId: actor.id,
  });
  return accept(recorded, ...alignedAfter(evolveDocument(state, recorded), language));
}

/**
 * The provisional adoptions in a language that are now in step: no task of that language
 * remains open. Each is recorded with the version's words as they stand.
 */
function alignedAfter(state: DocumentState, language: LanguageCode): NewEvent[] {
  if (openTasksIn(state, language).length > 0) return [];
  const version = state.languageVersions[language];
  if (!version) return [];
  return state.provisionalAdoptions
    .filter((adoption) => adoption.languages.includes(language))
    .map((adoption) =>
      adoptedVersionAligned({ documentId: state.documentId!, versionNumber: adoption.versionNumber, language, text: version.text }),
    );
}

/** The decisions whose changes to the original open translation work in the other versions. */
const CHANGING_DECISIONS = new Set<DocumentCommand['kind']>([
  'RuleOnAmendment',
  'MergeAmendments',
  'SettleBrackets',
  'CorrectDecision',
  'IssueRevision',
]);

/**
 * The chair's decision with the translation work it opens: tasks in every other version
 * for each provision whose words it changed or that it added (deletions and moves need none:
 * the structure is the original's). An amendment proposed in another language and
 * accepted as proposed gives that language its proposer's own words instead.
 */
export function withTranslationWork(command: DocumentCommand, state: DocumentState, decision: Decision<NewEvent>): Decision<NewEvent> {
  if (!decision.ok || !CHANGING_DECISIONS.has(command.kind) || otherLanguages(state).length === 0) return decision;
  if (!('decisionId' in command)) return decision;
  const after = decision.events.reduce(evolveDocument, state);
  if (after.working === state.working) return decision;
  const amendment = command.kind === 'RuleOnAmendment' && command.ruling === 'accepted' ? state.amendments[command.amendmentId] : undefined;
  const changes = changedInOriginal(state.working!, after.working!);
  const own = amendment?.language ? proposersWords(state, after, amendment, changes) : undefined;
  const events: NewEvent[] = [...decision.events];
  // The proposer's language takes the proposer's words first: the tasks below see them.
  let words = state;
  if (own && own.recorded.provisions.length + Object.keys(own.recorded.headings ?? {}).length > 0) {
    const recorded = translationRecorded({ ...own.recorded, closes: [] });
    events.push(recorded);
    words = evolveDocument(state, recorded);
  }
  const tasks: TranslationTask[] = [];
  const replaces: string[] = [];
  for (const language of otherLanguages(state)) {
    const version = words.languageVersions[language]!.text;
    const open = state.translationTasks[language] ?? {};
    // A provision the decision deleted needs no translation: its open tasks close with it.
    for (const task of Object.values(open))
      if (!locateProvision(after.working!, task.provisionId) && !locateSection(after.working!, task.provisionId))
        replaces.push(task.taskId);
    for (const change of changes) {
      const replaced = open[change.id];
      // The proposer's words are in step where that language was in step before the ruling.
      if (own?.language === language && own.ids.has(change.id) && !replaced) continue;
      if (replaced) replaces.push(replaced.taskId);
      // The version's words still render what the original said when the replaced task opened.
      const before = replaced ? replaced.originalBefore : change.before;
      // Changed back to the words the version still renders (a correction undoing a ruling): nothing to translate.
      if (before !== undefined && before === change.after) continue;
      const current = change.heading ? version.headings[change.id] : version.provisions[change.id]?.text;
      tasks.push({
        taskId: `${command.decisionId}:${language}:${change.id}`,
        language,
        provisionId: change.id,
        reason: before === undefined ? 'added' : 'changed',
        ...(before !== undefined ? { originalBefore: before } : {}),
        originalAfter: change.after,
        ...(before !== undefined && current !== undefined ? { currentWording: current } : {}),
      });
    }
  }
  if (tasks.length + replaces.length > 0)
    events.push(translationTasksOpened({ documentId: state.documentId!, decisionId: command.decisionId, tasks, replaces }));
  // A language whose last open task this decision closed (its words are right again, or the proposer's) is in step.
  const final = events.slice(decision.events.length).reduce(evolveDocument, after);
  for (const language of languagesOutOfStep(state)) events.push(...alignedAfter(final, language));
  return accept(...events);
}

/** A provision (or heading) whose words in the original a decision changed; `before` absent when it added it. */
interface OriginalChange {
  readonly id: string;
  readonly heading: boolean;
  readonly before?: string;
  readonly after: string;
}

/** The words a decision changed in the original, provision by provision in reading order, then headings. */
export function changedInOriginal(before: ResolutionDocument, after: ResolutionDocument): OriginalChange[] {
  const words = (p: { text: string; footnotes: readonly { text: string }[] }) =>
    [p.text, ...p.footnotes.map((note) => note.text)].join('\u0000');
  const old = new Map(outlineDocument(before).map((place) => [place.provision.id, place.provision]));
  const changes: OriginalChange[] = [];
  for (const { provision } of outlineDocument(after)) {
    const was = old.get(provision.id);
    if (!was) changes.push({ id: provision.id, heading: false, after: provision.text });
    else if (words(was) !== words(provision)) changes.push({ id: provision.id, heading: false, before: was.text, after: provision.text });
  }
  const oldHeadings = new Map([...before.preamble, ...before.operative].map((s) => [s.id, s.heading]));
  for (const section of [...after.preamble, ...after.operative]) {
    if (!section.heading) continue;
    const was = oldHeadings.get(section.id);
    if (was === section.heading) continue;
    changes.push({ id: section.id, heading: true, ...(was ? { before: was } : {}), after: section.heading });
  }
  return changes;
}

/**
 * The proposer's own words for the provisions the accepted amendment changed, when its
 * operation still applies to its language's version: that language needs no task there.
 */
function proposersWords(
  state: DocumentState,
  after: DocumentState,
  amendment: AmendmentRecord,
  changes: readonly OriginalChange[],
): { language: LanguageCode; ids: Set<string>; recorded: Omit<TranslationRecordedV1, 'closes'> } | undefined {
  const language = amendment.language!;
  const version = state.languageVersions[language];
  if (!version) return undefined;
  const composed = composeLanguageText(state.working!, version.text).document;
  const applied = applyAmendment(composed, amendment.operation);
  if (!applied.ok) return undefined;
  const wordsBefore = languageVersionOf(composed);
  const wordsAfter = languageVersionOf(applied.value);
  const ids = new Set<string>();
  const provisions: TranslationRecordedV1['provisions'][number][] = [];
  const headings: Record<string, string> = {};
  for (const change of changes) {
    if (change.heading) {
      const heading = wordsAfter.headings[change.id];
      if (heading !== undefined && heading !== wordsBefore.headings[change.id] && locateSection(after.working!, change.id)) {
        headings[change.id] = heading;
        ids.add(change.id);
      }
      continue;
    }
    const words = wordsAfter.provisions[change.id];
    const was = wordsBefore.provisions[change.id];
    if (!words || (was && was.text === words.text)) continue;
    provisions.push({ provisionId: change.id, text: words.text, footnotes: words.footnotes });
    ids.add(change.id);
  }
  return {
    language,
    ids,
    recorded: {
      documentId: state.documentId!,
      language,
      provisions,
      ...(Object.keys(headings).length > 0 ? { headings } : {}),
      // The words are the proposer's, accepted with the ruling.
      translatorId: amendment.proposers[0],
    },
  };
}

/** The text an amendment proposed in `language` applies to: the original's working text in that version's words. */
export function composedWorkingText(state: DocumentState, language: LanguageCode): ResolutionDocument | undefined {
  const version = state.languageVersions[language];
  return version ? composeLanguageText(state.working!, version.text).document : undefined;
}
