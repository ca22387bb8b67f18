import { Html, escapeHtml, trusted } from '../html';
import { Locale } from './locale';
import { CATALOGUES } from './translate';

/*
 * The rows of the consultation history in the reader's language: the history stores each as
 * a key of the `timeline.` catalogue with its parameters (see libs/read-models
 * timeline-message.ts, the same shape), and the page and the API render it here.
 */

/** A value put into a timeline message: words as printed (isolated), a number, a message, a list. */
export type TimelineValueModel = string | number | TimelineMessageModel | { readonly list: readonly TimelineValueModel[] };

export interface TimelineMessageModel {
  readonly key: string;
  readonly params?: Readonly<Record<string, TimelineValueModel>>;
}

type Catalogue = Readonly<Record<string, string>>;

/** The Arabic plural categories (CLDR); English forms of the catalogue follow the same ones. */
function pluralCategory(count: number): 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' {
  if (count === 0) return 'zero';
  if (count === 1) return 'one';
  if (count === 2) return 'two';
  const rest = count % 100;
  if (rest >= 3 && rest <= 10) return 'few';
  if (rest >= 11 && rest <= 99) return 'many';
  return 'other';
}

/** Thrown when a stored row names a key the catalogue does not have: the caller falls back to the English summary. */
class UnknownTimelineKey {
  constructor(readonly key: string) {}
}

function render(
  value: TimelineValueModel,
  catalogue: Catalogue,
  locale: Locale,
  isolate: (words: string) => string,
  escape: (text: string) => string,
): string {
  if (typeof value === 'string') return isolate(value);
  if (typeof value === 'number') return String(value);
  if ('list' in value) {
    const items = value.list.map((item) => render(item, catalogue, locale, isolate, escape));
    if (items.length <= 1) return items[0] ?? '';
    // Arabic joins every item with "و" written against the next word; English lists with commas and "and".
    return locale === 'ar' ? items.join(' و') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
  const params = value.params ?? {};
  let key = value.key;
  if (key.startsWith('timeline.count.') && typeof params.count === 'number') key = `${key}.${pluralCategory(params.count)}`;
  const template = catalogue[key];
  if (template === undefined) throw new UnknownTimelineKey(value.key);
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/gu)) {
    out += escape(template.slice(last, match.index));
    const param = params[match[1]];
    out += param === undefined ? '' : render(param, catalogue, locale, isolate, escape);
    last = match.index! + match[0].length;
  }
  return out + escape(template.slice(last));
}

function rendered(
  message: TimelineMessageModel,
  locale: Locale,
  isolate: (words: string) => string,
  escape: (text: string) => string,
): string | undefined {
  try {
    return render(message, CATALOGUES[locale] as Catalogue, locale, isolate, escape);
  } catch (error) {
    if (error instanceof UnknownTimelineKey) return undefined;
    throw error;
  }
}

/** A timeline row as HTML in the reader's language, names and quoted words isolated in <bdi>; undefined when a key is unknown. */
export function timelineHtml(message: TimelineMessageModel, locale: Locale): Html | undefined {
  const markup = rendered(message, locale, (words) => `<bdi>${escapeHtml(words)}</bdi>`, escapeHtml);
  return markup === undefined ? undefined : trusted(markup);
}

/** A timeline row as plain text in the reader's language; undefined when a key is unknown. */
export function timelineText(message: TimelineMessageModel, locale: Locale): string | undefined {
  return rendered(
    message,
    locale,
    (words) => words,
    (text) => text,
  );
}

/** Every placeholder-free key a message and the messages in it name, plural forms resolved: for checking catalogues. */
export function timelineKeysOf(message: TimelineValueModel): string[] {
  if (typeof message === 'string' || typeof message === 'number') return [];
  if ('list' in message) return message.list.flatMap(timelineKeysOf);
  const count = message.params?.count;
  const key =
    message.key.startsWith('timeline.count.') && typeof count === 'number' ? `${message.key}.${pluralCategory(count)}` : message.key;
  return [key, ...Object.values(message.params ?? {}).flatMap(timelineKeysOf)];
}
