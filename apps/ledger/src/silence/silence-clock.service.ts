import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommandOutcome } from '#libs/contracts';
import { LedgerCommand, SYSTEM_ACTOR } from '#libs/domain';
import { AppConfig, Logger, createLogger } from '#libs/platform';
import { APP_CONFIG } from '#libs/runtime';
import { LedgerCommandExecutor } from '../ledger-command-executor';
import { OpenSilence, openSilences } from './open-silences';

/** The idempotency key of a silence's outcome: the same in every ledger process, so the outcome is recorded once. */
export function silenceOutcomeKey(documentId: string, silenceId: string): string {
  return `silence-outcome:${documentId}:${silenceId}`;
}

/** Timers longer than this overflow Node's 32-bit delay; the poll covers what lies beyond. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The ledger's clock: records the outcome of each silence once its deadline has passed, by
 * sending ConcludeSilence as the system through the ordinary command path. Every ledger
 * process runs one; the stream's optimistic concurrency, the decider's refusal of a second
 * conclusion and the shared idempotency key make one outcome of them all. It polls every
 * SILENCE_CLOCK_INTERVAL_MS and sets a timer for the nearest deadline, so a restart or a
 * missed timer costs at most one interval.
 */
@Injectable()
export class SilenceClockService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private poll?: NodeJS.Timeout;
  private nearest?: { readonly due: number; readonly timer: NodeJS.Timeout };
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LedgerCommandExecutor) private readonly executor: LedgerCommandExecutor,
  ) {
    this.logger = createLogger('silence-clock', config.logLevel);
  }

  onApplicationBootstrap(): void {
    this.poll = setInterval(() => void this.tick(), this.config.silenceClockIntervalMs);
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    if (this.nearest) clearTimeout(this.nearest.timer);
    await this.running;
  }

  /** One look at the open silences: conclude those due, and set the timer for the nearest one ahead. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    // One look at a time: a tick that comes while another runs waits for it and does not repeat it.
    this.running ??= this.concludeDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async concludeDue(): Promise<void> {
    try {
      const open = await openSilences(this.dataSource);
      const now = Date.now();
      for (const silence of open.filter((s) => s.due <= now)) {
        if (this.stopped) return;
        await this.conclude(silence, new Date(now).toISOString());
      }
      this.schedule(open.filter((s) => s.due > now));
    } catch (error) {
      this.logger.error('silences could not be concluded; the next look tries again', { error: (error as Error).message });
    }
  }

  private async conclude({ documentId, silenceId, deadline }: OpenSilence, requestedAt: string): Promise<void> {
    const command: LedgerCommand = { kind: 'ConcludeSilence', documentId, silenceId };
    const outcome: CommandOutcome = await this.executor.execute({
      command,
      metadata: { actor: SYSTEM_ACTOR, correlationId: randomUUID(), requestedAt, idempotencyKey: silenceOutcomeKey(documentId, silenceId) },
    });
    if (outcome.ok && !outcome.replayed) {
      this.logger.info('silence concluded at its deadline', { documentId, silenceId, deadline, position: outcome.position });
    } else if (outcome.ok || outcome.refusal.code === 'conflict') {
      // Another ledger process recorded it first: its outcome stands, and this one is quiet.
      this.logger.debug('silence already concluded', { documentId, silenceId });
    } else {
      this.logger.warn('the outcome of a silence was refused', { documentId, silenceId, refusal: outcome.refusal.message });
    }
  }

  private schedule(ahead: readonly OpenSilence[]): void {
    if (ahead.length === 0 || this.stopped) return;
    const due = Math.min(...ahead.map((s) => s.due));
    if (this.nearest?.due === due) return;
    if (this.nearest) clearTimeout(this.nearest.timer);
    const delay = Math.min(Math.max(due - Date.now(), 0) + 5, LONGEST_TIMER_MS);
    this.nearest = { due, timer: setTimeout(() => ((this.nearest = undefined), void this.tick()), delay) };
  }
}
