import { crc32 } from 'node:zlib';
import { FileTypeValidator } from '@nestjs/common';

/*
 * Uploads are told apart by their bytes, through @nestjs/common's FileTypeValidator and the
 * file-type package under it. file-type 22 requires Node 22; the project holds it at 21 (an
 * override in package.json) so that this path works on the Node 20 these machines run, and
 * on 22 and 24.
 */

/** A zip archive with its entries stored (not compressed): the container of a Word document. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORD_DOCUMENT = storedZip({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
});
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const upload = (buffer: Buffer, mimetype: string) => ({ buffer, mimetype, size: buffer.length, originalname: 'contribution.docx' });

describe('telling an uploaded Word document by its bytes', () => {
  const wordOnly = new FileTypeValidator({ fileType: DOCX });

  it('accepts a Word document', async () => {
    expect(await wordOnly.isValid(upload(WORD_DOCUMENT, DOCX))).toBe(true);
  });

  it('refuses a file whose content type lies about what it is', async () => {
    const pdfCalledWord = upload(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'), DOCX);
    expect(await wordOnly.isValid(pdfCalledWord)).toBe(false);
    expect(wordOnly.buildErrorMessage(pdfCalledWord)).toBe(
      `Validation failed (current file type is application/pdf, expected type is ${DOCX})`,
    );
  });
});
