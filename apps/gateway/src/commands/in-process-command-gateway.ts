import { CommandEnvelope, CommandOutcome } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';
import { CommandGateway } from './command-gateway';

/** The embedded default: the ledger's executor runs in this process. */
export class InProcessCommandGateway extends CommandGateway {
  constructor(private readonly executor: { execute(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome> }) {
    super();
  }

  send(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome> {
    return this.executor.execute(envelope);
  }
}
