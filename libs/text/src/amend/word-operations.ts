import { wordChanges } from '../diff/word-diff';
import { TokenizedText } from '../tokenize';
import { AmendmentOperation, ModifyText, ModifyWords, OfferAlternatives, ReplaceText, SettleBrackets, WordReplacement } from './amendment';
import { bracketGroups, bracketedAlternatives, settlement } from './brackets';
import { quotedInRefusal } from './refusal-messages';
import { AmendmentRefusal, Result, failure, refusal, success } from './result';
import { TokenEdit, effectiveEdits } from './word-edits';

/** The amendments that change a provision's words. */
export type WordOperation = ModifyWords | ModifyText | ReplaceText | OfferAlternatives | SettleBrackets;

export function isWordOperation(op: AmendmentOperation): op is WordOperation {
  return op.kind === 'modify' || op.kind === 'replaceText' || op.kind === 'offerAlternatives' || op.kind === 'settleBrackets';
}

/** The wording a word operation was proposed against, when the operation records it. */
export function proposedAgainst(op: WordOperation): string | undefined {
  if (op.kind === 'modify') return 'replacements' in op ? op.baseText : op.oldText;
  if (op.kind === 'offerAlternatives') return op.baseText;
  return undefined;
}

/** The effective token edits a word operation makes on a provision that reads `text`. */
export function wordEdits(
  op: WordOperation,
  text: string,
  tokens: TokenizedText = new TokenizedText(text),
): Result<TokenEdit[], AmendmentRefusal> {
  const against = proposedAgainst(op);
  if (against !== undefined && against !== text) {
    return refusal('stale-target', 'amendment.refused.staleTarget', {}, op.provisionId);
  }
  const replacements = declaredReplacements(op, tokens);
  if (!replacements.ok) return replacements;
  const edits = effectiveEdits(tokens, replacements.value);
  if (edits.ok) return edits;
  return edits.refusal === 'outside'
    ? refusal('invalid-range', 'amendment.refused.wordsOutside', {}, op.provisionId)
    : refusal('invalid-range', 'amendment.refused.replacementsOverlap', {}, op.provisionId);
}

function declaredReplacements(op: WordOperation, tokens: TokenizedText): Result<readonly WordReplacement[], AmendmentRefusal> {
  switch (op.kind) {
    case 'modify':
      return success('replacements' in op ? op.replacements : replacementsBetween(op.oldText, op.newText));
    case 'replaceText':
      return success(tokens.text === op.text ? [] : [{ from: 0, to: tokens.count, text: op.text }]);
    case 'offerAlternatives': {
      const offered = bracketedAlternatives(op.alternatives);
      if (!offered.ok) return offered;
      const cut = (tokens.text.includes('[') ? bracketGroups(tokens.texts()) : []).find(
        (group) => group.from < op.to && op.from < group.to && (group.from < op.from || op.to < group.to),
      );
      if (cut !== undefined) {
        const bracketed = quotedInRefusal(tokens.slice(cut.from, cut.to).trim());
        return refusal('invalid-range', 'amendment.refused.cutsBrackets', { words: bracketed }, op.provisionId);
      }
      return success([{ from: op.from, to: op.to, text: offered.value }]);
    }
    case 'settleBrackets': {
      const texts = tokens.texts();
      const group = bracketGroups(texts)[op.bracketIndex];
      if (group === undefined)
        return refusal('bracket-not-found', 'amendment.refused.noBracketGroup', { number: op.bracketIndex + 1 }, op.provisionId);
      const settled = settlement(texts, group, op.choice);
      return settled.ok ? success([settled.value]) : failure({ ...settled.refusal, provisionId: op.provisionId });
    }
  }
}

/** The word replacements that turn one wording into another, on the tokens of the first. */
export function replacementsBetween(oldText: string, newText: string): WordReplacement[] {
  const { changes, newTokens } = wordChanges(oldText, newText);
  return changes.map((change) => ({ from: change.from, to: change.to, text: newTokens.slice(change.newFrom, change.newTo) }));
}
