/**
 * The body's layout, as paragraph options: centred title lines, the adoption line, headings
 * in italics, provisions with their label hanging in the margin of the text (one step in
 * per level), UN General Assembly preambular paragraphs with a first-line indent.
 */
import { AlignmentType, IParagraphOptions, TabStopType } from 'docx';
import type { RunStyle } from './runs';

type ParagraphLayout = Omit<IParagraphOptions, 'children' | 'run'>;

/** One indentation step: 1 cm in twentieths of a point. */
const STEP = 567;
const SPACE_BEFORE = 120;

export const TITLE_LAYOUT: ParagraphLayout = { alignment: AlignmentType.CENTER, spacing: { before: 240 }, keepNext: true };
export const TITLE_STYLE: RunStyle = { bold: true };
export const ADOPTION_LAYOUT: ParagraphLayout = { alignment: AlignmentType.CENTER, keepNext: true };
export const ADOPTION_STYLE: RunStyle = { italics: true };
export const COVER_LAYOUT: ParagraphLayout = { spacing: { before: 60 } };
export const BODY_LAYOUT: ParagraphLayout = { spacing: { before: 240 }, keepNext: true };
export const HEADING_LAYOUT: ParagraphLayout = { spacing: { before: 240 }, keepNext: true };
export const HEADING_STYLE: RunStyle = { italics: true };
/** The ITU's MOD / ADD / SUP, bold, standing out in the margin before the text it marks. */
export const TAG_LAYOUT: ParagraphLayout = { indent: { start: -STEP * 2 }, spacing: { before: SPACE_BEFORE }, keepNext: true };
export const TAG_STYLE: RunStyle = { bold: true };
export const REASONS_LAYOUT: ParagraphLayout = { spacing: { before: SPACE_BEFORE }, indent: { start: STEP } };

/** A provision at a depth (0 for the items of a section): the label hangs, the text starts one step in. */
export function provisionLayout(depth: number, labelled: boolean, unlabelledIndent = false): ParagraphLayout {
  const start = STEP * (depth + 1);
  if (labelled)
    return { spacing: { before: SPACE_BEFORE }, indent: { start, hanging: STEP }, tabStops: [{ type: TabStopType.LEFT, position: start }] };
  // A UN General Assembly preambular paragraph opens with a first-line indent; a lone ITU item stands flush.
  return {
    spacing: { before: SPACE_BEFORE },
    indent: unlabelledIndent ? { start: STEP * depth, firstLine: STEP } : { start: STEP * depth },
  };
}
