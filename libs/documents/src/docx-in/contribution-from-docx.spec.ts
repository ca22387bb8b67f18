import { Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { deriveAmendments, importResolution } from '#libs/text';
import { RES1334_EDITS, res1334ArSource, trackedRes1334Contribution } from '../testing/res1334-word-contribution';
import { res1334ExcerptEn } from '../testing/printed-marks-contribution';
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
      {
        kind: 'addFootnote',
        provisionId: footnote.provisionId,
        footnoteId: expect.any(String),
        text: footnote.text,
        anchor: footnote.afterWords,
      },
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

describe('paragraphs added in Word, placed by what precedes them and by their label', () => {
  const excerpt = importResolution(res1334ExcerptEn()).document;
  const insertion = { id: 1, author: 'Kenya', date: '2026-03-02T10:00:00Z' };
  const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const inserted = (text: string) => new Paragraph({ children: [new InsertedTextRun({ text, ...insertion })] });

  it('a number after a sub-item goes after the provision the sub-item belongs to; an item under a heading goes first in its section; a sub-item after an item becomes its first sub-item', async () => {
    const file = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              paragraph('recalling further'),
              inserted('a)\tthe Cairo Declaration of 2025;'),
              paragraph(
                'a)\tthe Geneva Declaration of Principles and Geneva Plan of Action, adopted in 2003, and the Tunis Commitment and Tunis Agenda for the Information Society, adopted in 2005, all of which were endorsed by UNGA;',
              ),
              paragraph('3\tto prepare a report on the following:'),
              paragraph("'1'\tthe contribution of ITU to the implementation of the WSIS outcomes;"),
              paragraph("'2'\tthe role of ITU in achieving the Sustainable Development Goals,"),
              inserted('4\tto report annually to the Council on this resolution;'),
              paragraph('1\tcontribute to the work of the Council Working Group on WSIS and SDGs by providing examples of best practices;'),
              inserted("'1'\tby sharing national strategies;"),
            ],
          },
        ],
      }),
    );
    const read = readDocxContribution(readWordPackage(file), excerpt);
    expect(read.warnings).toEqual([]);
    const adds = deriveAmendments(excerpt, read.target, { identities: 'ids' }).operations.filter((op) => op.kind === 'add');
    expect(adds.map((op) => [op.kind === 'add' && op.text, op.kind === 'add' && op.position])).toEqual([
      ['the Cairo Declaration of 2025;', { before: 'pre-2-1' }],
      ['to report annually to the Council on this resolution;', { after: 'op-1-3' }],
      ['by sharing national strategies;', { asChildOf: 'op-3-1' }],
    ]);
  });
});
