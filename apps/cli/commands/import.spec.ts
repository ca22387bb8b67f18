import { importResolution, renderCleanText, toInterchange } from '#libs/text';
import { hostileUploads } from '../../../libs/documents/src/testing/hostile-uploads';
import { res1334ExcerptEn } from '../../../libs/documents/src/testing/printed-marks-contribution';
import { wordOfText } from '../../../libs/documents/src/testing/word-of-text';
import { CATALOGUES } from '#libs/web';
import type { CommandIo } from './command';
import { importCommand } from './import';

function ioReading(bytes: Uint8Array): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: () => {
      throw new Error('a .docx is read as bytes');
    },
    writeFile: () => undefined,
    readBytes: () => bytes,
    fileExists: () => true,
  };
  return io;
}

describe('cli import of a .docx', () => {
  it('prints the clean text of a Word document, read through the importer', async () => {
    const text = importResolution(res1334ExcerptEn()).document;
    const io = ioReading(await wordOfText(toInterchange(text), 'automatic'));
    expect(await importCommand.run(['resolution.docx', '--text'], io)).toBe(0);
    // The factory writes the text, not the cover.
    expect(io.out).toBe(renderCleanText({ ...text, metadata: {} }));
    expect(io.err).toBe('');
  });

  it('refuses a hostile file with its reason and exit code 1', async () => {
    const io = ioReading(hostileUploads.xxe());
    expect(await importCommand.run(['contribution.docx'], io)).toBe(1);
    expect(io.err).toMatch(/^import: refused \(xml-doctype-refused\)/u);
    expect(io.out).toBe('');
  });

  it('says why it refuses a file in Arabic under an Arabic environment', async () => {
    const io = { ...ioReading(hostileUploads.xxe()), env: { LANG: 'ar_EG.UTF-8' } };
    io.stderr = (text: string) => void (io.err += text);
    expect(await importCommand.run(['contribution.docx'], io)).toBe(1);
    expect(io.err).toBe(`import: refused (xml-doctype-refused): ${CATALOGUES.ar['upload.xml-doctype-refused']}\n`);
  });
});
