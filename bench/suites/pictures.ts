/**
 * The pictures on the server: the contention map of a 115-paragraph Arabic resolution with
 * 2,000 amendments on it (their figures counted from the rows, conflicts found, the SVG
 * drawn in both interface languages). The aim is 200 ms.
 */
import { contentionMapSvg } from '#libs/pictures';
import { ResolutionDocument, allProvisions, tokenTexts } from '#libs/text';
import { pictureLanguage } from '#libs/web';
import { ContentionAmendment, contentionFigures } from '../../apps/gateway/src/pictures/contention-figures';
import { SeededRandom } from '../factories/random';
import { generatePhrase, generateResolution } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const STAKEHOLDERS = Array.from({ length: 60 }, (_, i) => `stakeholder-${i + 1}`);

/** Amendments as the compilation keeps them: word-level MODs of the base text, most undecided, some ruled on or withdrawn. */
function amendmentsOn(base: ResolutionDocument, count: number, seed: number): ContentionAmendment[] {
  const random = new SeededRandom(seed);
  const provisions = [...allProvisions(base)];
  return Array.from({ length: count }, (_, index): ContentionAmendment => {
    const target = random.pick(provisions);
    const tokens = tokenTexts(target.text);
    const from = random.int(0, Math.max(0, tokens.length - 1));
    const position = 100 + index * 3;
    const proposedAt = new Date(Date.UTC(2026, 2, 1) + index * 60_000);
    const roll = random.next();
    return {
      id: `amendment-${index + 1}`,
      operation: {
        kind: 'modify',
        provisionId: target.id,
        baseText: target.text,
        replacements: [
          { from, to: Math.min(tokens.length, from + random.int(0, 3)), text: generatePhrase(random, 'ar', random.int(1, 3)) },
        ],
      },
      placement: { provisionId: target.id, role: 'modify' },
      proposers: [random.pick(STAKEHOLDERS)],
      coSponsors: random.chance(0.3) ? [random.pick(STAKEHOLDERS)] : [],
      onBehalfOf: null,
      contributionId: random.chance(0.25) ? `contribution-${random.int(1, 80)}` : null,
      status: roll < 0.15 ? 'rejected' : roll < 0.2 ? 'withdrawn' : 'pending',
      proposedPosition: position,
      proposedAt,
      decisions:
        roll < 0.15
          ? [
              {
                id: `decision-${index}`,
                kind: 'ruling',
                ruling: 'rejected',
                decidedBy: 'chair',
                recordedAt: proposedAt.toISOString(),
                position: position + 1,
              },
            ]
          : [],
      withdrawal: roll >= 0.15 && roll < 0.2 ? { by: 'stakeholder-1', recordedAt: proposedAt.toISOString(), position: position + 2 } : null,
    };
  });
}

export const picturesSuite: BenchSuite = {
  name: 'pictures',
  description: 'the pictures of a negotiation drawn on the server as SVG',
  cases: [
    benchCase({
      name: 'contention-map-2000',
      description:
        'the contention map of a 115-paragraph Arabic resolution with 2,000 amendments: figures counted, conflicts found, SVG in Arabic and English',
      budgetMs: 200,
      setup: () => {
        const base = generateResolution({ language: 'ar', provisions: 115, seed: 1334 });
        return { base, amendments: amendmentsOn(base, 2_000, 24) };
      },
      run: ({ base, amendments }) => {
        const figures = contentionFigures({
          documentId: 'document',
          symbol: 'Resolution 1334',
          text: base,
          versionNumber: 1,
          versionLabel: 'Modified 2023',
          asOf: { position: 10_000, recordedAt: '2026-04-10T17:00:00.000Z' },
          moment: { kind: 'now' },
          amendments,
        });
        const linkOf = (id: string) => `/web/documents/document/compilation#provision-${id}`;
        return [contentionMapSvg(figures, pictureLanguage('ar'), { linkOf }), contentionMapSvg(figures, pictureLanguage('en'), { linkOf })];
      },
      facts: ({ base, amendments }) => {
        const figures = contentionFigures({
          documentId: 'document',
          symbol: 'Resolution 1334',
          text: base,
          versionNumber: 1,
          versionLabel: 'Modified 2023',
          asOf: { position: 10_000, recordedAt: '2026-04-10T17:00:00.000Z' },
          moment: { kind: 'now' },
          amendments,
        });
        return {
          provisions: figures.totals.provisions,
          amendments: amendments.length,
          undecided: figures.totals.pendingAmendments,
          conflicts: figures.totals.conflicts,
          'SVG (ar), KB': Math.round(Buffer.byteLength(contentionMapSvg(figures, pictureLanguage('ar'))) / 1024),
        };
      },
    }),
  ],
};
