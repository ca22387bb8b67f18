const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values: document text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ENTITIES[char]);
}

/** The writing direction of a language's script. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Styles the HTML renderers rely on. Insertions are underlined and deletions struck
 * through (not told apart by colour alone), and the "inserted:" / "deleted:" words read
 * by screen readers are hidden from sight.
 */
export const TEXT_HTML_CSS = `
body { font-family: "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "DejaVu Serif", "DejaVu Sans", serif; line-height: 1.5; margin: 1.5rem; }
ins { text-decoration: underline; }
del { text-decoration: line-through; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
ol.provisions, ol.footnotes { list-style: none; }
.tag { font-family: monospace; font-weight: bold; margin-inline-end: 0.5em; }
.label { margin-inline-end: 0.5em; }
.note { font-style: italic; }
.heading { font-size: 1em; font-style: italic; font-weight: normal; }
.heading:lang(ar), .note:lang(ar) { font-style: normal; font-weight: bold; }
h1.title { font-size: 1.25em; text-align: center; }
.adoption { text-align: center; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; }
  a { color: inherit; text-decoration: none; }
  .heading, h1.title { break-after: avoid; }
  li.provision { break-inside: avoid-page; }
  .footnotes { font-size: 0.85em; border-block-start: 1px solid #999; }
}
`.trim();

/** A whole HTML page around a fragment, with the styles and the document's language and direction. */
export function htmlPage(fragment: string, language: string, title: string): string {
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(language)}" dir="${directionOf(language)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${TEXT_HTML_CSS}\n</style>\n</head>\n<body>\n${fragment}\n</body>\n</html>\n`;
}
