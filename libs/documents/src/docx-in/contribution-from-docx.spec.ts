import { deriveAmendments, importResolution } from '#libs/text';
import { RES1334_EDITS, res1334ArSource, trackedRes1334Contribution } from '../testing/res1334-word-contribution';
import { readWordPackage } from '../upload-safety';
import { readDocxContribution } from './contribution-from-docx';

const version = importResolution(res1334ArSource()).document;

describe('a contribution written in Word with tracked changes, against Resolution 1334 (Arabic seed)', () => {
  it('gives a MOD of the changed word, an ADD after the paragraph it follows, a SUP of the deleted paragraph and the footnote added, by label and words', async () => {
    const read = readDocxContribution(readWordPackage(await trackedRes1334Contribution()), version);
    expect(read.tracked).toBe(true);
    expect(read.warnings).toEqual([]);
    const derived = deriveAmendments(version, read.target, { identities: 'ids' });
    expect(derived.unexpressed).toEqual([]);
    const { changedWord, addedAfter, footnote } = RES1334_EDITS;
    expect(derived.operations).toEqual([
      { kind: 'add', newId: expect.any(String), position: { after: addedAfter.provisionId }, text: addedAfter.text },
      {
        kind: 'modify',
        provisionId: changedWord.provisionId,
        baseText: expect.stringContaining(changedWord.deleted),
        replacements: [{ from: expect.any(Number), to: expect.any(Number), text: changedWord.inserted }],
      },
      { kind: 'addFootnote', provisionId: footnote.provisionId, footnoteId: expect.any(String), text: footnote.text, anchor: footnote.afterWords },
      { kind: 'suppress', provisionId: RES1334_EDITS.deletedProvisionId },
    ]);
    expect(read.changes.map((c) => [c.change, c.provisionId])).toEqual([
      ['suppressed', 'pre-1-2'],
      ['modified', 'op-1-1'],
      ['modified', 'op-1-2'],
      ['added', expect.any(String)],
    ]);
  });
});
