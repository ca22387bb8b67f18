import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ActorRole, AuthConfig } from '#libs/platform';
import { ProblemException, problem } from '../problem-details';
import { RateLimiter, RefusalLog, tooManyRequests } from '../security';
import { PUBLIC_ROUTE, REQUIRED_ROLES, setActor } from './auth.decorators';
import { TokenRefusal, TokenVerifier } from './token-verifier';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

const PROTECTED_PREFIX = 'api/v1';
// RFC 6750 b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * Every route under /api/v1 needs a valid bearer token unless marked @Public(), and a
 * route with @Roles() needs one of those roles. Whether a route is under /api/v1 is read
 * from its declared path, not from the request's URL, so letter case or encoding in a
 * URL cannot take a route out of it. An authenticated actor is rate-limited (429 with
 * Retry-After); every refused token and role is recorded in the refusal log.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    @Inject(RefusalLog) private readonly refusals: RefusalLog,
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<readonly ActorRole[] | undefined>(REQUIRED_ROLES, targets);
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true;
    if (!roles && (isPublic || !declaredUnder(PROTECTED_PREFIX, context))) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const header = request.headers.authorization;
    const match = header === undefined ? null : BEARER.exec(header);
    if (!match) {
      // A malformed Bearer credential is a bad token; no credential, or another scheme, is none.
      if (header !== undefined && /^Bearer(\s|$)/i.test(header)) {
        const refusal: TokenRefusal = { code: 'malformed', message: 'the Authorization header does not hold a bearer token' };
        await this.refusals.recordRequest(request, 401, refusal.code, refusal.message);
        throw this.unauthorized(response, refusal);
      }
      throw this.unauthorized(response);
    }
    const check = await this.verifier.verify(match[1]);
    if (!check.ok) {
      if (check.refusal.code === 'keys-unavailable') {
        // The identity provider is down or unreachable: not the caller's fault, so not a 401.
        response.setHeader('Retry-After', '30');
        throw new ProblemException(
          problem(
            503,
            'identity-provider-unavailable',
            'Identity provider unavailable',
            'The keys to verify bearer tokens with cannot be fetched now; try again shortly.',
          ),
        );
      }
      await this.refusals.recordRequest(request, 401, check.refusal.code, check.refusal.message);
      throw this.unauthorized(response, check.refusal);
    }
    setActor(request, check.actor);

    const rate = await this.limiter.takeForActor(check.actor.id);
    if (!rate.allowed) {
      response.setHeader('Retry-After', String(rate.retryAfterSeconds));
      throw new ProblemException(tooManyRequests(`actor ${check.actor.id}`, rate.retryAfterSeconds));
    }

    if (roles && !roles.some((role) => check.actor.roles.includes(role))) {
      const detail = `This needs the role ${roles.join(' or ')}; the token grants ${check.actor.roles.join(', ')}.`;
      await this.refusals.recordRequest(request, 403, 'forbidden', detail);
      throw new ProblemException(problem(403, 'forbidden', 'Forbidden', detail));
    }
    return true;
  }

  private unauthorized(response: Response, refusal?: TokenRefusal): ProblemException {
    response.setHeader('WWW-Authenticate', refusal ? `Bearer error="invalid_token", error_description="${refusal.message}"` : 'Bearer');
    const hint = this.config.mode === 'development' ? ' In development, `npm run cli -- token --role <role> --sub <id>` prints one.' : '';
    return new ProblemException(
      refusal
        ? problem(401, 'unauthorized', 'Unauthorized', `The bearer token was refused: ${refusal.message}.`, { reason: refusal.code })
        : problem(401, 'unauthorized', 'Unauthorized', `This needs a bearer token: send Authorization: Bearer <token>.${hint}`),
    );
  }
}

/** Whether any path the route is declared at lies under the prefix. */
function declaredUnder(prefix: string, context: ExecutionContext): boolean {
  const controllerPaths = pathsOf(context.getClass());
  const handlerPaths = pathsOf(context.getHandler());
  return controllerPaths.some((base) =>
    handlerPaths.some((own) => {
      const path = [base, own].filter(Boolean).join('/');
      return path === prefix || path.startsWith(`${prefix}/`);
    }),
  );
}

function pathsOf(target: object): string[] {
  const declared: unknown = Reflect.getMetadata(PATH_METADATA, target);
  const paths = Array.isArray(declared) ? declared : [declared ?? ''];
  return paths.map((path) => String(path).replace(/^\/+|\/+$/g, ''));
}
