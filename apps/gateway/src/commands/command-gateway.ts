import { CommandEnvelope, CommandOutcome } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';

/** How the gateway hands a command to the write side: in process, or over HTTP to the ledger service. */
export abstract class CommandGateway {
  abstract send(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome>;
}
