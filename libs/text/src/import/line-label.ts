/** Finding the label a line opens with, if any. */
import type { LabelHint, ParsedLabel } from '../labels';
import { parseLabel } from '../labels';

export interface LabelledLine {
  /** The label as printed, trimmed; empty when the line has none. */
  readonly raw: string;
  /** The line after the label (after the tab that follows it). */
  readonly rest: string;
  /** True when the line opened with a tab and no label: a list item whose marker was lost. */
  readonly tabLed: boolean;
}

const MAX_LABEL_CHARS = 12;

// Labels written without a tab after them: "(a) ", "a) ", "أ ) ", "1. ", "1 - ", "'1' ", "- ", "• ".
const spacedLabelForms: readonly RegExp[] = [
  /^(\(\s*[^\s()]{1,5}\s*\))\s+(.*)$/u,
  /^([^\s()]{1,6}\s?\))\s*(.*)$/u,
  /^(\d{1,3}\s?[.\-–])\s+(.*)$/u,
  /^(['’‘]\d{1,3}['’‘])\s*(.*)$/u,
  /^([-–—•▪◦●])\s+(.*)$/u,
];

/**
 * Splits a line into the printed label candidate and the text after it. The seeds put a
 * tab after every label, so the text before the first tab is the candidate; clean text
 * written by hand may use a space instead.
 */
export function splitLabel(line: string): LabelledLine {
  const tab = line.indexOf('\t');
  if (tab >= 0) {
    const prefix = line.slice(0, tab).trim();
    const rest = line.slice(tab + 1);
    if (prefix === '') return { raw: '', rest, tabLed: true };
    if (prefix.length <= MAX_LABEL_CHARS && parseLabel(prefix) !== undefined) return { raw: prefix, rest, tabLed: false };
  }
  const flat = line.replace(/\t/gu, ' ').trim();
  for (const form of spacedLabelForms) {
    const m = form.exec(flat);
    if (m && parseLabel(m[1]) !== undefined) return { raw: m[1].trim(), rest: m[2], tabLed: false };
  }
  return { raw: '', rest: line, tabLed: false };
}

/** Reads a printed label with what is expected at a place. */
export function readLabel(raw: string, hint: LabelHint): ParsedLabel | undefined {
  return raw === '' ? undefined : parseLabel(raw, hint);
}
