import { CanActivate, ExecutionContext, Inject, Injectable, Optional, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { MemoryRefusalLog, RefusalLog, actorOf } from '#libs/runtime';
import { DraftAccess, DraftTarget } from './draft-access';

export const READS_DRAFTS = Symbol('READS_DRAFTS');

/** How a read route stands towards restricted consultations: what it reads, or that it reads no drafts. */
export type DraftsDeclaration =
  { readonly target: DraftTarget; readonly param: string } | { readonly target: 'none'; readonly why: string };

/**
 * The route reads the drafts of the consultation, document, amendment or contribution its
 * path parameter names: DraftsGuard lets through only actors who may read them.
 */
export const ReadsDraftsOf = (target: DraftTarget, param = 'id'): MethodDecorator =>
  SetMetadata(READS_DRAFTS, { target, param } satisfies DraftsDeclaration);

/**
 * The route reads no drafts of one consultation (a registry, a list that filters itself,
 * a status), and says why: every read route says one or the other, which a test checks.
 */
export const ReadsNoDrafts = (why: string): MethodDecorator =>
  SetMetadata(READS_DRAFTS, { target: 'none', why } satisfies DraftsDeclaration);

/** Enforces @ReadsDraftsOf on the routes of a controller; runs after BearerAuthGuard has named the actor. */
@Injectable()
export class DraftsGuard implements CanActivate {
  private readonly access: DraftAccess;

  /**
   * Needs only the read side's database: a controller mounted on its own (a test of its
   * queries) carries its guard. The refusal log is AuthModule's wherever the API runs.
   */
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(DataSource) dataSource: DataSource,
    @Optional() @Inject(RefusalLog) refusals?: RefusalLog,
  ) {
    this.access = new DraftAccess(dataSource, refusals ?? new MemoryRefusalLog());
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declared = this.reflector.get<DraftsDeclaration | undefined>(READS_DRAFTS, context.getHandler());
    if (!declared || declared.target === 'none') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const actor = actorOf(request);
    // Every route under /api/v1 is authenticated first; without an actor there is nothing to decide here.
    if (!actor) return true;
    const id = request.params[declared.param];
    if (typeof id === 'string') await this.access.assertMayRead(request, actor, declared.target, id);
    return true;
  }
}
