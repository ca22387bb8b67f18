import fc from 'fast-check';
import { ResolutionDocument } from '../model';
import { tokenTexts } from '../tokenize';
import { AmendmentOperation, IdentifiedAmendment } from './amendment';
import { applyAmendment } from './apply-amendment';
import { findConflicts } from './conflicts';
import { locateProvision } from './document-tree';
import { citeProvision } from '../render/citation';
import { mergeAmendments, rebaseAmendment } from './rebase';
import { bracketedWording, resolutionDocument } from './testing/arbitraries';
import { AmendmentSeed, amendmentFor, amendmentSeed } from './testing/operations';
import { RES30, englishResolution, resolution30 } from './testing/resolutions';

function applied(doc: ResolutionDocument, op: AmendmentOperation): ResolutionDocument {
  const result = applyAmendment(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

const textOf = (doc: ResolutionDocument, id: string) => locateProvision(doc, id)?.provision.text;
const res71 = tokenTexts(RES30.recallingRes71);

describe('rebaseAmendment', () => {
  const base = resolution30();
  // Accepted meanwhile: Guadalajara, 2010 becomes Busan, 2014.
  const current = applied(base, {
    kind: 'modify',
    provisionId: 'recalling-res71',
    oldText: RES30.recallingRes71,
    newText: RES30.recallingRes71.replace('غوادالاخارا، 2010', 'بوسان، 2014'),
  });

  it('carries a pending modification of other words over to the current wording', () => {
    const pending: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'recalling-res71',
      baseText: RES30.recallingRes71,
      replacements: [{ from: res71.indexOf('2015‑2012'), to: res71.indexOf('2015‑2012') + 1, text: '2019‑2016' }],
    };
    const outcome = rebaseAmendment(base, current, pending);
    expect(outcome.status).toBe('rebased');
    if (outcome.status !== 'rebased') return;
    expect(textOf(applied(current, outcome.op), 'recalling-res71')).toBe(
      'بالقرار 71 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين، بشأن الخطة الاستراتيجية للاتحاد للفترة 2019‑2016؛',
    );
  });

  it('reports a conflict when the words it changes were changed meanwhile', () => {
    const pending: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'recalling-res71',
      baseText: RES30.recallingRes71,
      replacements: [{ from: res71.indexOf('2010'), to: res71.indexOf('2010') + 1, text: '2018' }],
    };
    expect(rebaseAmendment(base, current, pending)).toEqual({
      status: 'conflict',
      reason: 'overlapping-words',
      key: 'amendment.rebase.wordsChanged',
      params: { provision: citeProvision(current, 'recalling-res71') },
      message: expect.stringMatching(/^the words it changes in .+, or words next to them, were changed meanwhile$/u),
    });
  });

  it('leaves an amendment of an untouched provision as it is', () => {
    const pending: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'requests-pp',
      oldText: RES30.requests,
      newText: RES30.requests.replace('(بوسان، 2014)', '(دبي، 2018)'),
    };
    expect(rebaseAmendment(base, current, pending)).toEqual({ status: 'rebased', op: pending });
  });

  it('reports a conflict when the provision was suppressed meanwhile', () => {
    const suppressed = applied(base, { kind: 'suppress', provisionId: 'recalling-res71' });
    const pending: AmendmentOperation = { kind: 'modify', provisionId: 'recalling-res71', oldText: RES30.recallingRes71, newText: 'x' };
    expect(rebaseAmendment(base, suppressed, pending)).toEqual(expect.objectContaining({ status: 'conflict', reason: 'target-gone' }));
  });

  it('reports a conflict when the anchor of an addition is gone', () => {
    const suppressed = applied(base, { kind: 'suppress', provisionId: 'recalling-res71' });
    expect(rebaseAmendment(base, suppressed, { kind: 'add', newId: 'n', position: { after: 'recalling-res71' }, text: 'x' })).toEqual(
      expect.objectContaining({ status: 'conflict', reason: 'anchor-gone' }),
    );
  });

  it('renumbers a bracket group when an earlier group was settled meanwhile', () => {
    const text = 'to ensure that [the WSIS Forum] remains [open to all] [intergovernmental];';
    const bracketed = applied(englishResolution(), { kind: 'replaceText', provisionId: 'o-1', text });
    const settledFirst = applied(bracketed, { kind: 'settleBrackets', provisionId: 'o-1', bracketIndex: 0, choice: 0 });
    const outcome = rebaseAmendment(bracketed, settledFirst, { kind: 'settleBrackets', provisionId: 'o-1', bracketIndex: 1, choice: 1 });
    expect(outcome).toEqual({ status: 'rebased', op: { kind: 'settleBrackets', provisionId: 'o-1', bracketIndex: 0, choice: 1 } });
    if (outcome.status === 'rebased')
      expect(textOf(applied(settledFirst, outcome.op), 'o-1')).toBe('to ensure that the WSIS Forum remains intergovernmental;');
  });

  it('reports a conflict when a heading was rewritten meanwhile', () => {
    const changed = applied(base, { kind: 'changeHeading', sectionId: 'recognizing', heading: 'وإذ يدرك كذلك' });
    expect(rebaseAmendment(base, changed, { kind: 'changeHeading', sectionId: 'recognizing', heading: 'وإذ يعترف' })).toEqual(
      expect.objectContaining({ status: 'conflict', reason: 'changed-meanwhile' }),
    );
  });
});

describe('mergeAmendments', () => {
  it('applies non-conflicting amendments to one provision proposed against the same base', () => {
    const ops: IdentifiedAmendment[] = [
      {
        id: 'A',
        op: {
          kind: 'modify',
          provisionId: 'recalling-res71',
          baseText: RES30.recallingRes71,
          replacements: [{ from: res71.indexOf('غوادالاخارا'), to: res71.indexOf('2010') + 1, text: 'بوسان، 2014' }],
        },
      },
      {
        id: 'B',
        op: {
          kind: 'modify',
          provisionId: 'recalling-res71',
          baseText: RES30.recallingRes71,
          replacements: [{ from: res71.indexOf('2015‑2012'), to: res71.indexOf('2015‑2012') + 1, text: '2019‑2016' }],
        },
      },
    ];
    const merged = mergeAmendments(resolution30(), ops);
    expect(merged.ok && textOf(merged.value, 'recalling-res71')).toBe(
      'بالقرار 71 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين، بشأن الخطة الاستراتيجية للاتحاد للفترة 2019‑2016؛',
    );
  });

  it('refuses, naming the amendment, when a later amendment conflicts with an earlier one', () => {
    const ops: IdentifiedAmendment[] = [
      { id: 'A', op: { kind: 'suppress', provisionId: 'recalling-res71' } },
      { id: 'B', op: { kind: 'modify', provisionId: 'recalling-res71', oldText: RES30.recallingRes71, newText: 'x' } },
    ];
    expect(mergeAmendments(resolution30(), ops)).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'conflict', amendmentId: 'B' }),
    });
  });

  /** Keeps the amendments of `seeds` that apply to `base` and conflict with none kept before. */
  function independentAmendments(base: ResolutionDocument, seeds: readonly AmendmentSeed[]): IdentifiedAmendment[] {
    const independent: IdentifiedAmendment[] = [];
    seeds.forEach((seed, i) => {
      const op = amendmentFor(base, seed, i);
      if (op === undefined || !applyAmendment(base, op).ok) return;
      if (findConflicts([...independent, { id: `A${i}`, op }], base).length === 0) independent.push({ id: `A${i}`, op });
    });
    return independent;
  }

  function shuffled<T>(list: readonly T[], draws: Iterator<number>): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = (draws.next().value as number) % (i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  it('gives the same text in any order for amendments that do not conflict', () => {
    fc.assert(
      fc.property(
        resolutionDocument(),
        fc.array(amendmentSeed(), { minLength: 2, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        (base, seeds, draws) => {
          const independent = independentAmendments(base, seeds);
          const inOrder = mergeAmendments(base, independent);
          expect(inOrder).toEqual(expect.objectContaining({ ok: true }));
          expect(mergeAmendments(base, shuffled(independent, draws[Symbol.iterator]()))).toEqual(inOrder);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same wording in any order for independent word changes and bracket rulings on one provision', () => {
    const onFirstProvision = amendmentSeed(['modifyWords', 'modifyText', 'offerAlternatives', 'settleBrackets', 'replaceText']).map(
      (seed) => ({ ...seed, target: 0 }),
    );
    fc.assert(
      fc.property(
        resolutionDocument({ text: bracketedWording }),
        fc.array(onFirstProvision, { minLength: 2, maxLength: 10 }),
        fc.infiniteStream(fc.nat()),
        (base, seeds, draws) => {
          const independent = independentAmendments(base, seeds);
          const inOrder = mergeAmendments(base, independent);
          expect(inOrder).toEqual(expect.objectContaining({ ok: true }));
          expect(mergeAmendments(base, shuffled(independent, draws[Symbol.iterator]()))).toEqual(inOrder);
        },
      ),
      { numRuns: 500 },
    );
  });
});
