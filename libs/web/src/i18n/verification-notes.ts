import { Locale, fromAcceptLanguage } from './locale';
import { isMessageKey, translator } from './translate';

/** A note of a verification as libs/audit keys it (the shape of its `AuditNote`). */
export interface VerificationNoteModel {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** A verification note in the reader's language; its English sentence when the catalogue lacks the key. */
export function verificationNoteText(locale: Locale): (note: VerificationNoteModel) => string {
  const t = translator(locale);
  return (note) => (isMessageKey(note.key) ? t(note.key, note.params) : note.text);
}

/**
 * The language of the command line's notes, from the environment as POSIX names it
 * (LC_ALL, then LC_MESSAGES, then LANG: "ar_EG.UTF-8"); English otherwise.
 */
export function localeOfEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return fromAcceptLanguage(named?.split('.')[0].replace('_', '-')) ?? 'en';
}
