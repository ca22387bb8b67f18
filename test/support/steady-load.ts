import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient } from './http';

/** One command the load sent, with what the gateway answered (if it answered). */
export interface SentCommand {
  readonly n: number;
  readonly idempotencyKey: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** The id of what the command created, once a 201 acknowledged it. */
  acknowledgedId?: string;
  /** The status or error of the last attempt that was not acknowledged. */
  failure?: string;
}

/**
 * Commands at a steady rate (at most `maxInFlight` unanswered at once), as a secretariat's tools would send them, each with an
 * Idempotency-Key so an unanswered one can be sent again safely. Alternates registering a
 * consultation and registering a stakeholder, so several projections see every second.
 */
export class SteadyLoad {
  readonly sent: SentCommand[] = [];
  private inFlight = 0;
  /** Commands first acknowledged when sent again after the load stopped. */
  acknowledgedOnResend = 0;
  private running = false;
  private loop?: Promise<void>;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly gateway: HttpClient,
    private readonly commandsPerSecond: number,
    private readonly runLabel: string,
    private readonly maxInFlight = 16,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all(this.pending);
  }

  /** Commands sent and not yet answered, right now. */
  get commandsInFlight(): number {
    return this.inFlight;
  }

  get acknowledged(): SentCommand[] {
    return this.sent.filter((command) => command.acknowledgedId !== undefined);
  }

  get unacknowledged(): SentCommand[] {
    return this.sent.filter((command) => command.acknowledgedId === undefined);
  }

  /** Waits until at least `count` more commands are acknowledged: the system is taking load again. */
  async awaitAcknowledgements(count: number, timeoutMs = 120_000): Promise<void> {
    const target = this.acknowledged.length + count;
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.length < target) {
      if (Date.now() > deadline)
        throw new Error(
          `only ${this.acknowledged.length} of ${target} commands acknowledged after ${timeoutMs} ms; last failure: ${this.sent.at(-1)?.failure}`,
        );
      await sleep(50);
    }
  }

  /** Sends one command again with its own Idempotency-Key, as a client does after losing the answer. */
  async resend(command: SentCommand): Promise<void> {
    await this.attempt(command);
    if (command.acknowledgedId !== undefined) this.acknowledgedOnResend++;
  }

  private async run(): Promise<void> {
    const intervalMs = 1000 / this.commandsPerSecond;
    let nextAt = Date.now();
    for (let n = 0; this.running; n++) {
      // As a real client pool does, never more than so many commands waiting for an answer.
      while (this.inFlight >= this.maxInFlight && this.running) await sleep(5);
      if (!this.running) break;
      const command = this.nextCommand(n);
      this.sent.push(command);
      const attempt = this.attempt(command).finally(() => this.pending.delete(attempt));
      this.pending.add(attempt);
      nextAt = Math.max(nextAt + intervalMs, Date.now());
      await sleep(nextAt - Date.now());
    }
  }

  private nextCommand(n: number): SentCommand {
    const idempotencyKey = `${this.runLabel}-${n}`;
    if (n % 2 === 0) {
      return {
        n,
        idempotencyKey,
        path: '/api/v1/consultations',
        body: {
          title: `مشاورة ${n} (${this.runLabel})`,
          body: 'ITU Council',
          subject: 'WSIS+20 review under load',
          originalLanguage: 'ar',
        },
      };
    }
    return {
      n,
      idempotencyKey,
      path: '/api/v1/stakeholders',
      body: { id: `${this.runLabel}-stakeholder-${n}`, name: `Stakeholder ${n}`, category: 'civil-society', region: 'global' },
    };
  }

  private async attempt(command: SentCommand): Promise<void> {
    this.inFlight++;
    try {
      const answer = await this.gateway.post(command.path, command.body, { 'idempotency-key': command.idempotencyKey });
      if (answer.status === 201 || (answer.status === 200 && answer.headers.get('idempotent-replayed') === 'true')) {
        command.acknowledgedId = String(answer.json.id);
        command.failure = undefined;
      } else {
        command.failure = `${answer.status} ${answer.text.slice(0, 200)}`;
      }
    } catch (error) {
      command.failure = (error as Error).message;
    } finally {
      this.inFlight--;
    }
  }
}
