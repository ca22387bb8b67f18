import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RefusalParams } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';
import { AuthenticatedActor, ProblemException } from '#libs/runtime';
import { Accepted, CommandRequest, CommandSender } from '../commands/command-sender';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** A command the write side recorded, or why it was refused: the problem's code, status and detail. */
export type WebOutcome =
  | { readonly ok: true; readonly outcome: Accepted }
  | {
      readonly ok: false;
      readonly code: string;
      readonly status: number;
      readonly detail: string;
      /** The refusal's message key and parameters, to render the detail in the page's language. */
      readonly key?: string;
      readonly params?: RefusalParams;
    };

/**
 * Sends the pages' commands through the API's own command sender, so that a form records
 * exactly what the same request to the API would: same actor, same rules, the form's
 * idempotency key as the Idempotency-Key header.
 */
@Injectable()
export class WebCommands {
  constructor(@Inject(CommandSender) private readonly sender: CommandSender) {}

  /** The command request of a form post; its key (the form's hidden `key`) becomes the idempotency key. */
  contextOf(actor: AuthenticatedActor, request: Request, response: Response, key: unknown): CommandRequest {
    if (typeof key === 'string' && IDEMPOTENCY_KEY.test(key)) request.headers['idempotency-key'] = key;
    else delete request.headers['idempotency-key'];
    delete request.headers['if-match'];
    return new CommandRequest(actor, request, response);
  }

  async send(context: CommandRequest, command: LedgerCommand): Promise<WebOutcome> {
    try {
      return { ok: true, outcome: await this.sender.send(context, command) };
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const { type: problemType, status, detail, title, key, params } = error.problem;
      return {
        ok: false,
        code: problemType.split('/').pop() ?? 'invalid',
        status,
        detail: detail ?? title,
        ...(typeof key === 'string' ? { key, params: (params ?? {}) as RefusalParams } : {}),
      };
    }
  }
}
