import { AmendmentOperation } from '#libs/text';
import { Names, counted, describeOperation, listed, quote, sittingPhrase, sponsorsPhrase } from './history-summary';

const names: Names = {
  stakeholder: (id) =>
    ({ egypt: 'Arab Republic of Egypt', kenya: 'Republic of Kenya', 'african-group': 'African Telecommunications Union member states' })[
      id
    ] ?? id,
  provision: (id) => ({ 'pre-1-1': 'pre-1-1 [أ )]', 'op-1-1': 'op-1-1 [1]' })[id] ?? id,
  section: (id) => (id === 'op-1' ? 'op-1 "يقرر أن يكلف الأمين العام"' : id),
};

describe('the phrasing of the history', () => {
  it('says what each kind of amendment proposes, the way the ITU tags it', () => {
    const cases: [AmendmentOperation, string][] = [
      [
        { kind: 'add', newId: 'pre-1-new', position: { before: 'pre-1-1' }, text: 'بقرار الجمعية العامة 70/125؛' },
        'ADD pre-1-new before pre-1-1 [أ )]: "بقرار الجمعية العامة 70/125؛"',
      ],
      [
        { kind: 'add', newId: 'op-1-new', position: { atEndOf: 'op-1' }, text: 'to report;' },
        'ADD op-1-new at the end of op-1 "يقرر أن يكلف الأمين العام": "to report;"',
      ],
      [
        { kind: 'add', newId: 'op-1-1-a', position: { asChildOf: 'op-1-1' }, text: "the Chair's summary;" },
        `ADD op-1-1-a as a sub-item of op-1-1 [1]: "the Chair's summary;"`,
      ],
      [{ kind: 'modify', provisionId: 'op-1-1', oldText: 'a', newText: 'b' }, 'MOD of op-1-1 [1]'],
      [{ kind: 'replaceText', provisionId: 'op-1-1', text: 'b' }, 'new wording of op-1-1 [1]'],
      [{ kind: 'suppress', provisionId: 'op-1-1' }, 'SUP of op-1-1 [1]'],
      [{ kind: 'move', provisionId: 'op-1-1', position: { after: 'op-1-3' } }, 'MOVE of op-1-1 [1] after op-1-3'],
      [
        { kind: 'move', provisionId: 'op-1-1', position: { after: 'op-1-3' }, oldText: 'a', newText: 'b' },
        'MOVE and MOD of op-1-1 [1] after op-1-3 (moved and amended)',
      ],
      [
        {
          kind: 'move',
          provisionId: 'op-1-1',
          position: { after: 'op-1-3' },
          baseText: 'a',
          replacements: [{ from: 0, to: 1, text: 'b' }],
        },
        'MOVE and MOD of op-1-1 [1] after op-1-3 (moved and amended)',
      ],
      [{ kind: 'addFootnote', provisionId: 'op-1-1', footnoteId: 'fn-1', text: 'x' }, 'ADD footnote to op-1-1 [1]'],
      [{ kind: 'changeFootnote', provisionId: 'op-1-1', footnoteId: 'fn-1', text: 'x' }, 'MOD of footnote fn-1 of op-1-1 [1]'],
      [
        {
          kind: 'offerAlternatives',
          provisionId: 'op-1-1',
          baseText: 'x',
          from: 0,
          to: 1,
          alternatives: ['open to all stakeholders', 'intergovernmental'],
        },
        'bracketed alternatives in op-1-1 [1]: [open to all stakeholders] [intergovernmental]',
      ],
      [{ kind: 'settleBrackets', provisionId: 'op-1-1', bracketIndex: 0, choice: 1 }, 'settlement of the brackets in op-1-1 [1]'],
      [
        { kind: 'changeHeading', sectionId: 'op-1', heading: 'يكلف الأمين العام' },
        'new heading of op-1 "يقرر أن يكلف الأمين العام": "يكلف الأمين العام"',
      ],
      [
        { kind: 'addSection', part: 'operative', sectionId: 'op-9', heading: 'يدعو', position: { atEndOfPart: 'operative' } },
        'ADD section op-9 "يدعو" at the end of the operative',
      ],
    ];
    for (const [op, said] of cases) expect(describeOperation(op, names)).toBe(said);
  });

  it('names proposers, the group they speak for and co-sponsors, and where and when a decision was taken', () => {
    expect(sponsorsPhrase({ proposers: ['kenya'], onBehalfOf: 'african-group', coSponsors: ['egypt', 'apc'] }, names)).toBe(
      'Republic of Kenya on behalf of African Telecommunications Union member states, co-sponsored by Arab Republic of Egypt and apc',
    );
    expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listed([])).toBe('');
    expect(sittingPhrase({ meeting: 'sixth Plenary Meeting', date: '2026-06-12' })).toBe(' at sixth Plenary Meeting on 2026-06-12');
    expect(sittingPhrase({})).toBe('');
    expect(counted(1, 'amendment')).toBe('1 amendment');
    expect(counted(0, 'bracket group')).toBe('0 bracket groups');
  });

  it('keeps a quoted text to one short line', () => {
    expect(quote('a\n  b\tc')).toBe('a b c');
    expect(quote('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
