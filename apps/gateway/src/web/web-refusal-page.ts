import type { IncomingHttpHeaders } from 'node:http';
import { ProblemDetails, RefusalPage } from '#libs/runtime';
import { MessageKey, chooseLocale, errorPage, translator } from '#libs/web';
import { CSRF_COOKIE, LANGUAGE_COOKIE, cookiesOf } from './cookies';
import { refusalDetail } from './web-errors';

const WEB_PATH = /^\/web(\/|\?|$)/;

function titleKeyOf(refusal: ProblemDetails): MessageKey {
  switch (refusal.status) {
    case 403:
      return 'error.forbidden';
    case 404:
      return 'error.notFound';
    case 413:
    case 431:
      return 'error.tooLarge';
    case 415:
      return 'error.unsupportedForm';
    case 429:
      return 'error.tooManyRequests';
    default:
      return refusal.status >= 500 ? 'error.server' : 'error.badRequest';
  }
}

/**
 * A refusal answered before a page's controller runs (Node's parser, the rate limits, the
 * form's size and repeated fields, an unknown page) as an error page in the interface
 * language: the language asked for in the URL, the cookie, or Accept-Language.
 */
export const webRefusalPage: RefusalPage = (
  request: { readonly url: string; readonly headers: IncomingHttpHeaders },
  refusal: ProblemDetails,
) => {
  if (!WEB_PATH.test(request.url)) return undefined;
  const cookies = cookiesOf({ headers: request.headers } as never);
  let query: string | null;
  try {
    query = new URL(request.url, 'http://web').searchParams.get('lang');
  } catch {
    query = null;
  }
  const locale = chooseLocale({
    query: query ?? undefined,
    cookie: cookies.get(LANGUAGE_COOKIE),
    acceptLanguage: request.headers['accept-language'],
  });
  const t = translator(locale);
  const field = typeof refusal.field === 'string' ? refusal.field : undefined;
  const title =
    refusal.type.endsWith('/repeated-field') && field !== undefined ? t('error.repeatedField', { field }) : t(titleKeyOf(refusal));
  return errorPage(
    { locale, t, csrf: cookies.get(CSRF_COOKIE) ?? '', url: request.url.slice(0, 2048) },
    { status: refusal.status, title, ...refusalDetail(refusal, locale) },
  );
};
