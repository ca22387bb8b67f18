import type { ImportWarningKey } from '#libs/text';

/**
 * The importer's warnings in English, by the key the text engine states (libs/text,
 * `importWarningKeys`); each is read beside the line number and the line's text as read.
 */
export const importWarningsEn = {
  'import.line-not-placed': 'This line could not be placed in the text; its words are kept only in this warning.',
  'import.footnote-not-placed':
    'This footnote could not be attached to a provision (it has no marker in the text, or its marker stands in the title, the enacting formula, a heading or the cover); its text is kept only in this warning.',
  'import.footnote-text-missing': 'Footnote {footnote} is marked in this line but its text was not found; the marker is left out.',
  'import.cover-line-kept': 'A cover line that was not recognised; kept as printed with the cover, outside the text.',
  'import.garbled-preamble-particle':
    'This paragraph opens with the preambular particle as PDF extraction garbles it ("إنه" or "وإن" for "إذ" or "وإذ"); read as preambular, its words kept as printed.',
  'import.invisible-character-removed': 'An invisible character ({character}) was removed at column {column}.',
  'import.no-enacting-formula': 'No enacting formula before the first heading; the text is read from this heading.',
  'import.no-resolution-text':
    'No resolution text found (neither an enacting formula nor a heading): the cover is read and the rest kept as narrative.',
  'import.text-before-first-heading': 'Text before the first heading; kept in a section without a heading.',
  'import.paragraph-without-label': 'A paragraph without a label; kept as a provision of its own.',
  'import.preamble-heading-after-operative': 'A preambular heading after the operative part; kept in the operative part.',
  'import.old-and-new-labels': 'Old and new labels stand side by side in "{label}" (the revision marks were lost); read as "{readAs}".',
  'import.label-out-of-sequence':
    'Label "{label}" stands where "{expected}" is expected; the provision keeps its place and takes the label of its place.',
  'import.label-kind-unexpected': 'Label "{label}" is not of the kind this part uses at the top level.',
  'import.lost-revision-marks.number-runs-into-word':
    'Possibly lost revision marks in "{excerpt}": a number runs into a word. The words are kept as they stand.',
  'import.lost-revision-marks.years-run-together':
    'Possibly lost revision marks in "{excerpt}": two years run together. The words are kept as they stand.',
  'import.lost-revision-marks.years-side-by-side':
    'Possibly lost revision marks in "{excerpt}": two years stand side by side. The words are kept as they stand.',
  'import.lost-revision-marks.clause-marks-side-by-side':
    'Possibly lost revision marks in "{excerpt}": two clause marks stand side by side. The words are kept as they stand.',
  'import.lost-revision-marks.clause-mark-runs-into-word':
    'Possibly lost revision marks in "{excerpt}": a clause mark runs into a word. The words are kept as they stand.',
} as const satisfies Record<ImportWarningKey, string>;
