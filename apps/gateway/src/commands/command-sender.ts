import { ExecutionContext, Inject, Injectable, createParamDecorator } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { Actor, CommandOutcome } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';
import { ProblemException, RefusalLog, actorOf, problem, refusalProblem } from '#libs/runtime';
import { CommandGateway } from './command-gateway';
import { correlationId } from '../http/request-context';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** The HTTP side of a command: who asks, its idempotency key and If-Match, and the answer's headers. */
export class CommandRequest {
  readonly idempotencyKey?: string;
  readonly expectedVersion?: number;

  constructor(
    readonly actor: Actor,
    readonly request: Request,
    readonly response: Response,
  ) {
    const key = request.header('idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', 'Idempotency-Key must be 8 to 128 letters, digits or . _ : -'),
      );
    }
    this.idempotencyKey = key;
    const ifMatch = request.header('if-match');
    if (ifMatch !== undefined) {
      const match = /^(?:W\/)?"(\d+)"$/.exec(ifMatch.trim());
      if (!match)
        throw new ProblemException(problem(400, 'validation', 'Invalid request', 'If-Match must be an ETag this API issued, like "3"'));
      this.expectedVersion = Number(match[1]);
    }
  }

  /**
   * A new id for something this request creates. With an idempotency key the id is derived
   * from it, so that a repeated request names the same things and is recognised as the same.
   */
  newId(purpose: string): string {
    if (!this.idempotencyKey) return randomUUID();
    const hex = createHash('sha256').update(`${this.actor.id}\u0000${this.idempotencyKey}\u0000${purpose}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** The command request of an authenticated route: its actor, headers and response. */
export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext): CommandRequest => {
  const http = context.switchToHttp();
  const request = http.getRequest<Request>();
  const actor = actorOf(request);
  // A programming error, not the caller's: commands are never public routes.
  if (!actor) throw new Error('@CommandContext() on a route that BearerAuthGuard does not authenticate');
  return new CommandRequest(actor, request, http.getResponse<Response>());
});

export type Accepted = Extract<CommandOutcome, { ok: true }>;

/** Sends commands to the write side and turns refusals into problem details; a refusal of the actor (403) is recorded for auditors. */
@Injectable()
export class CommandSender {
  constructor(
    @Inject(CommandGateway) private readonly gateway: CommandGateway,
    @Inject(RefusalLog) private readonly refusals: RefusalLog,
  ) {}

  async send(context: CommandRequest, command: LedgerCommand, location?: string): Promise<Accepted> {
    const outcome = await this.gateway.send({
      command,
      metadata: {
        actor: { id: context.actor.id, role: context.actor.role, ...(context.actor.roles ? { roles: context.actor.roles } : {}) },
        correlationId: correlationId(context.request, context.response),
        requestedAt: new Date().toISOString(),
        ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey } : {}),
        ...(context.expectedVersion !== undefined ? { expectedVersion: context.expectedVersion } : {}),
      },
    });
    if (!outcome.ok) {
      if (outcome.refusal.code === 'not-allowed')
        await this.refusals.recordRequest(context.request, 403, 'not-allowed', outcome.refusal.message);
      throw new ProblemException(refusalProblem(outcome.refusal, context.request.header('accept-language')));
    }
    context.response.setHeader('ETag', `"${outcome.streamVersion}"`);
    if (outcome.replayed) context.response.setHeader('Idempotent-Replayed', 'true');
    if (location) context.response.location(location);
    return outcome;
  }
}
