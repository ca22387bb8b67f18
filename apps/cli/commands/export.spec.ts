import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAkomaNtoso } from '#libs/documents';
import { importResolution, toInterchange } from '#libs/text';
import type { CommandIo } from './command';
import { exportCommand } from './export';

const SEED = join(__dirname, '..', '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'wtdc17-23-rcc-rev-res30.ar.txt');

function run(args: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => files[path],
    fileExists: (path) => path in files,
  };
  const code = exportCommand(() => new Date('2026-05-04T10:00:00Z')).run(args, io);
  return { code, stdout, stderr };
}

describe('cli export', () => {
  const source = readFileSync(SEED, 'utf8');
  const doc = importResolution(source).document;

  it('writes plain text and interchange JSON as the same Akoma Ntoso file, which reads back into the document', () => {
    const fromText = run(['res30.txt', '--format', 'akn', '--body', 'WTDC'], { 'res30.txt': source });
    const fromJson = run(['res30.json', '--format=akn', '--body=WTDC'], { 'res30.json': JSON.stringify(toInterchange(doc)) });
    expect(fromText).toMatchObject({ code: 0, stderr: '' });
    expect(fromJson.stdout).toBe(fromText.stdout);
    expect(importAkomaNtoso(fromText.stdout)).toEqual(doc);
    expect(fromText.stdout).toContain('<FRBRdate date="2026-05-04" name="generation"/>');
    expect(fromText.stdout).toContain('showAs="WTDC"');
  });

  it('reads an Akoma Ntoso file back into interchange JSON', () => {
    const akn = run(['res30.txt', '--format', 'akn'], { 'res30.txt': source }).stdout;
    const json = run(['res30.akn.xml', '--format', 'json'], { 'res30.akn.xml': akn });
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(toInterchange(doc))));
    expect(run(['bad.xml', '--format', 'json'], { 'bad.xml': '<akomaNtoso><act/></akomaNtoso>' })).toMatchObject({
      code: 1,
      stderr: 'export: bad.xml is not an Akoma Ntoso statement this system wrote: akomaNtoso: statement is missing\n',
    });
  });

  it('refuses an unknown format, a missing one and a missing file with the usage', () => {
    expect(run(['res30.txt', '--format', 'pdf'], { 'res30.txt': source })).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of akn, json') });
    expect(run(['res30.txt'], { 'res30.txt': source })).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --format') });
    expect(run(['absent.txt', '--format', 'akn'], {})).toMatchObject({ code: 2, stderr: 'export: no such file: absent.txt\n' });
  });

  it('says what is wrong with JSON that is not an interchange document', () => {
    expect(run(['bad.json', '--format', 'akn'], { 'bad.json': '{"title": 3}' })).toMatchObject({ code: 1, stderr: expect.stringContaining('bad.json is not an interchange document') });
  });
});
