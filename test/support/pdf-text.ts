import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's pdftotext extracts it (Debian's poppler-utils). */
export function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Arabic letters only, in a form both a text and its extraction from PDF reach: the
 * extraction loses the order of combining marks (so marks go), puts spaces inside words
 * where marks stand (so spaces go), and gives the lam-alef ligature back with its two
 * letters swapped, which no rewriting can undo without knowing where the ligatures were
 * (so lam and the alefs go). The other letters, in their order, are what is compared.
 */
export function arabicLetters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\u0621-\u064a]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0627\u0644]/gu, '');
}

/** The words of a text (Arabic letters only, as above) that are not found in order in the extraction: none when the PDF holds every word in order. */
export function arabicWordsMissingInOrder(text: string, extracted: string): string[] {
  const haystack = arabicLetters(extracted);
  const missing: string[] = [];
  let from = 0;
  for (const word of text.split(/\s+/u).map(arabicLetters).filter(Boolean)) {
    const at = haystack.indexOf(word, from);
    if (at < 0) missing.push(word);
    else from = at + word.length;
  }
  return missing;
}

/** The text an HTML page shows: without its head, styles and tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/u, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/gu, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string);
}
