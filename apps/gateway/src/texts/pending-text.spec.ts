import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AmendmentOperation,
  IdentifiedAmendment,
  ResolutionDocument,
  allProvisions,
  applyAmendment,
  importResolution,
  locateProvision,
  mergeAmendments,
  rebaseAmendment,
  tokenTexts,
} from '#libs/text';
import { UndecidedAmendment, acceptEverythingProposed } from './pending-text';

// The English excerpt of Council Resolution 1334 (Modified 2023) that the importer is tested on.
const BASE = importResolution(
  readFileSync(join(__dirname, '../../../../libs/text/src/import/fixtures/itu-res1334-excerpt.en.txt'), 'utf8'),
).document;
const O1 = 'op-1-1';
const O2 = 'op-1-2';

function wording(doc: ResolutionDocument, provisionId: string): string {
  return locateProvision(doc, provisionId)!.provision.text;
}

function modifyWords(doc: ResolutionDocument, provisionId: string, words: string, replacement: string): AmendmentOperation {
  const oldText = wording(doc, provisionId);
  return { kind: 'modify', provisionId, oldText, newText: oldText.replace(words, replacement) };
}

function applied(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  return ops.reduce((text, op) => {
    const result = applyAmendment(text, op);
    if (!result.ok) throw new Error(result.refusal.message);
    return result.value;
  }, doc);
}

const against = (id: string, operation: AmendmentOperation, proposedAgainst = BASE): UndecidedAmendment => ({
  id,
  operation,
  proposedAgainst,
});

describe('acceptEverythingProposed', () => {
  it('applies every undecided amendment in order of proposal, words of one provision carried over each other', () => {
    const amendments = [
      against('a-1', modifyWords(BASE, O1, 'all possible', 'all appropriate')),
      against('a-2', modifyWords(BASE, O1, 'United Nations organizations', 'United Nations entities')),
      against('a-3', { kind: 'add', newId: 'op-1-report', position: { after: O2 }, text: 'to report to the Council at its 2026 session;' }),
    ];
    const result = acceptEverythingProposed(BASE, amendments);
    expect(result.applied).toEqual(['a-1', 'a-2', 'a-3']);
    expect(result.notApplied).toEqual([]);
    expect(wording(result.text, O1)).toBe(
      wording(BASE, O1).replace('all possible', 'all appropriate').replace('United Nations organizations', 'United Nations entities'),
    );
    expect(wording(result.text, 'op-1-report')).toBe('to report to the Council at its 2026 session;');
  });

  it('leaves out an amendment that conflicts with an earlier one, lists it with the reason, and merges the rest', () => {
    const first = modifyWords(BASE, O1, 'all possible', 'all appropriate');
    const amendments = [
      against('a-1', first),
      against('a-2', modifyWords(BASE, O1, 'all possible', 'every necessary')),
      against('a-3', { kind: 'suppress', provisionId: O2 }),
    ];
    const result = acceptEverythingProposed(BASE, amendments);
    expect(result.applied).toEqual(['a-1', 'a-3']);
    expect(result.notApplied).toEqual([
      {
        amendmentId: 'a-2',
        code: 'conflict',
        key: 'amendment.rebase.wordsChanged',
        params: { provision: 'resolves to instruct the Secretary-General, 1' },
        reason: 'the words it changes in resolves to instruct the Secretary-General, 1, or words next to them, were changed meanwhile',
        proposers: [],
        action: 'modify',
        provision: 'resolves to instruct the Secretary-General, 1',
      },
    ]);
    expect(result.text).toEqual(applied(BASE, first, { kind: 'suppress', provisionId: O2 }));
  });

  it('carries each amendment from the version it was drafted against onto the working text the decisions made', () => {
    const decided = modifyWords(BASE, O1, 'full involvement', 'full and effective involvement');
    const working = applied(BASE, decided);
    const amendments = [
      against('a-1', modifyWords(BASE, O1, 'all possible', 'all appropriate')),
      // Drafted against words a decision has changed since, and against a provision it suppressed.
      against('a-2', modifyWords(BASE, O1, 'full involvement', 'involvement')),
      against('a-3', modifyWords(BASE, O2, 'present and promote', 'present')),
    ];
    const suppressed = applied(working, { kind: 'suppress', provisionId: O2 });
    const result = acceptEverythingProposed(suppressed, amendments);
    expect(result.applied).toEqual(['a-1']);
    expect(result.notApplied.map(({ amendmentId, code }) => [amendmentId, code])).toEqual([
      ['a-2', 'overlapping-words'],
      ['a-3', 'target-gone'],
    ]);
    expect(wording(result.text, O1)).toBe(wording(working, O1).replace('all possible', 'all appropriate'));
  });

  it('lists what it leaves out in order of proposal, whichever step left it out', () => {
    const amendments = [
      against('a-1', { kind: 'add', newId: 'op-1-new', position: { after: O2 }, text: 'to consult all stakeholders;' }),
      against('a-2', { kind: 'add', newId: 'op-1-new', position: { after: O1 }, text: 'to consult the regions;' }),
      against('a-3', { kind: 'suppress', provisionId: 'no-such-provision' }),
    ];
    const result = acceptEverythingProposed(BASE, amendments);
    expect(result.applied).toEqual(['a-1']);
    expect(result.notApplied.map((item) => item.amendmentId)).toEqual(['a-2', 'a-3']);
  });

  it('cites what it leaves out as people do: its proposers, what it does and the provision as printed in the version it was drafted on', () => {
    const amendments = [
      against('a-1', modifyWords(BASE, O1, 'all possible', 'all appropriate')),
      { ...against('a-2', modifyWords(BASE, O1, 'all possible', 'every necessary')), proposers: ['egypt', 'kenya'] },
      {
        ...against('a-4', { kind: 'add', newId: 'op-1-new', position: { after: 'no-such-provision' }, text: 'to consult;' }),
        proposers: ['peru'],
      },
    ];
    const result = acceptEverythingProposed(BASE, amendments);
    const cited = result.notApplied.map(({ amendmentId, proposers, action, provision }) => ({ amendmentId, proposers, action, provision }));
    expect(cited.find((item) => item.amendmentId === 'a-2')).toEqual({
      amendmentId: 'a-2',
      proposers: ['egypt', 'kenya'],
      action: 'modify',
      provision: 'resolves to instruct the Secretary-General, 1',
    });
    expect(cited.find((item) => item.amendmentId === 'a-4')).toEqual({
      amendmentId: 'a-4',
      proposers: ['peru'],
      action: 'add',
      provision: undefined,
    });
  });

  it('answers the working text itself when nothing is undecided', () => {
    expect(acceptEverythingProposed(BASE, [])).toEqual({ text: BASE, applied: [], notApplied: [] });
  });
});

describe('acceptEverythingProposed on random histories', () => {
  /** The definition it must agree with: merge them all, drop the first that does not carry over, merge again. */
  function mergedByRetrying(working: ResolutionDocument, amendments: readonly UndecidedAmendment[]) {
    const leftOut: string[] = [];
    let candidates: IdentifiedAmendment[] = [];
    for (const amendment of amendments) {
      const rebased = rebaseAmendment(amendment.proposedAgainst, working, amendment.operation);
      if (rebased.status === 'conflict') leftOut.push(amendment.id);
      else candidates.push({ id: amendment.id, op: rebased.op });
    }
    for (;;) {
      const merged = mergeAmendments(working, candidates);
      if (merged.ok) return { text: merged.value, applied: candidates.map((c) => c.id), leftOut };
      leftOut.push(merged.refusal.amendmentId);
      candidates = candidates.filter((candidate) => candidate.id !== merged.refusal.amendmentId);
    }
  }

  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 4294967296;
    };
  }

  const WORDS = ['all', 'relevant', 'stakeholders', 'shall', 'continue', 'to', 'support', 'the', 'process', 'fully'];

  function randomOperation(doc: ResolutionDocument, next: () => number, serial: number): AmendmentOperation {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const provisions = [...allProvisions(doc)];
    const target = pick(provisions);
    const phrase = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)).join(' ');
    const roll = next();
    if (roll < 0.7) {
      const count = tokenTexts(target.text).length;
      const from = Math.floor(next() * count);
      return {
        kind: 'modify',
        provisionId: target.id,
        baseText: target.text,
        replacements: [{ from, to: Math.min(count, from + Math.floor(next() * 3)), text: phrase() }],
      };
    }
    if (roll < 0.82) return { kind: 'add', newId: `added-${serial}`, position: { after: pick(provisions).id }, text: phrase() };
    if (roll < 0.92) return { kind: 'suppress', provisionId: target.id };
    return { kind: 'move', provisionId: target.id, position: { before: pick(provisions).id } };
  }

  it('gives the text, the amendments applied and those left out that merging again after each one left out gives', () => {
    let leftOut = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const next = seeded(seed);
      // A working text a few decisions on from the version, and amendments drafted against either.
      let working = BASE;
      for (let decided = 0; decided < Math.floor(next() * 4); decided++) {
        const result = applyAmendment(working, randomOperation(working, next, 1000 + decided));
        if (result.ok) working = result.value;
      }
      const amendments = Array.from({ length: 20 + Math.floor(next() * 60) }, (_, index) => {
        const proposedAgainst = next() < 0.3 ? BASE : working;
        return against(`a-${index}`, randomOperation(proposedAgainst, next, index), proposedAgainst);
      });
      const expected = mergedByRetrying(working, amendments);
      const accepted = acceptEverythingProposed(working, amendments);
      expect(accepted.applied).toEqual(expected.applied);
      expect(accepted.notApplied.map((left) => left.amendmentId)).toEqual(
        amendments.map((amendment) => amendment.id).filter((id) => expected.leftOut.includes(id)),
      );
      expect(accepted.text).toEqual(expected.text);
      leftOut += expected.leftOut.length;
    }
    // Rival proposals on the same words: the histories do exercise leaving amendments out.
    expect(leftOut).toBeGreaterThan(40);
  });
});
