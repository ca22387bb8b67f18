import { textProblem } from '#libs/runtime';

/** As much as the API's derived-proposal endpoint takes. */
export const MAX_SOURCE_CHARACTERS = 500_000;

/**
 * A whole text edited in the page's text area, as the API's input policy takes it (bidi
 * controls, invisible format and control characters refused, naming the character) and
 * normalised as the API normalises it (NFC, trimmed); text areas post CRLF line ends.
 */
export function editedSource(posted: string): { readonly source: string } | { readonly problem: string } {
  const lines = posted.replace(/\r\n?/gu, '\n');
  const problem = textProblem(lines);
  if (problem) return { problem };
  const source = lines.normalize('NFC').trim();
  if (source === '') return { problem: 'empty' };
  if (source.length > MAX_SOURCE_CHARACTERS) return { problem: 'too-long' };
  return { source };
}
