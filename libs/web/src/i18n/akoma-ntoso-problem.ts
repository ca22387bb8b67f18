import { Locale } from './locale';
import { isMessageKey, translator } from './translate';

/** An Akoma Ntoso file's refusal as libs/documents gives it (the shape of its `AkomaNtosoFormatError`). */
export interface AkomaNtosoProblemModel {
  /** The element concerned ("statement", "meta/proprietary"), or "file". */
  readonly where: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  /** The English reason, for a key the catalogue lacks. */
  readonly reason: string;
}

/** Why a file is not an Akoma Ntoso statement this system reads, in the reader's language, the element in words and by name. */
export function akomaNtosoProblemText(problem: AkomaNtosoProblemModel, locale: Locale): string {
  const t = translator(locale);
  const reason = isMessageKey(problem.key) ? t(problem.key, problem.params) : problem.reason;
  const elementKey = `akn.element.${problem.where}`;
  const where = isMessageKey(elementKey) ? t(elementKey) : t('akn.element.other', { element: problem.where });
  return t('akn.problem', { where, element: problem.where, reason });
}
