import { ImportOptions, ImportResult, importResolution } from '#libs/text';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits, WordPackage, readWordPackage } from '../upload-safety';
import { readNumbering } from './word-numbering';
import { readBody, readFootnotes } from './word-paragraphs';
import { paragraphsInView, plainSource, textIn } from './word-views';

/** A base text or a new draft read from Word. */
export interface WordImport extends ImportResult {
  /** The plain text the importer read: a line per paragraph (a warning's line is a paragraph of the accepted text). */
  readonly source: string;
  /** The document's direction (`w:bidi`). */
  readonly direction: 'rtl' | 'ltr';
  /** Parts never opened (macros, embedded objects...). */
  readonly ignoredParts: readonly string[];
}

/** The text of a Word document as it reads with every tracked change accepted, as plain text in the seeds' form. */
export function wordSource(word: WordPackage): { source: string; direction: 'rtl' | 'ltr' } {
  const body = readBody(word.document);
  const footnotes = readFootnotes(word.footnotes);
  const paragraphs = paragraphsInView(body.paragraphs, 'after', readNumbering(word.numbering));
  const footnoteText = (id: string) => {
    const body = footnotes.get(id);
    return (
      body &&
      body
        .map((p) => textIn(p.segments, 'after'))
        .join(' ')
        .replace(/\s+/gu, ' ')
        .trim()
    );
  };
  return { source: plainSource(paragraphs, footnoteText), direction: body.rightToLeft ? 'rtl' : 'ltr' };
}

/**
 * A base text or a new draft from a `.docx` (refused as UploadRefused when hostile): its
 * paragraphs, numbering and footnotes as plain text, through the same importer as plain text,
 * so the warnings are the importer's own.
 */
export function importWordDocument(
  data: Uint8Array,
  options: ImportOptions = {},
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): WordImport {
  const word = readWordPackage(data, limits);
  const { source, direction } = wordSource(word);
  return { ...importResolution(source, options), source, direction, ignoredParts: word.ignoredParts };
}
