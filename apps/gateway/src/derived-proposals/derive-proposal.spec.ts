import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionDocument, fromInterchange, importResolution, renderCleanText, toInterchange } from '#libs/text';
import { ProblemException } from '#libs/runtime';
import { deriveProposal } from './derive-proposal';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'libs', 'text', 'src', 'import', 'fixtures');

/** A base text as the read model gives it back: through the interchange format and JSON. */
function registered(file: string): ResolutionDocument {
  return fromInterchange(JSON.parse(JSON.stringify(toInterchange(importResolution(readFileSync(join(FIXTURES, file), 'utf8')).document))));
}

describe('the amendments a whole text proposes to a version', () => {
  it.each(['itu-council-res1334-mod2023.ar.txt', 'itu-res1334-excerpt.en.txt'])(
    '%s: the clean text of the version, sent back unedited (CRLF line ends too), proposes nothing',
    (file) => {
      const version = registered(file);
      const clean = renderCleanText(version);
      for (const source of [clean, clean.replace(/\n/gu, '\r\n')]) {
        const derived = deriveProposal(version, { source });
        expect(derived.operations).toEqual([]);
        expect(derived.warnings).toEqual([]);
        expect(derived.importWarnings).toEqual([]);
      }
    },
  );

  it('a word changed and a paragraph added in the clean text: a MOD and an ADD, marked in the preview', () => {
    const version = registered('itu-council-res1334-mod2023.ar.txt');
    const lines = renderCleanText(version).split('\n');
    lines.splice(lines.findIndex((line) => line.startsWith('4\tالتشاور مع أصحاب المصلحة')) + 1, 0, '5\tدعم مشاركة البلدان النامية؛');
    const derived = deriveProposal(version, { source: lines.join('\n').replace('جميع التدابير الممكنة', 'جميع التدابير المناسبة') });
    expect(derived.operations).toEqual([
      { kind: 'add', newId: expect.any(String), position: { after: 'op-3-4' }, text: 'دعم مشاركة البلدان النامية؛' },
      {
        kind: 'modify',
        provisionId: 'op-1-1',
        baseText: expect.stringContaining('الممكنة'),
        replacements: [{ from: 6, to: 7, text: 'المناسبة' }],
      },
    ]);
    expect(derived.preview.html).toMatch(/<del>[^]*?الممكنة<\/del><ins>[^]*?المناسبة<\/ins>/u);
    expect(derived.diff.summary.inserted).toHaveLength(1);
    expect(derived.diff.summary.modified).toHaveLength(1);
  });

  it('refuses an interchange document that does not read, as a validation problem', () => {
    const version = registered('itu-res1334-excerpt.en.txt');
    expect(() => deriveProposal(version, { document: { title: 'no parts' } })).toThrow(ProblemException);
  });
});
