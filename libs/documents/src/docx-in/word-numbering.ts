import { languageProfile } from '#libs/text';
import { XmlNode } from '../upload-safety';
import { attributesOf, childrenOf, findChild, tagOf } from './word-paragraphs';

interface LevelFormat {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

/** The list definitions of `word/numbering.xml`: each list's levels, by `w:numId`. */
export type NumberingDefinitions = ReadonlyMap<string, ReadonlyMap<number, LevelFormat>>;

/** Word's `arabicAlpha`: the Arabic letters in alphabetical order (the abjad order, Word's `arabicAbjad`, is the Arabic profile's). */
const ALPHABETICAL = [
  'أ',
  'ب',
  'ت',
  'ث',
  'ج',
  'ح',
  'خ',
  'د',
  'ذ',
  'ر',
  'ز',
  'س',
  'ش',
  'ص',
  'ض',
  'ط',
  'ظ',
  'ع',
  'غ',
  'ف',
  'ق',
  'ك',
  'ل',
  'م',
  'ن',
  'هـ',
  'و',
  'ي',
];

export function readNumbering(numbering: XmlNode[] | undefined): NumberingDefinitions {
  const root = numbering?.find((node) => tagOf(node) === 'w:numbering');
  if (!root) return new Map();
  const abstracts = new Map<string, Map<number, LevelFormat>>();
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w:abstractNum') continue;
    const levels = new Map<number, LevelFormat>();
    for (const level of childrenOf(node)) {
      if (tagOf(level) !== 'w:lvl') continue;
      const value = (tag: string) => {
        const child = findChild(level, tag);
        return child ? attributesOf(child)['w:val'] : undefined;
      };
      levels.set(Number(attributesOf(level)['w:ilvl'] ?? 0), {
        start: Number(value('w:start') ?? 1),
        format: value('w:numFmt') ?? 'decimal',
        text: value('w:lvlText') ?? '',
      });
    }
    abstracts.set(attributesOf(node)['w:abstractNumId'] ?? '', levels);
  }
  const lists = new Map<string, ReadonlyMap<number, LevelFormat>>();
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w:num') continue;
    const abstract = findChild(node, 'w:abstractNumId');
    const levels = abstract && abstracts.get(attributesOf(abstract)['w:val'] ?? '');
    if (levels) lists.set(attributesOf(node)['w:numId'] ?? '', levels);
  }
  return lists;
}

/** Counts numbered paragraphs as Word does and prints each one's label ("a)", "1", "'1'"). */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The label of the next paragraph of this list at this level; undefined when the list is not defined. */
  next(numId: string, level: number): string | undefined {
    const levels = this.definitions.get(numId);
    const format = levels?.get(level);
    if (!levels || !format) return undefined;
    const counts = this.counters.get(numId) ?? [];
    counts[level] = counts[level] === undefined ? format.start : counts[level] + 1;
    counts.length = level + 1;
    this.counters.set(numId, counts);
    if (format.format === 'bullet') return format.text.trim() === '' ? '•' : format.text.trim();
    return format.text.replace(/%(\d)/gu, (_whole, n: string) => {
      const at = Number(n) - 1;
      const levelFormat = levels.get(at);
      return levelFormat ? formatNumber(counts[at] ?? levelFormat.start, levelFormat.format) : '';
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz'.split(''));
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'arabicAbjad':
      return letters(n, languageProfile('ar').letters);
    case 'arabicAlpha':
      return letters(n, ALPHABETICAL);
    case 'russianLower':
      return letters(n, languageProfile('ru').letters);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's letter numbering: a..z, then aa..zz. */
function letters(n: number, alphabet: readonly string[]): string {
  const index = (n - 1) % alphabet.length;
  return alphabet[index].repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
