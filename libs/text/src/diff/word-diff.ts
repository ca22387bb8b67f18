import { Token, TokenizedText, tokenize } from '../tokenize';
import { diffSequences } from './myers';

/**
 * One piece of a word-level revision: words kept, struck out (`delete`) or added
 * (`insert`). Joining the `equal` and `delete` texts gives the old wording; joining
 * the `equal` and `insert` texts gives the new one, character for character.
 */
export interface WordSegment {
  readonly kind: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/** A word-level alignment over token indexes, for amendments that name words by position. */
export interface TokenChange {
  /** Half-open range of replaced tokens in the old version. */
  readonly from: number;
  readonly to: number;
  /** Half-open range of the replacing tokens in the new version. */
  readonly newFrom: number;
  readonly newTo: number;
}

/** The word-level revision from one wording to another, as the ITU marks a MOD. */
export function diffWords(before: string, after: string): WordSegment[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const { changes, oldTokens, newTokens } = wordChanges(before, after);
  const segments: WordSegment[] = [];
  const add = (kind: WordSegment['kind'], text: string) => {
    if (text !== '') segments.push({ kind, text });
  };
  let i = 0;
  for (const change of changes) {
    add('equal', oldTokens.slice(i, change.from));
    add('delete', oldTokens.slice(change.from, change.to));
    add('insert', newTokens.slice(change.newFrom, change.newTo));
    i = change.to;
  }
  add('equal', oldTokens.rest(i));
  return segments;
}

/**
 * Where two wordings differ, as replaced token ranges grouped so that a reader sees
 * phrases, not single words; with both wordings' tokens.
 */
export function wordChanges(before: string, after: string): { changes: TokenChange[]; oldTokens: TokenizedText; newTokens: TokenizedText } {
  const oldTokens = new TokenizedText(before);
  const newTokens = new TokenizedText(after);
  // Most revisions change a few words of a long provision: the common beginning and end
  // are set aside before the words are folded and aligned.
  const shared = Math.min(before.length, after.length);
  let prefixChars = 0;
  while (prefixChars < shared && before.charCodeAt(prefixChars) === after.charCodeAt(prefixChars)) prefixChars++;
  let suffixChars = 0;
  while (
    suffixChars < shared - prefixChars &&
    before.charCodeAt(before.length - 1 - suffixChars) === after.charCodeAt(after.length - 1 - suffixChars)
  )
    suffixChars++;
  // A token boundary strictly inside the common text is one in both wordings.
  const oldCount = oldTokens.count;
  const newCount = newTokens.count;
  let prefix = 0;
  while (prefix < oldCount && oldTokens.offset(prefix + 1) < prefixChars) prefix++;
  let suffix = 0;
  while (suffix < oldCount - prefix && oldTokens.offset(oldCount - 1 - suffix) > before.length - suffixChars) suffix++;
  if (prefix + suffix > newCount) suffix = newCount - prefix;

  const oldMiddle = tokenize(oldTokens.slice(prefix, oldCount - suffix));
  const newMiddle = tokenize(newTokens.slice(prefix, newCount - suffix));
  const changes = readableChanges(oldMiddle, newMiddle).map((change) => ({
    from: change.from + prefix,
    to: change.to + prefix,
    newFrom: change.newFrom + prefix,
    newTo: change.newTo + prefix,
  }));
  return { changes, oldTokens, newTokens };
}

/** The text before (`equal` + `delete`) of a list of segments. */
export function textBefore(segments: readonly WordSegment[]): string {
  let text = '';
  for (const segment of segments) if (segment.kind !== 'insert') text += segment.text;
  return text;
}

/** The text after (`equal` + `insert`) of a list of segments. */
export function textAfter(segments: readonly WordSegment[]): string {
  let text = '';
  for (const segment of segments) if (segment.kind !== 'delete') text += segment.text;
  return text;
}

function readableChanges(oldTokens: readonly Token[], newTokens: readonly Token[]): TokenChange[] {
  return absorbShortEqualities(oldTokens, alignedChanges(oldTokens, newTokens));
}

/** Aligns on comparison keys; tokens aligned by key but spelled differently count as changed, so both spellings survive. */
function alignedChanges(oldTokens: readonly Token[], newTokens: readonly Token[]): TokenChange[] {
  const ids = new Map<string, number>();
  const intern = (tokens: readonly Token[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i].key;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      out[i] = id;
    }
    return out;
  };
  const runs = diffSequences(intern(oldTokens), intern(newTokens));

  const changes: TokenChange[] = [];
  let i = 0;
  let j = 0;
  let open: { from: number; newFrom: number } | undefined;
  const close = () => {
    if (open !== undefined && (open.from < i || open.newFrom < j))
      changes.push({ from: open.from, to: i, newFrom: open.newFrom, newTo: j });
    open = undefined;
  };
  for (const run of runs) {
    if (run.kind === 'equal') {
      for (let step = 0; step < run.length; step++, i++, j++) {
        if (oldTokens[i].text === newTokens[j].text) close();
        else open ??= { from: i, newFrom: j };
      }
    } else {
      open ??= { from: i, newFrom: j };
      if (run.kind === 'delete') i += run.length;
      else j += run.length;
    }
  }
  close();
  return changes;
}

/**
 * A space or a comma left standing between two changes makes a marked text hard to
 * read ("[-دبي-][+بوينس آيرس+]، [-2014-][+2017+]"); the secretariats strike the
 * whole phrase instead ("[-دبي، 2014-][+بوينس آيرس، 2017+]").
 */
function absorbShortEqualities(oldTokens: readonly Token[], changes: TokenChange[]): TokenChange[] {
  const merged: TokenChange[] = [];
  for (const change of changes) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && onlySpacesAndPunctuation(oldTokens, previous.to, change.from)) {
      merged[merged.length - 1] = { from: previous.from, to: change.to, newFrom: previous.newFrom, newTo: change.newTo };
    } else {
      merged.push(change);
    }
  }
  return merged;
}

function onlySpacesAndPunctuation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].kind === 'word') return false;
  return true;
}
