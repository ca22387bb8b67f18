import { Body, Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { CommandEnvelope, CommandOutcome } from '#libs/contracts';
import { LedgerCommand, isCommandKind } from '#libs/domain';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, ProblemException, Public, problem } from '#libs/runtime';
import { LedgerCommandExecutor } from './ledger-command-executor';

export const INTERNAL_TOKEN_HEADER = 'x-internal-token';

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The write side's endpoint for the gateway in the full mode. Only the gateway may call it
 * (it presents the shared internal token); commands arrive already authenticated and
 * validated there, so this checks only that the envelope is one we know.
 */
@ApiExcludeController()
@Public()
@Controller('internal/commands')
export class InternalCommandsController {
  constructor(
    @Inject(LedgerCommandExecutor) private readonly executor: LedgerCommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  execute(@Body() envelope: CommandEnvelope<LedgerCommand>, @Headers(INTERNAL_TOKEN_HEADER) token?: string): Promise<CommandOutcome> {
    if (!sameSecret(token, this.config.internalApiToken)) {
      throw new ProblemException(problem(401, 'unauthenticated', 'Unauthenticated', 'Only the gateway calls the internal command API.'));
    }
    if (!isCommandKind(envelope?.command?.kind) || typeof envelope.metadata?.actor?.id !== 'string') {
      throw new ProblemException(problem(400, 'unknown-command', 'Unknown command', 'The envelope names no known command type.'));
    }
    return this.executor.execute(envelope);
  }
}
