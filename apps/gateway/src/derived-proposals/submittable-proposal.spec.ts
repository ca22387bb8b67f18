import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAmendment, importResolution, renderCleanText } from '#libs/text';
import { parseAmendmentOperation } from '../documents/amendment-operation';
import { submittableProposal } from './submittable-proposal';

const SOURCE = readFileSync(join(__dirname, '..', '..', '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8');
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
  it('places the second of two paragraphs added in a row against the version, so that each applies on its own and, accepted in order, they give the text', () => {
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
    expect(proposal.operations[1]).toMatchObject({ position: { before: 'op-3-2' } });
    for (const operation of proposal.operations) {
      expect(applyAmendment(base, operation).ok).toBe(true);
      expect(parseAmendmentOperation(JSON.parse(JSON.stringify(operation))).operation).toEqual(operation);
    }
    expect(renderCleanText(proposal.proposed)).toBe(renderCleanText(target));
  });

  it('puts paragraphs added at the end of a list at its end, in order', () => {
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
    expect(proposal.operations.filter((op) => op.kind === 'add').map((op) => 'position' in op && op.position)).toEqual([{ after: 'op-3-2' }, { atEndOf: expect.any(String) }]);
    expect(renderCleanText(proposal.proposed)).toBe(renderCleanText(target));
  });

  it('passes on what no amendment expresses, and proposes nothing for an unchanged text', () => {
    expect(submittableProposal(base, base)).toEqual({ operations: [], warnings: [], proposed: base });
    const target = importResolution(edited('The ITU Council,', 'The Council of the Union,')).document;
    expect(submittableProposal(base, target).warnings).toEqual([expect.objectContaining({ code: 'body-changed' })]);
  });
});
