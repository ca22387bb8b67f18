import { existsSync } from 'node:fs';

/** Where PDF comes from: a headless Chromium on this machine, when there is one. */
export interface PdfConfig {
  /** The Chromium (or Chrome) executable; absent: PDF is not offered and a request for it gets 503. */
  readonly chromiumPath?: string;
  /** How it was chosen, for the 503 answer and the start-up log. */
  readonly source: 'CHROMIUM_PATH' | 'found' | 'off' | 'none';
  /** How long one document may take to print before the request fails. */
  readonly timeoutMs: number;
}

/** Where Debian, Ubuntu and the Chrome packages put the browser. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `CHROMIUM_PATH`: the executable, or `off` to offer no PDF. Unset: the first of the usual
 * places that exists. A path that does not exist is a configuration problem.
 */
export function loadPdfConfig(env: Env, problems: string[], exists: (path: string) => boolean = existsSync): PdfConfig {
  const timeoutMs = positive(env.PDF_TIMEOUT_MS, 'PDF_TIMEOUT_MS', 30_000, problems);
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured === 'off') return { source: 'off', timeoutMs };
  if (configured) {
    if (!exists(configured))
      problems.push(`CHROMIUM_PATH names no file: ${configured} (set it to the Chromium executable, or to off to offer no PDF)`);
    return { chromiumPath: configured, source: 'CHROMIUM_PATH', timeoutMs };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  return found ? { chromiumPath: found, source: 'found', timeoutMs } : { source: 'none', timeoutMs };
}

function positive(raw: string | undefined, name: string, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  problems.push(`${name} must be a positive whole number (got "${raw}")`);
  return fallback;
}
