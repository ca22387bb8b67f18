import type { LanguageCode } from '../model';

/** The counts of a recorded vote as the adoption line prints them, each with the agreement its language needs. */
export interface VoteCounts {
  /** "150" ("بأغلبية 150 صوتا", "150 голосами"). */
  readonly yes: (count: number) => string;
  /** "5", or "none" when no one voted against. */
  readonly no: (count: number) => string;
  /** "with 10 abstentions", "with no abstentions". */
  readonly abstentions: (count: number) => string;
}

/** How sub-items below the top level are marked in a language's texts. */
export type SubItemKind = 'roman' | 'quoted-number';

/**
 * Everything the text engine knows about one language, as data: a new language is
 * added by writing one of these, not by changing code.
 */
export interface LanguageProfile {
  readonly code: LanguageCode;
  /** Characters that identify the language's script (used to detect the language). */
  readonly script: RegExp;
  /** Frequent words that tell Latin-script languages apart. */
  readonly markers: readonly string[];
  /** The lettering order of preamble items, as printed. */
  readonly letters: readonly string[];
  /** Letters printed with a space before the closing parenthesis ("أ )" but "ب)"). */
  readonly spacedLetters: readonly string[];
  /** How preamble and operative sub-items are marked in ITU texts. */
  readonly subItems: { readonly preamble: SubItemKind; readonly operative: SubItemKind };
  /** How a UNGA operative paragraph number is printed: "{n}." or "{n} -". */
  readonly ungaOperativeFormat: string;
  /** Sentence and clause punctuation that ends a provision. */
  readonly clauseEnds: readonly string[];
  /** The comma that closes the enacting formula ("The ITU Council,"). */
  readonly commas: readonly string[];
  /** First words of preamble headings and UNGA preambular paragraphs ("recalling", "إذ" ...). */
  readonly preambleOpeners: readonly string[];
  /** First words of ITU operative headings ("resolves", "يقرر" ...). */
  readonly operativeOpeners: readonly string[];
  /** Words that may stand before or after a heading's verb ("further", "also", "كذلك"). */
  readonly headingModifiers: readonly string[];
  /** Conjunctions written as a prefix of the next word ("و" in "وإذ", "ويقرر"). */
  readonly prefixConjunctions: readonly string[];
  /** False for scripts written without spaces between words (Chinese). */
  readonly spacedWords: boolean;
  /** Full headings used by the ITU, for reference and rendering in tests and tools. */
  readonly headings: { readonly preamble: readonly string[]; readonly operative: readonly string[] };
  /** Words that open a document designation ("Resolution", "القرار", "Draft"). */
  readonly titleOpeners: readonly string[];
  /** Cover-page keywords, each list in order of preference (the first one is printed). */
  readonly keywords: {
    readonly symbol: readonly string[];
    /** What stands before a UN document symbol on the first line of a UN document ("United Nations"). */
    readonly unitedNations: readonly string[];
    readonly original: readonly string[];
    readonly date: readonly string[];
    readonly agendaItem: readonly string[];
    readonly purpose: readonly string[];
    readonly summary: readonly string[];
    readonly actionRequested: readonly string[];
    readonly expectedResults: readonly string[];
    readonly references: readonly string[];
    readonly priorityArea: readonly string[];
    readonly contributionFrom: readonly string[];
    readonly reportFrom: readonly string[];
    readonly adoption: readonly string[];
    /** The closing line of a UNGA resolution: "51st plenary meeting". */
    readonly meeting: readonly string[];
  };
  /** Names of languages as printed after "Original:", by language code; first is printed. */
  readonly languageNames: Readonly<Record<LanguageCode, readonly string[]>>;
  /** Month names, January first, for recognising a date line. */
  readonly months: readonly string[];
  /** The adoption line composed from the meeting when the chair gives none: "adopted at the {meeting}". */
  readonly adoptedAtMeeting: string;
  /** The line of an adoption by consensus: "adopted at the {meeting} without a vote". */
  readonly adoptedWithoutVote: string;
  /** The line of an adoption by recorded vote: "adopted at the {meeting} by a recorded vote of {yes} to {no}, {abstentions}". */
  readonly adoptedByRecordedVote: string;
  readonly voteCounts: VoteCounts;
}
