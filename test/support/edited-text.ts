import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The English excerpt of Council Resolution 1334 (Modified 2023) as extracted from the
 * Council's word file (bookmarks, tabs, a superscript footnote, an inline footnote body over
 * two lines, a page break mid-sentence), the copy beside the importer.
 */
export function res1334ExcerptSource(): string {
  return readFileSync(join(__dirname, '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8');
}

/** Replaces one line of the source that starts with `start`, or fails naming it. */
function replaceLine(source: string, start: string, replacement: (line: string) => string): string {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starting "${start}" in the source`);
  lines[index] = replacement(lines[index]);
  return lines.join('\n');
}

/**
 * The excerpt as a delegation sends it back, edited in its word processor: a word changed
 * mid-sentence ("actively" → "fully"), a paragraph added between the two items of "encourages
 * Member States to" (the second renumbered), the second item of "recalling" deleted (the third
 * relettered), and a footnote added at the end of the second item of "resolves to instruct" (a
 * sentence broken by the page).
 */
export function editedRes1334ExcerptSource(): string {
  let source = res1334ExcerptSource();
  source = replaceLine(source, '2\tparticipate actively', (line) => line.replace('participate actively', 'participate fully'));
  source = replaceLine(
    source,
    '2\tparticipate fully',
    (line) => `2\tshare their national experience in implementing the WSIS action lines with the Council Working Group;\n3${line.slice(1)}`,
  );
  source = replaceLine(source, 'b)\tResolution 140', () => '\u0000');
  source = source.replace('\u0000\n', '');
  source = replaceLine(source, '[bookmark: _Toc408328150]c)', (line) => line.replace('c)', 'b)'));
  source = replaceLine(source, 'consultation process, within the framework', (line) =>
    line.replace('in 2025;', 'in 2025;[footnoteRef:3]3'),
  );
  return `${source.trimEnd()}\n[3: 3\tThe WSIS+20 High-Level Event was held in Geneva in July 2025.]\n`;
}
