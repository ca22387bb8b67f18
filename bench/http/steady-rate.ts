/**
 * Command-to-read-model lag at a steady rate: commands sent on a fixed schedule (an open
 * loop: the next one leaves on time whether or not the last was answered), and for each the
 * time from its HTTP acknowledgement (201 with its global position) to the moment the read
 * models show it (the projections' checkpoint passed that position, see projection-watch).
 * One command in `readSampleEvery` is also read back through the gateway's read endpoint
 * (every 5 ms, as its sender) until it answers 200, the lag a client that polls would see.
 */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencySummary, summarizeLatencies } from '../latency';
import { WorkloadCommand, CommandStream } from './negotiation-workload';
import { ProjectionWatch } from './projection-watch';

export interface SteadyRateOptions {
  readonly gatewayUrl: string;
  readonly commands: CommandStream;
  readonly watch: ProjectionWatch;
  readonly ratePerSecond: number;
  readonly durationSeconds: number;
  /** Beyond this many unanswered commands the schedule sheds (counted), instead of piling up sockets. */
  readonly maxInFlight: number;
  readonly readSampleEvery: number;
  /** How long to wait for the last commands to show, ms. */
  readonly drainTimeoutMs?: number;
}

export interface SteadyRateResult {
  readonly targetRatePerSecond: number;
  /** Commands recorded (201) per second of the schedule. */
  readonly achievedRatePerSecond: number;
  readonly sent: number;
  readonly recorded: number;
  readonly shed: number;
  readonly refused: Readonly<Record<string, number>>;
  /** Sending to the 201. */
  readonly acknowledgement: LatencySummary;
  /** The 201 to the projections' checkpoint passing the command's position. */
  readonly lag: LatencySummary;
  /** The 201 to the first 200 of the read endpoint, for the sampled commands. */
  readonly readLag: LatencySummary;
  /** Recorded commands the read models had not shown when the drain timed out. */
  readonly neverShown: number;
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

function send(agent: Agent, base: URL, method: string, path: string, token: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runSteadyRate(options: SteadyRateOptions): Promise<SteadyRateResult> {
  const base = new URL(options.gatewayUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxInFlight + 16 });
  const acknowledgements: number[] = [];
  const lags: number[] = [];
  const readLags: number[] = [];
  const refused: Record<string, number> = {};
  const shown: Promise<void>[] = [];
  let inFlight = 0;
  let sent = 0;
  let shed = 0;

  const readBack = async (command: WorkloadCommand, id: string, acknowledgedAt: number): Promise<void> => {
    const deadline = acknowledgedAt + (options.drainTimeoutMs ?? 60_000);
    while (performance.now() < deadline) {
      // As the stakeholder who sent it: reads count against its own rate limit, not one shared reader's.
      const answer = await send(agent, base, 'GET', command.readPath(id), command.token);
      if (answer.status === 200) {
        readLags.push(performance.now() - acknowledgedAt);
        return;
      }
      await sleep(5);
    }
  };

  const dispatch = async (command: WorkloadCommand, serial: number): Promise<void> => {
    const sentAt = performance.now();
    inFlight++;
    let answer: Answer;
    try {
      answer = await send(agent, base, command.method, command.path, command.token, command.body);
    } catch {
      refused.error = (refused.error ?? 0) + 1;
      return;
    } finally {
      inFlight--;
    }
    const acknowledgedAt = performance.now();
    if (answer.status !== 201) {
      refused[answer.status] = (refused[answer.status] ?? 0) + 1;
      return;
    }
    acknowledgements.push(acknowledgedAt - sentAt);
    const { id, position } = JSON.parse(answer.body) as { id: string; position: number };
    shown.push(
      options.watch.visibleAt(position).then((visibleAt) => {
        lags.push(Math.max(0, visibleAt - acknowledgedAt));
      }),
    );
    if (serial % options.readSampleEvery === 0) shown.push(readBack(command, id, acknowledgedAt));
  };

  options.watch.start();
  const started = performance.now();
  const durationMs = options.durationSeconds * 1000;
  const dispatched: Promise<void>[] = [];
  for (let elapsed = 0; elapsed < durationMs; elapsed = performance.now() - started) {
    const due = Math.floor((elapsed * options.ratePerSecond) / 1000);
    while (sent + shed < due) {
      if (inFlight >= options.maxInFlight) {
        shed++;
        continue;
      }
      dispatched.push(dispatch(options.commands.next(), sent++));
    }
    await sleep(1);
  }
  await Promise.all(dispatched);
  const drained = new AbortController();
  await Promise.race([
    Promise.all(shown),
    sleep(options.drainTimeoutMs ?? 60_000, undefined, { signal: drained.signal }).catch(() => undefined),
  ]);
  drained.abort();
  await options.watch.pause();
  const neverShown = acknowledgements.length - lags.length;
  agent.destroy();
  return {
    targetRatePerSecond: options.ratePerSecond,
    achievedRatePerSecond: Math.round((acknowledgements.length * 1000) / durationMs),
    sent,
    recorded: acknowledgements.length,
    shed,
    refused,
    acknowledgement: summarizeLatencies(acknowledgements),
    lag: summarizeLatencies(lags),
    readLag: summarizeLatencies(readLags),
    neverShown,
  };
}
