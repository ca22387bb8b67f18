import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AnyLedgerCommand, CommandOutcome } from '#libs/contracts';
import { RegisterConsultation } from './commands/register-consultation.handler';

const COMMAND_CLASSES = {
  RegisterConsultation,
} satisfies Record<AnyLedgerCommand['type'], new (envelope: never) => unknown>;

/** The write side's single entry: the same for the in-process gateway and the internal HTTP endpoint. */
@Injectable()
export class LedgerCommandExecutor {
  constructor(@Inject(CommandBus) private readonly commandBus: CommandBus) {}

  execute(envelope: AnyLedgerCommand): Promise<CommandOutcome> {
    const CommandClass = COMMAND_CLASSES[envelope.type];
    return this.commandBus.execute(new CommandClass(envelope as never));
  }
}
