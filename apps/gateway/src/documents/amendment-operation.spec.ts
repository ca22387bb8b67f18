import { parseAmendmentOperation } from './amendment-operation';

const O1 = 'to encourage the participation of all stakeholders in the WSIS process and of all Member States;';
const ids = (purpose?: string) => `id-${purpose ?? 'op'}`;

describe('parseAmendmentOperation: footnotes', () => {
  it('keeps the footnotes an ADD carries, as texts or { id, text, anchor }, making ids for those without', () => {
    const { operation, errors } = parseAmendmentOperation(
      {
        kind: 'add',
        position: { after: 'op-1-1' },
        text: 'to report on the outcome;',
        footnotes: ['A/RES/70/125.', { id: 'fn-wsis', text: 'WSIS+20 review.', anchor: 3 }],
      },
      'operation',
      ids,
    );
    expect(errors).toEqual([]);
    expect(operation).toEqual({
      kind: 'add',
      newId: 'id-op',
      position: { after: 'op-1-1' },
      text: 'to report on the outcome;',
      footnotes: [
        { id: 'id-footnotes[0]', text: 'A/RES/70/125.' },
        { id: 'fn-wsis', text: 'WSIS+20 review.', anchor: 3 },
      ],
    });
  });

  it('records no footnotes on an ADD that gives none', () => {
    expect(parseAmendmentOperation({ kind: 'add', newId: 'n', position: { atEndOf: 'op-1' }, text: 'x' }).operation).toEqual({
      kind: 'add',
      newId: 'n',
      position: { atEndOf: 'op-1' },
      text: 'x',
    });
  });

  it('refuses footnotes of an ADD that are not clean texts, with bad ids or anchors, unknown fields or an id twice', () => {
    const { operation, errors } = parseAmendmentOperation({
      kind: 'add',
      newId: 'n',
      position: { after: 'op-1-1' },
      text: 'x',
      footnotes: [
        'see \u202Eevil',
        { id: 'a b', text: 'x' },
        { id: 'fn', text: 'x', anchor: -1 },
        { id: 'fn', text: 'y', page: 3 },
        42,
        { text: '' },
      ],
    });
    expect(operation).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual([
      'operation.footnotes[0].id',
      'operation.footnotes[0].text',
      'operation.footnotes[1].id',
      'operation.footnotes[2].anchor',
      'operation.footnotes[3].page',
      'operation.footnotes[4]',
      'operation.footnotes[5].id',
      'operation.footnotes[5].text',
      'operation.footnotes[3].id',
    ]);
    expect(errors[1].message).toContain('U+202E');
    expect(errors.at(-1)!.message).toBe('footnote fn is given twice');
    expect(
      parseAmendmentOperation({
        kind: 'add',
        newId: 'n',
        position: { after: 'op-1-1' },
        text: 'two words;',
        footnotes: [{ id: 'fn', text: 'x', anchor: 3 }],
      }).errors,
    ).toEqual([{ field: 'operation.footnotes[0].anchor', message: 'must be at most 2, the words of the text (0: before the first)' }]);
    expect(
      parseAmendmentOperation({ kind: 'add', newId: 'n', position: { after: 'op-1-1' }, text: 'x', footnotes: 'a note' }).errors,
    ).toEqual([{ field: 'operation.footnotes', message: 'must be a list of at most 50 footnotes' }]);
  });

  it('reads addFootnote with its anchor and the footnote it comes before', () => {
    expect(
      parseAmendmentOperation(
        { kind: 'addFootnote', provisionId: 'op-1-1', text: 'See Resolution 140.', anchor: 4, before: 'fn-2' },
        'operation',
        ids,
      ).operation,
    ).toEqual({
      kind: 'addFootnote',
      provisionId: 'op-1-1',
      footnoteId: 'id-op',
      text: 'See Resolution 140.',
      anchor: 4,
      before: 'fn-2',
    });
    expect(parseAmendmentOperation({ kind: 'addFootnote', provisionId: 'op-1-1', footnoteId: 'fn-3', text: 'x' }).operation).toEqual({
      kind: 'addFootnote',
      provisionId: 'op-1-1',
      footnoteId: 'fn-3',
      text: 'x',
    });
    expect(
      parseAmendmentOperation({
        kind: 'addFootnote',
        provisionId: 'op-1-1',
        footnoteId: 'fn-3',
        text: 'x',
        anchor: 1.5,
        before: '../x',
      }).errors.map((e) => e.field),
    ).toEqual(['operation.anchor', 'operation.before']);
  });

  it('reads changeFootnote: an anchor moves the marker, null puts it after the last word, absent leaves it; the footnote must be named', () => {
    const change = { kind: 'changeFootnote', provisionId: 'op-1-1', footnoteId: 'fn-1', text: 'New wording.' };
    expect(parseAmendmentOperation({ ...change, anchor: 2 }).operation).toEqual({ ...change, anchor: 2 });
    expect(parseAmendmentOperation({ ...change, anchor: null }).operation).toEqual({ ...change, anchor: null });
    expect(parseAmendmentOperation(change).operation).toEqual(change);
    expect(parseAmendmentOperation({ ...change, footnoteId: undefined }, 'operation', ids).errors.map((e) => e.field)).toEqual([
      'operation.footnoteId',
    ]);
    expect(parseAmendmentOperation({ ...change, before: 'fn-2' }).errors.map((e) => e.field)).toEqual(['operation.before']);
  });

  it('reads suppressFootnote', () => {
    expect(parseAmendmentOperation({ kind: 'suppressFootnote', provisionId: 'op-1-1', footnoteId: 'fn-1' }).operation).toEqual({
      kind: 'suppressFootnote',
      provisionId: 'op-1-1',
      footnoteId: 'fn-1',
    });
  });
});

describe('parseAmendmentOperation: bracketed alternatives by the words they replace', () => {
  const offer = { kind: 'offerAlternatives', provisionId: 'op-1-1', baseText: O1, alternatives: ['all stakeholders', 'Member States'] };

  it('turns quoted words into the tokens they name', () => {
    const { operation, errors } = parseAmendmentOperation({ ...offer, words: 'all stakeholders' });
    expect(errors).toEqual([]);
    expect(operation).toEqual({ ...offer, from: 10, to: 13 });
  });

  it('takes the occurrence asked for of words that occur more than once', () => {
    expect(parseAmendmentOperation({ ...offer, words: 'of all', occurrence: 2 }).operation).toMatchObject({ from: 24, to: 27 });
  });

  it('refuses ambiguous or absent words as not matching the text (422), naming the words', () => {
    expect(parseAmendmentOperation({ ...offer, words: 'of all' })).toEqual({
      errors: [],
      refusals: [
        {
          field: 'operation.words',
          message: 'the words “of all” occur 2 times in the provision; say which occurrence (1 to 2)',
          refusal: expect.objectContaining({ key: 'amendment.refused.wordsAmbiguous', params: { words: '“of all”', count: 2 } }),
        },
      ],
    });
    expect(parseAmendmentOperation({ ...offer, words: 'all parties' }).refusals).toEqual([
      expect.objectContaining({ field: 'operation.words', message: 'the words “all parties” are not in the provision' }),
    ]);
    expect(parseAmendmentOperation({ ...offer, words: 'of all', occurrence: 3 }).refusals![0].message).toContain(
      'there is no occurrence 3',
    );
  });

  it('refuses words together with token indexes, an occurrence below 1, and words that are not clean text (400)', () => {
    expect(parseAmendmentOperation({ ...offer, words: 'all stakeholders', from: 10, to: 13 }).errors.map((e) => e.field)).toEqual([
      'operation.from',
      'operation.to',
    ]);
    expect(parseAmendmentOperation({ ...offer, words: 'all stakeholders', occurrence: 0 }).errors).toEqual([
      { field: 'operation.occurrence', message: 'must be a whole number from 1' },
    ]);
    expect(parseAmendmentOperation({ ...offer, words: 'all\u200Bstakeholders' }).errors.map((e) => e.field)).toEqual(['operation.words']);
  });

  it('still reads token indexes, for the clients that send them', () => {
    expect(parseAmendmentOperation({ ...offer, from: 10, to: 13 }).operation).toEqual({ ...offer, from: 10, to: 13 });
  });
});

describe('parseAmendmentOperation: a move that rewords the provision', () => {
  const move = { kind: 'move', provisionId: 'op-1-1', position: { before: 'op-1-3' } };

  it('reads a plain move, and a move with the old and new wording of its MOD', () => {
    expect(parseAmendmentOperation(move)).toEqual({ operation: move, errors: [] });
    const reworded = { ...move, oldText: O1, newText: O1.replace('all stakeholders', 'all relevant stakeholders') };
    expect(parseAmendmentOperation(reworded)).toEqual({ operation: reworded, errors: [] });
  });

  it('reads the words as replacements on the wording proposed against, as a derived proposal gives them', () => {
    const reworded = { ...move, baseText: O1, replacements: [{ from: 10, to: 10, text: 'relevant ' }] };
    expect(parseAmendmentOperation(reworded)).toEqual({ operation: reworded, errors: [] });
    expect(parseAmendmentOperation({ ...move, baseText: O1, replacements: [] }).errors.map((e) => e.field)).toEqual([
      'operation.replacements',
    ]);
  });

  it('wants both wordings or neither, each a clean text, as a MOD does', () => {
    expect(parseAmendmentOperation({ ...move, oldText: O1 }).errors.map((e) => e.field)).toEqual(['operation.newText']);
    expect(parseAmendmentOperation({ ...move, newText: O1 }).errors.map((e) => e.field)).toEqual(['operation.oldText']);
    expect(parseAmendmentOperation({ ...move, oldText: O1, newText: `${O1}\u202E` }).errors.map((e) => e.field)).toEqual([
      'operation.newText',
    ]);
    expect(parseAmendmentOperation({ ...move, oldText: O1, newText: O1, text: 'x' }).errors.map((e) => e.field)).toEqual([
      'operation.text',
    ]);
  });
});
