/**
 * Normalisation of text extracted from word-processor files: what the people of the field
 * would call "the same words", written one way.
 */

const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/gu;

/**
 * Folds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters. NFKC is
 * applied to those characters only: elsewhere it would also fold superscripts, ligatures
 * and full-width signs that carry meaning.
 */
export function foldPresentationForms(text: string): string {
  if (!presentationForm.test(text)) return text;
  // U+FEFF is also the byte-order mark; NFKC keeps it, so it is dropped here.
  return text.replace(presentationForms, (run) => run.normalize('NFKC').replace(/\uFEFF/gu, ''));
}

// No-break space, the typographic spaces, narrow no-break space, medium mathematical space, ideographic space.
const otherSpaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/** Turns no-break and typographic spaces into plain spaces; tabs are left for the structure reader. */
export function foldSpaces(text: string): string {
  return text.replace(otherSpaces, ' ');
}

/** Turns the non-breaking hyphen (U+2011) and the hyphen (U+2010) into "-" and drops soft hyphens. */
export function foldHyphens(text: string): string {
  return text.replace(/[\u2010\u2011]/gu, '-').replace(/\u00AD/gu, '');
}

/** Collapses tabs and runs of spaces into one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t]+/gu, ' ').trim();
}

const cyrillicLookalikes: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ү: 'Y',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};
const symbolRun = /[\p{Script=Latin}\p{Script=Cyrillic}\d/.\-_+&]+/gu;
const symbolShape = /^\p{Lu}+(\/[\p{L}\d.\-_+]+)+$/u;

/**
 * Replaces Cyrillic letters by their Latin look-alikes inside document symbols and Latin
 * words ("А/70/125" typed with a Cyrillic А): a symbol that looks the same but is spelled
 * differently would not be found, cited or compared as the same symbol.
 */
export function fixSymbolConfusables(text: string): string {
  return text.replace(symbolRun, (run) => {
    const cyrillic = [...run].filter((c) => /\p{Script=Cyrillic}/u.test(c));
    if (cyrillic.length === 0 || !cyrillic.every((c) => c in cyrillicLookalikes)) return run;
    const mixedScript = /\p{Script=Latin}/u.test(run);
    if (!mixedScript && !symbolShape.test(run)) return run;
    return [...run].map((c) => cyrillicLookalikes[c] ?? c).join('');
  });
}

const superscriptDigits: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** A superscript footnote marker as word processors print it: ⁽¹⁾, ⁽¹²⁾. */
export const superscriptMarker = /\u207D([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\u207E/gu;

/** Replaces each superscript footnote marker ⁽ⁿ⁾ by what `replace` makes of its number. */
export function replaceSuperscriptMarkers(text: string, replace: (footnoteNumber: number) => string): string {
  return text.replace(superscriptMarker, (_, digits: string) => replace(Number([...digits].map((d) => superscriptDigits[d]).join(''))));
}

/** The superscript footnote marker for a number: 12 → ⁽¹²⁾. */
export function superscriptMarkerFor(footnoteNumber: number): string {
  const up = Object.fromEntries(Object.entries(superscriptDigits).map(([s, d]) => [d, s]));
  return `\u207D${[...String(footnoteNumber)].map((d) => up[d]).join('')}\u207E`;
}

// Bidi embeddings and overrides, isolates, marks, zero-width spaces and joiners, word joiner,
// invisible operators, byte-order mark, Mongolian vowel separator.
const disguising = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

export interface DisguisingCharacter {
  readonly char: string;
  /** "U+202E" */
  readonly codePoint: string;
  /** Offset in UTF-16 code units from the start of the text. */
  readonly offset: number;
}

/**
 * Finds invisible characters that can make two texts look alike while they differ, or
 * reorder what a reader sees (bidi controls U+202A–U+202E, U+2066–U+2069, zero-width
 * characters): the service's input policy refuses them.
 */
export function findDisguisingCharacters(text: string): DisguisingCharacter[] {
  return [...text.matchAll(disguising)].map((m) => ({
    char: m[0],
    codePoint: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    offset: m.index ?? 0,
  }));
}

/** Removes the characters findDisguisingCharacters reports. */
export function removeDisguisingCharacters(text: string): string {
  return text.replace(disguising, '');
}

/**
 * Normalises one line but keeps its tabs (they separate a label from its text): NFC,
 * presentation forms, spaces, hyphens, symbol confusables, invisible characters.
 */
export function normalizeLine(line: string): string {
  const folded = foldPresentationForms(removeDisguisingCharacters(line)).normalize('NFC');
  return fixSymbolConfusables(foldHyphens(foldSpaces(folded)));
}

/** Normalises a text line by line, collapsing tabs and runs of spaces: the form words are compared in. */
export function normalizeText(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => collapseWhitespace(normalizeLine(line)))
    .join('\n');
}
