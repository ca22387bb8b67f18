import { ar } from './messages.ar';
import { MessageKey, en } from './messages.en';
import { Locale } from './locale';

export type { MessageKey } from './messages.en';

/** Parameters put into a message where it says `{name}`. */
export type MessageParameters = Readonly<Record<string, string | number>>;

/** A message in the interface language, its `{name}` placeholders filled. */
export type Translate = (key: MessageKey, parameters?: MessageParameters) => string;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ar };

/** The translator of one interface language. */
export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, parameters) => {
    const message = catalogue[key];
    if (!parameters) return message;
    return message.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in parameters ? String(parameters[name]) : whole));
  };
}

/** Whether a string is a message key, for keys that come from outside (a notice named in a URL). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(en, value);
}

/** The placeholders of a message, for checking that both catalogues fill the same ones. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();
}
