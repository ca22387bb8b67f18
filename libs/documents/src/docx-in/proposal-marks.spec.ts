import { deriveAmendments, importResolution } from '#libs/text';
import { printedMarksContribution, res1334ExcerptEn } from '../testing/printed-marks-contribution';
import { readWordPackage } from '../upload-safety';
import { readDocxContribution } from './contribution-from-docx';

const version = importResolution(res1334ExcerptEn()).document;

describe('a contribution in the printed convention (MOD/ADD/SUP, underlined added, struck deleted, then reasons)', () => {
  it('gives each proposal against the provision it names by label and words, with its reasons; the underlined title outside the marks is not an insertion', async () => {
    const read = readDocxContribution(readWordPackage(await printedMarksContribution()), version);
    expect(read.tracked).toBe(false);
    const derived = deriveAmendments(version, read.target, { identities: 'ids' });
    expect(derived.operations).toEqual([
      {
        kind: 'add',
        newId: expect.any(String),
        position: { after: 'op-3-2' },
        text: 'share their national experience with the Council Working Group;',
      },
      {
        kind: 'modify',
        provisionId: 'op-3-2',
        baseText: 'participate actively in the preparatory process of the UNGA overall review.',
        replacements: [{ from: 2, to: 3, text: 'fully' }],
      },
      { kind: 'suppress', provisionId: 'pre-1-2' },
    ]);
    const added = derived.operations[0] as { newId: string };
    expect(Object.fromEntries(read.explanations)).toEqual({
      'op-3-2': 'Full participation is what the review asks of Member States.',
      [added.newId]: 'Experience shared helps the review.',
      'pre-1-2': 'Recalled elsewhere.',
    });
  });

  it('reports by paragraph the proposal that matches no provision (no amendment made of it) and reasons that follow no proposal', async () => {
    const read = readDocxContribution(readWordPackage(await printedMarksContribution()), version);
    expect(read.warnings).toEqual([
      {
        key: 'docx.reasons-without-proposal',
        paragraph: 3,
        text: 'This contribution updates the resolution for the WSIS+20 review.',
        params: {},
      },
      {
        key: 'docx.paragraph-not-matched',
        paragraph: 14,
        text: 'to publish the yearly bulletin of the Bureau in all six languages;',
        params: { change: 'modified', label: '7' },
      },
    ]);
  });
});
