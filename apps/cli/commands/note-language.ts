import { BundleReportSay } from '#libs/audit';
import { Locale, isLocale, localeOfEnvironment, translator } from '#libs/web';

/** The languages the command line writes its notes in, as `--lang` takes them. */
export const NOTE_LANGUAGES = 'ar|en';

/** The language `--lang` names, or undefined when it names none of the interface's. */
export function noteLanguageOption(value: string): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** The language of the notes: `--lang` when given, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
export function noteLanguage(given: Locale | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  return given ?? localeOfEnvironment(env);
}

/** The bundle verifier's sentences in the language of the notes (the interface's catalogue holds its keys). */
export function bundleReportSay(language: Locale): BundleReportSay {
  const t = translator(language);
  return (key, params) => t(key, params);
}
