import { ResolutionDocument } from '../model';
import { tokenTexts } from '../tokenize';
import { AmendmentOperation, IdentifiedAmendment, MoveProvision } from './amendment';
import { applyAmendment } from './apply-amendment';
import { findConflicts } from './conflicts';
import { locateProvision } from './document-tree';
import { mergeAmendments, rebaseAmendment } from './rebase';
import { englishResolution } from './testing/resolutions';

function applied(doc: ResolutionDocument, op: AmendmentOperation): ResolutionDocument {
  const result = applyAmendment(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

const O3 = 'to report annually to the Council on the implementation of this resolution.';
const O1 = 'to take all possible measures to encourage the full participation of all United Nations organizations;';
const o3 = tokenTexts(O3);
const textOf = (doc: ResolutionDocument, id: string) => locateProvision(doc, id)?.provision.text;
const order = (doc: ResolutionDocument) => doc.operative[0].provisions.map((provision) => provision.id);

/** o-3 to the top of the operative part, "annually" becoming "biennially" on the way. */
const moveAndReword: MoveProvision = {
  kind: 'move',
  provisionId: 'o-3',
  position: { before: 'o-1' },
  oldText: O3,
  newText: O3.replace('annually', 'biennially'),
};
const asReplacements: MoveProvision = {
  kind: 'move',
  provisionId: 'o-3',
  position: { before: 'o-1' },
  baseText: O3,
  replacements: [{ from: o3.indexOf('annually'), to: o3.indexOf('annually') + 1, text: 'biennially' }],
};

describe('a move that rewords the provision (MOVE with MOD)', () => {
  it('changes the words as a MOD would, then moves the provision', () => {
    for (const op of [moveAndReword, asReplacements]) {
      const doc = applied(englishResolution(), op);
      expect(order(doc)).toEqual(['o-3', 'o-1', 'o-2']);
      expect(textOf(doc, 'o-3')).toBe('to report biennially to the Council on the implementation of this resolution.');
    }
  });

  it('is refused, as its MOD would be, when the provision no longer reads as it was proposed against', () => {
    const stale = applyAmendment(englishResolution(), { ...moveAndReword, oldText: 'to report every year to the Council.' });
    expect(stale.ok ? 'applied' : stale.refusal.code).toBe('stale-target');
  });

  it('is refused, as a move would be, when placed inside its own sub-items', () => {
    const inside = applyAmendment(englishResolution(), {
      kind: 'move',
      provisionId: 'o-2',
      position: { after: 'o-2-i' },
      oldText: 'to present the outcomes of the WSIS+20 High-Level Event;',
      newText: 'to present the outcomes;',
    });
    expect(inside.ok ? 'applied' : inside.refusal.code).toBe('invalid-position');
  });
});

describe('rebasing a reworded move', () => {
  const base = englishResolution();

  it('carries its words over a MOD of other words of the provision, and keeps its place', () => {
    const current = applied(base, {
      kind: 'modify',
      provisionId: 'o-3',
      oldText: O3,
      newText: O3.replace('this resolution', 'Resolution 1334'),
    });
    const outcome = rebaseAmendment(base, current, moveAndReword);
    expect(outcome.status).toBe('rebased');
    if (outcome.status !== 'rebased') return;
    expect(outcome.op).toMatchObject({ kind: 'move', provisionId: 'o-3', position: { before: 'o-1' }, baseText: textOf(current, 'o-3') });
    const doc = applied(current, outcome.op);
    expect(order(doc)).toEqual(['o-3', 'o-1', 'o-2']);
    expect(textOf(doc, 'o-3')).toBe('to report biennially to the Council on the implementation of Resolution 1334.');
  });

  it('conflicts when the words it changes were changed meanwhile', () => {
    const current = applied(base, { kind: 'modify', provisionId: 'o-3', oldText: O3, newText: O3.replace('annually', 'every year') });
    expect(rebaseAmendment(base, current, moveAndReword)).toMatchObject({ status: 'conflict', reason: 'overlapping-words' });
  });

  it('conflicts when the provision it is placed next to is gone', () => {
    const current = applied(base, { kind: 'suppress', provisionId: 'o-1' });
    expect(rebaseAmendment(base, current, moveAndReword)).toMatchObject({ status: 'conflict', reason: 'anchor-gone' });
  });

  it('stays as it is when nothing changed meanwhile', () => {
    expect(rebaseAmendment(base, base, moveAndReword)).toEqual({ status: 'rebased', op: moveAndReword });
  });

  it('merges with a MOD of another provision accepted before it', () => {
    const ops: IdentifiedAmendment[] = [
      { id: 'A1', op: { kind: 'modify', provisionId: 'o-1', oldText: O1, newText: O1.replace('all possible', 'all appropriate') } },
      { id: 'A2', op: asReplacements },
    ];
    const merged = mergeAmendments(base, ops);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(order(merged.value)).toEqual(['o-3', 'o-1', 'o-2']);
    expect(textOf(merged.value, 'o-3')).toContain('biennially');
    expect(textOf(merged.value, 'o-1')).toContain('all appropriate');
  });
});

describe('conflicts of a reworded move', () => {
  const reasons = (...ops: AmendmentOperation[]) =>
    findConflicts(
      ops.map((op, i) => ({ id: `A${i + 1}`, op })),
      englishResolution(),
    ).map((c) => `${c.amendmentIds.join('/')}:${c.reason}`);

  it('conflicts with what a MOD of the provision conflicts with: other words of it, proposed against another wording', () => {
    expect(
      reasons(moveAndReword, {
        kind: 'modify',
        provisionId: 'o-3',
        oldText: 'to report every year.',
        newText: 'to report every two years.',
      }),
    ).toEqual(['A1/A2:different-base']);
    expect(reasons(moveAndReword, { ...asReplacements, position: { after: 'o-1' } })).toEqual(['A1/A2:overlapping-words']);
  });

  it('conflicts with what a move conflicts with: another move of it, a provision placed next to it, its suppression', () => {
    expect(reasons(moveAndReword, { kind: 'move', provisionId: 'o-3', position: { after: 'o-1' } })).toEqual(['A1/A2:target-moved']);
    expect(reasons(moveAndReword, { kind: 'add', newId: 'o-new', position: { after: 'o-3' }, text: 'to inform the Council;' })).toEqual([
      'A1/A2:target-moved',
    ]);
    expect(reasons(moveAndReword, { kind: 'suppress', provisionId: 'o-3' })).toEqual(['A1/A2:target-suppressed']);
    expect(reasons(moveAndReword, { kind: 'add', newId: 'o-new', position: { before: 'o-1' }, text: 'to inform the Council;' })).toEqual([
      'A1/A2:same-place',
    ]);
  });

  it('leaves amendments of other provisions alone', () => {
    expect(
      reasons(moveAndReword, { kind: 'modify', provisionId: 'o-1', oldText: O1, newText: O1.replace('all possible', 'all appropriate') }),
    ).toEqual([]);
  });
});
