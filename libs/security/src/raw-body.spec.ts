import { checkRawJsonBody, firstInvalidUtf8Offset } from './raw-body';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('raw request bodies', () => {
  it('accepts well-formed UTF-8 of every length', () => {
    expect(checkRawJsonBody(Buffer.from('{"title":"القرار 😀 é"}'), 8)).toBeUndefined();
    expect(firstInvalidUtf8Offset(Buffer.from('aé中😀'))).toBe(-1);
  });

  it.each([
    ['a stray continuation byte', bytes(0x61, 0x80), 1],
    ['a truncated sequence', bytes(0x61, 0x62, 0xe4, 0xb8), 2],
    ['an overlong slash', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a surrogate encoded as UTF-8', bytes(0x22, 0xed, 0xa0, 0x80, 0x22), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a byte that never starts a sequence', bytes(0x61, 0xff), 1],
  ])('refuses %s, at the byte where it starts', (_, body, offset) => {
    expect(firstInvalidUtf8Offset(body)).toBe(offset);
    expect(checkRawJsonBody(body, 8)).toMatchObject({ code: 'invalid-utf8', offset });
  });

  it('refuses nesting deeper than the limit, counting only brackets outside strings', () => {
    expect(checkRawJsonBody(Buffer.from('[[[["x"]]]]'), 4)).toBeUndefined();
    expect(checkRawJsonBody(Buffer.from('[[[[["x"]]]]]'), 4)).toMatchObject({ code: 'too-deep', offset: 4 });
    expect(checkRawJsonBody(Buffer.from('{"a":"[[[[[[[[[[\\"{{{{{{{"}'), 2)).toBeUndefined();
    expect(checkRawJsonBody(Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)), 32)).toMatchObject({ code: 'too-deep', offset: 32 });
  });
});
