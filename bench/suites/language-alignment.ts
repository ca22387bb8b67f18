/**
 * Aligning the language versions of a resolution of the size the field produces: an 80 KB
 * English original built from the real seed provisions (Council Resolution 1334, WTDC
 * Resolution 30), repeated, and its five other versions — the seeds' own Arabic words and
 * French, Spanish, Russian and Chinese counterparts with each language's labels — each
 * re-imported from plain text and each with one provision left out and one added, as
 * translators' files come. One run aligns all five; the aim is under 100 ms on one core.
 */
import {
  AlignmentReport,
  ImportResult,
  LanguageCode,
  Provision,
  ResolutionDocument,
  Section,
  alignLanguageVersion,
  allProvisions,
  importResolution,
  renderCleanText,
} from '#libs/text';
import { readFixture } from '../../libs/text/src/import/fixtures/seeds';
import { placeholderTranslation } from '../../libs/text/src/parallel/testing/placeholder-translation';
import { BenchSuite, benchCase } from '../harness';

const BUDGET_MS = 100;
const TARGET_BYTES = 80 * 1024;
const TRANSLATIONS = ['ar', 'fr', 'es', 'ru', 'zh'] as const satisfies readonly LanguageCode[];

interface AlignmentBench {
  readonly original: ResolutionDocument;
  readonly originalText: string;
  readonly translations: readonly { readonly language: LanguageCode; readonly text: string; readonly imported: ImportResult }[];
}

/** The seeds' sections, part by part, repeated in turn until the English rendering of the whole reaches the target size. */
function arabicFromSeeds(): ResolutionDocument {
  const seeds = [readFixture('itu-council-res1334-mod2023.ar.txt'), readFixture('wtdc17-23-rcc-rev-res30.ar.txt')].map(
    (text) => importResolution(text).document,
  );
  const preamble: Section[] = [];
  const operative: Section[] = [];
  const base = seeds[0];
  let doc: ResolutionDocument = base;
  for (let round = 0; Buffer.byteLength(renderCleanText(placeholderTranslation(doc, 'en'))) < TARGET_BYTES; round++) {
    const seed = seeds[round % seeds.length];
    preamble.push(...seed.preamble);
    operative.push(...seed.operative);
    doc = { ...base, title: 'القرار 1334 (المعدَّل في 2023)', metadata: {}, preamble: [...preamble], operative: [...operative] };
  }
  // Imported again, so that ids and sub-item markers are what an imported text has.
  return importResolution(renderCleanText(doc), { language: 'ar', style: 'itu' }).document;
}

/** One provision left out and one added, at a place of the document that differs by language. */
function asTranslatorsSendIt(doc: ResolutionDocument, k: number): ResolutionDocument {
  const operative = doc.operative.map((s, index) => {
    if (index !== (3 * k + 1) % doc.operative.length || s.provisions.length < 3) return s;
    const added: Provision = {
      id: 'added',
      text: `${s.provisions[1].text.split(' ').slice(0, 6).join(' ')} 2031;`,
      children: [],
      footnotes: [],
    };
    return { ...s, provisions: [s.provisions[0], added, ...s.provisions.slice(1)] };
  });
  const preamble = doc.preamble.map((s, index) =>
    index === (5 * k + 2) % doc.preamble.length && s.provisions.length > 2
      ? { ...s, provisions: s.provisions.filter((_, i) => i !== 1) }
      : s,
  );
  return { ...doc, preamble, operative };
}

function setup(): AlignmentBench {
  const arabic = arabicFromSeeds();
  const originalText = renderCleanText(placeholderTranslation(arabic, 'en'));
  const original = importResolution(originalText, { language: 'en', style: 'itu' }).document;
  const translations = TRANSLATIONS.map((language, k) => {
    const words = language === 'ar' ? arabic : placeholderTranslation(arabic, language);
    const text = renderCleanText(asTranslatorsSendIt(words, k));
    return { language, text, imported: importResolution(text, { language, style: 'itu' }) };
  });
  return { original, originalText, translations };
}

function alignAll({ original, translations }: AlignmentBench): AlignmentReport[] {
  return translations.map(({ imported }) =>
    alignLanguageVersion(original, imported.document, { printedOrdinals: imported.printedOrdinals }),
  );
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}

export const languageAlignmentSuite: BenchSuite = {
  name: 'language-alignment',
  description: 'aligning five language versions of an 80 KB resolution to the original (aim: 100 ms for all five, one core)',
  cases: [
    benchCase({
      name: 'align-five-versions-80kb',
      description: 'align the ar, fr, es, ru and zh versions of an 80 KB English resolution, each with a provision left out and one added',
      budgetMs: BUDGET_MS,
      operationsPerRun: TRANSLATIONS.length,
      setup,
      run: alignAll,
      facts: (bench) => {
        const reports = alignAll(bench);
        return {
          original: `${kilobytes(bench.originalText)}, ${[...allProvisions(bench.original)].length} provisions, ${
            bench.original.preamble.length + bench.original.operative.length
          } sections`,
          versions: bench.translations.map((t) => `${t.language} ${kilobytes(t.text)}`).join(', '),
          findings: reports
            .map((r) => `${r.language} ${r.findings.map((f) => f.kind).join('+') || 'none'} (${r.matched}/${r.provisions} matched)`)
            .join('; '),
        };
      },
    }),
  ],
};
