import fc from 'fast-check';
import { outlineDocument } from '../diff/outline';
import { provisionLabel } from '../labels';
import { Provision, ResolutionDocument } from '../model';
import { applyAmendment } from './apply-amendment';
import { allProvisions, locateProvision } from './document-tree';
import { resolutionDocument } from './testing/arbitraries';
import { STRUCTURAL, amendmentFor, amendmentSeed } from './testing/operations';

const LETTERS: Record<string, readonly string[]> = {
  en: [...'abcdefghijklmnopqrstuvwxyz'],
  ar: [
    'أ',
    'ب',
    'ج',
    'د',
    'هـ',
    'و',
    'ز',
    'ح',
    'ط',
    'ي',
    'ك',
    'ل',
    'م',
    'ن',
    'س',
    'ع',
    'ف',
    'ص',
    'ق',
    'ر',
    'ش',
    'ت',
    'ث',
    'خ',
    'ذ',
    'ض',
    'ظ',
    'غ',
  ],
};

/** The labels the siblings of one list must carry, top-level items by the rules of the field, sub-items by their kind's sequence. */
function expectedLabels(doc: ResolutionDocument, part: 'preamble' | 'operative', depth: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (depth > 0) return provisionLabel(doc.language, doc.style, part, depth, i);
    if (doc.style === 'unga') return part === 'preamble' ? '' : String(i + 1);
    if (count === 1) return '';
    if (part === 'operative') return String(i + 1);
    const letters = LETTERS[doc.language];
    return letters[i % letters.length].repeat(Math.floor(i / letters.length) + 1);
  });
}

function assertContiguousLabels(doc: ResolutionDocument): void {
  const places = outlineDocument(doc);
  const byList = new Map<string, typeof places>();
  for (const place of places) {
    const key = `${place.sectionId}/${place.parentId ?? ''}`;
    byList.set(key, [...(byList.get(key) ?? []), place]);
  }
  for (const siblings of byList.values()) {
    const { part, depth } = siblings[0];
    expect(siblings.map((place) => place.index)).toEqual(siblings.map((_, i) => i));
    expect(siblings.map((place) => place.label)).toEqual(expectedLabels(doc, part, depth, siblings.length));
  }
}

const idsOf = (doc: ResolutionDocument) => new Set([...allProvisions(doc)].map((p) => p.id));
const subtreeIds = (provision: Provision): string[] => [provision.id, ...provision.children.flatMap(subtreeIds)];

describe('relettering', () => {
  it('labels every list with the contiguous sequence for its part and depth after any adds, moves and suppressions', () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.array(amendmentSeed(STRUCTURAL), { maxLength: 25 }), (start, seeds) => {
        let doc = start;
        const expectedIds = idsOf(start);
        seeds.forEach((seed, serial) => {
          const op = amendmentFor(doc, seed, serial);
          if (op === undefined) return;
          const result = applyAmendment(doc, op);
          if (!result.ok) return;
          if (op.kind === 'add') expectedIds.add(op.newId);
          if (op.kind === 'suppress') subtreeIds(locateProvision(doc, op.provisionId)!.provision).forEach((id) => expectedIds.delete(id));
          doc = result.value;
          assertContiguousLabels(doc);
          expect(idsOf(doc)).toEqual(expectedIds);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a moved provision's identity, words and sub-items while its label changes", () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.array(amendmentSeed(['move']), { minLength: 1, maxLength: 10 }), (start, seeds) => {
        let doc = start;
        seeds.forEach((seed, serial) => {
          const op = amendmentFor(doc, seed, serial);
          if (op === undefined || op.kind !== 'move') return;
          const before = locateProvision(doc, op.provisionId)!.provision;
          const result = applyAmendment(doc, op);
          if (!result.ok) return;
          doc = result.value;
          expect(locateProvision(doc, op.provisionId)!.provision).toEqual(before);
        });
      }),
      { numRuns: 200 },
    );
  });
});
