import { Footnote, PartName } from '../model';

/**
 * Where a provision goes, named by the stable ids of its neighbours, never by label:
 * labels change when the text is relettered, ids do not.
 */
export type ProvisionPosition =
  | { readonly before: string }
  | { readonly after: string }
  /** At the end of a section (by section id). */
  | { readonly atEndOf: string }
  /** As the last sub-item of a provision. */
  | { readonly asChildOf: string };

/** Where a new section (a heading with its provisions) goes. */
export type SectionPosition = { readonly beforeSection: string } | { readonly afterSection: string } | { readonly atEndOfPart: PartName };

/** Words replaced in a provision: tokens `from` (inclusive) to `to` (exclusive) of the wording proposed against, as `tokenize` splits it. */
export interface WordReplacement {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** ITU "ADD": a new provision. `newId` is chosen once, by whoever records the amendment. */
export interface AddProvision {
  readonly kind: 'add';
  readonly newId: string;
  readonly position: ProvisionPosition;
  readonly text: string;
  readonly footnotes?: readonly Footnote[];
}

/** ITU "MOD" as word replacements on the wording it was proposed against (`baseText`). */
export interface ModifyWords {
  readonly kind: 'modify';
  readonly provisionId: string;
  readonly baseText: string;
  readonly replacements: readonly WordReplacement[];
}

/** ITU "MOD" given as old and new wording; the word-level replacements are computed. */
export interface ModifyText {
  readonly kind: 'modify';
  readonly provisionId: string;
  readonly oldText: string;
  readonly newText: string;
}

/** A new wording for the whole provision, as a chair's compromise text is. */
export interface ReplaceText {
  readonly kind: 'replaceText';
  readonly provisionId: string;
  readonly text: string;
}

/** ITU "SUP": the provision and its sub-items leave the text. */
export interface SuppressProvision {
  readonly kind: 'suppress';
  readonly provisionId: string;
}

/**
 * ITU "MOVE": the provision, its sub-items with it, goes to another place. It may be
 * reworded on the way — one amendment, a MOD of the moved provision — given as word
 * replacements on the wording proposed against, or as old and new wording, as a MOD is.
 */
export type MoveProvision = PlainMove | RewordedMoveWords | RewordedMoveText;

export interface PlainMove {
  readonly kind: 'move';
  readonly provisionId: string;
  readonly position: ProvisionPosition;
}

/** A move that rewords the provision by word replacements on `baseText`. */
export interface RewordedMoveWords extends PlainMove {
  readonly baseText: string;
  readonly replacements: readonly WordReplacement[];
}

/** A move that rewords the provision from `oldText` to `newText`. */
export interface RewordedMoveText extends PlainMove {
  readonly oldText: string;
  readonly newText: string;
}

export interface AddSection {
  readonly kind: 'addSection';
  readonly part: PartName;
  readonly sectionId: string;
  readonly heading: string;
  readonly position: SectionPosition;
}

export interface ChangeHeading {
  readonly kind: 'changeHeading';
  readonly sectionId: string;
  readonly heading: string;
}

/** A footnote added to a provision: after its other footnotes, or before one of them. */
export interface AddFootnote {
  readonly kind: 'addFootnote';
  readonly provisionId: string;
  readonly footnoteId: string;
  readonly text: string;
  /** Where the marker stands, in words of the provision's text before it; absent: after the last word. */
  readonly anchor?: number;
  /** The footnote of the same provision it comes before (footnotes are numbered in the order they stand). */
  readonly before?: string;
}

/** A footnote's new wording; its marker stays where it stood unless `anchor` moves it. */
export interface ChangeFootnote {
  readonly kind: 'changeFootnote';
  readonly provisionId: string;
  readonly footnoteId: string;
  readonly text: string;
  /** The marker's new place in words before it; `null` puts it after the last word. Absent: unchanged. */
  readonly anchor?: number | null;
}

/** A footnote leaves the text (its marker with it). */
export interface SuppressFootnote {
  readonly kind: 'suppressFootnote';
  readonly provisionId: string;
  readonly footnoteId: string;
}

/** A new title for the document ("Resolution 30 (Rev. Dubai, 2014)" → "(Rev. Buenos Aires, 2017)"). */
export interface ChangeTitle {
  readonly kind: 'changeTitle';
  readonly title: string;
}

/**
 * ITU "SUP" of a whole section: its heading leaves the text with every provision still
 * under it, as a revision strikes a heading together with the items it introduces. A
 * provision meant to survive is moved out first.
 */
export interface SuppressSection {
  readonly kind: 'suppressSection';
  readonly sectionId: string;
}

/**
 * Puts bracketed alternatives ("[open to all stakeholders] [should be intergovernmental]")
 * in place of tokens `from`..`to` of `baseText`; they stay until the chair settles them.
 */
export interface OfferAlternatives {
  readonly kind: 'offerAlternatives';
  readonly provisionId: string;
  readonly baseText: string;
  readonly from: number;
  readonly to: number;
  readonly alternatives: readonly string[];
}

/** The chair's ruling on a bracket group: keep one alternative (0-based) or none, and drop the brackets. */
export interface SettleBrackets {
  readonly kind: 'settleBrackets';
  readonly provisionId: string;
  /** 0-based among the provision's unsettled bracket groups. */
  readonly bracketIndex: number;
  readonly choice: number | 'none';
}

export type AmendmentOperation =
  | AddProvision
  | ModifyWords
  | ModifyText
  | ReplaceText
  | SuppressProvision
  | MoveProvision
  | AddSection
  | ChangeHeading
  | AddFootnote
  | ChangeFootnote
  | SuppressFootnote
  | ChangeTitle
  | SuppressSection
  | OfferAlternatives
  | SettleBrackets;

/** An amendment with the id it is recorded under, for conflict detection and merging. */
export interface IdentifiedAmendment {
  readonly id: string;
  readonly op: AmendmentOperation;
}

/** The MOD a move carries with it, if it rewords the provision. */
export function rewordingOf(op: MoveProvision): ModifyWords | ModifyText | undefined {
  if ('replacements' in op) return { kind: 'modify', provisionId: op.provisionId, baseText: op.baseText, replacements: op.replacements };
  if ('newText' in op) return { kind: 'modify', provisionId: op.provisionId, oldText: op.oldText, newText: op.newText };
  return undefined;
}

/** A move carrying a MOD's words (or none): the one amendment that moves and rewords a provision. */
export function rewordedMove(provisionId: string, position: ProvisionPosition, rewording?: ModifyWords | ModifyText): MoveProvision {
  if (rewording === undefined) return { kind: 'move', provisionId, position };
  if ('replacements' in rewording)
    return { kind: 'move', provisionId, position, baseText: rewording.baseText, replacements: rewording.replacements };
  return { kind: 'move', provisionId, position, oldText: rewording.oldText, newText: rewording.newText };
}
