import type { Request, Response } from 'express';
import { textProblem } from '#libs/runtime';
import { oneLine } from '#libs/web';
import { cookiesOf, setCookie } from './cookies';

/** The meeting and date a chair records decisions at, kept between pages (issue 22: not only in the address). */
export const SITTING_COOKIE = 'ledger_sitting';
/** A sitting is a day's work; a week covers a meeting that runs over several days. */
const SITTING_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_MEETING = 300;

export interface Sitting {
  readonly meeting: string;
  readonly date: string;
}

/** A sitting as a form or a cookie gives it, when well formed: a meeting of one line without bidi controls, a date YYYY-MM-DD. */
export function validSitting(meeting: unknown, date: unknown): Sitting | undefined {
  if (typeof meeting !== 'string' || typeof date !== 'string') return undefined;
  const clean = oneLine(meeting);
  if (clean === '' || clean.length > MAX_MEETING || textProblem(clean) || !DATE.test(date.trim())) return undefined;
  return { meeting: clean, date: date.trim() };
}

/** The sitting kept for the chair of a consultation, if any: it is kept per consultation, so that another's is never taken for it. */
export function keptSitting(request: Request, consultationId: string): Sitting | undefined {
  const value = cookiesOf(request).get(SITTING_COOKIE);
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as { c?: unknown; m?: unknown; d?: unknown };
    return parsed.c === consultationId ? validSitting(parsed.m, parsed.d) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a sitting for the chair's next decisions in this consultation. */
export function keepSitting(request: Request, response: Response, consultationId: string, sitting: Sitting): void {
  setCookie(
    request,
    response,
    SITTING_COOKIE,
    JSON.stringify({ c: consultationId, m: sitting.meeting, d: sitting.date }),
    SITTING_MAX_AGE_MS,
  );
}
