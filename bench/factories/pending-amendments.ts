/**
 * A negotiation at its busiest: many delegations proposing at once against the same
 * version, nobody ruled on yet. Word changes dominate (as in the field), with some new
 * provisions, suppressions and moves; many of them touch the same words, as rival
 * proposals do, so "everything pending" leaves a good share of them out.
 */
import { AmendmentOperation, ResolutionDocument, allProvisions, tokenTexts } from '#libs/text';
import { SeededRandom } from './random';
import { generatePhrase } from './resolution-factory';

export interface PendingAmendment {
  readonly id: string;
  /** Index of the proposing state among `states`. */
  readonly proposer: number;
  readonly operation: AmendmentOperation;
}

/** `count` amendments from `states` delegations, all drafted against `version`, in the order proposed. */
export function pendingAmendments(version: ResolutionDocument, count: number, states: number, seed: number): PendingAmendment[] {
  const random = new SeededRandom(seed);
  const language = version.language === 'ar' ? 'ar' : 'en';
  const provisions = [...allProvisions(version)];
  const sections = [...version.preamble, ...version.operative];
  const amendments: PendingAmendment[] = [];
  for (let index = 0; index < count; index++) {
    const target = random.pick(provisions);
    const roll = random.next();
    let operation: AmendmentOperation;
    if (roll < 0.8) {
      const tokens = tokenTexts(target.text);
      const from = random.int(0, Math.max(0, tokens.length - 1));
      operation = {
        kind: 'modify',
        provisionId: target.id,
        baseText: target.text,
        replacements: [
          { from, to: Math.min(tokens.length, from + random.int(0, 3)), text: generatePhrase(random, language, random.int(1, 4)) },
        ],
      };
    } else if (roll < 0.9) {
      operation = {
        kind: 'add',
        newId: `proposed-${index + 1}`,
        position: random.chance(0.7) ? { after: target.id } : { atEndOf: random.pick(sections).id },
        text: generatePhrase(random, language, random.int(12, 40)),
      };
    } else if (roll < 0.95) {
      operation = { kind: 'suppress', provisionId: target.id };
    } else {
      operation = { kind: 'move', provisionId: target.id, position: { before: random.pick(provisions).id } };
    }
    amendments.push({ id: `amendment-${String(index + 1).padStart(5, '0')}`, proposer: random.int(0, states - 1), operation });
  }
  return amendments;
}
