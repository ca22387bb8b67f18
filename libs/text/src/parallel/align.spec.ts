import fc from 'fast-check';
import { everyProvision, readFixture } from '../import/fixtures/seeds';
import type { FixtureName } from '../import/fixtures/seeds';
import { importResolution } from '../import';
import type { ImportResult } from '../import';
import type { LanguageCode, Provision, ResolutionDocument, Section } from '../model';
import { collapseWhitespace } from '../normalize';
import { renderCleanText } from '../render/clean-text';
import { anyDocument } from '../testing/arbitrary-document';
import { alignLanguageVersion } from './align';
import { composeLanguageText } from './compose';
import type { AlignmentReport } from './language-version';
import { placeholderTranslation, placeholderTranslationText } from './testing/placeholder-translation';

const seeds = ['itu-council-res1334-mod2023.ar.txt', 'wtdc17-23-rcc-rev-res30.ar.txt'] as const satisfies readonly FixtureName[];
const languages = ['en', 'fr', 'es', 'ru', 'zh'] as const satisfies readonly LanguageCode[];
const res1334 = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
const res30 = importResolution(readFixture('wtdc17-23-rcc-rev-res30.ar.txt')).document;

/** The translator's plain text imported as the gateway would, with the labels the language printed. */
function imported(text: string, language: LanguageCode, original: ResolutionDocument): ImportResult {
  return importResolution(text, { language, style: original.style });
}

function align(original: ResolutionDocument, translation: ImportResult): AlignmentReport {
  return alignLanguageVersion(original, translation.document, { printedOrdinals: translation.printedOrdinals });
}

/** The words each of the original's provisions should receive, written from the counterpart's model, not from the import. */
function wordsById(counterpart: ResolutionDocument): Map<string, string> {
  return new Map(everyProvision(counterpart).map((p) => [p.id, collapseWhitespace(p.text)]));
}

function receivedWords(report: AlignmentReport): Map<string, string> {
  return new Map(Object.entries(report.version.provisions).map(([id, p]) => [id, collapseWhitespace(p.text)]));
}

/** Removes the printed line that starts with a label, as a translator who skipped the provision would leave the text. */
function withoutLine(text: string, label: string, after: string): string {
  const lines = text.split('\n');
  const from = lines.indexOf(after);
  const at = lines.findIndex((line, k) => k > from && line.startsWith(`${label}\t`));
  if (from < 0 || at < 0) throw new Error(`no line ${label} after ${after}`);
  return [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
}

/** The document with a list changed: sections of a part, by index, given new provisions. */
function withProvisions(
  doc: ResolutionDocument,
  part: 'preamble' | 'operative',
  index: number,
  change: (list: readonly Provision[]) => Provision[],
): ResolutionDocument {
  const sections = doc[part].map((s: Section, k) => (k === index ? { ...s, provisions: change(s.provisions) } : s));
  return { ...doc, [part]: sections };
}

/** The document with one provision, wherever it stands, changed. */
function withProvision(doc: ResolutionDocument, id: string, change: (p: Provision) => Provision): ResolutionDocument {
  const walk = (p: Provision): Provision => (p.id === id ? change(p) : { ...p, children: p.children.map(walk) });
  const section = (s: Section): Section => ({ ...s, provisions: s.provisions.map(walk) });
  return { ...doc, preamble: doc.preamble.map(section), operative: doc.operative.map(section) };
}

function provision(id: string, text: string, children: Provision[] = []): Provision {
  return { id, text, children, footnotes: [] };
}

describe('alignLanguageVersion on the seeds and their counterparts in the other languages', () => {
  describe.each(seeds)('%s', (name) => {
    const original = importResolution(readFixture(name)).document;

    it.each(languages)('matches every provision of a %s counterpart to its own id, with nothing to look at', (language) => {
      const counterpart = placeholderTranslation(original, language);
      const report = align(original, imported(renderCleanText(counterpart), language, original));
      expect(report.findings).toEqual([]);
      expect(report.matched).toBe(everyProvision(original).length);
      expect(report.provisions).toBe(everyProvision(original).length);
      expect(receivedWords(report)).toEqual(wordsById(counterpart));
      expect(Object.keys(report.version.headings)).toEqual([...original.preamble, ...original.operative].map((s) => s.id));
    });
  });

  it('finds no provisions in a report that carries no resolution text, and nothing to report', () => {
    const report = importResolution(readFixture('sg-report-wsis20-roadmap.ar.txt')).document;
    const result = alignLanguageVersion(report, placeholderTranslation(report, 'en'));
    expect([result.matched, result.provisions, result.findings]).toEqual([0, 0, []]);
  });
});

describe('a provision the translation left out', () => {
  it('is reported at its place in the original when the translator skipped a printed line, the later ones keeping their partners', () => {
    const text = withoutLine(placeholderTranslationText(res1334, 'ru'), 'г)', 'напоминая');
    const report = align(res1334, imported(text, 'ru', res1334));
    expect(report.findings).toEqual([
      {
        kind: 'missing',
        provisionId: 'pre-1-4',
        original: { heading: 'إذ يذكّر', label: 'د )', opening: 'بالقرار 70/1 للجمعية العامة للأمم المتحدة، بشأن تحويل' },
      },
    ]);
    const expected = wordsById(placeholderTranslation(res1334, 'ru'));
    expected.delete('pre-1-4');
    expect(receivedWords(report)).toEqual(expected);
    expect(report.matched).toBe(report.provisions - 1);
  });

  it('is found by its words when the translation was relettered around the gap', () => {
    const counterpart = withProvisions(placeholderTranslation(res1334, 'zh'), 'operative', 0, (list) =>
      list.filter((p) => p.id !== 'op-1-6'),
    );
    const report = align(res1334, imported(renderCleanText(counterpart), 'zh', res1334));
    expect(report.findings.map((f) => [f.kind, 'provisionId' in f ? f.provisionId : '', 'original' in f ? f.original.label : ''])).toEqual([
      ['missing', 'op-1-6', '6'],
    ]);
    expect(receivedWords(report)).toEqual(wordsById(counterpart));
  });
});

describe('a provision the translation added', () => {
  it('is reported at its place in the translation, as that language letters it, the others still matched to their ids', () => {
    const counterpart = placeholderTranslation(res1334, 'fr');
    const added = provision('added', 'lopa meki dusa nori 2030 tabe kilu mosa dorepa, sune bali kotaru mesi;');
    const withExtra = withProvisions(counterpart, 'preamble', 0, (list) => [...list.slice(0, 2), added, ...list.slice(2)]);
    const report = align(res1334, imported(renderCleanText(withExtra), 'fr', res1334));
    expect(report.findings).toEqual([
      { kind: 'extra', translated: { heading: 'rappelant', label: 'c)', opening: 'lopa meki dusa nori 2030 tabe kilu mosa' } },
    ]);
    expect(receivedWords(report)).toEqual(wordsById(counterpart));
  });

  it('is reported with its sub-items when a whole list was added', () => {
    const counterpart = placeholderTranslation(res30, 'es');
    const added = provision('added', 'lopa meki dusa 2031 nori:', [provision('a1', 'tabe kilu 12;'), provision('a2', 'mosa dorepa 13.')]);
    const withExtra = withProvisions(counterpart, 'operative', 2, (list) => [...list, added]);
    const report = align(res30, imported(renderCleanText(withExtra), 'es', res30));
    expect(report.findings.map((f) => (f.kind === 'extra' ? [f.kind, f.translated.label] : [f.kind]))).toEqual([
      ['extra', '10'],
      ['extra', "'1'"],
      ['extra', "'2'"],
    ]);
    expect(receivedWords(report)).toEqual(wordsById(counterpart));
  });
});

describe('a pair matched but doubtful', () => {
  it('names a changed number', () => {
    const counterpart = placeholderTranslation(res1334, 'en');
    const target = everyProvision(counterpart).find((p) => p.id === 'pre-1-2') as Provision;
    const changed = withProvisions(counterpart, 'preamble', 0, (list) =>
      list.map((p) => (p.id === 'pre-1-2' ? { ...p, text: p.text.replace('2030', '2031') } : p)),
    );
    expect(target.text).toContain('2030');
    const report = align(res1334, imported(renderCleanText(changed), 'en', res1334));
    expect(report.findings).toEqual([
      {
        kind: 'doubtful',
        provisionId: 'pre-1-2',
        original: expect.objectContaining({ heading: 'إذ يذكّر', label: 'ب)' }),
        translated: expect.objectContaining({ heading: 'recalling', label: 'b)' }),
        reasons: ['numbers'],
      },
    ]);
    expect(report.matched).toBe(report.provisions);
  });

  it('names a sub-item count that differs, and reports the sub-item that is missing', () => {
    const counterpart = placeholderTranslation(res30, 'ru');
    const parent = res30.operative[0].provisions[8];
    expect(parent.children).toHaveLength(3);
    const shortened = withProvisions(counterpart, 'operative', 0, (list) =>
      list.map((p) => (p.id === parent.id ? { ...p, children: p.children.slice(0, 2) } : p)),
    );
    const report = align(res30, imported(renderCleanText(shortened), 'ru', res30));
    expect(report.findings.map((f) => [f.kind, 'provisionId' in f ? f.provisionId : '', f.kind === 'doubtful' ? f.reasons : []])).toEqual([
      ['doubtful', parent.id, ['sub-items']],
      ['missing', parent.children[2].id, []],
    ]);
  });
});

describe('dashed sub-items', () => {
  it('cites one left out by its dash, as the text prints it', () => {
    const parent = everyProvision(res30).find((p) => p.listMarker === 'dash' && p.children.length > 2) as Provision;
    const counterpart = withProvision(placeholderTranslation(res30, 'zh'), parent.id, (p) => ({
      ...p,
      children: p.children.filter((_, k) => k !== 1),
    }));
    const report = align(res30, imported(renderCleanText(counterpart), 'zh', res30));
    expect(report.findings.map((f) => [f.kind, 'provisionId' in f ? f.provisionId : '', 'original' in f ? f.original.label : ''])).toEqual([
      ['doubtful', parent.id, expect.any(String)],
      ['missing', parent.children[1].id, '-'],
    ]);
  });
});

describe('relettering', () => {
  const inserted = provision('pre-1-new', 'القرار 1405 (دبي، 2024) بشأن مسألة جديدة تماماً للمجلس؛');
  const relettered = withProvisions(res1334, 'preamble', 0, (list) => [...list.slice(0, 2), inserted, ...list.slice(2)]);
  const translatedBefore = imported(placeholderTranslationText(res1334, 'ru'), 'ru', res1334);

  it('aligns a translation made before an insertion by id: only the new provision lacks words', () => {
    const report = align(relettered, translatedBefore);
    expect(report.findings).toEqual([
      {
        kind: 'missing',
        provisionId: 'pre-1-new',
        original: { heading: 'إذ يذكّر', label: 'ج)', opening: 'القرار 1405 (دبي، 2024) بشأن مسألة جديدة تماماً' },
      },
    ]);
    expect(receivedWords(report)).toEqual(wordsById(placeholderTranslation(res1334, 'ru')));
  });

  it('prints the translated words under the new labels of each language once composed', () => {
    const report = align(relettered, translatedBefore);
    const { document, untranslated } = composeLanguageText(relettered, report.version);
    const lines = renderCleanText(document).split('\n');
    const wordsOfC = receivedWords(report).get('pre-1-3') as string;
    expect([...untranslated]).toEqual(['pre-1-new']);
    expect(lines).toContain(`г)\t${wordsOfC}`);
    expect(lines).toContain(`в)\t${inserted.text}`);
  });
});

describe('an English original with an Arabic translation', () => {
  const english = importResolution(readFixture('itu-res1334-excerpt.en.txt')).document;

  it('matches every provision, Arabic labels and all', () => {
    const counterpart = placeholderTranslation(english, 'ar');
    const translation = imported(renderCleanText(counterpart), 'ar', english);
    const report = align(english, translation);
    expect(report.findings).toEqual([]);
    expect(report.matched).toBe(everyProvision(english).length);
    expect(receivedWords(report)).toEqual(wordsById(counterpart));
  });

  it('cites a provision left out by its English label, one added by its Arabic one', () => {
    const counterpart = placeholderTranslation(english, 'ar');
    const added = provision('added', 'بتثج حخدذ 2031 رزسش صضطظ عغفق كلمن بتثج حخدذ؛');
    const changed = withProvisions(
      withProvisions(counterpart, 'preamble', 0, (list) => [list[0], added, ...list.slice(1)]),
      'operative',
      0,
      (list) => list.filter((p) => p.id !== english.operative[0].provisions[1].id),
    );
    const report = align(english, imported(renderCleanText(changed), 'ar', english));
    expect(
      report.findings.map((f) =>
        f.kind === 'extra' ? [f.kind, f.translated.label] : f.kind === 'missing' ? [f.kind, f.original.label] : [f.kind],
      ),
    ).toEqual([
      ['extra', 'ب)'],
      ['missing', '2'],
    ]);
  });
});

describe('what else a pair may disagree on', () => {
  const english = importResolution(readFixture('itu-res1334-excerpt.en.txt')).document;

  it('names a footnote the translation lost', () => {
    const counterpart = placeholderTranslation(english, 'fr');
    const noted = everyProvision(english).find((p) => p.footnotes.length > 0) as Provision;
    const stripped = withProvision(counterpart, noted.id, (p) => ({ ...p, footnotes: [] }));
    const report = align(english, imported(renderCleanText(stripped), 'fr', english));
    expect(report.findings.map((f) => (f.kind === 'doubtful' ? [f.provisionId, f.reasons] : [f.kind]))).toEqual([
      [noted.id, ['footnotes']],
    ]);
  });

  it('names a length far from the document’s usual ratio', () => {
    const counterpart = placeholderTranslation(res1334, 'es');
    const target = everyProvision(res1334).find((p) => p.text.split(' ').length > 15 && !/\d/u.test(p.text)) as Provision;
    const cut = withProvision(counterpart, target.id, (p) => ({ ...p, text: p.text.split(' ').slice(0, 4).join(' ') }));
    const report = align(res1334, imported(renderCleanText(cut), 'es', res1334));
    expect(report.findings.map((f) => (f.kind === 'doubtful' ? [f.provisionId, f.reasons] : [f.kind]))).toEqual([[target.id, ['length']]]);
  });

  it('names a printed label out of the translation’s own sequence that its words do not bear out', () => {
    // The translator lettered "b)" twice: the second stands at the third place and its words are the third's.
    const lines = placeholderTranslationText(res1334, 'en').split('\n');
    const third = lines.findIndex((line) => line.startsWith('c)\t'));
    lines[third] = lines[third].replace(/^c\)/u, 'e)');
    const translation = imported(lines.join('\n'), 'en', res1334);
    expect(translation.printedOrdinals?.['pre-1-3']).toBe(5);
    const report = align(res1334, translation);
    expect(report.findings).toEqual([
      {
        kind: 'doubtful',
        provisionId: 'pre-1-3',
        original: expect.objectContaining({ label: 'ج)' }),
        translated: expect.objectContaining({ label: 'e)' }),
        reasons: ['label'],
      },
    ]);
    expect(receivedWords(report)).toEqual(wordsById(placeholderTranslation(res1334, 'en')));
  });
});

describe('the real Arabic text of WTDC Resolution 30 as the translation of an English original', () => {
  it('matches every provision, and names the three whose printed letters a lost revision left behind', () => {
    const arabic = importResolution(readFixture('wtdc17-23-rcc-rev-res30.ar.txt'));
    const english = placeholderTranslation(arabic.document, 'en');
    const report = align(english, arabic);
    expect(report.matched).toBe(everyProvision(english).length);
    // The source letters them "و ) ز ) ح)" after "ي)": they are the 11th to 13th of "إذ يذكّر", and their words say so.
    expect(
      report.findings.map((f) => (f.kind === 'doubtful' ? [f.provisionId, f.original.label, f.translated.label, f.reasons] : [f.kind])),
    ).toEqual([
      ['pre-1-11', 'k)', 'و )', ['label']],
      ['pre-1-12', 'l)', 'ز )', ['label']],
      ['pre-1-13', 'm)', 'ح)', ['label']],
    ]);
    expect(report.version.provisions['pre-1-11'].text).toBe(arabic.document.preamble[0].provisions[10].text);
  });
});

describe('laws', () => {
  it('aligns any document to itself id for id, with nothing to report', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const report = alignLanguageVersion(doc, doc);
        expect(report.findings).toEqual([]);
        expect(report.matched).toBe(everyProvision(doc).length);
        for (const p of everyProvision(doc)) expect(report.version.provisions[p.id]).toEqual({ text: p.text, footnotes: p.footnotes });
      }),
      { numRuns: 100 },
    );
  });

  it('reports a provision taken out of a copy, with its sub-items, as missing and nothing as extra', () => {
    // Which of two look-alike provisions is the missing one cannot be told; how many are missing can.
    fc.assert(
      fc.property(anyDocument, fc.nat(), (doc, pick) => {
        const all = everyProvision(doc);
        fc.pre(all.length > 0);
        const removed = all[pick % all.length];
        const drop = (list: readonly Provision[]): Provision[] =>
          list.filter((p) => p.id !== removed.id).map((p) => ({ ...p, children: drop(p.children) }));
        const section = (s: Section): Section => ({ ...s, provisions: drop(s.provisions) });
        const copy = { ...doc, preamble: doc.preamble.map(section), operative: doc.operative.map(section) };
        const report = alignLanguageVersion(doc, copy);
        const size = all.length - everyProvision(copy).length;
        expect(report.findings.filter((f) => f.kind === 'missing')).toHaveLength(size);
        expect(report.findings.filter((f) => f.kind === 'extra' || f.kind.endsWith('section'))).toEqual([]);
        expect(report.matched).toBe(all.length - size);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sections', () => {
  it('reports a section the translation left out, with its provisions, and pairs the sections after it', () => {
    const counterpart = placeholderTranslation(res1334, 'ru');
    const left = res1334.preamble[2];
    const without = { ...counterpart, preamble: counterpart.preamble.filter((s) => s.id !== left.id) };
    const report = align(res1334, imported(renderCleanText(without), 'ru', res1334));
    expect(
      report.findings.map((f) =>
        f.kind === 'missing-section' ? [f.kind, f.sectionId] : f.kind === 'missing' ? [f.kind, f.provisionId] : [f.kind],
      ),
    ).toEqual([['missing-section', left.id], ...left.provisions.map((p) => ['missing', p.id])]);
    const expected = wordsById(counterpart);
    for (const p of left.provisions) expected.delete(p.id);
    expect(receivedWords(report)).toEqual(expected);
    expect(report.version.headings[res1334.preamble[3].id]).toBe(counterpart.preamble[3].heading);
  });
});

describe('a UN General Assembly resolution', () => {
  const unga = importResolution(readFixture('unga-res78-132-excerpt.en.txt')).document;

  it('aligns unlettered preambular paragraphs by their words and numbered ones by their numbers', () => {
    expect(unga.style).toBe('unga');
    const counterpart = placeholderTranslation(unga, 'fr');
    const without = withProvisions(counterpart, 'preamble', 0, (list) => list.filter((_, k) => k !== 1));
    const report = align(unga, imported(renderCleanText(without), 'fr', unga));
    expect(report.findings.map((f) => (f.kind === 'missing' ? [f.kind, f.provisionId, f.original.label] : [f.kind]))).toEqual([
      ['missing', unga.preamble[0].provisions[1].id, ''],
    ]);
    expect(receivedWords(report)).toEqual(wordsById(without));
  });
});
