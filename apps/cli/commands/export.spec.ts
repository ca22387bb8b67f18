import type { CommandIo } from './command';
import { exportCommand } from './export';
import { acceptedText, importAkomaNtoso, paragraphText, readDocx, renderDocumentDocx, textOf } from '#libs/documents';
import { importResolution, toInterchange } from '#libs/text';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const SEED = join(__dirname, '..', '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'wtdc17-23-rcc-rev-res30.ar.txt');

function run(args: string[], files: Record<string, string>, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => files[path],
    fileExists: (path) => path in files,
    writeFile: () => undefined,
    readBytes: (path) => new TextEncoder().encode(files[path]),
    env,
  };
  return Promise.resolve(exportCommand(() => new Date('2026-05-04T10:00:00Z')).run(args, io)).then((code) => ({ code, stdout, stderr }));
}

const FIXTURES = join(__dirname, '../../../libs/text/src/import/fixtures');
const BASE = join(FIXTURES, 'itu-res1334-excerpt.en.txt');

function runWord(argv: readonly string[], files: Record<string, string>) {
  const written = new Map<string, Uint8Array>();
  let stderr = '';
  const io: CommandIo = {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
    fileExists: (path) => path in files || path === BASE,
    writeFile: (path, data) => written.set(path, data),
    readBytes: (path) => new TextEncoder().encode(files[path] ?? readFileSync(path, 'utf8')),
  };
  return Promise.resolve(exportCommand().run(argv, io)).then((code) => ({ code, written, stderr }));
}

describe('cli export', () => {
  const source = readFileSync(SEED, 'utf8');
  const doc = importResolution(source).document;

  it('writes plain text and interchange JSON as the same Akoma Ntoso file, which reads back into the document', async () => {
    const fromText = await run(['res30.txt', '--format', 'akn', '--body', 'WTDC'], { 'res30.txt': source });
    const fromJson = await run(['res30.json', '--format=akn', '--body=WTDC'], { 'res30.json': JSON.stringify(toInterchange(doc)) });
    expect(fromText).toMatchObject({ code: 0, stderr: '' });
    expect(fromJson.stdout).toBe(fromText.stdout);
    expect(importAkomaNtoso(fromText.stdout)).toEqual(doc);
    expect(fromText.stdout).toContain('<FRBRdate date="2026-05-04" name="generation"/>');
    expect(fromText.stdout).toContain('showAs="WTDC"');
  });

  it('reads an Akoma Ntoso file back into interchange JSON', async () => {
    const akn = (await run(['res30.txt', '--format', 'akn'], { 'res30.txt': source })).stdout;
    const json = await run(['res30.akn.xml', '--format', 'json'], { 'res30.akn.xml': akn });
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(toInterchange(doc))));
    expect(await run(['bad.xml', '--format', 'json'], { 'bad.xml': '<akomaNtoso><act/></akomaNtoso>' })).toMatchObject({
      code: 1,
      stderr: 'export: bad.xml is not an Akoma Ntoso statement this system wrote: the document (akomaNtoso): statement is missing\n',
    });
    expect(
      await run(['bad.xml', '--format', 'json'], { 'bad.xml': '<akomaNtoso><act/></akomaNtoso>' }, { LANG: 'ar_EG.UTF-8' }),
    ).toMatchObject({
      code: 1,
      stderr: 'export: bad.xml ليس بياناً بصيغة Akoma Ntoso كتبه هذا النظام: في الوثيقة \u200f(akomaNtoso): العنصر statement ناقص\n',
    });
    expect((await run(['bad.xml', '--format', 'json'], { 'bad.xml': '<!DOCTYPE x><akomaNtoso/>' })).stderr).toBe(
      'export: bad.xml is not an Akoma Ntoso statement this system wrote: the file (file): a document type declaration is not accepted (no DTDs, no entities)\n',
    );
  });

  it('refuses an unknown format, a missing one and a missing file with the usage', async () => {
    expect(await run(['res30.txt', '--format', 'pdf'], { 'res30.txt': source })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of akn, json'),
    });
    expect(await run(['res30.txt'], { 'res30.txt': source })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --format'),
    });
    expect(await run(['absent.txt', '--format', 'akn'], {})).toMatchObject({ code: 2, stderr: 'export: no such file: absent.txt\n' });
  });

  it('says what is wrong with JSON that is not an interchange document', async () => {
    expect(await run(['bad.json', '--format', 'akn'], { 'bad.json': '{"title": 3}' })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('bad.json is not an interchange document'),
    });
    expect((await run(['bad.json', '--format', 'akn'], { 'bad.json': '{"title": 3}' }, { LC_ALL: 'ar_SA.UTF-8' })).stderr).toMatch(
      /^export: bad\.json ليس وثيقة تبادل: في .* \u200f\(\$\.[a-z]+\): /u,
    );
  });
});

describe('cli export as Word', () => {
  it('writes a text as Word in the body layout', async () => {
    const { code, written } = await runWord([BASE, '--format', 'docx', '--out', 'res.docx'], {});
    expect(code).toBe(0);
    const lines = readDocx(written.get('res.docx')!).paragraphs.map(paragraphText);
    const doc = importResolution(readFileSync(BASE, 'utf8')).document;
    expect(lines).toContain(doc.operative[0].heading);
  });

  it('writes the text marked against a base as tracked changes that Accept All turns into the text', async () => {
    const source = readFileSync(BASE, 'utf8');
    const revised = source.replace('Resolution 73', 'Resolution 73 (Rev. Busan, 2014)');
    expect(revised).not.toBe(source);
    const { code, written } = await runWord(['revised.txt', '--format=docx', '--against', BASE, '--out', 'marked.docx'], {
      'revised.txt': revised,
    });
    expect(code).toBe(0);
    expect(acceptedText(written.get('marked.docx')!)).toEqual(
      textOf(readDocx(await renderDocumentDocx(importResolution(revised).document))),
    );
  });

  it('refuses a format it does not write, and a missing output', async () => {
    expect((await runWord([BASE, '--format', 'pdf', '--out', 'x.pdf'], {})).code).toBe(2);
    expect((await runWord([BASE, '--format', 'docx'], {})).stderr).toContain('--out');
  });
});
