import { ResolutionDocument } from '../model';
import { isSpace, tokenTexts } from '../tokenize';
import { WordReplacement } from './amendment';
import { allProvisions } from './document-tree';
import { citeProvision } from '../render/citation';
import { UNCITED_PROVISION, quotedInRefusal } from './refusal-messages';
import { AmendmentRefusal, Result, refusal, success } from './result';

/**
 * A bracket group: one or more bracketed alternatives standing side by side, separated
 * only by spaces — "[open to all stakeholders] [should be intergovernmental]". A lone
 * "[text]" is a group of one: words not yet agreed, kept or dropped by the chair.
 */
export interface BracketGroupRange {
  /** Token range of the whole group, brackets included. */
  readonly from: number;
  readonly to: number;
  /** The words inside each pair of brackets. */
  readonly alternatives: readonly string[];
}

export interface UnsettledBrackets extends BracketGroupRange {
  readonly provisionId: string;
  /** 0-based among the provision's groups, as `settleBrackets` names them. */
  readonly bracketIndex: number;
}

/** The bracket groups of a provision's tokens, in reading order. A "[" without its "]" is not a group. */
export function bracketGroups(tokens: readonly string[]): BracketGroupRange[] {
  const groups: BracketGroupRange[] = [];
  let current: { from: number; to: number; alternatives: string[] } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const close = tokens[i] === '[' ? closingBracket(tokens, i) : -1;
    if (close < 0) {
      if (current !== undefined && !isSpace(tokens[i])) {
        groups.push(current);
        current = undefined;
      }
      i++;
      continue;
    }
    const alternative = tokens.slice(i + 1, close).join('');
    if (current === undefined) current = { from: i, to: close + 1, alternatives: [alternative] };
    else {
      current.alternatives.push(alternative);
      current.to = close + 1;
    }
    i = close + 1;
  }
  if (current !== undefined) groups.push(current);
  return groups;
}

function closingBracket(tokens: readonly string[], open: number): number {
  for (let i = open + 1; i < tokens.length; i++) {
    if (tokens[i] === ']') return i;
    if (tokens[i] === '[') return -1;
  }
  return -1;
}

/** Every bracket group still in the document: adoption is refused while any remain. */
export function listUnsettledBrackets(doc: ResolutionDocument): UnsettledBrackets[] {
  const unsettled: UnsettledBrackets[] = [];
  for (const provision of allProvisions(doc)) {
    if (!provision.text.includes('[')) continue;
    bracketGroups(tokenTexts(provision.text)).forEach((group, bracketIndex) =>
      unsettled.push({ ...group, provisionId: provision.id, bracketIndex }),
    );
  }
  return unsettled;
}

/** A text can be adopted only when the chair has settled every bracket in it. */
export function checkAdoptable(doc: ResolutionDocument): Result<ResolutionDocument, AmendmentRefusal> {
  const unsettled = listUnsettledBrackets(doc);
  if (unsettled.length === 0) return success(doc);
  const provisions = [...new Set(unsettled.map((group) => group.provisionId))].map((id) => citeProvision(doc, id) ?? UNCITED_PROVISION);
  return refusal('unsettled-brackets', 'amendment.refused.unsettledBrackets', {
    count: unsettled.length,
    provisions: provisions.join('; '),
  });
}

/** The words that replace a group when the chair keeps alternative `choice`, or none of them. */
export function settlement(
  tokens: readonly string[],
  group: BracketGroupRange,
  choice: number | 'none',
): Result<WordReplacement, AmendmentRefusal> {
  if (choice !== 'none') {
    if (!Number.isInteger(choice) || choice < 0 || choice >= group.alternatives.length) {
      return refusal('invalid-choice', 'amendment.refused.noSuchAlternative', {
        count: group.alternatives.length,
        choice: Number(choice) + 1,
      });
    }
    return success({ from: group.from, to: group.to, text: group.alternatives[choice] });
  }
  // Dropping the words also drops one space beside them, so that no double space or
  // space before a comma is left behind.
  const before = tokens[group.from - 1];
  const after = tokens[group.to];
  if (before !== undefined && isSpace(before) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
    return success({ from: group.from - 1, to: group.to, text: '' });
  }
  if (before === undefined && after !== undefined && isSpace(after)) return success({ from: group.from, to: group.to + 1, text: '' });
  return success({ from: group.from, to: group.to, text: '' });
}

/** The text offered in place of some words: each alternative in its own brackets. */
export function bracketedAlternatives(alternatives: readonly string[]): Result<string, AmendmentRefusal> {
  if (alternatives.length === 0) return refusal('invalid-alternatives', 'amendment.refused.noAlternatives');
  const nested = alternatives.find((alternative) => alternative.includes('[') || alternative.includes(']'));
  if (nested !== undefined) return refusal('invalid-alternatives', 'amendment.refused.nestedBrackets', { words: quotedInRefusal(nested) });
  return success(alternatives.map((alternative) => `[${alternative}]`).join(' '));
}
