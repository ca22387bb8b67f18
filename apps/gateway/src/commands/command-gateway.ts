import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand } from '#libs/domain';

/** How the gateway hands a command to the write side: in process, or over HTTP to the ledger service. */
export abstract class CommandGateway {
  abstract send(command: AnyLedgerCommand): Promise<CommandOutcome>;
}
