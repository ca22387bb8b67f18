import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAmendment, importResolution, renderCleanText } from '#libs/text';
import { parseAmendmentOperation } from '../documents/amendment-operation';
import { submittableProposal } from './submittable-proposal';

const SOURCE = readFileSync(
  join(__dirname, '..', '..', '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'),
  'utf8',
);
const base = importResolution(SOURCE).document;

/** The excerpt with the line starting `start` replaced by `lines`. */
function edited(start: string, ...lines: string[]): string {
  const all = SOURCE.split('\n');
  const index = all.findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starting "${start}"`);
  all.splice(index, 1, ...lines);
  return all.join('\n');
}

describe('the amendments a contribution can carry, derived from a whole text', () => {
  it('places the second of two paragraphs added in a row after the first, as one proposal: each applies after the ones before it and, accepted in order, they give the text', () => {
    const target = importResolution(
      edited(
        '2\tparticipate actively',
        '2\tshare their national experience with the Council Working Group;',
        '3\tsupport developing countries in the review;',
        '4\tparticipate actively in the preparatory process of the UNGA overall review.',
      ),
    ).document;
    const proposal = submittableProposal(base, target);
    expect(proposal.warnings).toEqual([]);
    expect(proposal.operations.map((op) => op.kind)).toEqual(['add', 'add']);
    const [first, second] = proposal.operations;
    expect(second).toMatchObject({ position: { after: first.kind === 'add' ? first.newId : undefined } });
    expect(applyAmendment(base, second).ok).toBe(false);
    let text = base;
    for (const operation of proposal.operations) {
      const applied = applyAmendment(text, operation);
      expect(applied.ok).toBe(true);
      if (applied.ok) text = applied.value;
      expect(parseAmendmentOperation(JSON.parse(JSON.stringify(operation))).operation).toEqual(operation);
    }
    expect(renderCleanText(proposal.proposed)).toBe(renderCleanText(target));
  });

  it('puts paragraphs added at the end of a list after the last one there, in order', () => {
    const target = importResolution(
      edited(
        '2\tparticipate actively',
        '2\tparticipate actively in the preparatory process of the UNGA overall review;',
        '3\tshare their national experience with the Council Working Group;',
        '4\tsupport developing countries in the review.',
      ),
    ).document;
    const proposal = submittableProposal(base, target);
    expect(proposal.warnings).toEqual([]);
    expect(proposal.operations.filter((op) => op.kind === 'add').map((op) => 'position' in op && op.position)).toEqual([
      { after: 'op-3-2' },
      { after: 'op-3-3' },
    ]);
    expect(renderCleanText(proposal.proposed)).toBe(renderCleanText(target));
  });

  it('proposes a paragraph moved and reworded as one MOVE carrying its word changes, which the API reads back as it is', () => {
    const first = SOURCE.split('\n').find((line) => line.startsWith('1\tto take all possible measures')) as string;
    const source = SOURCE.replace(`${first}\n`, '').replace(
      "'2'\tthe role of ITU in achieving the Sustainable Development Goals,",
      `'2'\tthe role of ITU in achieving the Sustainable Development Goals;\n${first.replace('1\t', '4\t').replace('all possible', 'all appropriate')}`,
    );
    const target = importResolution(source).document;
    const proposal = submittableProposal(base, target);
    expect(proposal.warnings).toEqual([]);
    const moved = proposal.operations.filter((op) => op.kind === 'move');
    expect(moved).toEqual([
      expect.objectContaining({
        position: { after: 'op-1-3' },
        baseText: expect.stringContaining('all possible'),
        replacements: [expect.objectContaining({ text: 'appropriate' })],
      }),
    ]);
    expect(
      proposal.operations.filter((op) => op.kind === 'modify' && op.provisionId === (moved[0] as { provisionId: string }).provisionId),
    ).toEqual([]);
    for (const operation of proposal.operations)
      expect(parseAmendmentOperation(JSON.parse(JSON.stringify(operation))).operation).toEqual(operation);
    expect(renderCleanText(proposal.proposed)).toBe(renderCleanText(target));
  });

  it('passes on what no amendment expresses, and proposes nothing for an unchanged text', () => {
    expect(submittableProposal(base, base)).toEqual({ operations: [], warnings: [], proposed: base });
    const target = importResolution(edited('The ITU Council,', 'The Council of the Union,')).document;
    expect(submittableProposal(base, target).warnings).toEqual([expect.objectContaining({ code: 'body-changed' })]);
  });
});
