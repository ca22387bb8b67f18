import { citeProvision, locateProvision } from '#libs/text';
import { compromiseOperation, previewOperation, proposedWording, refusalText } from './previews';
import { resolution1334 } from './testing/documents';

const doc = resolution1334();
const wording = (id: string) => locateProvision(doc, id)!.provision.text;

describe('an amendment previewed as it will read', () => {
  it('MOD: the provision by its printed label, the struck and the new words', () => {
    const old = wording('op-1-1');
    const preview = previewOperation(doc, {
      kind: 'modify',
      provisionId: 'op-1-1',
      oldText: old,
      newText: old.replace('الممكنة', 'المناسبة'),
    });
    expect(preview).toMatchObject({ tag: 'MOD', label: '1', heading: 'يقرر أن يكلف الأمين العام' });
    expect(preview.segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'الممكنة' },
      { kind: 'insert', text: 'المناسبة' },
    ]);
    expect(preview.refusal).toBeUndefined();
  });

  it('ADD before the first item of "recalling": it takes أ, and says so', () => {
    const preview = previewOperation(doc, { kind: 'add', newId: 'p-new', position: { before: 'pre-1-1' }, text: 'بقرار جديد؛' });
    expect(preview).toMatchObject({
      tag: 'ADD',
      newLabel: 'أ )',
      place: { relation: 'before', label: 'أ )' },
      segments: [{ kind: 'insert', text: 'بقرار جديد؛' }],
    });
  });

  it('SUP: the whole wording struck', () => {
    expect(previewOperation(doc, { kind: 'suppress', provisionId: 'op-1-6' })).toMatchObject({
      tag: 'SUP',
      label: '6',
      segments: [{ kind: 'delete', text: wording('op-1-6') }],
    });
  });

  it('MOVE that rewords the provision: its new place and its struck and new words, as one amendment', () => {
    const old = wording('op-1-1');
    const preview = previewOperation(doc, {
      kind: 'move',
      provisionId: 'op-1-1',
      position: { after: 'op-1-6' },
      oldText: old,
      newText: old.replace('الممكنة', 'المناسبة'),
    });
    expect(preview).toMatchObject({ tag: 'MOVE', label: '1', place: { relation: 'after', label: '6' } });
    expect(preview.segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'الممكنة' },
      { kind: 'insert', text: 'المناسبة' },
    ]);
    expect(preview.refusal).toBeUndefined();
    expect(previewOperation(doc, { kind: 'move', provisionId: 'op-1-1', position: { after: 'op-1-6' } }).segments).toEqual([]);
  });

  it('an amendment the text engine cannot apply says why', () => {
    expect(previewOperation(doc, { kind: 'suppress', provisionId: 'op-99' }).refusal).toMatchObject({ code: 'unknown-provision' });
  });

  it('says why in the reader’s language, the provision cited as printed, never by its id', () => {
    const stale = previewOperation(doc, { kind: 'modify', provisionId: 'op-1-1', oldText: 'not its wording', newText: 'x' }).refusal!;
    const cited = citeProvision(doc, 'op-1-1')!;
    expect(refusalText(stale, 'en')).toBe(
      `${cited} no longer reads as it did when the amendment was proposed; carry the amendment over to its present wording`,
    );
    expect(refusalText(stale, 'ar')).toBe(`لم يعد ${cited} يُقرأ كما كان حين اقتُرح التعديل؛ انقل التعديل إلى صيغته الحالية`);
    expect(refusalText(stale, 'ar')).not.toContain('op-1-1');
  });
});

describe("the chair's compromise", () => {
  it("keeps the proposal and puts the chair's wording in place of the proposer's", () => {
    const add = { kind: 'add', newId: 'op-3-african', position: { atEndOf: 'op-3' }, text: 'دعم' } as const;
    expect(compromiseOperation(add, 'دعم مشاركة')).toEqual({ ...add, text: 'دعم مشاركة' });
    expect(
      compromiseOperation({ kind: 'modify', provisionId: 'op-1-1', baseText: 'a b', replacements: [{ from: 0, to: 1, text: 'c' }] }, 'd b'),
    ).toEqual({ kind: 'modify', provisionId: 'op-1-1', oldText: 'a b', newText: 'd b' });
    expect(compromiseOperation({ kind: 'changeHeading', sectionId: 'pre-5', heading: 'x' }, 'y')).toEqual({
      kind: 'changeHeading',
      sectionId: 'pre-5',
      heading: 'y',
    });
    expect(compromiseOperation({ kind: 'suppress', provisionId: 'op-1-6' }, 'x')).toBeUndefined();
    expect(
      compromiseOperation(
        {
          kind: 'move',
          provisionId: 'op-1-1',
          position: { after: 'op-1-6' },
          baseText: 'a b',
          replacements: [{ from: 0, to: 1, text: 'c' }],
        },
        'd b',
      ),
    ).toEqual({
      kind: 'move',
      provisionId: 'op-1-1',
      position: { after: 'op-1-6' },
      oldText: 'a b',
      newText: 'd b',
    });
    expect(compromiseOperation({ kind: 'move', provisionId: 'op-1-1', position: { after: 'op-1-6' } }, 'x')).toBeUndefined();
  });

  it('starts from the wording proposed', () => {
    const old = wording('op-1-1');
    expect(proposedWording(doc, { kind: 'modify', provisionId: 'op-1-1', oldText: old, newText: `${old} x` })).toBe(`${old} x`);
    expect(
      proposedWording(doc, { kind: 'modify', provisionId: 'op-1-1', baseText: 'a b', replacements: [{ from: 0, to: 1, text: 'c' }] }),
    ).toBe('c b');
    expect(proposedWording(doc, { kind: 'suppress', provisionId: 'op-1-6' })).toBeUndefined();
    expect(
      proposedWording(doc, { kind: 'move', provisionId: 'op-1-1', position: { after: 'op-1-6' }, oldText: old, newText: `${old} x` }),
    ).toBe(`${old} x`);
  });
});
