import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { ActorRole } from '#libs/platform';
import { AuthenticatedActor } from './token-verifier';

export const PUBLIC_ROUTE = Symbol('PUBLIC_ROUTE');
export const REQUIRED_ROLES = Symbol('REQUIRED_ROLES');
const ACTOR = Symbol('ACTOR');

/** A route under /api/v1 that answers without a bearer token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The actor must hold at least one of these roles (403 otherwise); implies a bearer token, even on a public route. */
export const Roles = (...roles: [ActorRole, ...ActorRole[]]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/** The actor the bearer token names; set by BearerAuthGuard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedActor => {
  const actor = actorOf(context.switchToHttp().getRequest<Request>());
  // A programming error, not the caller's: the route is public and has no @Roles.
  if (!actor) throw new Error('@CurrentActor() on a route that BearerAuthGuard does not authenticate');
  return actor;
});

export function actorOf(request: Request): AuthenticatedActor | undefined {
  return (request as Request & { [ACTOR]?: AuthenticatedActor })[ACTOR];
}

export function setActor(request: Request, actor: AuthenticatedActor): void {
  (request as Request & { [ACTOR]?: AuthenticatedActor })[ACTOR] = actor;
}
