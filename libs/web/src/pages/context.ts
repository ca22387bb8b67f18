import { Locale } from '../i18n/locale';
import { Translate } from '../i18n/translate';
import { Viewer } from '../models';

/** What every page knows of the request it answers. */
export interface PageContext {
  readonly locale: Locale;
  readonly t: Translate;
  /** The signed-in actor; undefined on the sign-in page. */
  readonly viewer?: Viewer;
  /** The token every form posts back (double submit with the cookie). */
  readonly csrf: string;
  /** This page's path and query, for the language switch. */
  readonly url: string;
}

/** A message shown at the top of a page: what was just done, or why it was refused. */
export interface Notice {
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
  /** A detail from the rules of the consultation (the write side's words): in English unless `detailLanguage` says otherwise. */
  readonly detail?: string;
  /** The language the detail is written in, when it was rendered in the reader's language. */
  readonly detailLanguage?: string;
}

export function hasRole(ctx: PageContext, role: string): boolean {
  return ctx.viewer?.roles.includes(role) ?? false;
}
