import { AmendmentOperation, locateProvision } from '#libs/text';
import { derivedAmendmentPreviews } from './derived-amendments';
import { resolution1334 } from './testing/documents';

const doc = resolution1334();
const wording = (id: string) => locateProvision(doc, id)!.provision.text;

describe('the amendments derived from an edited text, as a delegate reads them', () => {
  const recalledNow = wording('pre-1-2');
  const operations: AmendmentOperation[] = [
    { kind: 'add', newId: 'p-first', position: { after: 'pre-1-1' }, text: 'بقرار أول جديد؛' },
    // Placed after the provision the proposal adds just before.
    { kind: 'add', newId: 'p-second', position: { after: 'p-first' }, text: 'بقرار ثانٍ جديد؛' },
    { kind: 'modify', provisionId: 'pre-1-2', oldText: recalledNow, newText: recalledNow.replace('بوخارست', 'الدوحة') },
    { kind: 'suppress', provisionId: 'op-1-6' },
  ];
  const previews = derivedAmendmentPreviews(doc, operations);

  it('applies each amendment after the ones before it: none is refused', () => {
    expect(previews.map((p) => p.tag)).toEqual(['ADD', 'ADD', 'MOD', 'SUP']);
    expect(previews.every((p) => p.refusal === undefined)).toBe(true);
  });

  it('cites a provision of the version by its label in the version, though the additions before it reletter it', () => {
    // In the text proposed, pre-1-2 (ب) in the version) comes after two new items and reads د).
    expect(previews[2]).toMatchObject({ tag: 'MOD', label: 'ب)' });
    expect(previews[2].segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'بوخارست' },
      { kind: 'insert', text: 'الدوحة' },
    ]);
    expect(previews[3]).toMatchObject({ tag: 'SUP', label: '6' });
  });

  it('gives an added provision the label it takes in the text proposed, and places it by labels, never by ids', () => {
    expect(previews[0]).toMatchObject({ newLabel: 'ب)', place: { relation: 'after', label: 'أ )' } });
    expect(previews[1]).toMatchObject({ newLabel: 'ج)', place: { relation: 'after', label: 'ب)' } });
    expect(JSON.stringify(previews)).not.toMatch(/p-first|p-second|pre-1-|op-1-/u);
  });
});
