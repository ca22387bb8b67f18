import fc from 'fast-check';

const FIRST_SURROGATE = 0xd800;
const SURROGATES = 0x800;

/**
 * Any code point but a surrogate, as the unit `fc.string({ unit: 'binary' })` draws: the same
 * values in the same order, so the same strings, slices and shrinking. fast-check builds that
 * unit from a table of all 1,112,064 code points, which takes seconds in every test file
 * that uses it; this one computes each from its index.
 */
export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (index) => String.fromCodePoint(index < FIRST_SURROGATE ? index : index + SURROGATES),
  (unit) => {
    const codePoint = typeof unit === 'string' ? unit.codePointAt(0) : undefined;
    if (
      codePoint === undefined ||
      String.fromCodePoint(codePoint) !== unit ||
      (codePoint >= FIRST_SURROGATE && codePoint < FIRST_SURROGATE + SURROGATES)
    ) {
      throw new Error('not one code point outside the surrogates');
    }
    return codePoint < FIRST_SURROGATE ? codePoint : codePoint - SURROGATES;
  },
);
