import { applyJsonPolicy, textKindOfField } from './json-policy';

describe('the input policy over a request', () => {
  it('knows ids, symbols and prose by the name of their field', () => {
    expect(textKindOfField('stakeholderId')).toBe('identifier');
    expect(textKindOfField('amendmentIds')).toBe('identifier');
    expect(textKindOfField('proposers')).toBe('identifier');
    expect(textKindOfField('symbol')).toBe('symbol');
    expect(textKindOfField('versionLabel')).toBe('symbol');
    expect(textKindOfField('title')).toBe('prose');
    expect(textKindOfField('newText')).toBe('prose');
    expect(textKindOfField(undefined)).toBe('prose');
  });

  it('normalises every string to NFC, however deep', () => {
    const body = { title: 'Re\u0301vision', substance: { amendments: [{ operation: { newText: 'e\u0301' } }] } };
    const { value, violations } = applyJsonPolicy(body, { maxDepth: 10 });
    expect(violations).toEqual([]);
    expect(value).toEqual({ title: 'Révision', substance: { amendments: [{ operation: { newText: 'é' } }] } });
  });

  it('lists every violation with the path of its field, the character and its offset', () => {
    const body = {
      title: 'ok',
      subject: 'a\u202Eb',
      submitters: ['egypt', 'ken\u200Cya'],
      substance: { amendments: [{ operation: { provisionId: 'op\u200B1', newText: 'x\uD800' } }] },
    };
    const { violations } = applyJsonPolicy(body, { maxDepth: 10 });
    expect(violations).toEqual([
      expect.objectContaining({ field: 'subject', codePoint: 'U+202E', offset: 1 }),
      expect.objectContaining({ field: 'submitters[1]', codePoint: 'U+200C', offset: 3 }),
      expect.objectContaining({ field: 'substance.amendments[0].operation.provisionId', codePoint: 'U+200B', offset: 2 }),
      expect.objectContaining({ field: 'substance.amendments[0].operation.newText', codePoint: 'U+D800', offset: 1 }),
    ]);
  });

  it('refuses keys that reach the prototype and keys with invisible characters', () => {
    const body = JSON.parse('{"__proto__": {"isAdmin": true}, "sta\u200Btus": "accepted", "constructor": 1}');
    const { violations } = applyJsonPolicy(body, { maxDepth: 10 });
    expect(violations.map((v) => v.field)).toEqual(['__proto__', 'sta\u200Btus', 'constructor']);
  });

  it('refuses nesting deeper than the limit', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 12; i++) deep = [deep];
    expect(applyJsonPolicy({ a: deep }, { maxDepth: 8 }).violations).toEqual([
      expect.objectContaining({ message: 'is nested deeper than 8 levels' }),
    ]);
  });

  it('names a query parameter or a path parameter by its own name', () => {
    expect(applyJsonPolicy('egy\u202Ept', { root: 'id', maxDepth: 4 }).violations).toEqual([
      expect.objectContaining({ field: 'id', offset: 3 }),
    ]);
    expect(applyJsonPolicy({ q: 'a\u0000' }, { maxDepth: 4 }).violations).toEqual([expect.objectContaining({ field: 'q' })]);
  });
});
