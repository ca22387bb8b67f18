import { findDisguisingCharacters } from '#libs/text';

const LONE_SURROGATE = /\p{Cs}/u;
// C0 and C1 controls but tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Why a text a person wrote cannot be published as it is, or undefined: empty, half a
 * character, a control character, or an invisible one that reorders or disguises what a
 * reader sees (bidi controls, zero-width characters: the amendment path refuses the same).
 */
export function inputTextProblem(field: string, text: string): string | undefined {
  if (!text.trim()) return `the ${field} is empty`;
  if (LONE_SURROGATE.test(text)) return `the ${field} holds half of a UTF-16 pair, which is not a character`;
  if (CONTROL.test(text)) return `the ${field} holds a control character`;
  const [disguising] = findDisguisingCharacters(text);
  if (disguising)
    return `the ${field} holds the invisible character ${disguising.codePoint} at offset ${disguising.offset}, which can make it read differently from what it is; remove it`;
  return undefined;
}

/** The text as it is recorded: Unicode composed (NFC), without leading and trailing blanks. */
export function recordedText(text: string): string {
  return text.normalize('NFC').trim();
}
