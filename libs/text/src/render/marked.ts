import { DocumentDiff } from '../diff/document-diff';
import { HtmlOptions } from './html';
import { renderMarkedHtml } from './marked-html';
import { renderMarkedPlainText } from './marked-text';

export type MarkedTextFormat = 'text' | 'html';

/**
 * A revision as the secretariats publish it: a version against its base, word by word.
 * `text` follows the convention documented in marked-text.ts; `html` uses `<ins>` and `<del>`.
 */
export function renderMarkedText(diff: DocumentDiff, format: MarkedTextFormat, options: HtmlOptions = {}): string {
  return format === 'html' ? renderMarkedHtml(diff, options) : renderMarkedPlainText(diff);
}
