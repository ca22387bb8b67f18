/**
 * The text engine on documents of the size the field produces: an 80 KB resolution
 * imported, 10,000 amendments applied to a 60-paragraph resolution, the marked text of
 * two 80 KB versions. The aim for each is 50 ms on one core.
 */
import {
  AmendmentOperation,
  ResolutionDocument,
  allProvisions,
  applyAmendment,
  applyAmendments,
  diffDocuments,
  importResolution,
  listUnsettledBrackets,
  renderCleanText,
  renderMarkedText,
  tokenTexts,
} from '#libs/text';
import { SeededRandom } from '../factories/random';
import { generatePhrase, generateResolution } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const BUDGET_MS = 50;

/** A realistic run of amendments against a resolution, each valid on the text the ones before it leave. */
export function amendmentRun(base: ResolutionDocument, count: number, seed: number): AmendmentOperation[] {
  const random = new SeededRandom(seed);
  const language = base.language === 'ar' ? 'ar' : 'en';
  const ops: AmendmentOperation[] = [];
  let doc = base;
  let serial = 0;
  while (ops.length < count) {
    const provisions = [...allProvisions(doc)];
    const target = random.pick(provisions);
    const sections = [...doc.preamble, ...doc.operative];
    const roll = random.next();
    let op: AmendmentOperation;
    if (roll < 0.55) {
      const tokens = tokenTexts(target.text);
      const from = random.int(0, Math.max(0, tokens.length - 1));
      op = {
        kind: 'modify',
        provisionId: target.id,
        baseText: target.text,
        replacements: [
          { from, to: Math.min(tokens.length, from + random.int(0, 3)), text: generatePhrase(random, language, random.int(1, 3)) },
        ],
      };
    } else if (roll < 0.62) {
      op = {
        kind: 'modify',
        provisionId: target.id,
        oldText: target.text,
        newText: target.text.replace(/^\S+/u, generatePhrase(random, language, 2)),
      };
    } else if (roll < 0.7) {
      op = {
        kind: 'add',
        newId: `added-${++serial}`,
        position: random.chance(0.5) ? { after: target.id } : { atEndOf: random.pick(sections).id },
        text: generatePhrase(random, language, random.int(12, 40)),
      };
    } else if (roll < 0.78) {
      op =
        provisions.length > 50
          ? { kind: 'suppress', provisionId: target.id }
          : { kind: 'add', newId: `added-${++serial}`, position: { before: target.id }, text: generatePhrase(random, language, 20) };
    } else if (roll < 0.86) {
      const anchor = random.pick(provisions);
      op = {
        kind: 'move',
        provisionId: target.id,
        position: random.chance(0.5) ? { before: anchor.id } : { atEndOf: random.pick(sections).id },
      };
    } else if (roll < 0.9) {
      op = { kind: 'addFootnote', provisionId: target.id, footnoteId: `note-${++serial}`, text: generatePhrase(random, language, 10) };
    } else if (roll < 0.93) {
      op = { kind: 'changeHeading', sectionId: random.pick(sections).id, heading: generatePhrase(random, language, 3) };
    } else if (roll < 0.97) {
      const tokens = tokenTexts(target.text);
      const from = random.int(0, tokens.length);
      op = {
        kind: 'offerAlternatives',
        provisionId: target.id,
        baseText: target.text,
        from,
        to: from,
        alternatives: [generatePhrase(random, language, 3), generatePhrase(random, language, 2)],
      };
    } else {
      const open = listUnsettledBrackets(doc);
      if (open.length === 0) continue;
      const group = random.pick(open);
      op = {
        kind: 'settleBrackets',
        provisionId: group.provisionId,
        bracketIndex: group.bracketIndex,
        choice: random.chance(0.2) ? 'none' : random.int(0, group.alternatives.length - 1),
      };
    }
    const applied = applyAmendment(doc, op);
    if (!applied.ok) continue;
    doc = applied.value;
    ops.push(op);
  }
  return ops;
}

function countProvisions(doc: ResolutionDocument): number {
  return [...allProvisions(doc)].length;
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}

function revisedVersion(base: ResolutionDocument, amendments: number, seed: number): ResolutionDocument {
  const revised = applyAmendments(base, amendmentRun(base, amendments, seed));
  if (!revised.ok) throw new Error(`revision refused: ${revised.refusal.message}`);
  return revised.value;
}

export const textEngineSuite: BenchSuite = {
  name: 'text-engine',
  description: 'importing, amending and marking resolutions of realistic size (aim: 50 ms each, one core)',
  cases: [
    benchCase({
      name: 'import-80kb',
      description: 'import an 80 KB Arabic resolution from plain text (importResolution)',
      budgetMs: BUDGET_MS,
      setup: () => renderCleanText(generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 })),
      run: (source) => importResolution(source, { language: 'ar' }),
      facts: (source) => {
        const imported = importResolution(source, { language: 'ar' });
        return { source: kilobytes(source), provisions: countProvisions(imported.document), warnings: imported.warnings.length };
      },
    }),
    benchCase({
      name: 'apply-10k-amendments',
      description: 'apply 10,000 amendments (MOD, ADD, SUP, moves, footnotes, headings, brackets) to a 60-paragraph Arabic resolution',
      budgetMs: BUDGET_MS,
      operationsPerRun: 10_000,
      setup: () => {
        const base = generateResolution({ language: 'ar', provisions: 60, seed: 1334 });
        return { base, ops: amendmentRun(base, 10_000, 2023) };
      },
      run: ({ base, ops }) => {
        const result = applyAmendments(base, ops);
        if (!result.ok) throw new Error(`amendment ${result.refusal.index} refused: ${result.refusal.message}`);
        return result.value;
      },
      facts: ({ base, ops }) => {
        const kinds = new Map<string, number>();
        for (const op of ops) kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
        const paragraphs = base.preamble.concat(base.operative).reduce((sum, section) => sum + section.provisions.length, 0);
        return { paragraphs, 'with sub-items': countProvisions(base), mix: [...kinds].map(([kind, n]) => `${kind} ${n}`).join(' / ') };
      },
    }),
    benchCase({
      name: 'marked-text-80kb',
      description: 'diff two 80 KB versions of an Arabic resolution and render the marked text (plain text)',
      budgetMs: BUDGET_MS,
      setup: () => {
        const before = generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 });
        return { before, after: revisedVersion(before, 300, 17) };
      },
      run: ({ before, after }) => renderMarkedText(diffDocuments(before, after), 'text'),
      facts: ({ before, after }) => {
        const summary = diffDocuments(before, after).summary;
        return {
          before: kilobytes(renderCleanText(before)),
          after: kilobytes(renderCleanText(after)),
          changes: `${summary.modified.length} modified, ${summary.inserted.length} added, ${summary.deleted.length} suppressed, ${summary.moved.length} moved`,
        };
      },
    }),
    benchCase({
      name: 'marked-html-80kb',
      description: 'diff two 80 KB versions of an Arabic resolution and render the marked text as HTML',
      budgetMs: BUDGET_MS,
      setup: () => {
        const before = generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 });
        return { before, after: revisedVersion(before, 300, 17) };
      },
      run: ({ before, after }) => renderMarkedText(diffDocuments(before, after), 'html'),
    }),
  ],
};
