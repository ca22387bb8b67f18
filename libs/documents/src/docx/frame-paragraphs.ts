/** Cover and closing lines as paragraphs, each in its layout. */
import type { Paragraph, ParagraphChild } from 'docx';
import { ADOPTION_LAYOUT, ADOPTION_STYLE, COVER_LAYOUT, TITLE_LAYOUT, TITLE_STYLE } from './layout';
import type { FrameLineKind } from './cover';
import type { RunStyle, RunWriter, TrackedChange } from './runs';

export function frameStyle(kind: FrameLineKind): RunStyle {
  return kind === 'title' ? TITLE_STYLE : kind === 'adoption' ? ADOPTION_STYLE : {};
}

export function frameParagraph(
  writer: RunWriter,
  kind: FrameLineKind,
  children: readonly ParagraphChild[],
  mark?: TrackedChange,
): Paragraph {
  const layout = kind === 'title' ? TITLE_LAYOUT : kind === 'adoption' ? ADOPTION_LAYOUT : COVER_LAYOUT;
  return writer.paragraph(children, layout, mark);
}
