import { strToU8, zipSync } from 'fflate';

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${MAIN_TYPE}"/></Types>`;
const documentXml = (prologue: string, text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>${prologue}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

/** Crafted files an attacker, or a careless sender, uploads as a Word document. */
export const hostileUploads = {
  /** 12 MiB of one letter in the main part, some kilobytes zipped. */
  zipBomb: () =>
    zipSync(
      { '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(documentXml('', 'a'.repeat(12 * 1024 * 1024))) },
      { level: 9 },
    ),
  /** An external entity reading a server file. */
  xxe: () =>
    zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      'word/document.xml': strToU8(documentXml('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;')),
    }),
  /** Ten entities of ten, nine deep. */
  billionLaughs: () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    return zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      'word/document.xml': strToU8(documentXml(`<!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]>`, '&lol9;')),
    });
  },
  /** A PDF renamed .docx. */
  renamedPdf: () => strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  /** A zip with more entries than any Word document has. */
  manyEntries: (count: number) => {
    const parts: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      'word/document.xml': strToU8(documentXml('', 'x')),
    };
    for (let i = 0; i < count; i++) parts[`word/media/image${i}.png`] = strToU8('x');
    return zipSync(parts);
  },
};
