import { importResolution, toInterchange } from '#libs/text';
import type { InterchangeDocument } from '#libs/text';
import { res1334ExcerptEn } from '../testing/printed-marks-contribution';
import { res1334ArSource, trackedRes1334Contribution } from '../testing/res1334-word-contribution';
import { LabelForm, wordOfText } from '../testing/word-of-text';
import { acceptedText } from '../docx/accept-all';
import { importWordDocument } from './word-import';

/** What a reader sees of a text: title, formula, headings, labels, words, footnotes and their places (not the ids). */
function asRead(doc: InterchangeDocument): unknown {
  const provisions = (list: InterchangeDocument['preamble'][number]['provisions']): unknown[] =>
    list.map((p) => ({
      label: p.label,
      text: p.text,
      footnotes: p.footnotes.map(({ text, anchor }) => ({ text, anchor })),
      children: provisions(p.children),
    }));
  const sections = (list: InterchangeDocument['preamble']) =>
    list.map((s) => ({ heading: s.heading, provisions: provisions(s.provisions) }));
  return {
    title: doc.title,
    body: doc.body,
    language: doc.language,
    style: doc.style,
    preamble: sections(doc.preamble),
    operative: sections(doc.operative),
  };
}

describe('a base text or a new draft read from Word, through the importer', () => {
  it.each<[string, () => string, LabelForm]>([
    ['the English excerpt of Res 1334, automatic numbering, footnotes inside and after the words', res1334ExcerptEn, 'automatic'],
    ['the English excerpt of Res 1334, labels typed before a tab', res1334ExcerptEn, 'typed'],
    ['the Arabic seed of Res 1334, right to left, labels typed', res1334ArSource, 'typed'],
  ])('%s: the same text as the plain text gives', async (_name, source, labels) => {
    const text = toInterchange(importResolution(source()).document);
    const read = importWordDocument(await wordOfText(text, labels));
    expect(asRead(toInterchange(read.document))).toEqual(asRead(text));
    expect(read.warnings).toEqual([]);
    expect(read.direction).toBe(text.language === 'ar' ? 'rtl' : 'ltr');
  });

  it('Accept All on tracked changes keeps the insertions and drops the deletions, paragraphs included', async () => {
    const accepted = acceptedText(await trackedRes1334Contribution()).paragraphs;
    expect(accepted).toContainEqual(expect.stringContaining('جميع التدابير المناسبة لتشجيع'));
    expect(accepted.some((line) => line.includes('التدابير الممكنة'))).toBe(false);
    expect(accepted.some((line) => line.includes('بالقرار 140 (المراجَع في بوخارست'))).toBe(false);
    const consulting = accepted.findIndex((line) => line.startsWith('4\tالتشاور مع أصحاب المصلحة'));
    expect(accepted[consulting + 1]).toBe('5\tدعم مشاركة البلدان النامية في عملية الاستعراض؛');
  });
});
