/**
 * A line of the text (cover line, heading, provision, footnote) as Word runs, in one of
 * three forms: clean; tracked (words added or struck as `w:ins` / `w:del`, attributed); or
 * printed the body's way (added words underlined, struck words struck through).
 */
import type { ParagraphChild } from 'docx';
import type { WordSegment } from '#libs/text';
import { AnchoredMark, placeMarks } from './anchors';
import { RevisionAuthorship, RunStyle, RunWriter, TrackedChange } from './runs';

export type Form = 'clean' | 'tracked' | 'printed';

/** How a line is drawn: its form, who changed it, and whether the whole line is added or struck. */
export interface LineContext {
  readonly form: Form;
  readonly by: RevisionAuthorship;
  readonly whole?: 'insert' | 'delete';
  readonly style?: RunStyle;
}

/** A footnote reference to set among the words, with its own change (a footnote added or deleted with the words kept). */
export interface FootnoteMark {
  readonly footnoteId: number;
  readonly kind?: 'insert' | 'delete';
}

type Kind = WordSegment['kind'];

function effectiveKind(kind: Kind, context: LineContext): Kind {
  return context.whole ?? kind;
}

function changeOf(kind: Kind, context: LineContext): TrackedChange | undefined {
  if (context.form !== 'tracked') return undefined;
  const effective = effectiveKind(kind, context);
  return effective === 'equal' ? undefined : { kind: effective, by: context.by };
}

function styleOf(kind: Kind, context: LineContext): RunStyle {
  const base = context.style ?? {};
  if (context.form !== 'printed') return base;
  const effective = effectiveKind(kind, context);
  return effective === 'insert' ? { ...base, underline: true } : effective === 'delete' ? { ...base, strike: true } : base;
}

/** Runs of a list of segments, with footnote references at their anchors. */
export function segmentRuns(
  writer: RunWriter,
  segments: readonly WordSegment[],
  context: LineContext,
  marks: readonly AnchoredMark<FootnoteMark>[] = [],
): ParagraphChild[] {
  return placeMarks(segments, marks).map((piece) => {
    if (piece.kind === 'words')
      return writer.text(piece.segment.text, styleOf(piece.segment.kind, context), changeOf(piece.segment.kind, context));
    const kind = piece.mark.kind ?? 'equal';
    return writer.footnoteReference(piece.mark.footnoteId, styleOf(kind, { ...context, style: {} }), changeOf(kind, context));
  });
}

/** A label, the tab after it, then the words: the tab is added or struck with the label when only one version has one. */
export function labelledRuns(
  writer: RunWriter,
  label: readonly WordSegment[],
  words: readonly WordSegment[],
  context: LineContext,
  marks: readonly AnchoredMark<FootnoteMark>[] = [],
): ParagraphChild[] {
  const before = label.filter((s) => s.kind !== 'insert').length > 0;
  const after = label.filter((s) => s.kind !== 'delete').length > 0;
  const tabKind: Kind | undefined = before && after ? 'equal' : after ? 'insert' : before ? 'delete' : undefined;
  return [
    ...segmentRuns(writer, label, context),
    ...(tabKind === undefined ? [] : [writer.tab(styleOf(tabKind, context), changeOf(tabKind, context))]),
    ...segmentRuns(writer, words, context, marks),
  ];
}

/** The tracked change of a paragraph's own mark: added when only the later version has the paragraph, deleted when only the earlier. */
export function paragraphMark(presentBefore: boolean, presentAfter: boolean, context: LineContext): TrackedChange | undefined {
  if (context.form !== 'tracked' || presentBefore === presentAfter) return undefined;
  return { kind: presentAfter ? 'insert' : 'delete', by: context.by };
}

/** A wording that did not change, as one segment (none when empty). */
export function unchanged(text: string): WordSegment[] {
  return text === '' ? [] : [{ kind: 'equal', text }];
}
