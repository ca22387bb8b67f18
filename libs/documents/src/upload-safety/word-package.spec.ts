import { strToU8, zipSync } from 'fflate';
import { readWordPackage } from './word-package';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits } from './upload-limits';
import { UploadRefusalCode, UploadRefused } from './upload-refused';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCM_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

function contentTypes(mainType = DOCX_MAIN): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`;
}

function documentXml(paragraph: string, prologue = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prologue}<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p></w:body></w:document>`;
}

/** A Word document as a zip, its parts compressed. */
function docx(parts: Record<string, string | Uint8Array>, level: 0 | 9 = 9): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])),
    {
      level,
    },
  );
}

function refusalOf(data: Uint8Array, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): UploadRefusalCode | undefined {
  try {
    readWordPackage(data, limits);
    return undefined;
  } catch (error) {
    if (error instanceof UploadRefused) return error.code;
    throw error;
  }
}

describe('an uploaded Word document, hostile until proven otherwise', () => {
  it('reads a well-formed document: its main part, parsed', () => {
    const read = readWordPackage(
      docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': documentXml('recalling &amp; noting') }),
    );
    expect(JSON.stringify(read.document)).toContain('recalling &amp; noting');
    expect(read.ignoredParts).toEqual([]);
  });

  it('refuses a file over the upload limit before opening it', () => {
    const file = docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': documentXml('x'.repeat(5000)) }, 0);
    expect(refusalOf(file, { ...DEFAULT_UPLOAD_LIMITS, maxUploadBytes: 1000 })).toBe('upload-too-large');
  });

  it('refuses a zip bomb: a part that decompresses past the limit, and one far beyond the compression ratio', () => {
    const bomb = documentXml('a'.repeat(12 * 1024 * 1024));
    const file = docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': bomb });
    expect(file.length).toBeLessThan(100_000);
    expect(refusalOf(file, { ...DEFAULT_UPLOAD_LIMITS, maxUncompressedBytes: 5 * 1024 * 1024 })).toBe('uncompressed-too-large');
    expect(refusalOf(file)).toBe('compression-ratio-too-high');
  });

  it('refuses a zip bomb whose directory lies about the sizes: the bytes really inflated are counted', () => {
    const file = docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': documentXml('a'.repeat(12 * 1024 * 1024)) });
    // Rewrite every declared uncompressed size (local headers and the central directory) to 100 bytes.
    const lying = patchDeclaredSizes(file, 'word/document.xml', 100);
    expect(refusalOf(lying, { ...DEFAULT_UPLOAD_LIMITS, maxCompressionRatio: 100_000, maxUncompressedBytes: 5 * 1024 * 1024 })).toBe(
      'uncompressed-too-large',
    );
  });

  it('refuses an archive with too many entries', () => {
    const parts: Record<string, string> = { '[Content_Types].xml': contentTypes(), 'word/document.xml': documentXml('x') };
    for (let i = 0; i < 1001; i++) parts[`word/media/image${i}.png`] = 'x';
    expect(refusalOf(docx(parts))).toBe('too-many-entries');
  });

  it('refuses XML with a document type: an external entity (XXE) and the billion laughs', () => {
    const xxe = documentXml('&xxe;', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    expect(refusalOf(docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': xxe }))).toBe('xml-doctype-refused');
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const billion = documentXml('&lol9;', `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${laughs}]>`);
    expect(refusalOf(docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': billion }))).toBe('xml-doctype-refused');
    const inContentTypes =
      `<!DOCTYPE Types [<!ENTITY x SYSTEM "http://attacker.example/">]>` + contentTypes().replace(/^<\?xml[^>]*\?>/u, '');
    expect(refusalOf(docx({ '[Content_Types].xml': inContentTypes, 'word/document.xml': documentXml('x') }))).toBe('xml-doctype-refused');
  });

  it('refuses a PDF or a PNG renamed .docx, by its bytes', () => {
    expect(refusalOf(strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'))).toBe('not-a-zip');
    expect(refusalOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('not-a-zip');
  });

  it('refuses a zip that is not a Word document: no content types, or another main part (a spreadsheet)', () => {
    expect(refusalOf(docx({ 'word/document.xml': documentXml('x') }))).toBe('not-a-word-document');
    const sheet = contentTypes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    expect(refusalOf(docx({ '[Content_Types].xml': sheet, 'word/document.xml': documentXml('x') }))).toBe('not-a-word-document');
    expect(refusalOf(docx({ '[Content_Types].xml': contentTypes() }))).toBe('not-a-word-document');
  });

  it('refuses malformed XML', () => {
    expect(refusalOf(docx({ '[Content_Types].xml': contentTypes(), 'word/document.xml': '<w:document><w:body>' }))).toBe('xml-malformed');
  });

  it('reads a macro-enabled document without ever opening its macros or embedded objects', () => {
    // Macros that would be refused if they were decompressed: not valid deflate at all.
    const macros = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]);
    const file = docx({
      '[Content_Types].xml': contentTypes(DOCM_MAIN),
      'word/document.xml': documentXml('invites Member States'),
      'word/vbaProject.bin': macros,
      'word/embeddings/oleObject1.bin': macros,
    });
    const read = readWordPackage(file);
    expect(JSON.stringify(read.document)).toContain('invites Member States');
    expect(read.ignoredParts).toEqual(['word/vbaProject.bin', 'word/embeddings/oleObject1.bin']);
  });
});

/** The zip with the declared uncompressed size of one entry replaced, in its local header and the central directory. */
function patchDeclaredSizes(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const nameAt = (offset: number) => nameBytes.every((byte, i) => out[offset + i] === byte);
  for (let i = 0; i < out.length - 46; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}
