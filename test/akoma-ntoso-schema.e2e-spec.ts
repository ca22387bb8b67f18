import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sampleFiles } from '../libs/documents/src/akoma-ntoso/testing/sample-files';

/*
 * Every kind of file the Akoma Ntoso exporter writes — the three seeds with a negotiation's
 * lifecycle and decisions, generated documents in every language and style with brackets
 * and footnotes, one amendment of each operation — is valid against the OASIS schema, as
 * Debian's xmllint (libxml2-utils) reads it.
 */

const SCHEMA = join(__dirname, 'schemas', 'akoma-ntoso', 'akomantoso30.xsd');
const run = promisify(execFile);

describe('Akoma Ntoso files against the official schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akn-'));
  const files = sampleFiles().map(({ name, xml }) => {
    const path = join(dir, name);
    writeFileSync(path, xml);
    return { name, path };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes files of every kind: seeds, generated documents, markup characters and each amendment operation', () => {
    expect(files.filter((f) => f.name.startsWith('amendment-')).length).toBe(13);
    expect(files.filter((f) => f.name.startsWith('generated-')).length).toBe(24);
    expect(files.length).toBe(41);
  });

  it('validates every exported file with xmllint --schema', async () => {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...files.map((f) => f.path)], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const verdicts = stderr.trim().split('\n');
    expect(verdicts).toEqual(files.map((f) => `${f.path} validates`));
  });

  it('names what is wrong in a file that breaks the schema, so the check above can fail', async () => {
    const broken = join(dir, 'broken.akn.xml');
    writeFileSync(broken, sampleFiles()[0].xml.replace('<mainBody', '<mainBody bogus="1"'));
    await expect(run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, broken])).rejects.toMatchObject({
      stderr: expect.stringContaining('bogus'),
    });
  });
});
