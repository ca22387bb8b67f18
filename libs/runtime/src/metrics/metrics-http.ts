import type { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { MetricsExposure } from '#libs/platform';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem-details';
import { Metrics, statusClass } from './metrics';

export const METRICS_PATH = '/metrics';

/** The route label of a request that matched no route: raw paths would put ids, and whatever a scanner tries, in labels. */
export const UNMATCHED_ROUTE = 'unmatched';

/** The template of the route that answered (`/api/v1/consultations/:id`), never the URL asked for. */
export function routeTemplate(request: Request): string {
  const path: unknown = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : UNMATCHED_ROUTE;
}

/** Express middleware timing every request but scrapes of /metrics, labelled when the answer is finished and the route known. */
export function httpMetricsMiddleware(metrics: Metrics): (request: Request, response: Response, next: NextFunction) => void {
  return (request, response, next) => {
    if (request.path === METRICS_PATH) return next();
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequestDuration.observe(
        { method: request.method, route: routeTemplate(request), status_class: statusClass(response.statusCode) },
        seconds,
      );
    });
    next();
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * GET /metrics in the Prometheus text format, ahead of rate limits, identity and the input
 * policy (a scraper is no API client, and metrics matter most while clients are being
 * limited). Not served at all when the exposure says so: the request goes on to the 404 of
 * any unknown path.
 */
export function metricsEndpoint(
  metrics: Metrics,
  exposure: MetricsExposure,
): (request: Request, response: Response, next: NextFunction) => void {
  return (request, response, next) => {
    if (request.path !== METRICS_PATH || (request.method !== 'GET' && request.method !== 'HEAD') || !exposure.serve) return next();
    if (exposure.token) {
      const given = BEARER.exec(request.headers.authorization ?? '')?.[1];
      if (!given || !sameSecret(given, exposure.token)) {
        response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        const details = problem(401, 'unauthorized', 'Unauthorized', 'Metrics need the bearer token METRICS_TOKEN names.', {
          instance: request.originalUrl,
        });
        response.status(401).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
        return;
      }
    }
    metrics.registry.metrics().then(
      (text) => {
        response.setHeader('Cache-Control', 'no-store');
        response.status(200).type(metrics.registry.contentType).send(text);
      },
      (error: unknown) => next(error),
    );
  };
}
