import { CommandEnvelope, CommandOutcome } from '#libs/contracts';
import { LedgerCommand } from '#libs/domain';
import { ProblemException, problem } from '#libs/runtime';
import { CommandGateway } from './command-gateway';
import { InternalJsonClient } from './internal-json-client';

const LEDGER_TIMEOUT_MS = 15_000;

/** The full mode: commands go to the ledger service's internal endpoint. */
export class HttpCommandGateway extends CommandGateway {
  private readonly client: InternalJsonClient;

  constructor(ledgerUrl: string, internalApiToken: string) {
    super();
    this.client = new InternalJsonClient(ledgerUrl, internalApiToken);
  }

  async send(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome> {
    let answer;
    try {
      answer = await this.client.post('/internal/commands', envelope, LEDGER_TIMEOUT_MS);
    } catch {
      throw new ProblemException(
        problem(503, 'ledger-unavailable', 'Write side unavailable', 'The ledger service did not answer; retry later.'),
      );
    }
    if (answer.status < 200 || answer.status >= 300 || answer.body === undefined) {
      throw new ProblemException(problem(502, 'ledger-error', 'Write side error', `The ledger service answered ${answer.status}.`));
    }
    return answer.body as CommandOutcome;
  }

  onModuleDestroy(): void {
    this.client.close();
  }
}
