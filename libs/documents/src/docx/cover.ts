/**
 * The lines around the text, in the order the clean text prints them: the cover (symbol,
 * date, original language, submitters, title and adoption, contribution fields, prose)
 * before it, and a UN General Assembly resolution's meeting and date after it.
 */
import { ResolutionDocument, TITLE_BREAK, coverBlocks, languageProfile } from '#libs/text';

export type FrameLineKind = 'cover' | 'title' | 'adoption' | 'closing';

export interface FrameLine {
  readonly kind: FrameLineKind;
  readonly text: string;
}

/**
 * An empty paragraph where the clean text leaves a blank line: between the cover's blocks, after
 * the cover, before the closing lines. The importer reads the cover's fields by these blocks, so
 * a text read back from Word keeps its title, summary and other fields apart.
 */
export const BLANK_LINE = '';

/** The cover lines, each block followed by a blank line; the title's designation and subject set as the title, the ITU adoption line under it. */
export function coverLines(doc: ResolutionDocument): FrameLine[] {
  const breakAt = doc.title.indexOf(TITLE_BREAK);
  const titleParts = new Set(breakAt >= 0 ? [doc.title.slice(0, breakAt), doc.title.slice(breakAt + TITLE_BREAK.length)] : [doc.title]);
  const adoption = doc.style === 'itu' && doc.metadata.adoption ? `(${doc.metadata.adoption})` : undefined;
  const blocks = coverBlocks(doc, languageProfile(doc.language));
  const titleBlock = blocks.findIndex((block) => block.some((line) => titleParts.has(line)));
  return blocks.flatMap((block, index) => [
    ...block.map((text): FrameLine => {
      if (index !== titleBlock) return { kind: 'cover', text };
      if (text === adoption) return { kind: 'adoption', text };
      return { kind: titleParts.has(text) ? 'title' : 'cover', text };
    }),
    { kind: 'cover', text: BLANK_LINE },
  ]);
}

/** A UN General Assembly resolution ends with its plenary meeting and date. */
export function closingLines(doc: ResolutionDocument): FrameLine[] {
  if (doc.style !== 'unga' || !doc.metadata.adoption) return [];
  return [BLANK_LINE, ...doc.metadata.adoption.split('\n')].map((text) => ({ kind: 'closing', text }));
}
