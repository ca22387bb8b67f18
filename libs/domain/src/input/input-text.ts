import { findDisguisingCharacters } from '#libs/text';
import { Refusal, refusalOf } from '../result';

const LONE_SURROGATE = /\p{Cs}/u;
// C0 and C1 controls but tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** The field a text was written in: of an input ("title", "text", "reason"), or a language version's wording or footnote of a provision, cited. */
export type WrittenField =
  | { readonly field: 'title' | 'text' | 'reason' | 'reasons' }
  | { readonly field: 'wording' | 'footnote'; readonly language: string; readonly provision: string };

/**
 * Why a text a person wrote cannot be published as it is, or undefined: empty, half a
 * character, a control character, or an invisible one that reorders or disguises what a
 * reader sees (bidi controls, zero-width characters: the amendment path refuses the same).
 */
export function inputTextProblem(where: WrittenField, text: string): Refusal | undefined {
  const problem = (kind: 'empty' | 'loneSurrogate' | 'control', more: Record<string, string | number> = {}): Refusal =>
    'language' in where
      ? refusalOf('invalid', `translation.${kind}`, { field: where.field, language: where.language, provision: where.provision, ...more })
      : refusalOf('invalid', `text.${kind}`, { field: where.field, ...more });
  if (!text.trim()) return problem('empty');
  if (LONE_SURROGATE.test(text)) return problem('loneSurrogate');
  if (CONTROL.test(text)) return problem('control');
  const [disguising] = findDisguisingCharacters(text);
  if (disguising) {
    const at = { codePoint: disguising.codePoint, offset: disguising.offset };
    return 'language' in where
      ? refusalOf('invalid', 'translation.disguising', { field: where.field, language: where.language, provision: where.provision, ...at })
      : refusalOf('invalid', 'text.disguising', { field: where.field, ...at });
  }
  return undefined;
}

/** The text as it is recorded: Unicode composed (NFC), without leading and trailing blanks. */
export function recordedText(text: string): string {
  return text.normalize('NFC').trim();
}
