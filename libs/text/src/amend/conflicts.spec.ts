import fc from 'fast-check';
import { allProvisions } from './document-tree';
import { ResolutionDocument } from '../model';
import { tokenTexts } from '../tokenize';
import { AmendmentOperation, IdentifiedAmendment } from './amendment';
import { findConflicts, findConflictsWith } from './conflicts';
import { resolutionDocument } from './testing/arbitraries';
import { amendmentFor, amendmentSeed } from './testing/operations';
import { RES30, resolution30 } from './testing/resolutions';

const res71 = tokenTexts(RES30.recallingRes71);
/** Replaces the words from `first` up to (not including) `last` in Resolution 71's recital. */
const modifyRes71 = (first: string, last: string, text: string): AmendmentOperation => ({
  kind: 'modify',
  provisionId: 'recalling-res71',
  baseText: RES30.recallingRes71,
  replacements: [{ from: res71.indexOf(first), to: res71.indexOf(last), text }],
});

const amendments = (...ops: AmendmentOperation[]): IdentifiedAmendment[] => ops.map((op, i) => ({ id: `A${i + 1}`, op }));
const reasons = (ops: IdentifiedAmendment[], withBase = true) =>
  findConflicts(ops, withBase ? resolution30() : undefined).map((c) => `${c.amendmentIds.join('/')}:${c.reason}`);

describe('findConflicts', () => {
  it('finds two modifications of overlapping words of the same provision', () => {
    const ops = amendments(modifyRes71('غوادالاخارا', ')', 'بوسان، 2014'), modifyRes71('2010', ')', '2018'));
    expect(reasons(ops)).toEqual(['A1/A2:overlapping-words']);
    const [conflict] = findConflicts(ops, resolution30());
    expect(conflict).toMatchObject({
      key: 'conflict.overlappingWords',
      params: { provision: 'إذ يذكّر، ب)', words: 'غوادالاخارا، 2010' },
    });
    expect(conflict.message).toBe('both change “غوادالاخارا، 2010” in إذ يذكّر، ب), or words next to them');
    expect(conflict.message).not.toMatch(/recalling-res71|\d+\.\.\d+/u);
  });

  it('quotes the words either side of an insertion that meets another change', () => {
    const insert: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'recalling-res71',
      baseText: RES30.recallingRes71,
      replacements: [{ from: res71.indexOf('2010'), to: res71.indexOf('2010'), text: 'ديسمبر ' }],
    };
    const [conflict] = findConflicts(amendments(insert, modifyRes71('2010', ')', '2018')), resolution30());
    expect(conflict.params.words).toContain('2010');
  });

  it('lets two modifications of words far apart in one provision stand together', () => {
    expect(
      reasons(amendments(modifyRes71('غوادالاخارا', ')', 'بوسان، 2014'), modifyRes71('الاستراتيجية', 'للاتحاد', 'التشغيلية '))),
    ).toEqual([]);
  });

  it('finds a modification of words right next to another one', () => {
    expect(reasons(amendments(modifyRes71('غوادالاخارا', '،', 'بوسان'), modifyRes71('،', '2010', '، ')))).toEqual([
      'A1/A2:overlapping-words',
    ]);
  });

  it('finds a suppression of a provision another amendment modifies', () => {
    expect(
      reasons(amendments({ kind: 'suppress', provisionId: 'recalling-res71' }, modifyRes71('غوادالاخارا', ')', 'بوسان، 2014'))),
    ).toEqual(['A1/A2:target-suppressed']);
  });

  it('finds a suppression of a provision whose sub-item another amendment changes, given the base', () => {
    const ops = amendments(
      { kind: 'suppress', provisionId: 'resolves-financing' },
      { kind: 'replaceText', provisionId: 'financing-sdg', text: 'أهداف التنمية المستدامة،' },
    );
    expect(reasons(ops)).toEqual(['A1/A2:target-suppressed']);
  });

  it('finds a move of a provision another amendment modifies', () => {
    expect(
      reasons(
        amendments(
          { kind: 'move', provisionId: 'recalling-res71', position: { atEndOf: 'recalling' } },
          modifyRes71('غوادالاخارا', ')', 'x'),
        ),
      ),
    ).toEqual(['A1/A2:target-moved']);
  });

  it('finds two additions at the same place, even named from either side of the gap', () => {
    const add = (newId: string, position: { after: string } | { before: string }): AmendmentOperation => ({
      kind: 'add',
      newId,
      position,
      text: 'بالقرار 1332؛',
    });
    expect(reasons(amendments(add('n1', { after: 'recalling-wsis' }), add('n2', { after: 'recalling-wsis' })))).toEqual([
      'A1/A2:same-place',
    ]);
    expect(reasons(amendments(add('n1', { after: 'recalling-wsis' }), add('n2', { before: 'recalling-res71' })))).toEqual([
      'A1/A2:same-place',
    ]);
    expect(reasons(amendments(add('n1', { after: 'recalling-wsis' }), add('n2', { before: 'recalling-wsis' })))).toEqual([]);
  });

  it('finds two amendments that create the same id', () => {
    const ops = amendments(
      { kind: 'add', newId: 'n', position: { atEndOf: 'recalling' }, text: 'x' },
      { kind: 'add', newId: 'n', position: { atEndOf: 'resolves' }, text: 'y' },
    );
    expect(reasons(ops)).toEqual(['A1/A2:same-id']);
  });

  it('finds two rewrites of the same heading or footnote', () => {
    expect(
      reasons(
        amendments(
          { kind: 'changeHeading', sectionId: 'recognizing', heading: 'a' },
          { kind: 'changeHeading', sectionId: 'recognizing', heading: 'b' },
        ),
      ),
    ).toEqual(['A1/A2:same-heading']);
    const footnote = (text: string): AmendmentOperation => ({
      kind: 'changeFootnote',
      provisionId: 'resolves-statistics',
      footnoteId: 'fn-developing',
      text,
    });
    expect(reasons(amendments(footnote('a'), footnote('b')))).toEqual(['A1/A2:same-footnote']);
  });

  it('finds word changes proposed against different wordings of one provision', () => {
    const ops = amendments(modifyRes71('غوادالاخارا', ')', 'x'), {
      kind: 'modify',
      provisionId: 'recalling-res71',
      oldText: 'نص سابق',
      newText: 'نص لاحق',
    });
    expect(reasons(ops)).toEqual(['A1/A2:different-base']);
  });

  it("treats a chair's whole new wording as touching every word, even without the base", () => {
    const ops = amendments(
      { kind: 'replaceText', provisionId: 'recalling-res71', text: 'نص الرئيس' },
      modifyRes71('الاستراتيجية', 'للاتحاد', 'x'),
    );
    expect(reasons(ops, false)).toEqual(['A1/A2:overlapping-words']);
  });

  it('finds nothing between amendments on different provisions', () => {
    const ops = amendments(
      modifyRes71('غوادالاخارا', ')', 'بوسان، 2014'),
      { kind: 'suppress', provisionId: 'recalling-wsis10' },
      { kind: 'add', newId: 'n', position: { atEndOf: 'resolves' }, text: 'x' },
      { kind: 'changeHeading', sectionId: 'requests', heading: 'يطلب إلى الأمين العام' },
    );
    expect(reasons(ops)).toEqual([]);
  });
});

describe('findConflictsWith', () => {
  // Every operation of the cases above, each proposed in turn against all the others.
  const all = amendments(
    modifyRes71('غوادالاخارا', ')', 'بوسان، 2014'),
    modifyRes71('2010', ')', '2018'),
    modifyRes71('الاستراتيجية', 'للاتحاد', 'التشغيلية '),
    { kind: 'suppress', provisionId: 'recalling-res71' },
    { kind: 'suppress', provisionId: 'resolves-financing' },
    { kind: 'replaceText', provisionId: 'financing-sdg', text: 'أهداف التنمية المستدامة،' },
    { kind: 'move', provisionId: 'recalling-res71', position: { atEndOf: 'recalling' } },
    { kind: 'add', newId: 'n1', position: { after: 'recalling-wsis' }, text: 'x' },
    { kind: 'add', newId: 'n1', position: { before: 'recalling-res71' }, text: 'y' },
    { kind: 'changeHeading', sectionId: 'recognizing', heading: 'a' },
    { kind: 'changeHeading', sectionId: 'recognizing', heading: 'b' },
    { kind: 'modify', provisionId: 'recalling-res71', oldText: 'نص سابق', newText: 'نص لاحق' },
  );

  it.each([true, false])('finds what findConflicts finds for the newest amendment, and only that (base given: %s)', (withBase) => {
    const base = withBase ? resolution30() : undefined;
    for (const [i, amendment] of all.entries()) {
      const others = all.filter((_, j) => j !== i);
      const expected = findConflicts([...others, amendment], base).filter((conflict) => conflict.amendmentIds.includes(amendment.id));
      expect(findConflictsWith(amendment, others, base)).toEqual(expected);
    }
    expect(findConflictsWith(all[0], all.slice(1), base).length).toBeGreaterThan(0);
  });
});

describe('finding the conflicts among many amendments', () => {
  it('finds the same pairs, in the same order, as comparing every amendment with every other', () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.array(amendmentSeed(), { minLength: 2, maxLength: 30 }), (base, seeds) => {
        const amendments = seeds.flatMap((seed, serial) => {
          const op = amendmentFor(base, seed, serial);
          return op ? [{ id: `a${serial}`, op }] : [];
        });
        // Every pair, by comparing each amendment with all those before it.
        const everyPair = amendments
          .flatMap((amendment, j) => findConflictsWith(amendment, amendments.slice(0, j), base))
          .sort(
            (x, y) =>
              Number(x.amendmentIds[0].slice(1)) - Number(y.amendmentIds[0].slice(1)) ||
              Number(x.amendmentIds[1].slice(1)) - Number(y.amendmentIds[1].slice(1)),
          );
        expect(findConflicts(amendments, base)).toEqual(everyPair);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findConflicts compares only what touches', () => {
  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 4294967296;
    };
  }

  function randomOperation(doc: ResolutionDocument, next: () => number, serial: number): AmendmentOperation {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const provisions = [...allProvisions(doc)];
    const sections = [...doc.preamble, ...doc.operative];
    const target = pick(provisions);
    const roll = next();
    if (roll < 0.45) {
      const count = tokenTexts(target.text).length;
      const from = Math.floor(next() * count);
      return {
        kind: 'modify',
        provisionId: target.id,
        baseText: target.text,
        replacements: [{ from, to: Math.min(count, from + 2), text: 'x' }],
      };
    }
    if (roll < 0.55) return { kind: 'add', newId: `n-${serial % 7}`, position: { after: pick(provisions).id }, text: 'new' };
    if (roll < 0.6) return { kind: 'add', newId: `m-${serial}`, position: { asChildOf: pick(provisions).id }, text: 'new' };
    if (roll < 0.65) return { kind: 'add', newId: `e-${serial}`, position: { atEndOf: pick(sections).id }, text: 'new' };
    if (roll < 0.75) return { kind: 'suppress', provisionId: target.id };
    if (roll < 0.85) return { kind: 'move', provisionId: target.id, position: { before: pick(provisions).id } };
    if (roll < 0.9) return { kind: 'addFootnote', provisionId: target.id, footnoteId: `f-${serial % 5}`, text: 'note' };
    if (roll < 0.94) return { kind: 'changeHeading', sectionId: pick(sections).id, heading: 'heading' };
    if (roll < 0.97) return { kind: 'suppressSection', sectionId: pick(sections).id };
    return { kind: 'changeTitle', title: 'title' };
  }

  it('finds, in the same order, the conflicts that comparing every pair finds', () => {
    const base = resolution30();
    let found = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const next = seeded(seed);
      const amendments: IdentifiedAmendment[] = Array.from({ length: 30 + Math.floor(next() * 50) }, (_, index) => ({
        id: `a-${index}`,
        op: randomOperation(base, next, index),
      }));
      // Every pair: each amendment with all those before it.
      const index = new Map(amendments.map((amendment, position) => [amendment.id, position]));
      const everyPair = amendments
        .flatMap((amendment, position) => findConflictsWith(amendment, amendments.slice(0, position), base))
        .sort(
          (x, y) =>
            index.get(x.amendmentIds[0])! - index.get(y.amendmentIds[0])! || index.get(x.amendmentIds[1])! - index.get(y.amendmentIds[1])!,
        );
      const conflicts = findConflicts(amendments, base);
      expect(conflicts).toEqual(everyPair);
      // Those of a few amendments alone, as a page of the compilation asks.
      const some = new Set(amendments.filter((_, position) => position % 5 === 0).map((amendment) => amendment.id));
      expect(findConflicts(amendments, base, some)).toEqual(everyPair.filter((c) => c.amendmentIds.some((id) => some.has(id))));
      found += conflicts.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
