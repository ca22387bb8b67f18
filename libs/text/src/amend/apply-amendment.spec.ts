import { outlineDocument } from '../diff/outline';
import { ResolutionDocument } from '../model';
import { tokenTexts } from '../tokenize';
import { AmendmentOperation } from './amendment';
import { applyAmendment, applyAmendments } from './apply-amendment';
import { locateProvision, locateSection } from './document-tree';
import { RES30, englishResolution, resolution30 } from './testing/resolutions';

function applied(doc: ResolutionDocument, op: AmendmentOperation): ResolutionDocument {
  const result = applyAmendment(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

function refusalOf(doc: ResolutionDocument, op: AmendmentOperation): string {
  const result = applyAmendment(doc, op);
  return result.ok ? 'applied' : result.refusal.code;
}

const textOf = (doc: ResolutionDocument, id: string) => locateProvision(doc, id)?.provision.text;
const labels = (doc: ResolutionDocument, sectionId: string) =>
  outlineDocument(doc)
    .filter((place) => place.sectionId === sectionId && place.depth === 0)
    .map((place) => `${place.provision.id}=${place.printedLabel}`);

describe('applyAmendment: add (ADD)', () => {
  it('inserts a provision after another and reletters the Arabic preamble items after it', () => {
    const doc = applied(resolution30(), {
      kind: 'add',
      newId: 'recalling-a70125',
      position: { after: 'recalling-wsis' },
      text: RES30.recallingA70125,
    });
    expect(labels(doc, 'recalling')).toEqual([
      'recalling-wsis=أ )',
      'recalling-a70125=ب)',
      'recalling-res71=ج)',
      'recalling-res131=د )',
      'recalling-wsis10=هـ )',
    ]);
    expect(textOf(doc, 'recalling-a70125')).toBe(RES30.recallingA70125);
  });

  it('inserts before a provision, at the end of a section and as a sub-item', () => {
    let doc = resolution30();
    doc = applied(doc, { kind: 'add', newId: 'first', position: { before: 'recalling-wsis' }, text: 'بالقرار 140؛' });
    doc = applied(doc, { kind: 'add', newId: 'last', position: { atEndOf: 'resolves' }, text: 'بتقديم تقرير سنوي؛' });
    doc = applied(doc, {
      kind: 'add',
      newId: 'sub',
      position: { asChildOf: 'resolves-financing' },
      text: 'خطة التنمية المستدامة لعام 2030؛',
    });
    expect(doc.preamble[0].provisions[0].id).toBe('first');
    expect(doc.operative[0].provisions.map((p) => p.id)).toEqual([
      'resolves-inclusion',
      'resolves-financing',
      'resolves-statistics',
      'last',
    ]);
    expect(locateProvision(doc, 'resolves-financing')?.provision.children.map((p) => p.id)).toEqual([
      'financing-lines',
      'financing-sdg',
      'sub',
    ]);
  });

  it('keeps the footnotes given with a new provision', () => {
    const doc = applied(englishResolution(), {
      kind: 'add',
      newId: 'o-4',
      position: { atEndOf: 'instructs' },
      text: 'to report;',
      footnotes: [{ id: 'fn-new', text: 'See C23/71.' }],
    });
    expect(locateProvision(doc, 'o-4')?.provision.footnotes).toEqual([{ id: 'fn-new', text: 'See C23/71.' }]);
  });

  it('refuses an id that is already taken', () => {
    expect(refusalOf(resolution30(), { kind: 'add', newId: 'recalling-res71', position: { after: 'recalling-wsis' }, text: 'x' })).toBe(
      'duplicate-id',
    );
  });

  it('refuses an anchor that is not in the text', () => {
    expect(refusalOf(resolution30(), { kind: 'add', newId: 'n', position: { after: 'nowhere' }, text: 'x' })).toBe('unknown-provision');
    expect(refusalOf(resolution30(), { kind: 'add', newId: 'n', position: { atEndOf: 'nowhere' }, text: 'x' })).toBe('unknown-section');
  });
});

describe('applyAmendment: modify (MOD)', () => {
  it('replaces words named by token index on the wording proposed against', () => {
    const tokens = tokenTexts(RES30.resolves3);
    const doc = applied(resolution30(), {
      kind: 'modify',
      provisionId: 'resolves-statistics',
      baseText: RES30.resolves3,
      replacements: [{ from: tokens.indexOf('دبي'), to: tokens.indexOf(')'), text: 'بوينس آيرس، 2017' }],
    });
    expect(textOf(doc, 'resolves-statistics')).toBe(
      'مواصلة أنشطته في مجال العمل الإحصائي لتنمية الاتصالات عملاً بمضمون القرار 8 (المراجَع في بوينس آيرس، 2017) لهذا المؤتمر؛',
    );
  });

  it('leaves the document as it is when there is nothing to replace', () => {
    const base = resolution30();
    expect(applied(base, { kind: 'modify', provisionId: 'requests-pp', baseText: RES30.requests, replacements: [] })).toBe(base);
  });

  it('computes the word replacements from an old and a new wording', () => {
    const newText = RES30.recallingRes71.replace('غوادالاخارا، 2010', 'بوسان، 2014');
    const doc = applied(resolution30(), { kind: 'modify', provisionId: 'recalling-res71', oldText: RES30.recallingRes71, newText });
    expect(textOf(doc, 'recalling-res71')).toBe(newText);
  });

  it('refuses a modification proposed against a wording the provision no longer has', () => {
    expect(refusalOf(resolution30(), { kind: 'modify', provisionId: 'recalling-res71', oldText: 'نص آخر', newText: 'x' })).toBe(
      'stale-target',
    );
    expect(refusalOf(resolution30(), { kind: 'modify', provisionId: 'recalling-res71', baseText: 'نص آخر', replacements: [] })).toBe(
      'stale-target',
    );
  });

  it('refuses word ranges outside the provision or overlapping each other', () => {
    const op = (replacements: { from: number; to: number; text: string }[]): AmendmentOperation => ({
      kind: 'modify',
      provisionId: 'o-1',
      baseText: englishResolution().operative[0].provisions[0].text,
      replacements,
    });
    expect(refusalOf(englishResolution(), op([{ from: 0, to: 500, text: 'x' }]))).toBe('invalid-range');
    expect(
      refusalOf(
        englishResolution(),
        op([
          { from: 0, to: 3, text: 'x' },
          { from: 2, to: 4, text: 'y' },
        ]),
      ),
    ).toBe('invalid-range');
  });

  it('refuses an unknown provision', () => {
    expect(refusalOf(resolution30(), { kind: 'modify', provisionId: 'nowhere', oldText: 'a', newText: 'b' })).toBe('unknown-provision');
  });

  it('moves a footnote marker with the word it follows when words before it change', () => {
    const base = englishResolution();
    const withNote = applied(base, { kind: 'addFootnote', provisionId: 'o-3', footnoteId: 'fn', text: 'note' });
    const anchored: ResolutionDocument = {
      ...withNote,
      operative: [
        {
          ...withNote.operative[0],
          provisions: withNote.operative[0].provisions.map((p) =>
            p.id === 'o-3' ? { ...p, footnotes: [{ id: 'fn', text: 'note', anchor: 3 }] } : p,
          ),
        },
      ],
    };
    const doc = applied(anchored, {
      kind: 'modify',
      provisionId: 'o-3',
      oldText: 'to report annually to the Council on the implementation of this resolution.',
      newText: 'to submit a comprehensive report annually to the Council on the implementation of this resolution.',
    });
    // "to report annually¹" became "to submit a comprehensive report annually¹": the marker still follows "annually".
    expect(locateProvision(doc, 'o-3')?.provision.footnotes[0].anchor).toBe(6);
  });
});

describe("applyAmendment: replaceText (a chair's compromise)", () => {
  it("puts the chair's words in place of the whole wording", () => {
    const doc = applied(resolution30(), {
      kind: 'replaceText',
      provisionId: 'recognizing-2030',
      text: 'أن خطة التنمية المستدامة لعام 2030 ذات أهمية لأنشطة الاتحاد؛',
    });
    expect(textOf(doc, 'recognizing-2030')).toBe('أن خطة التنمية المستدامة لعام 2030 ذات أهمية لأنشطة الاتحاد؛');
  });
});

describe('applyAmendment: suppress (SUP)', () => {
  it('removes the provision with its sub-items and reletters the rest', () => {
    const doc = applied(resolution30(), { kind: 'suppress', provisionId: 'recalling-res71' });
    expect(labels(doc, 'recalling')).toEqual(['recalling-wsis=أ )', 'recalling-res131=ب)', 'recalling-wsis10=ج)']);
    const without = applied(resolution30(), { kind: 'suppress', provisionId: 'resolves-financing' });
    expect(locateProvision(without, 'financing-lines')).toBeUndefined();
    expect(labels(without, 'resolves')).toEqual(['resolves-inclusion=1', 'resolves-statistics=2']);
  });

  it('refuses to suppress what is not there', () => {
    expect(refusalOf(resolution30(), { kind: 'suppress', provisionId: 'nowhere' })).toBe('unknown-provision');
  });
});

describe('applyAmendment: move', () => {
  it('moves a provision with its sub-items to another section', () => {
    const doc = applied(resolution30(), { kind: 'move', provisionId: 'resolves-financing', position: { atEndOf: 'requests' } });
    expect(doc.operative[1].provisions.map((p) => p.id)).toEqual(['requests-pp', 'resolves-financing']);
    expect(locateProvision(doc, 'resolves-financing')?.provision.children).toHaveLength(2);
    expect(labels(doc, 'resolves')).toEqual(['resolves-inclusion=1', 'resolves-statistics=2']);
  });

  it('moves a provision earlier among its siblings', () => {
    const doc = applied(resolution30(), { kind: 'move', provisionId: 'recalling-wsis10', position: { before: 'recalling-wsis' } });
    expect(doc.preamble[0].provisions.map((p) => p.id)).toEqual([
      'recalling-wsis10',
      'recalling-wsis',
      'recalling-res71',
      'recalling-res131',
    ]);
  });

  it('refuses to place a provision inside itself', () => {
    expect(refusalOf(resolution30(), { kind: 'move', provisionId: 'resolves-financing', position: { after: 'financing-lines' } })).toBe(
      'invalid-position',
    );
    expect(
      refusalOf(resolution30(), { kind: 'move', provisionId: 'resolves-financing', position: { asChildOf: 'resolves-financing' } }),
    ).toBe('invalid-position');
  });
});

describe('applyAmendment: sections, headings and footnotes', () => {
  it('adds a section after another and changes a heading', () => {
    let doc = applied(resolution30(), {
      kind: 'addSection',
      part: 'preamble',
      sectionId: 'noting',
      heading: 'وإذ يلاحظ',
      position: { afterSection: 'recalling' },
    });
    doc = applied(doc, { kind: 'add', newId: 'noting-a', position: { atEndOf: 'noting' }, text: 'القرار 1332 للمجلس؛' });
    doc = applied(doc, { kind: 'changeHeading', sectionId: 'recognizing', heading: 'وإذ يدرك كذلك' });
    expect(doc.preamble.map((s) => `${s.id}:${s.heading}`)).toEqual(['recalling:إذ يذكّر', 'noting:وإذ يلاحظ', 'recognizing:وإذ يدرك كذلك']);
    expect(locateSection(doc, 'noting')?.section.provisions.map((p) => p.id)).toEqual(['noting-a']);
  });

  it('refuses a section in the wrong part or with a taken id', () => {
    expect(
      refusalOf(resolution30(), {
        kind: 'addSection',
        part: 'operative',
        sectionId: 'x',
        heading: 'h',
        position: { afterSection: 'recalling' },
      }),
    ).toBe('invalid-position');
    expect(
      refusalOf(resolution30(), {
        kind: 'addSection',
        part: 'preamble',
        sectionId: 'recalling',
        heading: 'h',
        position: { atEndOfPart: 'preamble' },
      }),
    ).toBe('duplicate-id');
    expect(refusalOf(resolution30(), { kind: 'changeHeading', sectionId: 'nowhere', heading: 'h' })).toBe('unknown-section');
  });

  it('adds and changes a footnote', () => {
    let doc = applied(resolution30(), {
      kind: 'addFootnote',
      provisionId: 'resolves-inclusion',
      footnoteId: 'fn-tunis',
      text: 'التزام تونس، 2005.',
    });
    doc = applied(doc, {
      kind: 'changeFootnote',
      provisionId: 'resolves-statistics',
      footnoteId: 'fn-developing',
      text: 'تشمل أقل البلدان نمواً.',
    });
    expect(locateProvision(doc, 'resolves-inclusion')?.provision.footnotes).toEqual([{ id: 'fn-tunis', text: 'التزام تونس، 2005.' }]);
    expect(locateProvision(doc, 'resolves-statistics')?.provision.footnotes).toEqual([
      { id: 'fn-developing', text: 'تشمل أقل البلدان نمواً.' },
    ]);
  });

  it('refuses a footnote id already used and a footnote that is not there', () => {
    expect(
      refusalOf(resolution30(), { kind: 'addFootnote', provisionId: 'resolves-inclusion', footnoteId: 'fn-developing', text: 'x' }),
    ).toBe('duplicate-id');
    expect(
      refusalOf(resolution30(), { kind: 'changeFootnote', provisionId: 'resolves-inclusion', footnoteId: 'fn-developing', text: 'x' }),
    ).toBe('unknown-footnote');
  });
});

describe('applyAmendments', () => {
  it('applies amendments in order and says which one was refused', () => {
    const result = applyAmendments(resolution30(), [
      { kind: 'suppress', provisionId: 'recalling-res71' },
      { kind: 'suppress', provisionId: 'recalling-res71' },
    ]);
    expect(result).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'unknown-provision', index: 1 }) });
  });

  it('does not change the document it is given', () => {
    const base = resolution30();
    const snapshot = JSON.stringify(base);
    applyAmendments(base, [
      { kind: 'suppress', provisionId: 'recalling-res71' },
      { kind: 'modify', provisionId: 'requests-pp', oldText: RES30.requests, newText: 'رفع هذا القرار.' },
      { kind: 'move', provisionId: 'financing-sdg', position: { before: 'financing-lines' } },
    ]);
    expect(JSON.stringify(base)).toBe(snapshot);
  });
});
