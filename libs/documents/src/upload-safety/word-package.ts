import { XmlNode, parseUploadedXml } from './safe-xml';
import { openZip } from './safe-zip-parts';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits } from './upload-limits';
import { UploadRefused } from './upload-refused';

/** The main part's content types of a Word document (`.docx`, and `.docm`, whose macros are never read). */
const MAIN_PART_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
]);
const CONTENT_TYPES = '[Content_Types].xml';
/** The parts the reader uses; macros (`vbaProject.bin`), embedded objects, images and the rest are never decompressed. */
const READ_PARTS = ['word/footnotes.xml', 'word/numbering.xml'];

/** A Word document's parts as the reader uses them, parsed safely. */
export interface WordPackage {
  readonly document: XmlNode[];
  readonly footnotes?: XmlNode[];
  readonly numbering?: XmlNode[];
  /** Entries present but never opened: macros, embedded objects, media... */
  readonly ignoredParts: readonly string[];
}

/**
 * Opens an uploaded Word document: a zip (by its bytes, not by its name or declared type)
 * whose `[Content_Types].xml` names a WordprocessingML main part, within the upload limits;
 * its XML parsed with no DTD and no entities. Throws UploadRefused.
 */
export function readWordPackage(data: Uint8Array, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): WordPackage {
  const probe = openZip(data, (name) => name === CONTENT_TYPES, limits);
  const types = probe.parts.get(CONTENT_TYPES);
  if (!types) throw new UploadRefused('not-a-word-document', 'The archive has no [Content_Types].xml: it is not an Office document.');
  const mainPart = mainDocumentPart(parseUploadedXml(types, CONTENT_TYPES));
  if (!mainPart) throw new UploadRefused('not-a-word-document', 'The archive does not declare a Word document as its main part.');
  const wanted = new Set([mainPart, ...READ_PARTS]);
  const opened = openZip(data, (name) => wanted.has(name), limits);
  const bytes = opened.parts.get(mainPart);
  if (!bytes) throw new UploadRefused('not-a-word-document', `The archive declares ${mainPart} but does not hold it.`, mainPart);
  const optional = (name: string) => {
    const part = opened.parts.get(name);
    return part ? parseUploadedXml(part, name) : undefined;
  };
  const footnotes = optional('word/footnotes.xml');
  const numbering = optional('word/numbering.xml');
  return {
    document: parseUploadedXml(bytes, mainPart),
    ...(footnotes ? { footnotes } : {}),
    ...(numbering ? { numbering } : {}),
    ignoredParts: opened.entries
      .map((entry) => entry.name)
      .filter((name) => name !== CONTENT_TYPES && !wanted.has(name) && !name.endsWith('/')),
  };
}

/** The zip entry of the main part the content types name (without its leading slash). */
function mainDocumentPart(types: XmlNode[]): string | undefined {
  const root = types.find((node) => 'Types' in node)?.Types;
  if (!Array.isArray(root)) return undefined;
  for (const node of root) {
    const attributes = node[':@'];
    if ('Override' in node && attributes && MAIN_PART_TYPES.has((attributes.ContentType ?? '').toLowerCase())) {
      return (attributes.PartName ?? '').replace(/^\//u, '');
    }
  }
  return undefined;
}
