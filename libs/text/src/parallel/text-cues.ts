/**
 * What of a provision's words survives translation into any of the six languages: its
 * numbers (years, resolution numbers, document symbols, whatever the digits) and its
 * length, which moves with the language by a ratio the document itself shows.
 */

/** The cues of one text. */
export interface TextCues {
  /** The numbers in the text, in Western digits, sorted. */
  readonly numbers: readonly string[];
  /** Letters and digits, without spaces and punctuation: what a length ratio compares. */
  readonly length: number;
}

const digitRun = /\d+(?:[,.\u00A0\u202F \u066C]\d{3})*(?!\d)/gu;
const otherDigits = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/u;
const groupSeparators = /[,.\u00A0\u202F \u066C]/gu;

/** The numbers and length of a text; Eastern Arabic, Persian and full-width digits read as Western ones. */
export function textCues(text: string): TextCues {
  const western = westernDigits(text);
  // "1 000", "1,000" and "1.000" are one number however a language groups its thousands.
  const numbers = (western.match(digitRun) ?? []).map((n) => String(Number(n.replace(groupSeparators, '')))).sort();
  return { numbers, length: countLettersAndDigits(western) };
}

/** Characters other than spaces, punctuation and marks; a loop, as texts of 80 KB pass here at every alignment. */
function countLettersAndDigits(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) count++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      // The second half of a surrogate pair: its character is counted once, at the first half.
    } else if (!isSpaceOrPunctuation(code)) count++;
  }
  return count;
}

/** Spaces, general punctuation, Arabic and CJK punctuation, and combining marks (Arabic harakat among them). */
function isSpaceOrPunctuation(code: number): boolean {
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f ||
    code === 0x00ab ||
    code === 0x00bb
  );
}

/** How far two lists of numbers differ: 0 when the same, up to 1 when they share none. */
export function numberDifference(a: TextCues, b: TextCues): number {
  const x = a.numbers;
  const y = b.numbers;
  if (x.length === 0 && y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  const union = x.length + y.length - shared;
  return (union - shared) / union;
}

/**
 * How far a pair's lengths stand from the document's usual ratio, as a logarithm (0: as
 * usual; ±0.69: twice or half). Short texts are smoothed so that a word more or less in a
 * three-word item does not look like a different provision.
 */
export function lengthDeviation(original: number, translated: number, ratio: number): number {
  const smoothing = 20 * ratio;
  return Math.log((translated + smoothing) / (original * ratio + smoothing));
}

/** The median of translated/original length over pairs long enough to tell; undefined when there are none. */
export function medianRatio(pairs: readonly (readonly [number, number])[]): number | undefined {
  const ratios = pairs
    .filter(([o, t]) => o >= 20 && t > 0)
    .map(([o, t]) => t / o)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return undefined;
  const middle = ratios.length >> 1;
  return ratios.length % 2 === 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
}

function westernDigits(text: string): string {
  if (!otherDigits.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/gu, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
