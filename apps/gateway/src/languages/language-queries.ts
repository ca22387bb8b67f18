/**
 * The read side of language versions, as the JSON API, the web pages and the exports ask
 * it. Handlers: language-query-handlers.ts. Every citation is as printed in the language
 * it is read in ("ب)", "b)", "3 '1'"), never an id.
 */
import { Query } from '@nestjs/cqrs';
import type { TranslationTaskReason } from '#libs/contracts';
import type { LanguageCode, ResolutionDocument } from '#libs/text';

/** One language version of a document, and how far it is in step with the original. */
export interface LanguageVersionSummaryView {
  readonly language: LanguageCode;
  /** The negotiating language: the structure and the rulings are in it. */
  readonly original: boolean;
  /** Provisions of the working text. */
  readonly provisions: number;
  /** Provisions whose words are in step with the original. */
  readonly inStep: number;
  /** Provisions awaiting translation (open tasks). */
  readonly awaiting: number;
  /** ISO 8601, when the version was added (absent for the original). */
  readonly addedAt?: string;
}

/** A translation task, with what a translator needs to do it. */
export interface TranslationTaskView {
  readonly taskId: string;
  readonly language: LanguageCode;
  readonly provisionId: string;
  /** The provision as cited in the version's language ("إذ يذكّر، ب)"), and in the original's ("recalling, b)"). */
  readonly citation: string;
  readonly originalCitation: string;
  readonly reason: TranslationTaskReason;
  readonly originalBefore?: string;
  readonly originalAfter: string;
  /** The original's change as marked text: deleted words in <del>, added in <ins>; and as plain marks. */
  readonly marked: { readonly html: string; readonly text: string };
  /** The version's words when the task opened (absent for an added provision). */
  readonly currentWording?: string;
  readonly status: 'open' | 'done' | 'replaced';
  readonly openedAt: string;
  readonly closedAt?: string;
  /** The wording the translator recorded, when done. */
  readonly wording?: string;
}

/** One line of two versions read side by side: a section heading or a provision. */
export interface SideBySideRowView {
  readonly kind: 'heading' | 'provision';
  /** The provision's or section's id (for links and forms, not for reading). */
  readonly id: string;
  readonly part: 'preamble' | 'operative';
  /** 0 for a section's own provisions. */
  readonly depth: number;
  readonly left: SideBySideCellView;
  readonly right: SideBySideCellView;
}

export interface SideBySideCellView {
  /** The label as printed in this language ("ب)", "b)", "а)"); empty for headings and unlabelled paragraphs. */
  readonly label: string;
  readonly text: string;
  /** `awaiting`: an open task; `untranslated`: no words in this language yet (the original's stand in). */
  readonly status: 'in-step' | 'awaiting' | 'untranslated';
}

export interface SideBySideView {
  readonly documentId: string;
  readonly versionLabel: string;
  readonly left: { readonly language: LanguageCode; readonly title: string; readonly direction: 'ltr' | 'rtl' };
  readonly right: { readonly language: LanguageCode; readonly title: string; readonly direction: 'ltr' | 'rtl' };
  readonly rows: readonly SideBySideRowView[];
}

/** A document's text in one language: the working text, or an adopted or issued version. */
export interface LanguageTextView {
  readonly documentId: string;
  readonly language: LanguageCode;
  readonly versionNumber: number;
  readonly versionLabel: string;
  /** Whether this is the working text (the latest version with the decisions since). */
  readonly working: boolean;
  readonly document: ResolutionDocument;
  /** Provisions awaiting translation or never translated, by id. */
  readonly awaiting: readonly string[];
  /** The title / adoption line are printed in the original's words, awaiting translation. */
  readonly untranslatedTitle?: boolean;
  readonly untranslatedAdoptionLine?: boolean;
  /** For an adopted version: whether this language was adopted provisionally and not aligned yet. */
  readonly provisional?: boolean;
}

/** The language versions of a document, the original first; undefined when there is no such document. */
export class ListLanguageVersions extends Query<LanguageVersionSummaryView[] | undefined> {
  constructor(readonly documentId: string) {
    super();
  }
}

/** Translation tasks of a document, by language (all when absent), open ones only unless `all`. */
export class ListTranslationTasks extends Query<TranslationTaskView[] | undefined> {
  constructor(
    readonly documentId: string,
    readonly language?: LanguageCode,
    readonly status: 'open' | 'all' = 'open',
  ) {
    super();
  }
}

/** Two language versions provision by provision: the working text, or a version by number. */
export class GetSideBySide extends Query<SideBySideView | undefined> {
  constructor(
    readonly documentId: string,
    readonly left: LanguageCode,
    readonly right: LanguageCode,
    readonly version: number | 'working' = 'working',
  ) {
    super();
  }
}

/** The text in one language (the original's language gives the original); undefined when no such document, language or version. */
export class GetLanguageText extends Query<LanguageTextView | undefined> {
  constructor(
    readonly documentId: string,
    readonly language: LanguageCode,
    readonly version: number | 'working' = 'working',
  ) {
    super();
  }
}
