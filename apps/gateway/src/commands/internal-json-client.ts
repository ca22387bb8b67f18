import { Agent, request } from 'node:http';

/** What the ledger's internal API answered: the status and the parsed JSON body. */
export interface InternalAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The ledger did not answer in time, or the connection failed. */
export class InternalApiUnreachable extends Error {}

/**
 * POSTs JSON to the ledger's internal API over kept-alive connections (node:http; the
 * global fetch costs several times the CPU per call, which the write path feels).
 */
export class InternalJsonClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });

  constructor(
    private readonly baseUrl: string,
    private readonly internalApiToken: string,
  ) {}

  post(path: string, body: unknown, timeoutMs: number): Promise<InternalAnswer> {
    const payload = Buffer.from(JSON.stringify(body), 'utf8');
    return new Promise((resolve, reject) => {
      const sent = request(
        new URL(path, this.baseUrl),
        {
          method: 'POST',
          agent: this.agent,
          timeout: timeoutMs,
          headers: { 'content-type': 'application/json', 'content-length': payload.length, 'x-internal-token': this.internalApiToken },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(new InternalApiUnreachable(error.message)));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: response.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) });
            } catch {
              resolve({ status: response.statusCode ?? 0, body: undefined });
            }
          });
        },
      );
      sent.on('timeout', () => sent.destroy(new InternalApiUnreachable(`no answer within ${timeoutMs} ms`)));
      sent.on('error', (error) => reject(error instanceof InternalApiUnreachable ? error : new InternalApiUnreachable(error.message)));
      sent.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
