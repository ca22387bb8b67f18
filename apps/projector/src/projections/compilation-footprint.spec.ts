import { AmendmentOperation, importResolution } from '#libs/text';
import { footprintOf, provisionsChanged, roleFor, touchedIds } from './compilation-footprint';

// A short English ITU-style text with sub-items, as the secretariat would import it.
const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event, in particular:
i)	the Chair's summary;
ii)	the outcome document,
encourages Member States to
1	participate actively in the preparatory process of the UNGA overall review.
`).document;

describe('which provisions an amendment operation touches', () => {
  it('lists a MOD beside the provision it rewords, and touches nothing else', () => {
    const op: AmendmentOperation = { kind: 'modify', provisionId: 'op-1-1', oldText: 'a', newText: 'b' };
    const footprint = footprintOf(op, TEXT);
    expect(footprint.placement).toEqual({ provisionId: 'op-1-1', role: 'modify' });
    expect(touchedIds(footprint)).toEqual(['op-1-1']);
    expect(roleFor(footprint, 'op-1-1')).toBe('modify');
    expect(roleFor(footprint, 'op-1-2')).toBeUndefined();
  });

  it('lists an ADD next to the provision it is placed before or after, which it names but does not change', () => {
    const after = footprintOf({ kind: 'add', newId: 'op-1-new', position: { after: 'op-1-1' }, text: 'to report;' }, TEXT);
    expect(after.placement).toEqual({ provisionId: 'op-1-1', role: 'add-after' });
    expect(after).toMatchObject({ creates: ['op-1-new'], anchors: ['op-1-1'], changes: [] });
    expect(touchedIds(after)).toEqual(['op-1-new', 'op-1-1']);
    expect(provisionsChanged(after)).toEqual(['op-1-new']);
    expect(roleFor(after, 'op-1-new')).toBe('create');
    expect(roleFor(after, 'op-1-1')).toBeUndefined();
    expect(footprintOf({ kind: 'add', newId: 'x', position: { before: 'pre-1-1' }, text: 't' }).placement).toEqual({
      provisionId: 'pre-1-1',
      role: 'add-before',
    });
  });

  it('lists a new sub-item inside its parent, which it changes', () => {
    const inside = footprintOf({ kind: 'add', newId: 'op-1-2-iii', position: { asChildOf: 'op-1-2' }, text: 'the statements;' }, TEXT);
    expect(inside.placement).toEqual({ provisionId: 'op-1-2', role: 'add-inside' });
    expect(provisionsChanged(inside)).toEqual(['op-1-2', 'op-1-2-iii']);
    expect(roleFor(inside, 'op-1-2')).toBe('add-inside');
  });

  it('puts an ADD at the end of a section, a new heading and a new section under the section heading', () => {
    expect(footprintOf({ kind: 'add', newId: 'op-2-new', position: { atEndOf: 'op-2' }, text: 't' })).toMatchObject({
      placement: { sectionId: 'op-2', role: 'add-at-end' },
      sections: ['op-2'],
      creates: ['op-2-new'],
    });
    expect(footprintOf({ kind: 'changeHeading', sectionId: 'pre-1', heading: 'recalling further' })).toMatchObject({
      placement: { sectionId: 'pre-1', role: 'change-heading' },
      sections: ['pre-1'],
    });
    expect(
      footprintOf({ kind: 'addSection', part: 'operative', sectionId: 'op-new', heading: 'invites', position: { afterSection: 'op-1' } }),
    ).toMatchObject({
      placement: { sectionId: 'op-1', role: 'add-section-after' },
      sections: ['op-1', 'op-new'],
    });
    expect(
      footprintOf({
        kind: 'addSection',
        part: 'operative',
        sectionId: 'op-new',
        heading: 'invites',
        position: { atEndOfPart: 'operative' },
      }).placement,
    ).toEqual({
      part: 'operative',
      role: 'add-section-at-end',
    });
  });

  it('carries the sub-items of a suppressed or moved provision along, when the text is given', () => {
    const suppressed = footprintOf({ kind: 'suppress', provisionId: 'op-1-2' }, TEXT);
    expect(suppressed.carried).toEqual(['op-1-2-1', 'op-1-2-2']);
    expect(provisionsChanged(suppressed)).toEqual(['op-1-2', 'op-1-2-1', 'op-1-2-2']);
    expect(roleFor(suppressed, 'op-1-2-1')).toBe('suppress');
    expect(footprintOf({ kind: 'suppress', provisionId: 'op-1-2' }).carried).toEqual([]);

    const moved = footprintOf({ kind: 'move', provisionId: 'op-1-2', position: { before: 'op-1-1' } }, TEXT);
    expect(moved).toMatchObject({
      placement: { provisionId: 'op-1-2', role: 'move' },
      changes: ['op-1-2'],
      anchors: ['op-1-1'],
      carried: ['op-1-2-1', 'op-1-2-2'],
    });
    const reworded = footprintOf({ kind: 'move', provisionId: 'op-1-2', position: { before: 'op-1-1' }, oldText: 'a', newText: 'b' }, TEXT);
    expect(reworded).toEqual(moved);
    const intoAnother = footprintOf({ kind: 'move', provisionId: 'op-2-1', position: { asChildOf: 'op-1-2' } }, TEXT);
    expect(intoAnother.changes).toEqual(['op-2-1', 'op-1-2']);
    expect(roleFor(intoAnother, 'op-1-2')).toBe('add-inside');
  });

  it('lists footnotes, bracketed alternatives and their settlement beside their provision', () => {
    const cases: [AmendmentOperation, string][] = [
      [{ kind: 'addFootnote', provisionId: 'pre-1-2', footnoteId: 'fn-1', text: 'note' }, 'footnote'],
      [{ kind: 'changeFootnote', provisionId: 'pre-1-2', footnoteId: 'fn-1', text: 'note' }, 'footnote'],
      [{ kind: 'offerAlternatives', provisionId: 'pre-1-2', baseText: 'x', from: 0, to: 1, alternatives: ['a', 'b'] }, 'brackets'],
      [{ kind: 'settleBrackets', provisionId: 'pre-1-2', bracketIndex: 0, choice: 1 }, 'settle-brackets'],
      [{ kind: 'replaceText', provisionId: 'pre-1-2', text: 'new' }, 'replace'],
    ];
    for (const [op, role] of cases) {
      expect(footprintOf(op, TEXT)).toMatchObject({
        placement: { provisionId: 'pre-1-2', role },
        changes: ['pre-1-2'],
        creates: [],
        anchors: [],
      });
    }
  });
});
