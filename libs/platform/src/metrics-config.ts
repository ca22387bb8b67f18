/**
 * Whether /metrics is served and what it asks of a scraper. Read once at start with the rest
 * of the configuration; no framework here.
 */

import { readFileSync } from 'node:fs';
import type { AuthMode } from './auth-config';
import type { ServiceName } from './config';

export interface MetricsConfig {
  /** METRICS=off turns /metrics off in every service of the process. */
  readonly enabled: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  readonly token?: string;
}

/** What /metrics does in one process: not served (and why), or served, with or without a token. */
export type MetricsExposure = { readonly serve: false; readonly reason: string } | { readonly serve: true; readonly token?: string };

type Env = Readonly<Record<string, string | undefined>>;

// RFC 6750 b64token: what fits in `Authorization: Bearer <token>` as it is.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MIN_TOKEN_LENGTH = 32;

/** Reads METRICS and METRICS_TOKEN (or METRICS_TOKEN_FILE); problems are pushed to `problems`. */
export function loadMetricsConfig(env: Env, problems: string[]): MetricsConfig {
  let enabled = true;
  if (env.METRICS) {
    if (env.METRICS === 'on' || env.METRICS === 'off') enabled = env.METRICS === 'on';
    else problems.push(`METRICS must be on or off (got "${env.METRICS}")`);
  }
  const token = readToken(env, problems);
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || !B64TOKEN.test(token))) {
    problems.push(
      `METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters of letters, digits and - . _ ~ + / (e.g. openssl rand -hex 32)`,
    );
    return { enabled };
  }
  return token === undefined ? { enabled } : { enabled, token };
}

function readToken(env: Env, problems: string[]): string | undefined {
  if (env.METRICS_TOKEN && env.METRICS_TOKEN_FILE) {
    problems.push('METRICS_TOKEN and METRICS_TOKEN_FILE are both set: set one');
    return undefined;
  }
  if (!env.METRICS_TOKEN_FILE) return env.METRICS_TOKEN || undefined;
  try {
    return readFileSync(env.METRICS_TOKEN_FILE, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    problems.push(
      `METRICS_TOKEN_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${env.METRICS_TOKEN_FILE}`,
    );
    return undefined;
  }
}

/**
 * Whether this process serves /metrics. The ledger's and the projector's ports are internal,
 * so their metrics are open unless a token is set. The gateway's port is the public API:
 * with production identity it serves metrics (the command mix, refusal reasons, the size of
 * the store, route timings) only to a scraper holding METRICS_TOKEN, and not at all without one.
 */
export function metricsExposure(metrics: MetricsConfig, services: readonly ServiceName[], authMode: AuthMode | undefined): MetricsExposure {
  if (!metrics.enabled) return { serve: false, reason: 'METRICS=off' };
  if (metrics.token) return { serve: true, token: metrics.token };
  if (services.includes('gateway') && authMode === 'production') {
    return { serve: false, reason: "the gateway's port is public and METRICS_TOKEN is not set" };
  }
  return { serve: true };
}
