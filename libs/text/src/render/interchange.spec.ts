import fc from 'fast-check';
import { importResolution } from '../import';
import { readFixture } from '../import/fixtures/seeds';
import type { Provision, ResolutionDocument } from '../model';
import { anyDocument } from '../testing/arbitrary-document';
import { fromInterchange, InterchangeFormatError, toInterchange } from './interchange';

// The interchange form does not carry where a footnote marker stood; the text and order do.
const withoutAnchors = (doc: ResolutionDocument): ResolutionDocument => {
  const strip = (p: Provision): Provision => ({
    ...p,
    children: p.children.map(strip),
    footnotes: p.footnotes.map(({ id, text }) => ({ id, text })),
  });
  return {
    ...doc,
    preamble: doc.preamble.map((s) => ({ ...s, provisions: s.provisions.map(strip) })),
    operative: doc.operative.map((s) => ({ ...s, provisions: s.provisions.map(strip) })),
  };
};

const { document: res30, warnings } = importResolution(readFixture('wtdc17-23-rcc-rev-res30.ar.txt'));
const json = toInterchange(res30, warnings);

const refusal = (value: unknown): InterchangeFormatError => {
  try {
    fromInterchange(value);
  } catch (error) {
    if (error instanceof InterchangeFormatError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('interchange JSON', () => {
  it('has exactly the agreed fields at every level', () => {
    expect(Object.keys(json).sort()).toEqual(['body', 'language', 'metadata', 'operative', 'preamble', 'style', 'title', 'warnings']);
    expect(Object.keys(json.preamble[0]).sort()).toEqual(['heading', 'id', 'provisions']);
    expect(Object.keys(json.preamble[0].provisions[0]).sort()).toEqual(['children', 'footnotes', 'id', 'label', 'text']);
    expect(Object.keys(json.warnings[0]).sort()).toEqual(['line', 'message', 'text']);
  });

  it('writes labels derived from place, footnotes as their texts, and the import warnings', () => {
    expect(json.preamble[0].provisions.slice(0, 5).map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )']);
    expect(json.preamble[0].provisions[10].children.map((p) => p.label)).toEqual(['-', '-']);
    expect(json.operative[0].provisions[0].footnotes).toEqual([res30.operative[0].provisions[0].footnotes[0].text]);
    expect(json.warnings).toEqual(warnings);
  });

  it('reads back what it writes, but for the place of footnote markers', () => {
    expect(fromInterchange(JSON.stringify(json))).toEqual(withoutAnchors(res30));
    fc.assert(
      fc.property(anyDocument, (doc) => {
        expect(fromInterchange(JSON.parse(JSON.stringify(toInterchange(doc, []))))).toEqual(withoutAnchors(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores labels on the way in: they are derived, not stored', () => {
    const relabelled = { ...json, preamble: [{ ...json.preamble[1], provisions: json.preamble[1].provisions.map((p) => ({ ...p, label: 'z)' })) }] };
    expect(toInterchange(fromInterchange(relabelled)).preamble[0].provisions.map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )']);
  });

  it.each([
    ['text that is not JSON', '$', '{'],
    ['a list instead of a document', '$', []],
    ['a missing title', '$.title', { ...json, title: undefined }],
    ['an unknown field', '$.version', { ...json, version: 2 }],
    ['an unknown language', '$.language', { ...json, language: 'de' }],
    ['an unknown style', '$.style', { ...json, style: 'eu' }],
    ['a provision text that is not a string', '$.operative[0].provisions[0].text', { ...json, operative: [{ ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], text: 7 }] }] }],
    ['a footnote that is not a string', '$.operative[0].provisions[0].footnotes[0]', { ...json, operative: [{ ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], footnotes: [{}] }] }] }],
    ['a duplicate provision id', '$.operative[0].provisions[1].id', { ...json, operative: [{ ...json.operative[0], provisions: [json.operative[0].provisions[0], json.operative[0].provisions[0]] }] }],
    ['a metadata value that is a number', '$.metadata.symbol', { ...json, metadata: { symbol: 12 } }],
    ['a warning without a line number', '$.warnings[0].line', { ...json, warnings: [{ line: 'one', message: '', text: '' }] }],
  ])('refuses %s with an InterchangeFormatError at %s', (_, path, value) => {
    // Through JSON text, as a service would receive it: fields set to undefined are then missing.
    const error = refusal(typeof value === 'string' ? value : JSON.stringify(value));
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });
});
