import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand, LEDGER_COMMAND_TYPES } from '#libs/domain';
import { ProblemException, problem } from '#libs/runtime';
import { LedgerCommandExecutor } from './ledger-command-executor';

/**
 * The write side's endpoint for the gateway in the full mode. Commands arrive already
 * validated by the gateway; this checks only that the envelope is one we know.
 */
@ApiExcludeController()
@Controller('internal/commands')
export class InternalCommandsController {
  constructor(@Inject(LedgerCommandExecutor) private readonly executor: LedgerCommandExecutor) {}

  @Post()
  @HttpCode(200)
  execute(@Body() envelope: AnyLedgerCommand): Promise<CommandOutcome> {
    if (!envelope || !LEDGER_COMMAND_TYPES.includes(envelope.type) || typeof envelope.actor?.id !== 'string') {
      throw new ProblemException(problem(400, 'unknown-command', 'Unknown command', 'The envelope names no known command type.'));
    }
    return this.executor.execute(envelope);
  }
}
