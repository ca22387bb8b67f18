import { RefusalParams, refusalLanguageOf, renderRefusal } from '#libs/contracts';
import { ProblemDetails } from '#libs/runtime';
import { MessageKey } from '#libs/web';

/**
 * A problem's detail as a page shows it: a refusal of the rules rendered from its key in the
 * page's language, any other detail as the problem gives it (in English).
 */
export function refusalDetail(problem: ProblemDetails, locale: string): { detail?: string; detailLanguage?: string } {
  const rendered =
    typeof problem.key === 'string' ? renderRefusal(problem.key, (problem.params ?? {}) as RefusalParams, locale) : undefined;
  return rendered ? { detail: rendered, detailLanguage: refusalLanguageOf(locale) } : { detail: problem.detail };
}

/** A page cannot be answered: the status and the words the error page says (from the catalogue, in the reader's language). */
export class WebPageError extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: MessageKey,
    readonly detailKey?: MessageKey,
  ) {
    super(detailKey ?? titleKey);
  }
}

/** The page needs a signed-in viewer (or the session's token has expired): the answer is the sign-in page. */
export class SignInNeeded extends Error {
  constructor(readonly expired = false) {
    super('sign in needed');
  }
}

export const notFound = (detail?: MessageKey) => new WebPageError(404, 'error.notFound', detail);
export const forbidden = (detail?: MessageKey) => new WebPageError(403, 'error.forbidden', detail);
export const badRequest = (detail?: MessageKey) => new WebPageError(400, 'error.badRequest', detail);
