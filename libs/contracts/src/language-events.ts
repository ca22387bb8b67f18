/**
 * Language versions of a document (Arabic, Chinese, English, French, Russian, Spanish):
 * the original in the negotiating language holds the structure; each other version is
 * aligned to it by the stable provision ids, and every change the chair decides opens
 * translation work in the others. Part of the document's stream.
 */
import type { Footnote, LanguageCode, LanguageVersionText } from '#libs/text';
import { Typed } from './recorded-event';

export const LANGUAGE_VERSION_ADDED = 'LanguageVersionAdded';
export const TRANSLATION_TASKS_OPENED = 'TranslationTasksOpened';
export const TRANSLATION_RECORDED = 'TranslationRecorded';
export const ADOPTED_VERSION_ALIGNED = 'AdoptedVersionAligned';

export interface LanguageVersionAddedV1 {
  readonly documentId: string;
  /** The original's version the translation was aligned to (always the latest when recorded). */
  readonly versionNumber: number;
  /** The version's own words by the original's ids. */
  readonly text: LanguageVersionText;
  /** How it came in: plain text, the interchange format, or a Word file. */
  readonly source: { readonly format: 'plain' | 'interchange' | 'word'; readonly importWarnings: number };
  /** Provisions matched, and the doubtful pairs the secretariat looked at and accepted, by provision id. */
  readonly alignment: { readonly matched: number; readonly acceptedDoubtful: readonly string[] };
}

/** Why a provision awaits translation. */
export type TranslationTaskReason =
  /** The chair's decision changed its words in the original. */
  | 'changed'
  /** The decision added it to the original: the version has no words for it yet. */
  | 'added'
  /** The version was added after the original changed since the version it was aligned to, or lacks words for it. */
  | 'untranslated';

export interface TranslationTask {
  readonly taskId: string;
  readonly language: LanguageCode;
  readonly provisionId: string;
  readonly reason: TranslationTaskReason;
  /** The original's words before the change; absent for an added provision. */
  readonly originalBefore?: string;
  /** The original's words after it. */
  readonly originalAfter: string;
  /** The version's words when the task opened; absent for an added provision. */
  readonly currentWording?: string;
}

export interface TranslationTasksOpenedV1 {
  readonly documentId: string;
  /** The decision whose change opened them (a ruling, merge, settlement, correction or revision); absent when a version was added. */
  readonly decisionId?: string;
  /** One task per language and provision; a task for a provision already awaiting translation in that language replaces the open one. */
  readonly tasks: readonly TranslationTask[];
  /** Open tasks this event replaces (closed without a translation). */
  readonly replaces: readonly string[];
}

export interface TranslationRecordedV1 {
  readonly documentId: string;
  readonly language: LanguageCode;
  /** The new wording of each provision, by id. */
  readonly provisions: readonly { readonly provisionId: string; readonly text: string; readonly footnotes?: readonly Footnote[] }[];
  /** Section headings translated with them, by section id. */
  readonly headings?: Readonly<Record<string, string>>;
  /** The title in the version's words: it translates the original's current title (recorded as the version's `titleOf`). */
  readonly title?: string;
  /** The original's title when `title` was recorded: the title it translates (set by the ledger with `title`). */
  readonly titleOf?: string;
  /** The adoption line in the version's words, without parentheses. */
  readonly adoptionLine?: string;
  /** The tasks this closes. */
  readonly closes: readonly string[];
  /** The translator. */
  readonly translatorId: string;
}

/** A version adopted provisionally in a language is now in step there: the last task of that language closed. */
export interface AdoptedVersionAlignedV1 {
  readonly documentId: string;
  readonly versionNumber: number;
  readonly language: LanguageCode;
  /** The version's words as aligned, the text adopted in that language. */
  readonly text: LanguageVersionText;
}

export type LanguageVersionAdded = Typed<typeof LANGUAGE_VERSION_ADDED, LanguageVersionAddedV1>;
export type TranslationTasksOpened = Typed<typeof TRANSLATION_TASKS_OPENED, TranslationTasksOpenedV1>;
export type TranslationRecorded = Typed<typeof TRANSLATION_RECORDED, TranslationRecordedV1>;
export type AdoptedVersionAligned = Typed<typeof ADOPTED_VERSION_ALIGNED, AdoptedVersionAlignedV1>;

/** The language events of a document's stream (part of `DocumentEvent`). */
export type LanguageEvent = LanguageVersionAdded | TranslationTasksOpened | TranslationRecorded | AdoptedVersionAligned;

const v1 =
  <T extends LanguageEvent['type']>(type: T) =>
  <P>(payload: P): Typed<T, P> => ({ type, schemaVersion: 1, payload });

export const languageVersionAdded: (payload: LanguageVersionAddedV1) => LanguageVersionAdded = v1(LANGUAGE_VERSION_ADDED);
export const translationTasksOpened: (payload: TranslationTasksOpenedV1) => TranslationTasksOpened = v1(TRANSLATION_TASKS_OPENED);
export const translationRecorded: (payload: TranslationRecordedV1) => TranslationRecorded = v1(TRANSLATION_RECORDED);
export const adoptedVersionAligned: (payload: AdoptedVersionAlignedV1) => AdoptedVersionAligned = v1(ADOPTED_VERSION_ALIGNED);
