/**
 * What a document's stream knows of its language versions: each version's words by the
 * original's ids, the translation tasks still open, and the adopted versions waiting for a
 * language to catch up. Folded by `evolveDocument`.
 */
import type {
  AdoptedVersionAlignedV1,
  LanguageVersionAddedV1,
  TranslationRecordedV1,
  TranslationTask,
  TranslationTasksOpenedV1,
  VersionAdoptedV1,
} from '#libs/contracts';
import { LanguageCode, LanguageVersionText, ResolutionDocument, locateProvision, locateSection } from '#libs/text';

/** One language version other than the original. */
export interface LanguageVersionRecord {
  /** Its words as they stand, by the original's ids. */
  readonly text: LanguageVersionText;
  /** The original's version it was aligned to when added. */
  readonly addedAt: number;
}

/** An adopted version waiting for the languages it was adopted in provisionally. */
export interface ProvisionalAdoption {
  readonly versionNumber: number;
  /** The languages not aligned yet. */
  readonly languages: readonly LanguageCode[];
}

/** Open tasks by language, then by provision (or section, for a heading). */
export type OpenTranslationTasks = Readonly<Partial<Record<LanguageCode, Readonly<Record<string, TranslationTask>>>>>;

export interface LanguageVersionsState {
  /** The negotiating language: the original's, which holds the structure. */
  readonly originalLanguage?: LanguageCode;
  readonly languageVersions: Readonly<Partial<Record<LanguageCode, LanguageVersionRecord>>>;
  readonly translationTasks: OpenTranslationTasks;
  readonly provisionalAdoptions: readonly ProvisionalAdoption[];
}

export const initialLanguageVersionsState: LanguageVersionsState = {
  languageVersions: {},
  translationTasks: {},
  provisionalAdoptions: [],
};

/** The languages that have a version besides the original, in the order they were added. */
export function otherLanguages(state: LanguageVersionsState): LanguageCode[] {
  return Object.keys(state.languageVersions) as LanguageCode[];
}

/** The open tasks of one language, in the order they were opened. */
export function openTasksIn(state: LanguageVersionsState, language: LanguageCode): TranslationTask[] {
  return Object.values(state.translationTasks[language] ?? {});
}

/** The languages whose versions have open tasks: out of step with the original. */
export function languagesOutOfStep(state: LanguageVersionsState): LanguageCode[] {
  return otherLanguages(state).filter((language) => openTasksIn(state, language).length > 0);
}

export function withLanguageVersionAdded<S extends LanguageVersionsState>(state: S, e: LanguageVersionAddedV1): S {
  return {
    ...state,
    languageVersions: { ...state.languageVersions, [e.text.language]: { text: e.text, addedAt: e.versionNumber } },
  };
}

export function withTasksOpened<S extends LanguageVersionsState>(state: S, e: TranslationTasksOpenedV1): S {
  const replaced = new Set(e.replaces);
  const tasks: Partial<Record<LanguageCode, Record<string, TranslationTask>>> = {};
  for (const [language, byProvision] of Object.entries(state.translationTasks) as [LanguageCode, Record<string, TranslationTask>][])
    tasks[language] = Object.fromEntries(Object.entries(byProvision).filter(([, task]) => !replaced.has(task.taskId)));
  for (const task of e.tasks) tasks[task.language] = { ...tasks[task.language], [task.provisionId]: task };
  return { ...state, translationTasks: tasks };
}

export function withTranslationRecorded<S extends LanguageVersionsState>(state: S, e: TranslationRecordedV1): S {
  const version = state.languageVersions[e.language];
  if (!version) return state;
  const provisions = { ...version.text.provisions };
  for (const p of e.provisions)
    provisions[p.provisionId] = { text: p.text, footnotes: p.footnotes ?? provisions[p.provisionId]?.footnotes ?? [] };
  const text: LanguageVersionText = {
    ...version.text,
    provisions,
    headings: { ...version.text.headings, ...e.headings },
    ...(e.title !== undefined ? { title: e.title, ...(e.titleOf !== undefined ? { titleOf: e.titleOf } : {}) } : {}),
    ...(e.adoptionLine !== undefined ? { adoptionLine: e.adoptionLine } : {}),
  };
  const closed = new Set(e.closes);
  const open = Object.fromEntries(Object.entries(state.translationTasks[e.language] ?? {}).filter(([, task]) => !closed.has(task.taskId)));
  return {
    ...state,
    languageVersions: { ...state.languageVersions, [e.language]: { ...version, text } },
    translationTasks: { ...state.translationTasks, [e.language]: open },
  };
}

export function withProvisionalAdoption<S extends LanguageVersionsState>(state: S, e: VersionAdoptedV1): S {
  if (!e.languages) return state;
  // The versions in step take their words as adopted: the title and adoption line printed in them.
  // The others' adoption line was an earlier adoption's: it awaits translation of this one.
  const inStep = new Map(e.languages.inStep.map((text) => [text.language, text]));
  const languageVersions = { ...state.languageVersions };
  for (const [language, version] of Object.entries(state.languageVersions) as [LanguageCode, LanguageVersionRecord][]) {
    const { adoptionLine: _earlier, ...words } = version.text;
    languageVersions[language] = { ...version, text: inStep.get(language) ?? words };
  }
  if (e.languages.provisional.length === 0) return { ...state, languageVersions };
  return {
    ...state,
    languageVersions,
    provisionalAdoptions: [...state.provisionalAdoptions, { versionNumber: e.versionNumber, languages: [...e.languages.provisional] }],
  };
}

export function withAdoptedVersionAligned<S extends LanguageVersionsState>(state: S, e: AdoptedVersionAlignedV1): S {
  const provisionalAdoptions = state.provisionalAdoptions
    .map((adoption) =>
      adoption.versionNumber === e.versionNumber
        ? { ...adoption, languages: adoption.languages.filter((language) => language !== e.language) }
        : adoption,
    )
    .filter((adoption) => adoption.languages.length > 0);
  return { ...state, provisionalAdoptions };
}

/**
 * A provision deleted from the original needs no translation: its open tasks close with it
 * (the structure is the original's, so the versions lose it too).
 */
export function withoutTasksOfDeleted<S extends LanguageVersionsState>(state: S, working: ResolutionDocument | undefined): S {
  if (!working) return state;
  const exists = (id: string) => locateProvision(working, id) !== undefined || locateSection(working, id) !== undefined;
  let changed = false;
  const tasks: Partial<Record<LanguageCode, Record<string, TranslationTask>>> = {};
  for (const [language, byProvision] of Object.entries(state.translationTasks) as [LanguageCode, Record<string, TranslationTask>][]) {
    const kept = Object.entries(byProvision).filter(([id]) => exists(id));
    if (kept.length !== Object.keys(byProvision).length) changed = true;
    tasks[language] = Object.fromEntries(kept);
  }
  return changed ? { ...state, translationTasks: tasks } : state;
}
