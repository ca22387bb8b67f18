import { Command } from '@nestjs/cqrs';
import { CommandOutcome, LedgerCommand } from '#libs/contracts';

/** The CQRS command that carries a ledger command envelope to its handler. */
export abstract class ExecuteLedgerCommand<Envelope extends LedgerCommand> extends Command<CommandOutcome> {
  constructor(readonly envelope: Envelope) {
    super();
  }
}
