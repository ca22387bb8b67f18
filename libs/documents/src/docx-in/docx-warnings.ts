/**
 * What the Word reader could not turn into an amendment, paragraph by paragraph. Like the
 * importer's warnings, each states a stable message key (translated in libs/web's
 * catalogues), the 1-based paragraph of the Word document and its words as read.
 */
export const docxWarningKeys = {
  /** A changed or suppressed paragraph that matches no provision of the version, by label and words: no amendment made of it. */
  paragraphNotMatched: 'docx.paragraph-not-matched',
  /** An added paragraph with nothing before it to be placed after. */
  addedParagraphNotPlaced: 'docx.added-paragraph-not-placed',
  /** A footnote reference of a changed paragraph that matches no footnote of the provision. */
  footnoteNotMatched: 'docx.footnote-not-matched',
  /** A change the text engine refused to make (it would not apply to the version). */
  changeRefused: 'docx.change-refused',
  /** Reasons with no proposal before them. */
  reasonsWithoutProposal: 'docx.reasons-without-proposal',
} as const;

export type DocxWarningKey = (typeof docxWarningKeys)[keyof typeof docxWarningKeys];

export const DOCX_WARNING_KEYS = Object.values(docxWarningKeys) as readonly DocxWarningKey[];

export interface DocxWarning {
  readonly key: DocxWarningKey;
  /** 1-based paragraph of the Word document. */
  readonly paragraph: number;
  /** The paragraph's words as read (after the changes, or before for a deletion). */
  readonly text: string;
  /** What the message names: the change ("modified", "suppressed"...), a label as printed. */
  readonly params: Readonly<Record<string, string | number>>;
}
