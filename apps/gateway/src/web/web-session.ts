import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, AuthenticatedActor, TokenRefusal, TokenVerifier } from '#libs/runtime';
import { PageContext, chooseLocale, translator } from '#libs/web';
import { CSRF_COOKIE, LANGUAGE_COOKIE, SESSION_COOKIE, clearCookie, cookiesOf, setCookie } from './cookies';
import { FormBody } from './form-bodies';
import { SignInNeeded, WebPageError } from './web-errors';

const LANGUAGE_COOKIE_MAX_AGE_MS = 365 * 24 * 3600 * 1000;
const CSRF_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * What the pages send with every answer: nothing but this site's own style sheet and script
 * may run or load, no other site may frame them or receive their forms, and no cache keeps
 * them (they show what the signed-in actor may read).
 */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // The forms' own origin travels with their posts (no-referrer would send Origin: null).
  'Referrer-Policy': 'same-origin',
};

/** The request as the pages see it: its form body and its context. */
export interface WebRequest {
  readonly ctx: PageContext;
  readonly actor?: AuthenticatedActor;
}

/**
 * The browser's session: the bearer token kept in an HttpOnly, SameSite=Strict cookie and
 * verified on every request exactly as the API verifies its bearer tokens; the token every
 * form posts back (double submit: the form's field must equal the cookie, which another site
 * can neither read nor set); the interface language.
 */
@Injectable()
export class WebSession {
  private readonly verifier: Promise<TokenVerifier>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(TokenVerifier) shared?: TokenVerifier,
  ) {
    // The verifier the API uses when this module can see it; else one made from the same settings.
    this.verifier = shared ? Promise.resolve(shared) : TokenVerifier.create(config.auth!);
  }

  /** Whether the development identities may be offered: development auth mode, with a secret to sign with. */
  get developmentSignIn(): boolean {
    return this.config.auth?.mode === 'development' && this.config.auth.sharedSecret !== undefined;
  }

  /** The page's context; with `signedIn`, a request without a valid session is sent to sign in. */
  async open(request: Request, response: Response, options: { signedIn?: boolean } = { signedIn: true }): Promise<WebRequest> {
    for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
    const cookies = cookiesOf(request);
    const query = typeof request.query.lang === 'string' ? request.query.lang : undefined;
    const locale = chooseLocale({ query, cookie: cookies.get(LANGUAGE_COOKIE), acceptLanguage: request.headers['accept-language'] });
    if (query === locale && cookies.get(LANGUAGE_COOKIE) !== locale)
      setCookie(request, response, LANGUAGE_COOKIE, locale, LANGUAGE_COOKIE_MAX_AGE_MS);
    let csrf = cookies.get(CSRF_COOKIE);
    if (!csrf || !CSRF_TOKEN.test(csrf)) {
      csrf = randomBytes(32).toString('base64url');
      setCookie(request, response, CSRF_COOKIE, csrf);
    }
    let actor: AuthenticatedActor | undefined;
    const token = cookies.get(SESSION_COOKIE);
    if (token) {
      const check = await (await this.verifier).verify(token);
      if (check.ok) actor = check.actor;
      else {
        clearCookie(request, response, SESSION_COOKIE);
        if (options.signedIn) throw new SignInNeeded(true);
      }
    }
    if (options.signedIn && !actor) throw new SignInNeeded();
    const viewer = actor ? { id: actor.id, role: actor.role, roles: actor.roles, ...(actor.name ? { name: actor.name } : {}) } : undefined;
    return { actor, ctx: { locale, t: translator(locale), csrf, url: request.originalUrl, viewer } };
  }

  /**
   * A form's post is this site's: its `_csrf` field equals the cookie, and the browser's Origin
   * (when it sends one) is this host. Refused otherwise, before anything is read or recorded.
   */
  checkForm(request: Request, form: FormBody): void {
    const cookie = cookiesOf(request).get(CSRF_COOKIE) ?? '';
    const field = typeof form._csrf === 'string' ? form._csrf : '';
    const same = cookie.length > 0 && cookie.length === field.length && timingSafeEqual(Buffer.from(cookie), Buffer.from(field));
    const origin = request.headers.origin;
    const sameOrigin = origin === undefined || origin === 'null' || hostOf(origin) === request.headers.host;
    if (!same || !sameOrigin) throw new WebPageError(403, 'error.forbidden', 'error.csrf');
  }

  /** Keeps a token as the session, once verified; a new form token goes with the new session. */
  async signIn(
    request: Request,
    response: Response,
    token: string,
  ): Promise<{ ok: true; actor: AuthenticatedActor } | { ok: false; refusal: TokenRefusal }> {
    const check = await (await this.verifier).verify(token);
    if (!check.ok) return check;
    const expiresMs = expiryOf(token) - Date.now();
    setCookie(request, response, SESSION_COOKIE, token, Math.max(expiresMs, 0));
    setCookie(request, response, CSRF_COOKIE, randomBytes(32).toString('base64url'));
    return check;
  }

  signOut(request: Request, response: Response): void {
    clearCookie(request, response, SESSION_COOKIE);
    setCookie(request, response, CSRF_COOKIE, randomBytes(32).toString('base64url'));
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The `exp` of a verified token, in milliseconds. */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now() + 3600_000;
  } catch {
    return Date.now() + 3600_000;
  }
}

/** The form body of a request, as the form reader left it. */
export function formOf(request: Request): FormBody {
  const body = (request as Request & { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as FormBody) : {};
}
