import fc from 'fast-check';
import { applyAmendment, applyAmendments } from '../amend/apply-amendment';
import { AmendmentOperation } from '../amend/amendment';
import { resolutionDocument, hostileWording } from '../amend/testing/arbitraries';
import { ALL_KINDS, amendmentFor, amendmentSeed } from '../amend/testing/operations';
import { RES30, resolution30 } from '../amend/testing/resolutions';
import { ResolutionDocument } from '../model';
import { applyDiff, versionOf } from './apply-diff';
import { diffDocuments } from './document-diff';

function amended(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  const result = applyAmendments(doc, ops);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

/** Resolution 30 as a Buenos Aires revision might propose it: Dubai becomes Buenos Aires, a recital added as b), one suppressed, one moved, words changed. */
function revised(): ResolutionDocument {
  const base = resolution30();
  const withBody = { ...base, body: RES30.body.replace('دبي، 2014', 'بوينس آيرس، 2017') };
  return amended(
    withBody,
    { kind: 'add', newId: 'recalling-a70125', position: { after: 'recalling-wsis' }, text: RES30.recallingA70125 },
    {
      kind: 'modify',
      provisionId: 'recalling-res71',
      oldText: RES30.recallingRes71,
      newText: RES30.recallingRes71.replace('غوادالاخارا، 2010', 'بوسان، 2014'),
    },
    { kind: 'suppress', provisionId: 'recalling-wsis10' },
    { kind: 'move', provisionId: 'resolves-inclusion', position: { after: 'resolves-statistics' } },
    { kind: 'changeHeading', sectionId: 'recognizing', heading: 'وإذ يدرك كذلك' },
    { kind: 'changeFootnote', provisionId: 'resolves-statistics', footnoteId: 'fn-developing', text: 'تشمل أقل البلدان نمواً.' },
    { kind: 'addFootnote', provisionId: 'requests-pp', footnoteId: 'fn-pp', text: 'مؤتمر المندوبين المفوضين (دبي، 2018).' },
  );
}

describe('diffDocuments', () => {
  const diff = diffDocuments(resolution30(), revised());

  it('lists what was inserted, deleted, moved and modified, by provision id', () => {
    expect(diff.summary.inserted).toEqual(['recalling-a70125']);
    expect(diff.summary.deleted).toEqual(['recalling-wsis10']);
    expect(diff.summary.moved).toEqual(['resolves-inclusion']);
    expect(diff.summary.modified).toEqual(['recalling-res71']);
  });

  it('gives old and new labels of the provisions the revision reletters', () => {
    expect(diff.summary.relabelled).toEqual([
      { id: 'recalling-res71', before: 'ب)', after: 'ج)' },
      { id: 'recalling-res131', before: 'ج)', after: 'د )' },
      { id: 'resolves-financing', before: '2', after: '1' },
      { id: 'resolves-statistics', before: '3', after: '2' },
      { id: 'resolves-inclusion', before: '1', after: '3' },
    ]);
  });

  it('reports heading and footnote changes', () => {
    expect(diff.summary.headingsChanged).toEqual(['recognizing']);
    expect(diff.summary.footnotesChanged).toEqual([
      { provisionId: 'resolves-statistics', footnoteId: 'fn-developing', change: 'modified' },
      { provisionId: 'requests-pp', footnoteId: 'fn-pp', change: 'inserted' },
    ]);
  });

  it('diffs a modified provision word by word', () => {
    const entry = diff.sections.preamble[0].provisions.find((p) => p.id === 'recalling-res71');
    expect(entry?.words).toEqual([
      { kind: 'equal', text: 'بالقرار 71 (المراجَع في ' },
      { kind: 'delete', text: 'غوادالاخارا، 2010' },
      { kind: 'insert', text: 'بوسان، 2014' },
      { kind: 'equal', text: ') لمؤتمر المندوبين المفوضين، بشأن الخطة الاستراتيجية للاتحاد للفترة 2015‑2012؛' },
    ]);
  });

  it('shows a moved provision where it stood and where it stands', () => {
    const resolves = diff.sections.operative[0].provisions.map((p) => `${p.id}:${p.change}`);
    expect(resolves).toEqual([
      'resolves-inclusion:moved-away',
      'resolves-financing:kept',
      'resolves-statistics:kept',
      'resolves-inclusion:moved-here',
    ]);
  });

  it('gives a provision moved and reworded its word changes where it stands, and a reminder without words where it stood', () => {
    const reworded = amended(resolution30(), {
      kind: 'move',
      provisionId: 'resolves-inclusion',
      position: { after: 'resolves-statistics' },
      oldText: RES30.resolves1,
      newText: `${RES30.resolves1} المستدامة`,
    });
    const entries = diffDocuments(resolution30(), reworded).sections.operative[0].provisions;
    const here = entries.find((entry) => entry.id === 'resolves-inclusion' && entry.change === 'moved-here');
    const away = entries.find((entry) => entry.id === 'resolves-inclusion' && entry.change === 'moved-away');
    expect(here?.words).toEqual([
      { kind: 'equal', text: RES30.resolves1 },
      { kind: 'insert', text: ' المستدامة' },
    ]);
    expect(away).toMatchObject({ children: [], footnotes: [] });
    expect(diffDocuments(resolution30(), reworded).summary).toMatchObject({
      moved: ['resolves-inclusion'],
      modified: ['resolves-inclusion'],
    });
  });

  it('keeps the fields of later model versions (sub-item markers, footnote anchors)', () => {
    const base = resolution30();
    const marked = base;
    const withMarker: ResolutionDocument = {
      ...marked,
      operative: [
        {
          ...marked.operative[0],
          provisions: marked.operative[0].provisions.map((p) =>
            p.id === 'resolves-financing' ? { ...p, listMarker: 'dash' as const } : p,
          ),
        },
        marked.operative[1],
      ],
    };
    const result = applyDiff(base, diffDocuments(base, withMarker));
    expect(result).toEqual({ ok: true, value: withMarker });
  });
});

describe('applyDiff', () => {
  it('rebuilds the revised document from its base', () => {
    expect(applyDiff(resolution30(), diffDocuments(resolution30(), revised()))).toEqual({ ok: true, value: revised() });
  });

  it("refuses a document that is not the revision's base", () => {
    const diff = diffDocuments(resolution30(), revised());
    expect(applyDiff(revised(), diff)).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'diff-does-not-apply' }) });
  });

  it('gives the second of any two versions from the first, and the first back from the revision', () => {
    fc.assert(
      fc.property(resolutionDocument({ text: hostileWording }), resolutionDocument({ text: hostileWording }), (a, b) => {
        const diff = diffDocuments(a, b);
        expect(applyDiff(a, diff)).toEqual({ ok: true, value: b });
        expect(versionOf(diff, 'before')).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the amended document from the base for any sequence of amendments', () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.array(amendmentSeed(ALL_KINDS), { maxLength: 20 }), (base, seeds) => {
        let doc = base;
        seeds.forEach((seed, serial) => {
          const op = amendmentFor(doc, seed, serial);
          const result = op && applyAmendment(doc, op);
          if (result?.ok) doc = result.value;
        });
        expect(applyDiff(base, diffDocuments(base, doc))).toEqual({ ok: true, value: doc });
      }),
      { numRuns: 300 },
    );
  });
});
