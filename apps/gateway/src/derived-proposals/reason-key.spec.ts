import { reasonKeyOf, reasonsFromForm } from './reason-key';

describe('the key an amendment carries its reasons under', () => {
  it('is the same for the same provision, however the change is written', () => {
    const replaced = reasonKeyOf({ kind: 'replaceText', provisionId: 'op-1-2', text: 'to report annually;' });
    const modified = reasonKeyOf({ kind: 'modify', provisionId: 'op-1-2', oldText: 'report', newText: 'report annually' });
    expect(replaced).toBe(modified);
    expect(reasonKeyOf({ kind: 'suppress', provisionId: 'op-1-3' })).not.toBe(replaced);
  });

  it('is the same for a new provision derived again under another id, by its words', () => {
    const first = reasonKeyOf({ kind: 'add', newId: 'word-new-1', position: { after: 'op-1-2' }, text: 'to report  to the Council;' });
    const again = reasonKeyOf({ kind: 'add', newId: 'op-1-3', position: { after: 'op-1-2' }, text: 'to report to the Council;' });
    expect(first).toBe(again);
    expect(reasonKeyOf({ kind: 'add', newId: 'op-1-3', position: { after: 'op-1-2' }, text: 'to report to the Assembly;' })).not.toBe(
      first,
    );
  });

  it('names no provision by its id: the page carries it', () => {
    const key = reasonKeyOf({ kind: 'suppress', provisionId: 'op-1-3' });
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    expect(key).not.toContain('op-1-3');
  });
});

describe('the reasons a form carries', () => {
  it('pairs each key with the reason posted beside it, and leaves out the empty ones', () => {
    expect(reasonsFromForm(['a', 'b', 'c'], [' لمواءمة النص ', '', 'Because.'])).toEqual({ a: 'لمواءمة النص', c: 'Because.' });
  });
});
