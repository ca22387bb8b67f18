import { AmendmentOperation, ResolutionDocument, locateProvision, tokenTexts } from '#libs/text';

/*
 * What a stakeholder does in the amendment editor, made into an operation of the text
 * engine: words selected in a provision and replaced (MOD) or offered as bracketed
 * alternatives, a provision suppressed (SUP), a new one added before or after another or at
 * the end of its section (ADD). A selection is snapped to whole tokens as the engine splits
 * them, so that a half-selected word is taken whole.
 */

export const DRAFT_ACTIONS = ['modify', 'alternatives', 'suppress', 'add-before', 'add-after', 'add-end'] as const;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

export function isDraftAction(value: unknown): value is DraftAction {
  return typeof value === 'string' && (DRAFT_ACTIONS as readonly string[]).includes(value);
}

/** The editor's fields, as the form sends them. */
export interface DraftInput {
  readonly action: DraftAction;
  readonly provisionId: string;
  /** The words to change, as selected or typed. */
  readonly words?: string;
  /** Where the selection stood in the provision's text (character offsets), when the browser told. */
  readonly selectionStart?: number;
  readonly selectionEnd?: number;
  /** modify: the words that take their place (empty to strike them). */
  readonly newWords?: string;
  /** alternatives: the bracketed alternatives, in order. */
  readonly alternatives?: readonly string[];
  /** add: the wording of the new provision. */
  readonly newText?: string;
}

export type DraftError =
  'unknown-provision' | 'no-words' | 'words-not-found' | 'words-ambiguous' | 'no-change' | 'no-text' | 'too-few-alternatives';

export type DraftResult =
  | { readonly ok: true; readonly operation: AmendmentOperation }
  | { readonly ok: false; readonly error: DraftError; readonly count?: number };

/** Tokens `from` (inclusive) to `to` (exclusive) of a text. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** The tokens a character range touches, without spaces at either end; undefined when it touches only spaces. */
export function tokenRangeOf(text: string, start: number, end: number): TokenRange | undefined {
  const tokens = tokenTexts(text);
  let from = -1;
  let to = -1;
  let offset = 0;
  tokens.forEach((token, i) => {
    const tokenEnd = offset + token.length;
    if (tokenEnd > start && offset < end && token.trim() !== '') {
      if (from < 0) from = i;
      to = i + 1;
    }
    offset = tokenEnd;
  });
  return from < 0 ? undefined : { from, to };
}

/**
 * The tokens the words name: the selection when it spells them, else their one occurrence
 * in the text. Words that occur more than once must be selected, not typed.
 */
export function locateWords(
  text: string,
  words: string,
  selection?: { start?: number; end?: number },
): { ok: true; range: TokenRange } | { ok: false; error: 'no-words' | 'words-not-found' | 'words-ambiguous'; count?: number } {
  const wanted = words.normalize('NFC').trim();
  if (wanted === '') return { ok: false, error: 'no-words' };
  const { start, end } = selection ?? {};
  if (
    start !== undefined &&
    end !== undefined &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    text.slice(start, end).trim() === wanted
  ) {
    const range = tokenRangeOf(text, start, end);
    if (range) return { ok: true, range };
  }
  const found: number[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) found.push(at);
  if (found.length === 0) return { ok: false, error: 'words-not-found' };
  if (found.length > 1) return { ok: false, error: 'words-ambiguous', count: found.length };
  const range = tokenRangeOf(text, found[0], found[0] + wanted.length);
  return range ? { ok: true, range } : { ok: false, error: 'no-words' };
}

/** A provision's new wording when tokens `from`..`to` give way to `replacement`; striking words between two spaces keeps one. */
export function replaceTokens(text: string, range: TokenRange, replacement: string): string {
  const tokens = tokenTexts(text);
  let { to } = range;
  if (replacement === '' && range.from > 0 && tokens[range.from - 1].trim() === '' && to < tokens.length && tokens[to].trim() === '') to++;
  return tokens.slice(0, range.from).join('') + replacement + tokens.slice(to).join('');
}

/** One line of a text field: line breaks a text area adds become spaces. */
export function oneLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .trim();
}

/** The operation the editor describes, against `doc` (the version amendments are drafted on). */
export function draftOperation(doc: ResolutionDocument, input: DraftInput, newId: () => string): DraftResult {
  const located = locateProvision(doc, input.provisionId);
  if (!located) return { ok: false, error: 'unknown-provision' };
  const text = located.provision.text;
  const provisionId = input.provisionId;
  switch (input.action) {
    case 'modify': {
      const words = locateWords(text, input.words ?? '', { start: input.selectionStart, end: input.selectionEnd });
      if (!words.ok) return words;
      const newText = replaceTokens(text, words.range, oneLine(input.newWords ?? ''));
      if (newText === text) return { ok: false, error: 'no-change' };
      return { ok: true, operation: { kind: 'modify', provisionId, oldText: text, newText } };
    }
    case 'alternatives': {
      const words = locateWords(text, input.words ?? '', { start: input.selectionStart, end: input.selectionEnd });
      if (!words.ok) return words;
      const alternatives = (input.alternatives ?? []).map(oneLine).filter((alternative) => alternative !== '');
      if (alternatives.length < 2) return { ok: false, error: 'too-few-alternatives' };
      return {
        ok: true,
        operation: { kind: 'offerAlternatives', provisionId, baseText: text, from: words.range.from, to: words.range.to, alternatives },
      };
    }
    case 'suppress':
      return { ok: true, operation: { kind: 'suppress', provisionId } };
    case 'add-before':
    case 'add-after':
    case 'add-end': {
      const newText = oneLine(input.newText ?? '');
      if (newText === '') return { ok: false, error: 'no-text' };
      const section = doc[located.container.part][located.container.sectionIndex];
      const position =
        input.action === 'add-before'
          ? { before: provisionId }
          : input.action === 'add-after'
            ? { after: provisionId }
            : { atEndOf: section.id };
      return { ok: true, operation: { kind: 'add', newId: newId(), position, text: newText } };
    }
  }
}
