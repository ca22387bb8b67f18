/**
 * Warnings keyed for the reader's language. A person reads a warning rendered later in
 * their own language, so the importer states a message key and its parameters — the
 * 1-based line number (`line`) and the line's text as read (`text`) — never an English
 * sentence. The keys below are stable: renderers and clients translate them.
 */
import type { ImportWarning } from '../model';
import { collapseWhitespace } from '../normalize';

/** The message keys the importer states. */
export const importWarningKeys = {
  /** The line's words are in no part of the document: this warning is the only place they are kept. */
  lineNotPlaced: 'import.line-not-placed',
  /** A footnote's text has no anchor in the text, or is anchored where no footnote can stand: kept only in this warning. */
  footnoteNotPlaced: 'import.footnote-not-placed',
  /** A cover line the importer could not interpret: kept as printed in `metadata.cover`, outside the text. */
  coverLineKept: 'import.cover-line-kept',
  /** A paragraph or heading opens with the preambular particle as PDF extraction garbles it ("إنه", "وإن" for "إذ", "وإذ"): read as preambular, its words kept as printed. */
  garbledPreambleParticle: 'import.garbled-preamble-particle',
} as const;

export type ImportWarningKey = (typeof importWarningKeys)[keyof typeof importWarningKeys];

/** Keys whose warning is the only place the text it names is kept (the words are not in the document). */
const notPlacedKeys: ReadonlySet<string> = new Set<string>([importWarningKeys.lineNotPlaced, importWarningKeys.footnoteNotPlaced]);

/** A keyed warning about a line: its number and text are the parameters. */
export function keyedWarning(key: ImportWarningKey, line: number, text: string): ImportWarning {
  return { line, message: key, text: collapseWhitespace(text) };
}

/** Whether a warning keeps words the document does not carry (a line or footnote the importer could not place). */
export function keepsUnplacedText(warning: ImportWarning): boolean {
  return notPlacedKeys.has(warning.message);
}
