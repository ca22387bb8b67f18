import { AuditReport, SignedCheckpoint } from '#libs/audit';
import { ProblemException, problem } from '#libs/runtime';

/** A checkpoint written or found, or why there is none. */
export interface CheckpointAnswer {
  readonly checkpoint?: SignedCheckpoint & { readonly id: string };
  readonly refusal?: string;
}

/** How the gateway reaches the ledger's audit: in process, or over HTTP to the ledger service. */
export abstract class AuditGateway {
  abstract verify(): Promise<AuditReport>;
  abstract checkpoint(): Promise<CheckpointAnswer>;
}

/** The ledger's audit service when it runs in this process (its shape, so the gateway does not import the ledger). */
export interface InProcessAudit {
  verify(): Promise<AuditReport>;
  checkpointNow(): Promise<(SignedCheckpoint & { readonly id: string }) | undefined>;
  readonly checkpointRefusal?: string;
}

export class InProcessAuditGateway extends AuditGateway {
  constructor(private readonly audit: InProcessAudit) {
    super();
  }

  verify(): Promise<AuditReport> {
    return this.audit.verify();
  }

  async checkpoint(): Promise<CheckpointAnswer> {
    const checkpoint = await this.audit.checkpointNow();
    return checkpoint ? { checkpoint } : { refusal: this.audit.checkpointRefusal ?? 'no event is recorded yet' };
  }
}

// A verification reads the whole history (and the Kafka topic): minutes for millions of events.
const VERIFY_TIMEOUT_MS = 15 * 60_000;
const CHECKPOINT_TIMEOUT_MS = 60_000;

/** The full mode: the ledger service's internal audit API. */
export class HttpAuditGateway extends AuditGateway {
  constructor(
    private readonly ledgerUrl: string,
    private readonly internalApiToken: string,
  ) {
    super();
  }

  verify(): Promise<AuditReport> {
    return this.call('GET', '/internal/audit/verify', VERIFY_TIMEOUT_MS);
  }

  checkpoint(): Promise<CheckpointAnswer> {
    return this.call('POST', '/internal/audit/checkpoints', CHECKPOINT_TIMEOUT_MS);
  }

  private async call<T>(method: string, path: string, timeoutMs: number): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.ledgerUrl), {
        method,
        headers: { 'x-internal-token': this.internalApiToken },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ProblemException(problem(503, 'ledger-unavailable', 'Write side unavailable', 'The ledger service did not answer; retry later.'));
    }
    if (!response.ok) throw new ProblemException(problem(502, 'ledger-error', 'Write side error', `The ledger service answered ${response.status}.`));
    return (await response.json()) as T;
  }
}
