import fc from 'fast-check';
import { anyCodePoint } from '../../text/src/testing/code-points';
import { CanonicalizationError, canonicalJson } from './canonical-json';

const fromBits = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

/** Any JSON value, with Arabic, emoji and control characters in its strings and keys. */
const jsonValue = fc.letrec((tie) => ({
  text: fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: anyCodePoint }),
    fc.constantFrom('مراجعة القرار 1334', 'إن مجلس الاتحاد الدولي للاتصالات،', '\u0000\u001f\u007f"\\/', '😀\ufb33\u20ac'),
  ),
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    tie('text'),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(tie('text') as fc.Arbitrary<string>, tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** The same value with every object's members in another order. */
function shuffled(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffled(v, seed + i));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]).reverse();
    return Object.fromEntries(rotated.map(([k, v], i) => [k, shuffled(v, seed + i)]));
  }
  return value;
}

describe('RFC 8785 canonical JSON', () => {
  it('writes the example of RFC 8785 section 3.2.2 byte for byte', () => {
    const input =
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
      '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}';
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units as RFC 8785 section 3.2.3 does', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)));
    // JSON.parse puts the integer-like key first again; the text order is what counts.
    expect(canonicalJson(input).match(/"[^"]*":/g)).toEqual(['"\\r":', '"1":', '"\u0080":', '"ö":', '"€":', '"😀":', '"דּ":']);
    expect(keys).toHaveLength(7);
  });

  it('writes numbers as RFC 8785 appendix B does', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ];
    for (const [bits, text] of cases) expect(canonicalJson(fromBits(bits))).toBe(text);
  });

  it('keeps Arabic text, no-break spaces and emoji as themselves and escapes only what JSON must', () => {
    const value = {
      title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
      note: '«\u00a0voir\u00a0»\t"quoted"\\',
      control: '\u0000\u0008\u000b\u001f\u007f',
      emoji: '😀',
    };
    expect(canonicalJson(value)).toBe(
      '{"control":"\\u0000\\b\\u000b\\u001f\u007f","emoji":"😀","note":"«\u00a0voir\u00a0»\\t\\"quoted\\"\\\\","title":"مراجعة القرار 1334 (المعدَّل في 2023)"}',
    );
  });

  it('gives the same text whatever the order of the members and the spelling of the numbers', () => {
    expect(canonicalJson(JSON.parse('{"b":[1.0,2.50,1E2],"a":{"y":-0,"x":"\\u0627"}}'))).toBe(
      canonicalJson({ a: { x: 'ا', y: 0 }, b: [1, 2.5, 100] }),
    );
    fc.assert(
      fc.property(jsonValue, fc.nat(), (value, seed) => {
        expect(canonicalJson(shuffled(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is a fixed point: canonical text parsed and canonicalized again is the same text, and parses to the same value', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses what is not JSON, naming where it is', () => {
    expect(() => canonicalJson({ a: [1, { b: NaN }] })).toThrow(new CanonicalizationError('a[1].b', 'NaN is not a JSON number'));
    expect(() => canonicalJson({ text: 'x\ud800y' })).toThrow(/text: the string holds a lone UTF-16 surrogate/);
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow(/lone UTF-16 surrogate/);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/at: a Date object/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
    expect(() => canonicalJson({ u: undefined })).toThrow(/u: a undefined/);
    expect(() => canonicalJson(Infinity)).toThrow(/Infinity/);
  });
});
