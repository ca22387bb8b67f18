import type { Response } from 'express';

/**
 * What a page the API renders (a text, a marked text, a compilation) may do in a browser:
 * show itself with its own inline styles, and nothing else. Every text in it is escaped; if
 * an escape were ever missed, no script would run, no form would post, nothing would load,
 * and no other site could frame it.
 */
export const RENDERED_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sets the headers of an HTML representation. */
export function protectRenderedHtml(response: Response): void {
  response.setHeader('Content-Security-Policy', RENDERED_HTML_CSP);
  response.setHeader('X-Frame-Options', 'DENY');
}
