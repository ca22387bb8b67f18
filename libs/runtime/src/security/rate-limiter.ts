import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_SECURITY_CONFIG, SecurityConfig } from '#libs/platform';
import { RateDecision, TokenBuckets } from '#libs/security';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from '../problem-details';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Rate limits of the HTTP API: one bucket per authenticated actor, one per client address. */
export class RateLimiter {
  private readonly actors: TokenBuckets;
  private readonly addresses: TokenBuckets;

  constructor(
    private readonly config: SecurityConfig = DEFAULT_SECURITY_CONFIG,
    now: () => number = Date.now,
  ) {
    this.actors = new TokenBuckets(config.actorRateLimit, now);
    this.addresses = new TokenBuckets(config.addressRateLimit, now);
  }

  /** A request from an authenticated actor. */
  takeForActor(actorId: string): RateDecision {
    return this.actors.take(actorId);
  }

  /** A request from a client address; loopback is not limited unless the configuration says so. */
  takeForAddress(address: string | undefined): RateDecision {
    if (!address || (!this.config.limitLoopback && LOOPBACK.test(address))) return { allowed: true };
    return this.addresses.take(address);
  }

  /** Express middleware limiting by address, before a body is read. */
  addressMiddleware(): (request: Request, response: Response, next: NextFunction) => void {
    return (request, response, next) => {
      const decision = this.takeForAddress(request.ip ?? request.socket.remoteAddress);
      if (decision.allowed) return next();
      const details = { ...tooManyRequests('this address', decision.retryAfterSeconds), instance: request.originalUrl };
      response.setHeader('Retry-After', String(decision.retryAfterSeconds));
      response.status(429).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
    };
  }
}

/** 429 problem details; the Retry-After header goes with them. */
export function tooManyRequests(who: string, retryAfterSeconds: number): ProblemDetails {
  return problem(429, 'too-many-requests', 'Too many requests', `Too many requests from ${who}; try again in ${retryAfterSeconds} s.`, { retryAfter: retryAfterSeconds });
}
