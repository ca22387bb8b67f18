import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_SECURITY_CONFIG, SecurityConfig } from '#libs/platform';
import { RateDecision, TokenBuckets } from '#libs/security';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from '../problem-details';
import { SharedRateLimit } from './shared-rate-limit';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Rate limits of the HTTP API: one bucket per authenticated actor, one per client address,
 * in this process; then, when several gateways share the limits, the same buckets in the
 * database (`shared`), asked only for what this process let through.
 */
export class RateLimiter {
  private readonly actors: TokenBuckets;
  private readonly addresses: TokenBuckets;

  constructor(
    private readonly config: SecurityConfig = DEFAULT_SECURITY_CONFIG,
    now: () => number = Date.now,
    private readonly shared?: SharedRateLimit,
  ) {
    this.actors = new TokenBuckets(config.actorRateLimit, now);
    this.addresses = new TokenBuckets(config.addressRateLimit, now);
  }

  /** A request from an authenticated actor. */
  async takeForActor(actorId: string): Promise<RateDecision> {
    const own = this.actors.take(actorId);
    if (!own.allowed || !this.shared || !this.actors.enabled) return own;
    return this.shared.take(`actor:${actorId}`, this.config.actorRateLimit);
  }

  /** A request from a client address; loopback is not limited unless the configuration says so. */
  async takeForAddress(address: string | undefined): Promise<RateDecision> {
    if (!address || (!this.config.limitLoopback && LOOPBACK.test(address))) return { allowed: true };
    const own = this.addresses.take(address);
    if (!own.allowed || !this.shared || !this.addresses.enabled) return own;
    return this.shared.take(`address:${address}`, this.config.addressRateLimit);
  }

  /** Express middleware limiting by address, before a body is read. */
  addressMiddleware(): (request: Request, response: Response, next: NextFunction) => void {
    return (request, response, next) => {
      this.takeForAddress(request.ip ?? request.socket.remoteAddress).then((decision) => {
        if (decision.allowed) return next();
        const details = { ...tooManyRequests('this address', decision.retryAfterSeconds), instance: request.originalUrl };
        response.setHeader('Retry-After', String(decision.retryAfterSeconds));
        response.status(429).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
      }, next);
    };
  }

  /** Sweeps the shared buckets of keys gone quiet while the gateway runs. */
  onModuleInit(): void {
    this.shared?.startSweeping();
  }

  onModuleDestroy(): void {
    this.shared?.stopSweeping();
  }
}

/** 429 problem details; the Retry-After header goes with them. */
export function tooManyRequests(who: string, retryAfterSeconds: number): ProblemDetails {
  return problem(429, 'too-many-requests', 'Too many requests', `Too many requests from ${who}; try again in ${retryAfterSeconds} s.`, {
    retryAfter: retryAfterSeconds,
  });
}
