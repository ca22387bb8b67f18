import { AmendmentOperation } from './amendment';
import { applyAmendment } from './apply-amendment';
import { findConflicts } from './conflicts';
import { locateProvision, locateSection } from './document-tree';
import { rebaseAmendment } from './rebase';
import { ResolutionDocument } from '../model';
import { RES30, resolution30 } from './testing/resolutions';

function applied(doc: ResolutionDocument, op: AmendmentOperation): ResolutionDocument {
  const result = applyAmendment(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

const refusalOf = (doc: ResolutionDocument, op: AmendmentOperation) => {
  const result = applyAmendment(doc, op);
  return result.ok ? 'applied' : result.refusal.code;
};

const footnotesOf = (doc: ResolutionDocument, id: string) => locateProvision(doc, id)?.provision.footnotes;

describe('applyAmendment: the title, sections and footnotes as a whole text changes them', () => {
  it('changes the title, "(Rev. Dubai, 2014)" becoming "(Rev. Buenos Aires, 2017)"', () => {
    const title = 'القرار 30 (المراجَع في بوينس آيرس، 2017) - دور قطاع تنمية الاتصالات';
    expect(applied(resolution30(), { kind: 'changeTitle', title }).title).toBe(title);
  });

  it('suppresses a section with the provisions still under it, and refuses an unknown one', () => {
    const doc = applied(resolution30(), { kind: 'suppressSection', sectionId: 'recognizing' });
    expect(locateSection(doc, 'recognizing')).toBeUndefined();
    expect(locateProvision(doc, 'recognizing-2030')).toBeUndefined();
    expect(doc.preamble.map((section) => section.id)).toEqual(['recalling']);
    expect(refusalOf(resolution30(), { kind: 'suppressSection', sectionId: 'nowhere' })).toBe('unknown-section');
  });

  it('adds a footnote with its marker after a given word, and an ADD carries its own footnotes', () => {
    let doc = applied(resolution30(), {
      kind: 'addFootnote',
      provisionId: 'resolves-inclusion',
      footnoteId: 'fn-tunis',
      text: 'التزام تونس، 2005.',
      anchor: 3,
    });
    expect(footnotesOf(doc, 'resolves-inclusion')).toEqual([{ id: 'fn-tunis', text: 'التزام تونس، 2005.', anchor: 3 }]);
    doc = applied(doc, {
      kind: 'add',
      newId: 'new',
      position: { after: 'resolves-inclusion' },
      text: RES30.recallingA70125,
      footnotes: [{ id: 'fn-a70125', text: 'A/70/125', anchor: 2 }],
    });
    expect(footnotesOf(doc, 'new')).toEqual([{ id: 'fn-a70125', text: 'A/70/125', anchor: 2 }]);
  });

  it('adds a footnote before another of the same provision, and refuses one before a footnote it does not carry', () => {
    const doc = applied(resolution30(), {
      kind: 'addFootnote',
      provisionId: 'resolves-statistics',
      footnoteId: 'fn-first',
      text: 'x',
      before: 'fn-developing',
    });
    expect(footnotesOf(doc, 'resolves-statistics')?.map((footnote) => footnote.id)).toEqual(['fn-first', 'fn-developing']);
    expect(
      refusalOf(resolution30(), {
        kind: 'addFootnote',
        provisionId: 'resolves-inclusion',
        footnoteId: 'fn-x',
        text: 'x',
        before: 'fn-developing',
      }),
    ).toBe('unknown-footnote');
  });

  it('keeps a footnote marker where it stood when its text changes, and moves it when told', () => {
    const anchored = applied(resolution30(), {
      kind: 'addFootnote',
      provisionId: 'resolves-inclusion',
      footnoteId: 'fn',
      text: 'x',
      anchor: 3,
    });
    const reworded = applied(anchored, { kind: 'changeFootnote', provisionId: 'resolves-inclusion', footnoteId: 'fn', text: 'y' });
    expect(footnotesOf(reworded, 'resolves-inclusion')).toEqual([{ id: 'fn', text: 'y', anchor: 3 }]);
    const moved = applied(reworded, { kind: 'changeFootnote', provisionId: 'resolves-inclusion', footnoteId: 'fn', text: 'y', anchor: 5 });
    expect(footnotesOf(moved, 'resolves-inclusion')).toEqual([{ id: 'fn', text: 'y', anchor: 5 }]);
    const atEnd = applied(moved, { kind: 'changeFootnote', provisionId: 'resolves-inclusion', footnoteId: 'fn', text: 'y', anchor: null });
    expect(footnotesOf(atEnd, 'resolves-inclusion')).toEqual([{ id: 'fn', text: 'y' }]);
  });

  it('suppresses a footnote, and refuses one the provision does not carry', () => {
    const doc = applied(resolution30(), { kind: 'suppressFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing' });
    expect(footnotesOf(doc, 'resolves-statistics')).toEqual([]);
    expect(refusalOf(doc, { kind: 'suppressFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing' })).toBe(
      'unknown-footnote',
    );
  });
});

describe('conflicts and rebasing of the new operations', () => {
  it('finds that suppressing a section conflicts with changing a provision under it or its heading', () => {
    const conflicts = findConflicts(
      [
        { id: 'sup', op: { kind: 'suppressSection', sectionId: 'recognizing' } },
        { id: 'mod', op: { kind: 'replaceText', provisionId: 'recognizing-2030', text: 'x' } },
        { id: 'heading', op: { kind: 'changeHeading', sectionId: 'recognizing', heading: 'y' } },
        { id: 'elsewhere', op: { kind: 'replaceText', provisionId: 'requests-pp', text: 'z' } },
      ],
      resolution30(),
    );
    expect(conflicts.map((conflict) => [conflict.amendmentIds.join('+'), conflict.reason])).toEqual([
      ['sup+mod', 'target-suppressed'],
      ['sup+heading', 'target-suppressed'],
    ]);
  });

  it('finds two title changes and two changes of one footnote in conflict', () => {
    const conflicts = findConflicts([
      { id: 't1', op: { kind: 'changeTitle', title: 'a' } },
      { id: 't2', op: { kind: 'changeTitle', title: 'b' } },
      { id: 'f1', op: { kind: 'suppressFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing' } },
      { id: 'f2', op: { kind: 'changeFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing', text: 'c' } },
    ]);
    expect(conflicts.map((conflict) => conflict.amendmentIds.join('+'))).toEqual(['t1+t2', 'f1+f2']);
  });

  it('rebases a title change only over a text whose title did not change meanwhile', () => {
    const base = resolution30();
    const op: AmendmentOperation = { kind: 'changeTitle', title: 'new' };
    expect(rebaseAmendment(base, base, op).status).toBe('rebased');
    expect(rebaseAmendment(base, applied(base, { kind: 'changeTitle', title: 'other' }), op).status).toBe('conflict');
  });

  it('rebases a section suppression as a conflict when a provision was placed under it meanwhile', () => {
    const base = resolution30();
    const op: AmendmentOperation = { kind: 'suppressSection', sectionId: 'recognizing' };
    const current = applied(base, { kind: 'add', newId: 'n', position: { atEndOf: 'recognizing' }, text: 'x' });
    expect(rebaseAmendment(base, current, op).status).toBe('conflict');
    expect(
      rebaseAmendment(base, base, { kind: 'suppressFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing' }).status,
    ).toBe('rebased');
  });
});
