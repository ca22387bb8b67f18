import fc from 'fast-check';
import { importResolution } from '../import';
import { readFixture } from '../import/fixtures/seeds';
import { anyDocument } from '../testing/arbitrary-document';
import { INTERCHANGE_PROBLEMS_EN, fromInterchange, InterchangeFormatError, toInterchange } from './interchange';

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
    expect(Object.keys(json.warnings[0]).sort()).toEqual(['key', 'line', 'params', 'text']);
  });

  it('writes labels derived from place, footnotes with their ids and markers, and the import warnings', () => {
    expect(json.preamble[0].provisions.slice(0, 5).map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )']);
    expect(json.preamble[0].provisions[10].children.map((p) => p.label)).toEqual(['-', '-']);
    const [footnote] = res30.operative[0].provisions[0].footnotes;
    expect(footnote.anchor).toBeDefined();
    expect(json.operative[0].provisions[0].footnotes).toEqual([{ id: footnote.id, text: footnote.text, anchor: footnote.anchor }]);
    expect(json.warnings).toEqual(warnings);
  });

  it('reads back what it writes, footnote ids and markers included', () => {
    expect(fromInterchange(JSON.stringify(json))).toEqual(res30);
    fc.assert(
      fc.property(anyDocument, (doc) => {
        expect(fromInterchange(JSON.parse(JSON.stringify(toInterchange(doc, []))))).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('writes each warning as its message key and the parameters the message needs, as printed', () => {
    expect(json.warnings).toContainEqual({
      line: 101,
      key: 'import.old-and-new-labels',
      params: { label: '45', readAs: '5' },
      text: expect.any(String),
    });
    expect(json.warnings.every((w) => !('message' in w))).toBe(true);
  });

  it('still reads footnotes written as their texts alone, as older writers did, making their ids from the provision', () => {
    const older = {
      ...json,
      operative: [
        {
          ...json.operative[0],
          provisions: [{ ...json.operative[0].provisions[0], footnotes: ['a note'] }, ...json.operative[0].provisions.slice(1)],
        },
        ...json.operative.slice(1),
      ],
    };
    expect(fromInterchange(JSON.stringify(older)).operative[0].provisions[0].footnotes).toEqual([
      { id: `${json.operative[0].provisions[0].id}-fn1`, text: 'a note' },
    ]);
  });

  it('still reads a document whose warnings carry an English message, as the command line wrote them before warnings were keyed', () => {
    const older = { ...json, warnings: [{ line: 38, message: 'old and new labels stand side by side in "45"', text: '45 بتشجيع' }] };
    expect(fromInterchange(JSON.stringify(older))).toEqual(res30);
  });

  it('ignores labels on the way in: they are derived, not stored', () => {
    const relabelled = {
      ...json,
      preamble: [{ ...json.preamble[1], provisions: json.preamble[1].provisions.map((p) => ({ ...p, label: 'z)' })) }],
    };
    expect(toInterchange(fromInterchange(relabelled)).preamble[0].provisions.map((p) => p.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )']);
  });

  it.each([
    ['text that is not JSON', '$', '{'],
    ['a list instead of a document', '$', []],
    ['a missing title', '$.title', { ...json, title: undefined }],
    ['an unknown field', '$.version', { ...json, version: 2 }],
    ['an unknown language', '$.language', { ...json, language: 'de' }],
    ['an unknown style', '$.style', { ...json, style: 'eu' }],
    [
      'a provision text that is not a string',
      '$.operative[0].provisions[0].text',
      { ...json, operative: [{ ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], text: 7 }] }] },
    ],
    [
      'a footnote without its text',
      '$.operative[0].provisions[0].footnotes[0].text',
      { ...json, operative: [{ ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], footnotes: [{}] }] }] },
    ],
    [
      'a footnote that is neither a text nor an object',
      '$.operative[0].provisions[0].footnotes[0]',
      { ...json, operative: [{ ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], footnotes: [7] }] }] },
    ],
    [
      'a footnote marker at a negative word',
      '$.operative[0].provisions[0].footnotes[0].anchor',
      {
        ...json,
        operative: [
          { ...json.operative[0], provisions: [{ ...json.operative[0].provisions[0], footnotes: [{ text: 'a note', anchor: -1 }] }] },
        ],
      },
    ],
    [
      'two footnotes with one id',
      '$.operative[0].provisions[0].footnotes[1].id',
      {
        ...json,
        operative: [
          {
            ...json.operative[0],
            provisions: [
              {
                ...json.operative[0].provisions[0],
                footnotes: [
                  { id: 'fn-1', text: 'a' },
                  { id: 'fn-1', text: 'b' },
                ],
              },
            ],
          },
        ],
      },
    ],
    [
      'a duplicate provision id',
      '$.operative[0].provisions[1].id',
      { ...json, operative: [{ ...json.operative[0], provisions: [json.operative[0].provisions[0], json.operative[0].provisions[0]] }] },
    ],
    ['a metadata value that is a number', '$.metadata.symbol', { ...json, metadata: { symbol: 12 } }],
    [
      'a warning without a line number',
      '$.warnings[0].line',
      { ...json, warnings: [{ line: 'one', key: 'import.line-not-placed', params: {}, text: '' }] },
    ],
    [
      'a warning under a key the importer does not state',
      '$.warnings[0].key',
      { ...json, warnings: [{ line: 1, key: 'import.unheard-of', params: {}, text: '' }] },
    ],
    [
      'a warning without a parameter its key needs',
      '$.warnings[0].params.readAs',
      { ...json, warnings: [{ line: 1, key: 'import.old-and-new-labels', params: { label: '4 5' }, text: '' }] },
    ],
    [
      'a warning parameter that is neither text nor a number',
      '$.warnings[0].params.label',
      { ...json, warnings: [{ line: 1, key: 'import.label-kind-unexpected', params: { label: ['a)'] }, text: '' }] },
    ],
    ['an old-form warning whose message is not text', '$.warnings[0].message', { ...json, warnings: [{ line: 1, message: 7, text: '' }] }],
  ])('refuses %s with an InterchangeFormatError at %s', (_, path, value) => {
    // Through JSON text, as a service would receive it: fields set to undefined are then missing.
    const error = refusal(typeof value === 'string' ? value : JSON.stringify(value));
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(Object.keys(INTERCHANGE_PROBLEMS_EN)).toContain(error.key);
    expect(error.message).toBe(`${path}: ${error.reason}`);
  });

  it('says why by a key and its parameters, the English sentence filled from them', () => {
    const duplicate = refusal(
      JSON.stringify({
        ...json,
        operative: [{ ...json.operative[0], provisions: [json.operative[0].provisions[0], json.operative[0].provisions[0]] }],
      }),
    );
    expect(duplicate).toMatchObject({ key: 'interchange.duplicateId', params: { id: json.operative[0].provisions[0].id } });
    expect(duplicate.reason).toBe(`duplicate id "${json.operative[0].provisions[0].id}"`);
    expect(refusal(JSON.stringify({ ...json, style: 'eu' }))).toMatchObject({
      key: 'interchange.oneOf',
      reason: expect.stringMatching(/^expected one of /u),
    });
  });
});
