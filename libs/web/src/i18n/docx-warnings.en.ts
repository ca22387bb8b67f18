import type { DocxWarningKey } from '#libs/documents';

/**
 * The Word reader's warnings in English, by the key libs/documents states
 * (`docxWarningKeys`); each is read beside the paragraph's number and its words as read.
 */
export const docxWarningsEn = {
  'docx.paragraph-not-matched':
    'This changed or deleted paragraph matches no provision of the current version, by its label "{label}" or its words; no amendment was made of it.',
  'docx.added-paragraph-not-placed':
    'This added paragraph has no provision or heading of the current version before it to be placed after; no amendment was made of it.',
  'docx.footnote-not-matched': "A footnote marked in this paragraph matches none of the provision's footnotes; it is left as it stands.",
  'docx.change-refused':
    'This change cannot be made on the current version: it does not apply to the text as it stands; no amendment was made of it.',
  'docx.reasons-without-proposal': 'These reasons follow no proposal.',
} as const satisfies Record<DocxWarningKey, string>;
