/**
 * fast-check arbitraries for the text engine's laws: documents whose provisions, sections
 * and footnotes draw their ids from shared pools (so that two of them overlap the way
 * two versions of one text do), wordings from real Arabic and English drafting, and now
 * and then hostile text.
 */
import fc from 'fast-check';
import { Footnote, LanguageCode, Provision, ResolutionDocument, Section } from '../../model';

const ARABIC_WORDS = [
  'إذ',
  'يذكّر',
  'بالقرار',
  'المراجَع',
  'في',
  'بوسان',
  'دبي',
  'الاتحاد',
  'القمة',
  'العالمية',
  'لمجتمع',
  'المعلومات',
  'وإذ',
  'يدرك',
  'التنمية',
  'المستدامة',
  'لعام',
  '2030',
  '140',
  'الأمين',
  'العام',
];
const ENGLISH_WORDS = [
  'recalling',
  'Resolution',
  '140',
  'Rev.',
  'Busan',
  'the',
  'Council',
  'WSIS',
  'outcomes',
  'of',
  'and',
  'Member',
  'States',
  'to',
  'encourage',
  'all',
  'stakeholders',
];
const PUNCTUATION = ['،', '؛', ',', ';', '(', ')', '.', ':'];
const HOSTILE = ['<script>alert(1)</script>', '[+x+]', '[-y-]', '-]', '[+', '\\', '⟦note⟧', '&amp;', '"\'', '\t', '[a] [b]', '[c]'];

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...ARABIC_WORDS, ...ENGLISH_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
);

/** A provision's wording: real words, with spaces and punctuation. */
export const wording: fc.Arbitrary<string> = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));

/** A wording with bracket groups in it, as a text under negotiation has. */
export const bracketedWording: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 1, arbitrary: fc.constantFrom('[open to all] [intergovernmental]', '[مفتوح]', '[a] [b] [c]') },
    ),
    { maxLength: 14 },
  )
  .map((words) => words.join(' '));

/** A wording that may also carry markup, mark-like sequences, tabs and backslashes. */
export const hostileWording: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: wording },
  { weight: 1, arbitrary: fc.array(fc.oneof(word, fc.constantFrom(...HOSTILE)), { maxLength: 8 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

interface Shape {
  readonly text: string;
  readonly footnotes: readonly string[];
  readonly children: readonly Shape[];
}

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.record({
    text: wording,
    footnotes: fc.array(wording, { maxLength: 1 }),
    children: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }) }),
  }),
})).node;

export interface DocumentOptions {
  readonly text?: fc.Arbitrary<string>;
  readonly languages?: readonly LanguageCode[];
}

const PROVISION_POOL = 40;
const SECTION_POOL = 8;

/** A resolution with up to about 30 provisions, ids from a pool of 40 (`p0`...), sections from a pool of 8 (`s0`...). */
export function resolutionDocument(options: DocumentOptions = {}): fc.Arbitrary<ResolutionDocument> {
  const text = options.text ?? wording;
  const sectionShape = fc.record({ heading: text, provisions: fc.array(shape, { minLength: 0, maxLength: 4 }) });
  return fc
    .record({
      language: fc.constantFrom(...(options.languages ?? (['ar', 'en'] as const))),
      style: fc.constantFrom('itu' as const, 'unga' as const),
      title: text,
      body: text,
      preamble: fc.array(sectionShape, { maxLength: 3 }),
      operative: fc.array(sectionShape, { minLength: 1, maxLength: 3 }),
      provisionIds: fc.shuffledSubarray([...Array(PROVISION_POOL).keys()], { minLength: PROVISION_POOL }),
      sectionIds: fc.shuffledSubarray([...Array(SECTION_POOL).keys()], { minLength: SECTION_POOL }),
      footnoteTexts: fc.array(text, { minLength: 40, maxLength: 40 }),
    })
    .map(({ provisionIds, sectionIds, footnoteTexts, ...doc }) => {
      let nextProvision = 0;
      let nextFootnote = 0;
      let nextSection = 0;
      const build = (node: Shape): Provision | undefined => {
        if (nextProvision >= provisionIds.length) return undefined;
        const id = `p${provisionIds[nextProvision++]}`;
        const footnotes: Footnote[] = node.footnotes.map(() => ({ id: `f${nextFootnote}`, text: footnoteTexts[nextFootnote++ % 40] }));
        return { id, text: node.text, footnotes, children: node.children.map(build).filter((p): p is Provision => p !== undefined) };
      };
      const sections = (list: { heading: string; provisions: Shape[] }[]): Section[] =>
        list.map((item) => ({
          id: `s${sectionIds[nextSection++]}`,
          heading: item.heading,
          provisions: item.provisions.map(build).filter((p): p is Provision => p !== undefined),
        }));
      return { ...doc, preamble: sections(doc.preamble), operative: sections(doc.operative), metadata: {} };
    });
}
