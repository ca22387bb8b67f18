/**
 * Commands per second at a fixed concurrency: `concurrency` keep-alive connections, each
 * sending its next command as soon as the previous one is answered (a closed loop), with
 * autocannon. Latency is each request's time from sending to its whole answer.
 */
import { LatencySummary, summarizeLatencies } from '../latency';
import { CommandStream } from './negotiation-workload';
// autocannon ships no types; this is the part used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: (options: Record<string, unknown>) => AutocannonRun = require('autocannon');

interface AutocannonRun extends PromiseLike<{ errors: number; timeouts: number }> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
}

export interface ClosedLoopResult {
  readonly concurrency: number;
  readonly durationMs: number;
  /** Commands recorded (201). */
  readonly recorded: number;
  readonly commandsPerSecond: number;
  /** Of the recorded commands. */
  readonly latency: LatencySummary;
  /** Answers other than 201, by status; socket errors and timeouts as `error` and `timeout`. */
  readonly refused: Readonly<Record<string, number>>;
  /** The first few refusals' bodies, to say why. */
  readonly refusalSamples: readonly string[];
}

export async function runClosedLoop(
  gatewayUrl: string,
  commands: CommandStream,
  concurrency: number,
  durationSeconds: number,
): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  const refusalSamples: string[] = [];
  const started = performance.now();
  const run = autocannon({
    url: gatewayUrl,
    connections: concurrency,
    pipelining: 1,
    duration: durationSeconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const command = commands.next();
          return {
            ...request,
            method: command.method,
            path: command.path,
            body: command.body,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${command.token}` },
          };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 201 && refusalSamples.length < 3) refusalSamples.push(`${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === 201) latencies.push(responseTimeMs);
    else refused[statusCode] = (refused[statusCode] ?? 0) + 1;
  });
  const result = await run;
  const durationMs = performance.now() - started;
  if (result.errors > 0) refused.error = result.errors;
  if (result.timeouts > 0) refused.timeout = result.timeouts;
  return {
    concurrency,
    durationMs: Math.round(durationMs),
    recorded: latencies.length,
    commandsPerSecond: Math.round((latencies.length * 1000) / durationMs),
    latency: summarizeLatencies(latencies),
    refused,
    refusalSamples,
  };
}
