import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG } from '#libs/runtime';
import { ASSETS, Notice, signInPage } from '#libs/web';
import { developmentIdentities, mintDevelopmentToken } from './development-identities';
import { WebPageError } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, redirectAfter, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Where to go after signing in: a page of this site, never another site. */
function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/web(\/|\?|$)/.test(value) && !value.startsWith('//') ? value : '/web';
}

/** Signing in and out, and the pages' style sheet and script. */
@ApiExcludeController()
@Controller()
@UseFilters(WebPageFilter)
export class WebSessionController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  root(@Res() response: Response): void {
    response.redirect(302, '/web');
  }

  /** Browsers ask for it on every site; the pages have none. */
  @Get('favicon.ico')
  favicon(@Res() response: Response): void {
    response.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}`);
    response.status(204).end();
  }

  @Get('web/assets/:file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const asset = Object.values(ASSETS).find((candidate) => candidate.path === `/web/assets/${file}`);
    if (!asset) throw new WebPageError(404, 'error.notFound');
    // Named by their content: a new version has a new name, so this one never changes.
    response.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.type(asset.type).send(asset.body);
  }

  @Get('web/sign-in')
  async signInForm(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx } = await this.session.open(request, response, { signedIn: false });
    const notices: Notice[] = [];
    if (request.query.expired === '1') notices.push({ kind: 'info', text: ctx.t('error.signInAgain') });
    if (request.query.notice === 'signedOut') notices.push({ kind: 'success', text: ctx.t('notice.signedOut') });
    await this.renderSignIn(request, response, safeNext(request.query.next), notices);
  }

  @Post('web/sign-in')
  async signIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    const form = formOf(request);
    this.session.checkForm(request, form);
    const next = safeNext(field(form, 'next'));
    const signed = await this.session.signIn(request, response, field(form, 'token').trim());
    if (!signed.ok) {
      const { ctx } = await this.session.open(request, response, { signedIn: false });
      await this.renderSignIn(
        request,
        response,
        next,
        [{ kind: 'error', text: ctx.t('error.tokenRefused'), detail: signed.refusal.message }],
        401,
      );
      return;
    }
    response.redirect(303, next);
  }

  @Post('web/sign-in/development')
  async signInForDevelopment(@Req() request: Request, @Res() response: Response): Promise<void> {
    const form = formOf(request);
    this.session.checkForm(request, form);
    // Refused outside development: there tokens come from the identity provider only.
    if (!this.session.developmentSignIn) throw new WebPageError(403, 'error.devOnly');
    const identity = (await developmentIdentities(this.reads)).find((candidate) => candidate.key === field(form, 'identity'));
    if (!identity) throw new WebPageError(400, 'error.unknownIdentity');
    const token = await mintDevelopmentToken(this.config.auth!, identity);
    if (!token) throw new WebPageError(403, 'error.devOnly');
    const signed = await this.session.signIn(request, response, token);
    if (!signed.ok) throw new WebPageError(500, 'error.server');
    response.redirect(303, safeNext(field(form, 'next')));
  }

  @Post('web/sign-out')
  signOut(@Req() request: Request, @Res() response: Response): void {
    this.session.checkForm(request, formOf(request));
    this.session.signOut(request, response);
    redirectAfter(response, '/web/sign-in', ['signedOut']);
  }

  private async renderSignIn(request: Request, response: Response, next: string, notices: Notice[], status = 200): Promise<void> {
    const { ctx } = await this.session.open(request, response, { signedIn: false });
    const identities = this.session.developmentSignIn ? await developmentIdentities(this.reads) : undefined;
    sendPage(response, signInPage(ctx, { next, identities, notices }), status);
  }
}
