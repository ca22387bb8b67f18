import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Logger } from '#libs/platform';
import { LOGGER, ProblemException } from '#libs/runtime';
import { chooseLocale, errorPage, translator } from '#libs/web';
import { CSRF_COOKIE, LANGUAGE_COOKIE, cookiesOf } from './cookies';
import { SignInNeeded, WebPageError, refusalDetail } from './web-errors';

/**
 * The pages answer in HTML, whatever went wrong: a page that needs a session sends the
 * browser to sign in, and every other failure is an error page in the interface language
 * (never the API's JSON problem details).
 */
@Catch()
export class WebPageFilter implements ExceptionFilter {
  constructor(@Optional() @Inject(LOGGER) private readonly logger?: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) return;
    if (exception instanceof SignInNeeded) {
      const next = encodeURIComponent(request.method === 'GET' ? request.originalUrl : '/web');
      response.redirect(303, `/web/sign-in?next=${next}${exception.expired ? '&expired=1' : ''}`);
      return;
    }
    const cookies = cookiesOf(request);
    const locale = chooseLocale({
      query: request.query?.lang,
      cookie: cookies.get(LANGUAGE_COOKIE),
      acceptLanguage: request.headers['accept-language'],
    });
    const t = translator(locale);
    let status = 500;
    let title = t('error.server');
    let detail: string | undefined;
    let detailLanguage: string | undefined;
    if (exception instanceof WebPageError) {
      status = exception.status;
      title = t(exception.titleKey);
      if (exception.detailKey) [detail, detailLanguage] = [t(exception.detailKey), locale];
    } else if (exception instanceof ProblemException) {
      status = exception.problem.status;
      title =
        status === 404
          ? t('error.notFound')
          : status === 403
            ? t('error.forbidden')
            : status < 500
              ? t('error.badRequest')
              : t('error.server');
      ({ detail, detailLanguage } = refusalDetail(exception.problem, locale));
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      title = status === 404 ? t('error.notFound') : status < 500 ? t('error.badRequest') : t('error.server');
    }
    if (status >= 500)
      this.logger?.error('page failed', { path: request.path, error: exception instanceof Error ? exception.stack : String(exception) });
    response
      .status(status)
      .type('text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .send(
        errorPage({ locale, t, csrf: cookies.get(CSRF_COOKIE) ?? '', url: request.originalUrl }, { status, title, detail, detailLanguage }),
      );
  }
}
