import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand } from '#libs/domain';
import { ProblemException, problem } from '#libs/runtime';
import { CommandGateway } from './command-gateway';

const LEDGER_TIMEOUT_MS = 15_000;

/** The full mode: commands go to the ledger service's internal endpoint. */
export class HttpCommandGateway extends CommandGateway {
  constructor(
    private readonly ledgerUrl: string,
    private readonly internalApiToken: string,
  ) {
    super();
  }

  async send(command: AnyLedgerCommand): Promise<CommandOutcome> {
    let response: Response;
    try {
      response = await fetch(new URL('/internal/commands', this.ledgerUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-internal-token': this.internalApiToken },
        body: JSON.stringify(command),
        signal: AbortSignal.timeout(LEDGER_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ProblemException(
        problem(503, 'ledger-unavailable', 'Write side unavailable', 'The ledger service did not answer; retry later.'),
      );
    }
    if (!response.ok) {
      throw new ProblemException(
        problem(502, 'ledger-error', 'Write side error', `The ledger service answered ${response.status}.`),
      );
    }
    return (await response.json()) as CommandOutcome;
  }
}
