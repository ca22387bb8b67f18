import type { CookieOptions, Request, Response } from 'express';

/** The cookies of the pages: the session's token, the token every form posts back, and the interface language. */
export const SESSION_COOKIE = 'ledger_session';
export const CSRF_COOKIE = 'ledger_csrf';
export const LANGUAGE_COOKIE = 'ledger_lang';

/** The cookies a request carries, by name (the first of a name wins, as browsers send the most specific first). */
export function cookiesOf(request: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (name === '' || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(pair.slice(at + 1).trim()));
    } catch {
      // A value that is not valid percent-encoding is not one of ours.
    }
  }
  return cookies;
}

/**
 * HttpOnly (no script reads it) and SameSite=Strict (no other site's page sends it), Secure
 * when the page came over HTTPS (behind a proxy named in TRUST_PROXY, as Express reports it).
 */
export function cookieOptions(request: Request, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', ...(maxAgeMs !== undefined ? { maxAge: maxAgeMs } : {}) };
}

export function setCookie(request: Request, response: Response, name: string, value: string, maxAgeMs?: number): void {
  response.cookie(name, value, cookieOptions(request, maxAgeMs));
}

export function clearCookie(request: Request, response: Response, name: string): void {
  response.clearCookie(name, cookieOptions(request));
}
