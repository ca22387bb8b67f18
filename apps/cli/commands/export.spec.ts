import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptedText, paragraphText, readDocx, renderDocumentDocx, textOf } from '#libs/documents';
import { importResolution } from '#libs/text';
import type { CommandIo } from './command';
import { exportCommand } from './export';

const FIXTURES = join(__dirname, '../../../libs/text/src/import/fixtures');
const BASE = join(FIXTURES, 'itu-res1334-excerpt.en.txt');

function run(argv: readonly string[], files: Record<string, string>) {
  const written = new Map<string, Uint8Array>();
  let stderr = '';
  const io: CommandIo = {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
    fileExists: (path) => path in files || path === BASE,
    writeFile: (path, data) => written.set(path, data),
  };
  return Promise.resolve(exportCommand.run(argv, io)).then((code) => ({ code, written, stderr }));
}

describe('cli export', () => {
  it('writes a text as Word in the body layout', async () => {
    const { code, written } = await run([BASE, '--format', 'docx', '--out', 'res.docx'], {});
    expect(code).toBe(0);
    const lines = readDocx(written.get('res.docx')!).paragraphs.map(paragraphText);
    const doc = importResolution(readFileSync(BASE, 'utf8')).document;
    expect(lines).toContain(doc.operative[0].heading);
  });

  it('writes the text marked against a base as tracked changes that Accept All turns into the text', async () => {
    const source = readFileSync(BASE, 'utf8');
    const revised = source.replace('Resolution 73', 'Resolution 73 (Rev. Busan, 2014)');
    expect(revised).not.toBe(source);
    const { code, written } = await run(['revised.txt', '--format=docx', '--against', BASE, '--out', 'marked.docx'], { 'revised.txt': revised });
    expect(code).toBe(0);
    expect(acceptedText(written.get('marked.docx')!)).toEqual(textOf(readDocx(await renderDocumentDocx(importResolution(revised).document))));
  });

  it('refuses a format it does not write, and a missing output', async () => {
    expect((await run([BASE, '--format', 'pdf', '--out', 'x.pdf'], {})).code).toBe(2);
    expect((await run([BASE, '--format', 'docx'], {})).stderr).toContain('--out');
  });
});
