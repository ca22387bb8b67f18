import type { LanguageVersionRow, TranslationTaskRow } from '#libs/read-models';
import { LanguageVersionText, importResolution } from '#libs/text';
import { awaitingInOrder, citeIn, languageSummaries, markedChange, readingIn, sideBySideView, translationTaskView } from './language.view';

const ORIGINAL = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report to the Council on:
'1'	the implementation of this resolution;
'2'	the review of the WSIS outcomes.
`).document;
const [RECALLING, RESOLVES] = [ORIGINAL.preamble[0].id, ORIGINAL.operative[0].id];
const [RECITAL_A, RECITAL_B] = ORIGINAL.preamble[0].provisions.map((p) => p.id);
const [OP_1, OP_2] = ORIGINAL.operative[0].provisions.map((p) => p.id);
const [OP_2_1, OP_2_2] = ORIGINAL.operative[0].provisions[1].children.map((p) => p.id);

/** The Arabic version, with no words yet for the second sub-item. */
const ARABIC: LanguageVersionText = {
  language: 'ar',
  title: 'القرار 1334 (المعدَّل في 2023)',
  body: 'إن مجلس الاتحاد الدولي للاتصالات،',
  headings: { [RECALLING]: 'إذ يذكّر', [RESOLVES]: 'يقرر أن يكلف الأمين العام' },
  provisions: {
    [RECITAL_A]: { text: 'بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين؛', footnotes: [] },
    [RECITAL_B]: { text: 'بالقرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين،', footnotes: [] },
    [OP_1]: { text: 'باتخاذ جميع التدابير الممكنة؛', footnotes: [] },
    [OP_2]: { text: 'بتقديم تقرير إلى المجلس عن:', footnotes: [] },
    [OP_2_1]: { text: 'تنفيذ هذا القرار؛', footnotes: [] },
  },
};

function task(overrides: Partial<TranslationTaskRow>): TranslationTaskRow {
  return {
    documentId: 'd1',
    taskId: 't1',
    language: 'ar',
    provisionId: RECITAL_B,
    reason: 'changed',
    originalBefore: 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
    originalAfter: 'Resolution 140 (Rev. Doha, 2026) of the Plenipotentiary Conference,',
    currentWording: ARABIC.provisions[RECITAL_B].text,
    decisionId: 'dec-1',
    status: 'open',
    openedAt: new Date('2026-12-01T10:00:00Z'),
    closedAt: null,
    wording: null,
    translatorId: null,
    position: 5,
    ...overrides,
  };
}

describe('citing a provision in a language', () => {
  it('cites as printed in each language, with the section heading of that language', () => {
    const arabic = readingIn(ORIGINAL, ARABIC).document;
    expect(citeIn(ORIGINAL, RECITAL_B)).toBe('b) of recalling');
    expect(citeIn(arabic, RECITAL_B)).toBe('ب) من إذ يذكّر');
    expect(citeIn(ORIGINAL, OP_2_2)).toBe("2 '2' of resolves to instruct the Secretary-General");
    expect(citeIn(ORIGINAL, 'no-such-provision')).toBeUndefined();
  });
});

describe('a translation task as the translator reads it', () => {
  it('cites the provision in the version language and the original, and marks the original change word by word', () => {
    const view = translationTaskView(task({}), ORIGINAL, ARABIC);
    expect(view.citation).toBe('ب) من إذ يذكّر');
    expect(view.originalCitation).toBe('b) of recalling');
    expect(view.marked.text).toBe('Resolution 140 (Rev. [-Bucharest, 2022-][+Doha, 2026+]) of the Plenipotentiary Conference,');
    expect(view.marked.html).toContain('<del>Bucharest, 2022</del><ins>Doha, 2026</ins>');
    expect(view).toMatchObject({ status: 'open', openedAt: '2026-12-01T10:00:00.000Z', currentWording: ARABIC.provisions[RECITAL_B].text });
    expect(view).not.toHaveProperty('closedAt');
  });

  it('cites a provision the working text no longer has as the earlier text printed it', () => {
    const working = { ...ORIGINAL, preamble: [{ ...ORIGINAL.preamble[0], provisions: ORIGINAL.preamble[0].provisions.slice(0, 1) }] };
    const view = translationTaskView(task({ status: 'replaced', closedAt: new Date('2026-12-02T10:00:00Z') }), working, ARABIC, ORIGINAL);
    expect(view.citation).toBe('ب) من إذ يذكّر');
    expect(view.closedAt).toBe('2026-12-02T10:00:00.000Z');
  });

  it('marks an added provision as wholly inserted', () => {
    expect(markedChange(undefined, 'to act <now>')).toEqual({ html: '<ins>to act &lt;now&gt;</ins>', text: '[+to act <now>+]' });
  });
});

describe('the language versions of a document', () => {
  it('lists the original first, in step, and each version with what awaits translation or has no words', () => {
    const row: LanguageVersionRow = {
      documentId: 'd1',
      language: 'ar',
      original: false,
      text: ARABIC,
      alignedToVersion: 1,
      addedAt: new Date('2026-12-01T09:00:00Z'),
      position: 3,
    };
    const originalRow: LanguageVersionRow = { ...row, language: 'en', original: true, text: null, alignedToVersion: null };
    expect(languageSummaries(ORIGINAL, [row, originalRow], [task({})])).toEqual([
      { language: 'en', original: true, provisions: 6, inStep: 6, awaiting: 0 },
      { language: 'ar', original: false, provisions: 6, inStep: 4, awaiting: 1, addedAt: '2026-12-01T09:00:00.000Z' },
    ]);
  });
});

describe('two versions side by side', () => {
  it('reads each row in its own labels, with the awaiting and untranslated provisions marked on the version side', () => {
    const view = sideBySideView('d1', 'Modified 2023', readingIn(ORIGINAL, undefined), readingIn(ORIGINAL, ARABIC, [RECITAL_B]));
    expect(view.left).toEqual({ language: 'en', title: ORIGINAL.title, direction: 'ltr' });
    expect(view.right).toMatchObject({ language: 'ar', title: ARABIC.title, direction: 'rtl' });
    expect(view.rows.map((row) => [row.kind, row.left.label, row.right.label, row.right.status])).toEqual([
      ['heading', '', '', 'in-step'],
      ['provision', 'a)', 'أ )', 'in-step'],
      ['provision', 'b)', 'ب)', 'awaiting'],
      ['heading', '', '', 'in-step'],
      ['provision', '1', '1', 'in-step'],
      ['provision', '2', '2', 'in-step'],
      ['provision', "'1'", "'1'", 'in-step'],
      ['provision', "'2'", "'2'", 'untranslated'],
    ]);
    expect(view.rows[0].right.text).toBe('إذ يذكّر');
    // The original's words stand in for those the version lacks.
    expect(view.rows[7].right.text).toBe('the review of the WSIS outcomes.');
  });

  it('lists what a version awaits in reading order', () => {
    expect(awaitingInOrder(readingIn(ORIGINAL, ARABIC, [OP_1, 'gone']))).toEqual([OP_1, OP_2_2]);
  });
});
