import { Readable } from 'node:stream';
import { AuditReport, BundleEnd, CitedExplanation, ReplayMoment, SignedCheckpoint } from '#libs/audit';
import { ProblemException, problem } from '#libs/runtime';

/** A checkpoint written or found, or why there is none. */
export interface CheckpointAnswer {
  readonly checkpoint?: SignedCheckpoint & { readonly id: string };
  readonly refusal?: string;
}

/** Why a provision reads as it does, or why that cannot be answered (no such document or provision at that moment). */
export type WhyAnswer =
  | { readonly ok: true; readonly explanation: CitedExplanation }
  | { readonly ok: false; readonly reason: string; readonly candidates?: readonly string[] };

/** Receives the bundle in chunks and says when it may take more. */
export type BundleSink = (text: string) => Promise<void>;

/** The audit cannot do what was asked with the ledger's configuration (no public key, say). */
export class AuditRefusedError extends Error {}

/** How the gateway reaches the ledger's audit: in process, or over HTTP to the ledger service. */
export abstract class AuditGateway {
  abstract verify(): Promise<AuditReport>;
  abstract checkpoint(): Promise<CheckpointAnswer>;
  /** Writes the audit bundle through `write`. */
  abstract bundle(write: BundleSink): Promise<void>;
  abstract why(documentId: string, provision: string, at: ReplayMoment): Promise<WhyAnswer>;
}

/** The ledger's audit service when it runs in this process (its shape, so the gateway does not import the ledger). */
export interface InProcessAudit {
  verify(): Promise<AuditReport>;
  checkpointNow(): Promise<(SignedCheckpoint & { readonly id: string }) | undefined>;
  readonly checkpointRefusal?: string;
  exportBundle(write: BundleSink): Promise<BundleEnd>;
  explainProvision(documentId: string, provision: string, at: ReplayMoment): Promise<WhyAnswer>;
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

  async bundle(write: BundleSink): Promise<void> {
    try {
      await this.audit.exportBundle(write);
    } catch (error) {
      // The ledger's AuditUnavailableError, known by name so that the gateway does not import the ledger.
      if ((error as Error)?.constructor?.name === 'AuditUnavailableError') throw new AuditRefusedError((error as Error).message);
      throw error;
    }
  }

  why(documentId: string, provision: string, at: ReplayMoment): Promise<WhyAnswer> {
    return this.audit.explainProvision(documentId, provision, at);
  }
}

// A verification reads the whole history (and the Kafka topic): minutes for millions of events.
const VERIFY_TIMEOUT_MS = 15 * 60_000;
const CHECKPOINT_TIMEOUT_MS = 60_000;
const BUNDLE_TIMEOUT_MS = 60 * 60_000;
const WHY_TIMEOUT_MS = 5 * 60_000;

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

  why(documentId: string, provision: string, at: ReplayMoment): Promise<WhyAnswer> {
    const query = new URLSearchParams();
    if (at.position !== undefined) query.set('position', String(at.position));
    if (at.time !== undefined) query.set('asOf', at.time);
    const path = `/internal/audit/documents/${encodeURIComponent(documentId)}/provisions/${encodeURIComponent(provision)}/why${query.size > 0 ? `?${query}` : ''}`;
    return this.call('GET', path, WHY_TIMEOUT_MS);
  }

  async bundle(write: BundleSink): Promise<void> {
    const response = await this.send('GET', '/internal/audit/bundle', BUNDLE_TIMEOUT_MS);
    if (response.status === 409)
      throw new AuditRefusedError(
        ((await response.json().catch(() => ({}))) as { detail?: string }).detail ?? 'the ledger refuses to export the bundle',
      );
    if (!response.ok || !response.body)
      throw new ProblemException(problem(502, 'ledger-error', 'Write side error', `The ledger service answered ${response.status}.`));
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)) {
      const text = decoder.decode(chunk as Uint8Array, { stream: true });
      if (text) await write(text);
    }
    const rest = decoder.decode();
    if (rest) await write(rest);
  }

  private async send(method: string, path: string, timeoutMs: number): Promise<Response> {
    try {
      return await fetch(new URL(path, this.ledgerUrl), {
        method,
        headers: { 'x-internal-token': this.internalApiToken },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ProblemException(
        problem(503, 'ledger-unavailable', 'Write side unavailable', 'The ledger service did not answer; retry later.'),
      );
    }
  }

  private async call<T>(method: string, path: string, timeoutMs: number): Promise<T> {
    const response = await this.send(method, path, timeoutMs);
    if (!response.ok)
      throw new ProblemException(problem(502, 'ledger-error', 'Write side error', `The ledger service answered ${response.status}.`));
    return (await response.json()) as T;
  }
}
