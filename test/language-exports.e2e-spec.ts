import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { languageVersionFiles } from '../libs/documents/src/akoma-ntoso/testing/language-version-files';

/*
 * A document's original and its Arabic version as Akoma Ntoso: one work, two expressions,
 * both valid against the OASIS schema as Debian's xmllint reads it.
 */

const SCHEMA = join(__dirname, 'schemas', 'akoma-ntoso', 'akomantoso30.xsd');
const run = promisify(execFile);

describe('a document in two languages as Akoma Ntoso files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akn-languages-'));
  const files = languageVersionFiles();
  const paths = (['en', 'ar'] as const).map((language) => {
    const path = join(dir, `resolution-1500.${language}.akn.xml`);
    writeFileSync(path, files[language]);
    return path;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the same work and a different expression in each', () => {
    const uris = (xml: string) => [...xml.matchAll(/<FRBRuri value="([^"]+)"/gu)].map((m) => m[1]);
    const [enWork, enExpression] = uris(files.en);
    const [arWork, arExpression] = uris(files.ar);
    expect(arWork).toBe(enWork);
    expect(arExpression).not.toBe(enExpression);
    expect(arExpression).toBe(`${enWork}/ara@2026-06-12`);
  });

  it('validates both files with xmllint --schema', async () => {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...paths]);
    expect(stderr.trim().split('\n')).toEqual(paths.map((path) => `${path} validates`));
  });
});
