import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand } from '#libs/domain';
import { CommandGateway } from './command-gateway';

/** The embedded default: the ledger's executor runs in this process. */
export class InProcessCommandGateway extends CommandGateway {
  constructor(private readonly executor: { execute(command: AnyLedgerCommand): Promise<CommandOutcome> }) {
    super();
  }

  send(command: AnyLedgerCommand): Promise<CommandOutcome> {
    return this.executor.execute(command);
  }
}
