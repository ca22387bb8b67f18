import { wordChanges } from '../diff/word-diff';
import { ResolutionDocument } from '../model';
import { TokenizedText, tokenTexts } from '../tokenize';
import {
  AddProvision,
  AmendmentOperation,
  IdentifiedAmendment,
  ModifyText,
  ModifyWords,
  MoveProvision,
  rewordedMove,
  rewordingOf,
} from './amendment';
import { anchorOf, applyAmendment, footnoteExists } from './apply-amendment';
import { bracketGroups } from './brackets';
import { locateProvision, locateSection } from './document-tree';
import { citeProvision } from '../render/citation';
import { AmendmentRefusalKey, AmendmentRefusalParams, UNCITED_PROVISION, amendmentRefusalMessageEn } from './refusal-messages';
import { AmendmentRefusal, Result, citedIn, failure, success } from './result';
import { TokenEdit, mapEditsThrough } from './word-edits';
import { WordOperation, isWordOperation, proposedAgainst, wordEdits } from './word-operations';

export type RebaseConflictReason =
  /** The provision, section or footnote the amendment changes is no longer in the text. */
  | 'target-gone'
  /** The provision or section it is placed next to is no longer in the text. */
  | 'anchor-gone'
  /** The id it would create is taken meanwhile. */
  | 'id-taken'
  /** The words it changes, or words right next to them, were changed meanwhile. */
  | 'overlapping-words'
  /** The heading or footnote it rewrites was rewritten meanwhile. */
  | 'changed-meanwhile'
  /** It does not apply to the version it claims to be proposed against. */
  | 'invalid-amendment';

export type RebaseOutcome =
  | { readonly status: 'rebased'; readonly op: AmendmentOperation }
  | {
      readonly status: 'conflict';
      readonly reason: RebaseConflictReason;
      /** The message a person reads, by key, provisions cited as printed (libs/contracts refusals render it). */
      readonly key: AmendmentRefusalKey;
      readonly params: AmendmentRefusalParams;
      /** The message in English, for logs and API clients. */
      readonly message: string;
    };

/**
 * Carries a pending amendment proposed against `base` over to `current`, three-way at
 * word level: when the words it touches (and their immediate neighbours) are unchanged,
 * its replacements are re-expressed on the current wording; otherwise it is a conflict
 * for the proposer or the chair to resolve.
 */
export function rebaseAmendment(base: ResolutionDocument, current: ResolutionDocument, op: AmendmentOperation): RebaseOutcome {
  const outcome = transform(op, base, current, (against, currentText) => {
    if (against === currentText) return [];
    const { changes, newTokens } = wordChanges(against, currentText);
    return [changes.map((change) => ({ from: change.from, to: change.to, text: newTokens.slice(change.newFrom, change.newTo) }))];
  });
  if (outcome.status === 'rebased') {
    const applies = applyAmendment(current, outcome.op);
    if (!applies.ok) return conflictOf('invalid-amendment', applies.refusal);
  }
  return outcome;
}

/**
 * Applies amendments all proposed against `base`, each carried over the ones applied
 * before it (as the chair accepts them one after another). Amendments that
 * `findConflicts(amendments, base)` finds independent give the same text in any order.
 */
export function mergeAmendments(
  base: ResolutionDocument,
  amendments: readonly IdentifiedAmendment[],
): Result<ResolutionDocument, MergeRefusal> {
  const history = new Map<string, TokenEdit[][]>();
  let current = base;
  for (const amendment of amendments) {
    const step = mergeOne(base, current, history, amendment);
    if (!step.ok) return step;
    current = step.value;
  }
  return success(current);
}

export type MergeRefusal = AmendmentRefusal & { readonly amendmentId: string };

export interface MergedSkipping {
  readonly text: ResolutionDocument;
  /** The amendments applied, in the order given. */
  readonly applied: readonly string[];
  /** The amendments left out, in the order given, each with why it did not carry over the ones applied before it. */
  readonly skipped: readonly MergeRefusal[];
}

/**
 * `mergeAmendments`, leaving out each amendment that does not carry over the ones applied
 * before it and going on with the rest: the text is the one `mergeAmendments` gives for the
 * amendments applied, since an amendment left out changes nothing before or after it.
 */
export function mergeAmendmentsSkipping(base: ResolutionDocument, amendments: readonly IdentifiedAmendment[]): MergedSkipping {
  const history = new Map<string, TokenEdit[][]>();
  const applied: string[] = [];
  const skipped: MergeRefusal[] = [];
  let current = base;
  for (const amendment of amendments) {
    const step = mergeOne(base, current, history, amendment);
    if (!step.ok) {
      skipped.push(step.refusal);
      continue;
    }
    current = step.value;
    applied.push(amendment.id);
  }
  return { text: current, applied, skipped };
}

/** One amendment applied over those in `history`; the history gains its word edits only when it applies. */
function mergeOne(
  base: ResolutionDocument,
  current: ResolutionDocument,
  history: Map<string, TokenEdit[][]>,
  { id, op }: IdentifiedAmendment,
): Result<ResolutionDocument, MergeRefusal> {
  const outcome = transform(op, base, current, (against, currentText, provisionId) => {
    const applied = history.get(provisionId) ?? [];
    const baseText = locateProvision(base, provisionId)?.provision.text;
    if (against !== baseText && !(applied.length === 0 && against === currentText)) return undefined;
    return applied;
  });
  if (outcome.status === 'conflict') {
    const { key, params, message } = outcome;
    return failure({ code: 'conflict', key, params, message, amendmentId: id });
  }
  const rebased = outcome.op;
  const words = isWordOperation(rebased) ? rebased : rebased.kind === 'move' ? rewordingOf(rebased) : undefined;
  let edits: TokenEdit[] | undefined;
  if (words !== undefined) {
    const before = locateProvision(current, words.provisionId)?.provision.text ?? '';
    const made = wordEdits(words, before);
    if (!made.ok) return failure({ ...citedIn(current, made.refusal), amendmentId: id });
    edits = made.value;
  }
  const applied = applyAmendment(current, rebased);
  if (!applied.ok) return failure({ ...applied.refusal, amendmentId: id });
  if (words !== undefined && edits !== undefined) history.set(words.provisionId, [...(history.get(words.provisionId) ?? []), edits]);
  return applied;
}

/**
 * The edits made to a provision since the wording an amendment was proposed against,
 * each list in the coordinates left by the one before; undefined when they are unknown.
 */
type EditsSince = (against: string, currentText: string, provisionId: string) => readonly (readonly TokenEdit[])[] | undefined;

function transform(op: AmendmentOperation, base: ResolutionDocument, current: ResolutionDocument, editsSince: EditsSince): RebaseOutcome {
  if (isWordOperation(op)) return transformWords(op, base, current, editsSince);
  switch (op.kind) {
    case 'add': {
      if (locateProvision(current, op.newId) !== undefined)
        return conflict('id-taken', 'amendment.rebase.provisionExists', { provision: cite(current, op.newId) });
      const taken = (op.footnotes ?? []).find((footnote) => footnoteExists(current, footnote.id));
      if (taken !== undefined) return conflict('id-taken', 'amendment.rebase.footnoteExists');
      return anchorStillThere(op, base, current);
    }
    case 'move': {
      if (locateProvision(current, op.provisionId) === undefined)
        return conflict('target-gone', 'amendment.rebase.provisionGone', { provision: cite(base, op.provisionId) });
      const rewording = rewordingOf(op);
      if (rewording === undefined) return anchorStillThere(op, base, current);
      const words = transformWords(rewording, base, current, editsSince);
      if (words.status === 'conflict') return words;
      return anchorStillThere(rewordedMove(op.provisionId, op.position, words.op as ModifyWords | ModifyText), base, current);
    }
    case 'suppress':
      if (locateProvision(current, op.provisionId) === undefined)
        return conflict('target-gone', 'amendment.rebase.provisionGone', { provision: cite(base, op.provisionId) });
      return rebased(op);
    case 'addSection': {
      if (locateSection(current, op.sectionId) !== undefined)
        return conflict('id-taken', 'amendment.rebase.sectionExists', { section: cite(current, op.sectionId) });
      if ('atEndOfPart' in op.position) return rebased(op);
      const anchor = 'beforeSection' in op.position ? op.position.beforeSection : op.position.afterSection;
      return locateSection(current, anchor) === undefined
        ? conflict('anchor-gone', 'amendment.rebase.sectionGone', { section: cite(base, anchor) })
        : rebased(op);
    }
    case 'changeHeading': {
      const now = locateSection(current, op.sectionId);
      if (now === undefined) return conflict('target-gone', 'amendment.rebase.sectionGone', { section: cite(base, op.sectionId) });
      const then = locateSection(base, op.sectionId);
      if (then !== undefined && then.section.heading !== now.section.heading) {
        return conflict('changed-meanwhile', 'amendment.rebase.headingChanged', { section: cite(base, op.sectionId) });
      }
      return rebased(op);
    }
    case 'addFootnote':
      if (locateProvision(current, op.provisionId) === undefined)
        return conflict('target-gone', 'amendment.rebase.provisionGone', { provision: cite(base, op.provisionId) });
      if (footnoteExists(current, op.footnoteId)) return conflict('id-taken', 'amendment.rebase.footnoteExists');
      if (
        op.before !== undefined &&
        !locateProvision(current, op.provisionId)?.provision.footnotes.some((footnote) => footnote.id === op.before)
      ) {
        return conflict('anchor-gone', 'amendment.rebase.footnoteGone', { provision: cite(current, op.provisionId) });
      }
      return rebased(op);
    case 'changeFootnote': {
      const now = locateProvision(current, op.provisionId)?.provision.footnotes.find((footnote) => footnote.id === op.footnoteId);
      if (now === undefined) return conflict('target-gone', 'amendment.rebase.footnoteGone', { provision: cite(current, op.provisionId) });
      const then = locateProvision(base, op.provisionId)?.provision.footnotes.find((footnote) => footnote.id === op.footnoteId);
      if (then !== undefined && then.text !== now.text)
        return conflict('changed-meanwhile', 'amendment.rebase.footnoteChanged', { provision: cite(current, op.provisionId) });
      return rebased(op);
    }
    case 'suppressFootnote': {
      const now = locateProvision(current, op.provisionId)?.provision.footnotes.find((footnote) => footnote.id === op.footnoteId);
      if (now === undefined) return conflict('target-gone', 'amendment.rebase.footnoteGone', { provision: cite(current, op.provisionId) });
      return rebased(op);
    }
    case 'changeTitle':
      return base.title === current.title ? rebased(op) : conflict('changed-meanwhile', 'amendment.rebase.titleChanged');
    case 'suppressSection': {
      const now = locateSection(current, op.sectionId);
      if (now === undefined) return conflict('target-gone', 'amendment.rebase.sectionGone', { section: cite(base, op.sectionId) });
      const then = locateSection(base, op.sectionId);
      // Suppressing a section takes what stands under it: a provision placed there meanwhile was not seen by the proposer.
      const ids = (provisions: readonly { id: string }[]) => provisions.map((provision) => provision.id).join('\u0000');
      if (then !== undefined && ids(then.section.provisions) !== ids(now.section.provisions)) {
        return conflict('changed-meanwhile', 'amendment.rebase.sectionProvisionsChanged', { section: cite(base, op.sectionId) });
      }
      return rebased(op);
    }
  }
}

function transformWords(op: WordOperation, base: ResolutionDocument, current: ResolutionDocument, editsSince: EditsSince): RebaseOutcome {
  const now = locateProvision(current, op.provisionId);
  if (now === undefined) return conflict('target-gone', 'amendment.rebase.provisionGone', { provision: cite(base, op.provisionId) });
  const against = proposedAgainst(op) ?? locateProvision(base, op.provisionId)?.provision.text;
  if (against === undefined) return conflict('invalid-amendment', 'amendment.rebase.notInBase');
  const currentText = now.provision.text;
  const againstTokens = new TokenizedText(against);
  const edits = wordEdits(op, against, againstTokens);
  if (!edits.ok) return conflictOf('invalid-amendment', citedIn(base, edits.refusal));
  const history = editsSince(against, currentText, op.provisionId);
  if (history === undefined)
    return conflict('changed-meanwhile', 'amendment.rebase.otherWording', { provision: cite(current, op.provisionId) });
  if (history.length === 0 && against === currentText) return rebased(op);

  let mapped: readonly TokenEdit[] = edits.value;
  for (const applied of history) {
    const carried = mapEditsThrough(mapped, applied);
    if (!carried.ok) {
      return conflict('overlapping-words', 'amendment.rebase.wordsChanged', { provision: cite(current, op.provisionId) });
    }
    mapped = carried.value;
  }
  if (op.kind === 'offerAlternatives') {
    const [edit] = mapped;
    return rebased({ ...op, baseText: currentText, from: edit.from, to: edit.to });
  }
  if (op.kind === 'settleBrackets') {
    const group = bracketGroups(againstTokens.texts())[op.bracketIndex];
    let range: readonly TokenEdit[] = [{ from: group.from, to: group.to, text: '' }];
    for (const applied of history) {
      const carried = mapEditsThrough(range, applied);
      if (!carried.ok)
        return conflict('overlapping-words', 'amendment.rebase.bracketsChanged', { provision: cite(current, op.provisionId) });
      range = carried.value;
    }
    const index = bracketGroups(tokenTexts(currentText)).findIndex((found) => found.from === range[0].from && found.to === range[0].to);
    if (index < 0) return conflict('overlapping-words', 'amendment.rebase.bracketsChanged', { provision: cite(current, op.provisionId) });
    return rebased({ ...op, bracketIndex: index });
  }
  return rebased({ kind: 'modify', provisionId: op.provisionId, baseText: currentText, replacements: mapped });
}

function anchorStillThere(op: AddProvision | MoveProvision, base: ResolutionDocument, current: ResolutionDocument): RebaseOutcome {
  if ('atEndOf' in op.position) {
    return locateSection(current, op.position.atEndOf) === undefined
      ? conflict('anchor-gone', 'amendment.rebase.sectionGone', { section: cite(base, op.position.atEndOf) })
      : rebased(op);
  }
  const anchor = anchorOf(op.position) as string;
  return locateProvision(current, anchor) === undefined
    ? conflict('anchor-gone', 'amendment.rebase.provisionGone', { provision: cite(base, anchor) })
    : rebased(op);
}

function rebased(op: AmendmentOperation): RebaseOutcome {
  return { status: 'rebased', op };
}

function conflict(reason: RebaseConflictReason, key: AmendmentRefusalKey, params: AmendmentRefusalParams = {}): RebaseOutcome {
  return { status: 'conflict', reason, key, params, message: amendmentRefusalMessageEn(key, params) };
}

/** A conflict that is the text engine's refusal of the amendment carried over. */
function conflictOf(reason: RebaseConflictReason, refused: AmendmentRefusal): RebaseOutcome {
  return { status: 'conflict', reason, key: refused.key, params: refused.params, message: refused.message };
}

/** A provision or section as printed in a text; as "the provision" when the text holds no such thing. */
function cite(document: ResolutionDocument, id: string): string {
  return citeProvision(document, id) ?? UNCITED_PROVISION;
}
