/**
 * Warnings keyed for the reader's language. A person reads a warning rendered later in
 * their own language, so the importer states a message key, the parameters its message
 * needs (a label or an excerpt as printed, a footnote's number), the 1-based line number
 * (`line`) and the line's text as read (`text`) — never an English sentence. The keys
 * below are stable: renderers and clients translate them.
 */
import type { ImportWarning } from '../model';
import { collapseWhitespace } from '../normalize';
import type { RevisionTraceKind } from './revision-marks';

/** The message keys the importer states. */
export const importWarningKeys = {
  /** The line's words are in no part of the document: this warning is the only place they are kept. */
  lineNotPlaced: 'import.line-not-placed',
  /** A footnote's text has no anchor in the text, or is anchored where no footnote can stand: kept only in this warning. */
  footnoteNotPlaced: 'import.footnote-not-placed',
  /** A footnote marker stands in the line but no footnote of that number was found: the marker is dropped. */
  footnoteTextMissing: 'import.footnote-text-missing',
  /** A cover line the importer could not interpret: kept as printed in `metadata.cover`, outside the text. */
  coverLineKept: 'import.cover-line-kept',
  /** A paragraph or heading opens with the preambular particle as PDF extraction garbles it ("إنه", "وإن" for "إذ", "وإذ"): read as preambular, its words kept as printed. */
  garbledPreambleParticle: 'import.garbled-preamble-particle',
  /** A character that disguises text (a bidirectional override, a zero-width character) was removed from the line. */
  invisibleCharacterRemoved: 'import.invisible-character-removed',
  /** No enacting formula ("The ITU Council,") before the first heading: the text is read from that heading. */
  noEnactingFormula: 'import.no-enacting-formula',
  /** Neither an enacting formula nor a heading: the cover is read and the rest kept in `metadata.narrative`. */
  noResolutionText: 'import.no-resolution-text',
  /** Text before the first heading of an ITU text: kept in a section without heading. */
  textBeforeFirstHeading: 'import.text-before-first-heading',
  /** A paragraph without a label where one is expected: kept as a provision of its own. */
  paragraphWithoutLabel: 'import.paragraph-without-label',
  /** A preambular heading after the operative part has begun: kept in the operative part. */
  preambleHeadingAfterOperative: 'import.preamble-heading-after-operative',
  /** An old and a new label stand side by side ("4 5"): the revision marks were lost; read as the label of its place. */
  oldAndNewLabels: 'import.old-and-new-labels',
  /** A label out of sequence: the provision keeps its place and takes the label of its place. */
  labelOutOfSequence: 'import.label-out-of-sequence',
  /** A top-level label of another kind than the part uses (a letter among numbered paragraphs). */
  labelKindUnexpected: 'import.label-kind-unexpected',
  /** Lost revision marks: a number runs into a word ("2014بوينس"). The words are kept as they stand. */
  revisionMarksNumberIntoWord: 'import.lost-revision-marks.number-runs-into-word',
  /** Lost revision marks: two years run together ("20122015"). */
  revisionMarksYearsRunTogether: 'import.lost-revision-marks.years-run-together',
  /** Lost revision marks: two years stand side by side ("2014 2018"). */
  revisionMarksYearsSideBySide: 'import.lost-revision-marks.years-side-by-side',
  /** Lost revision marks: two clause marks stand side by side ("،؛"). */
  revisionMarksClauseMarksSideBySide: 'import.lost-revision-marks.clause-marks-side-by-side',
  /** Lost revision marks: a clause mark runs into a word ("للمجلس،مع"). */
  revisionMarksClauseMarkIntoWord: 'import.lost-revision-marks.clause-mark-runs-into-word',
} as const;

export type ImportWarningKey = (typeof importWarningKeys)[keyof typeof importWarningKeys];

type NoParams = Readonly<Record<never, never>>;
/** A label as printed in the source ("4 5", "a)"). */
type PrintedLabel = { readonly label: string };
/** The words around a trace of lost revision marks, as they stand in the line. */
type Excerpt = { readonly excerpt: string };

/** What the message of each key needs besides the line and its text. */
export type ImportWarningParams = {
  readonly [importWarningKeys.lineNotPlaced]: NoParams;
  readonly [importWarningKeys.footnoteNotPlaced]: NoParams;
  /** `footnote`: the number of the marker as printed. */
  readonly [importWarningKeys.footnoteTextMissing]: { readonly footnote: number };
  readonly [importWarningKeys.coverLineKept]: NoParams;
  readonly [importWarningKeys.garbledPreambleParticle]: NoParams;
  /** `character`: its code point ("U+202E"); `column`: 1-based, in the line as extracted. */
  readonly [importWarningKeys.invisibleCharacterRemoved]: { readonly character: string; readonly column: number };
  readonly [importWarningKeys.noEnactingFormula]: NoParams;
  readonly [importWarningKeys.noResolutionText]: NoParams;
  readonly [importWarningKeys.textBeforeFirstHeading]: NoParams;
  readonly [importWarningKeys.paragraphWithoutLabel]: NoParams;
  readonly [importWarningKeys.preambleHeadingAfterOperative]: NoParams;
  /** `readAs`: the label of its place, as it is printed. */
  readonly [importWarningKeys.oldAndNewLabels]: PrintedLabel & { readonly readAs: string };
  /** `expected`: the label of its place, as it is printed. */
  readonly [importWarningKeys.labelOutOfSequence]: PrintedLabel & { readonly expected: string };
  readonly [importWarningKeys.labelKindUnexpected]: PrintedLabel;
  readonly [importWarningKeys.revisionMarksNumberIntoWord]: Excerpt;
  readonly [importWarningKeys.revisionMarksYearsRunTogether]: Excerpt;
  readonly [importWarningKeys.revisionMarksYearsSideBySide]: Excerpt;
  readonly [importWarningKeys.revisionMarksClauseMarksSideBySide]: Excerpt;
  readonly [importWarningKeys.revisionMarksClauseMarkIntoWord]: Excerpt;
};

/** The parameters each key's message takes, by name: every key is listed (the compiler checks it). */
export const importWarningParamNames = {
  [importWarningKeys.lineNotPlaced]: [],
  [importWarningKeys.footnoteNotPlaced]: [],
  [importWarningKeys.footnoteTextMissing]: ['footnote'],
  [importWarningKeys.coverLineKept]: [],
  [importWarningKeys.garbledPreambleParticle]: [],
  [importWarningKeys.invisibleCharacterRemoved]: ['character', 'column'],
  [importWarningKeys.noEnactingFormula]: [],
  [importWarningKeys.noResolutionText]: [],
  [importWarningKeys.textBeforeFirstHeading]: [],
  [importWarningKeys.paragraphWithoutLabel]: [],
  [importWarningKeys.preambleHeadingAfterOperative]: [],
  [importWarningKeys.oldAndNewLabels]: ['label', 'readAs'],
  [importWarningKeys.labelOutOfSequence]: ['label', 'expected'],
  [importWarningKeys.labelKindUnexpected]: ['label'],
  [importWarningKeys.revisionMarksNumberIntoWord]: ['excerpt'],
  [importWarningKeys.revisionMarksYearsRunTogether]: ['excerpt'],
  [importWarningKeys.revisionMarksYearsSideBySide]: ['excerpt'],
  [importWarningKeys.revisionMarksClauseMarksSideBySide]: ['excerpt'],
  [importWarningKeys.revisionMarksClauseMarkIntoWord]: ['excerpt'],
} as const satisfies { readonly [K in ImportWarningKey]: readonly (keyof ImportWarningParams[K])[] };

/** Every key the importer states. */
export const IMPORT_WARNING_KEYS = Object.keys(importWarningParamNames) as readonly ImportWarningKey[];

/** Whether a string is a warning key (for warnings read from outside, as the interchange format). */
export function isImportWarningKey(value: unknown): value is ImportWarningKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(importWarningParamNames, value);
}

/** The warning key of each trace of lost revision marks. */
export const revisionTraceKeys = {
  'number-runs-into-word': importWarningKeys.revisionMarksNumberIntoWord,
  'years-run-together': importWarningKeys.revisionMarksYearsRunTogether,
  'years-side-by-side': importWarningKeys.revisionMarksYearsSideBySide,
  'clause-marks-side-by-side': importWarningKeys.revisionMarksClauseMarksSideBySide,
  'clause-mark-runs-into-word': importWarningKeys.revisionMarksClauseMarkIntoWord,
} as const satisfies Record<RevisionTraceKind, ImportWarningKey>;

/** The keys whose message needs no more than the line and its text. */
export type PlainImportWarningKey = {
  [K in ImportWarningKey]: [keyof ImportWarningParams[K]] extends [never] ? K : never;
}[ImportWarningKey];

type ParamsArgument<K extends ImportWarningKey> = [keyof ImportWarningParams[K]] extends [never] ? [] : [params: ImportWarningParams[K]];

/** A keyed warning about a line: its number and text as read, and what the key's message needs. */
export function keyedWarning<K extends ImportWarningKey>(
  key: K,
  line: number,
  text: string,
  ...[params]: ParamsArgument<K>
): ImportWarning {
  return { line, key, params: params ?? {}, text: collapseWhitespace(text) } as ImportWarning;
}

/** Keys whose warning is the only place the text it names is kept (the words are not in the document). */
const notPlacedKeys: ReadonlySet<ImportWarningKey> = new Set<ImportWarningKey>([
  importWarningKeys.lineNotPlaced,
  importWarningKeys.footnoteNotPlaced,
]);

/** Whether a warning keeps words the document does not carry (a line or footnote the importer could not place). */
export function keepsUnplacedText(warning: ImportWarning): boolean {
  return notPlacedKeys.has(warning.key);
}
