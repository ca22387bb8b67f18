/**
 * Language versions of one document. The original (the negotiating language) holds the
 * structure: sections, provisions and sub-items with their stable ids. Every other language
 * version holds only its own words, keyed by those ids, so a version is always aligned to
 * the original provision by provision and survives relettering: each script's labels are
 * derived from the place, as the original's are.
 */
import type { Footnote, LanguageCode } from '../model';

/** One provision's words in a language version (without its label). */
export interface TranslatedProvision {
  readonly text: string;
  readonly footnotes: readonly Footnote[];
}

/** A language version's own words, by the original's ids. */
export interface LanguageVersionText {
  readonly language: LanguageCode;
  readonly title: string;
  /**
   * The original's title that `title` translates, when recorded: a version whose `titleOf`
   * differs from the original's current title (an adoption gave a new designation) has its
   * title awaiting translation. Absent (versions recorded before titles were tracked): in step.
   */
  readonly titleOf?: string;
  /** The adoption line in the version's words ("اعتُمد في الجلسة العامة السابعة"), once adopted and translated. */
  readonly adoptionLine?: string;
  /** The enacting formula: "إن مجلس الاتحاد الدولي للاتصالات،". */
  readonly body: string;
  /** Section headings by section id ("إذ يضع في اعتباره"); UNGA sections have none. */
  readonly headings: Readonly<Record<string, string>>;
  /** Provision wordings by provision id. A provision of the original with no entry has never been translated. */
  readonly provisions: Readonly<Record<string, TranslatedProvision>>;
}

/** Where a provision stands, as a reader of one language version cites it. */
export interface AlignedPlace {
  /** The section's heading as printed in that version ("recalling", "إذ يذكّر"); empty for UNGA paragraphs. */
  readonly heading: string;
  /** The provision's citation as printed in that version: "b)", "ب)", "3 '1'", "4"; empty for an unlabelled paragraph. */
  readonly label: string;
  /** The first words of its text, to recognise it. */
  readonly opening: string;
}

/** A pair the aligner matched but would not vouch for, or a provision with no counterpart. */
export type AlignmentFinding =
  /** A provision of the original with no counterpart in the translation. */
  | { readonly kind: 'missing'; readonly provisionId: string; readonly original: AlignedPlace }
  /** A provision of the translation with no counterpart in the original. */
  | { readonly kind: 'extra'; readonly translated: AlignedPlace }
  /** A section of the original with no counterpart, or one of the translation with none. */
  | { readonly kind: 'missing-section'; readonly sectionId: string; readonly original: AlignedPlace }
  | { readonly kind: 'extra-section'; readonly translated: AlignedPlace }
  /**
   * A matched pair that differs in what any translation keeps: the number of sub-items or
   * footnotes, the numbers and symbols in the text, the printed label, or a length far
   * from the languages' usual ratio.
   */
  | {
      readonly kind: 'doubtful';
      readonly provisionId: string;
      readonly original: AlignedPlace;
      readonly translated: AlignedPlace;
      readonly reasons: readonly DoubtReason[];
    };

export type DoubtReason = 'sub-items' | 'footnotes' | 'numbers' | 'label' | 'length';

/** The outcome of aligning a translated text to the original, before anything is recorded. */
export interface AlignmentReport {
  readonly language: LanguageCode;
  /** Provisions matched (doubtful ones included). */
  readonly matched: number;
  /** Provisions of the original. */
  readonly provisions: number;
  /** Everything a person must look at: missing, extra and doubtful, in the order of the original. */
  readonly findings: readonly AlignmentFinding[];
  /** The translation's words by the original's ids: what would be recorded. */
  readonly version: LanguageVersionText;
}
