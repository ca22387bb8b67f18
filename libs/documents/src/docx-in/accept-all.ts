import { DEFAULT_UPLOAD_LIMITS, UploadLimits, readWordPackage } from '../upload-safety';
import { readNumbering } from './word-numbering';
import { readBody } from './word-paragraphs';
import { paragraphsInView } from './word-views';

/**
 * Word's "Accept All" done by reading the OOXML: insertions kept, deletions dropped,
 * paragraphs whose mark was deleted joined to the next; the paragraphs' words in order,
 * automatic numbers printed before them and a tab.
 */
export function acceptAllChanges(data: Uint8Array, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): string[] {
  const word = readWordPackage(data, limits);
  return paragraphsInView(readBody(word.document).paragraphs, 'after', readNumbering(word.numbering)).map(
    (paragraph) => (paragraph.numberLabel ? `${paragraph.numberLabel}\t` : '') + paragraph.text,
  );
}
