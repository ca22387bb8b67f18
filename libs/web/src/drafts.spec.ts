import { applyAmendment, locateProvision } from '#libs/text';
import { draftOperation, locateWords, oneLine, replaceTokens, tokenRangeOf } from './drafts';
import { resolution1334 } from './testing/documents';

const doc = resolution1334();
const wording = (id: string) => locateProvision(doc, id)!.provision.text;
let counter = 0;
const newId = () => `p-test-${++counter}`;

describe('words selected in a provision', () => {
  const text = 'to take all possible measures, and more';

  it('are taken as whole tokens, a half-selected word whole, spaces at either end left out', () => {
    // "ke all possib" touches "take", "all" and "possible".
    expect(tokenRangeOf(text, 5, 18)).toEqual({ from: 2, to: 7 });
    expect(tokenRangeOf(text, 7, 8)).toBeUndefined();
  });

  it('are found from the selection when it spells them, else from their one occurrence', () => {
    expect(locateWords(text, 'all possible', { start: 8, end: 20 })).toEqual({ ok: true, range: { from: 4, to: 7 } });
    expect(locateWords(text, 'possible measures')).toEqual({ ok: true, range: { from: 6, to: 9 } });
  });

  it('that occur twice must be selected, not typed', () => {
    expect(locateWords('a b a', 'a')).toEqual({ ok: false, error: 'words-ambiguous', count: 2 });
    expect(locateWords('a b a', 'a', { start: 4, end: 5 })).toEqual({ ok: true, range: { from: 4, to: 5 } });
    expect(locateWords(text, 'impossible')).toEqual({ ok: false, error: 'words-not-found' });
    expect(locateWords(text, '  ')).toEqual({ ok: false, error: 'no-words' });
  });

  it('struck out between two spaces leave one space', () => {
    expect(replaceTokens(text, { from: 4, to: 5 }, '')).toBe('to take possible measures, and more');
    expect(replaceTokens(text, { from: 6, to: 7 }, 'appropriate')).toBe('to take all appropriate measures, and more');
  });

  it('typed on several lines become one line', () => {
    expect(oneLine('  جميع\r\n التدابير \n')).toBe('جميع التدابير');
  });
});

describe('the amendment the editor describes, on Resolution 1334', () => {
  it('MOD: the words selected in op-1-1 replaced, the rest of the wording kept', () => {
    const old = wording('op-1-1');
    const start = old.indexOf('جميع التدابير الممكنة');
    const drafted = draftOperation(
      doc,
      {
        action: 'modify',
        provisionId: 'op-1-1',
        words: 'جميع التدابير الممكنة',
        selectionStart: start,
        selectionEnd: start + 21,
        newWords: 'جميع التدابير المناسبة',
      },
      newId,
    );
    expect(drafted).toEqual({
      ok: true,
      operation: {
        kind: 'modify',
        provisionId: 'op-1-1',
        oldText: old,
        newText: old.replace('جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
      },
    });
    expect(drafted.ok && applyAmendment(doc, drafted.operation).ok).toBe(true);
  });

  it('MOD that changes nothing is refused', () => {
    expect(draftOperation(doc, { action: 'modify', provisionId: 'op-1-1', words: 'الممكنة', newWords: 'الممكنة' }, newId)).toEqual({
      ok: false,
      error: 'no-change',
    });
  });

  it('bracketed alternatives in place of the words, which the text engine applies', () => {
    const drafted = draftOperation(
      doc,
      { action: 'alternatives', provisionId: 'op-3-4', words: 'غير الحكوميين', alternatives: ['غير الحكوميين', '', ' من جميع الفئات '] },
      newId,
    );
    expect(drafted.ok).toBe(true);
    if (!drafted.ok) return;
    expect(drafted.operation).toMatchObject({
      kind: 'offerAlternatives',
      provisionId: 'op-3-4',
      alternatives: ['غير الحكوميين', 'من جميع الفئات'],
    });
    const applied = applyAmendment(doc, drafted.operation);
    expect(applied.ok && locateProvision(applied.value, 'op-3-4')!.provision.text).toContain('[غير الحكوميين] [من جميع الفئات]');
    expect(
      draftOperation(doc, { action: 'alternatives', provisionId: 'op-3-4', words: 'غير الحكوميين', alternatives: ['وحده'] }, newId),
    ).toEqual({ ok: false, error: 'too-few-alternatives' });
  });

  it('ADD before, after, or at the end of the section of the provision chosen', () => {
    const add = (action: 'add-before' | 'add-after' | 'add-end') =>
      draftOperation(doc, { action, provisionId: 'op-3-1', newText: 'نص جديد؛' }, () => 'p-new');
    expect(add('add-before')).toEqual({
      ok: true,
      operation: { kind: 'add', newId: 'p-new', position: { before: 'op-3-1' }, text: 'نص جديد؛' },
    });
    expect(add('add-after')).toMatchObject({ ok: true, operation: { position: { after: 'op-3-1' } } });
    expect(add('add-end')).toMatchObject({ ok: true, operation: { position: { atEndOf: 'op-3' } } });
    expect(draftOperation(doc, { action: 'add-after', provisionId: 'op-3-1', newText: ' \n ' }, newId)).toEqual({
      ok: false,
      error: 'no-text',
    });
  });

  it('SUP of the provision chosen; a provision not in the text is refused', () => {
    expect(draftOperation(doc, { action: 'suppress', provisionId: 'op-1-6' }, newId)).toEqual({
      ok: true,
      operation: { kind: 'suppress', provisionId: 'op-1-6' },
    });
    expect(draftOperation(doc, { action: 'suppress', provisionId: 'op-99' }, newId)).toEqual({ ok: false, error: 'unknown-provision' });
  });
});
