import { Locale } from './locale';
import { MessageKey, isMessageKey, translator } from './translate';

/** An interchange document's refusal as libs/text gives it (the shape of its `InterchangeFormatError`). */
export interface InterchangeProblemModel {
  /** Where, as a JSON path: "$.operative[0].provisions[2].text". */
  readonly path: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  /** The English reason, for a key the catalogue lacks. */
  readonly reason: string;
}

const LISTS = new Set(['preamble', 'operative', 'provisions', 'children', 'footnotes', 'warnings']);

/** A JSON path in words, innermost first: "the text of paragraph 3 of operative section 1". */
export function interchangeFieldInWords(path: string, locale: Locale): string {
  const t = translator(locale);
  const parts: string[] = [];
  const segments = [...path.matchAll(/\.([^.[\]]+)(?:\[(\d+)\])?|\[(\d+)\]/gu)];
  for (const [, name, index, bare] of segments) {
    const n = String(Number(index ?? bare) + 1);
    if (name === undefined) parts.push(t('interchange.field.otherItem', { n, name: '' }));
    else if (index !== undefined && LISTS.has(name)) parts.push(t(`interchange.field.${name}` as MessageKey, { n }));
    else if (index !== undefined) parts.push(t('interchange.field.otherItem', { n, name }));
    else {
      const key = `interchange.field.${name}`;
      parts.push(isMessageKey(key) && !LISTS.has(name) ? t(key) : t('interchange.field.other', { name }));
    }
  }
  if (parts.length === 0) return t('interchange.field.document');
  return parts.reduce((whole, part) => t('interchange.of', { part, whole }));
}

/**
 * Why a value sent as `field` is not an interchange document, in the reader's language: the
 * field in words, its JSON path, and the reason ("document: the text of paragraph 1 of
 * operative section 1 ($.operative[0].provisions[0].text): expected a string").
 */
export function interchangeProblemText(field: string, problem: InterchangeProblemModel, locale: Locale): string {
  const t = translator(locale);
  const reason = isMessageKey(problem.key) ? t(problem.key, problem.params) : problem.reason;
  return t('interchange.problem', { field, where: interchangeFieldInWords(problem.path, locale), path: problem.path, reason });
}
