import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CommandOutcome } from '#libs/contracts';

/** How a command ended, as `ledger_commands_total` labels it. */
export type CommandOutcomeLabel = 'accepted' | 'replayed' | 'refused' | 'conflict' | 'error';

/** How an append ended, as `ledger_event_store_append_duration_seconds` labels it. */
export type AppendOutcomeLabel = 'appended' | 'replayed' | 'conflict' | 'error';

/** Where a refusal was made: the access refusal log (401, 403 on record) or the write side's refusal codes. */
export type RefusalSource = 'access' | 'command';

/**
 * The outcome label of a command: a race lost to another writer (`conflict`,
 * `precondition-failed`) is told apart from the rules refusing it.
 */
export function commandOutcomeLabel(outcome: CommandOutcome): CommandOutcomeLabel {
  if (outcome.ok) return outcome.replayed ? 'replayed' : 'accepted';
  return outcome.refusal.code === 'conflict' || outcome.refusal.code === 'precondition-failed' ? 'conflict' : 'refused';
}

/** `2xx`, `4xx`...: the status class label of an HTTP answer. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

/**
 * The metrics of one process, on its own registry (never prom-client's global one), so that
 * the embedded default, which runs every service in one process, registers each metric once.
 * Counters and histograms fed from hot paths are here; gauges read at scrape time are
 * registered on `registry` by the service that owns what they measure.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'ledger_commands_total',
    help: 'Commands the write side executed, by command kind and outcome (accepted, replayed, refused, conflict, error).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly refusals = new Counter({
    name: 'ledger_refusals_total',
    help: 'Refusals by source (access: 401 and 403 on record in access_refusals; command: the write side refused a command) and reason code.',
    labelNames: ['source', 'reason'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'ledger_event_store_append_duration_seconds',
    help: 'Time of one append to the event store, from the command handing it over to the commit of the append_batch statement that carried it, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly httpRequestDuration = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its answer, by method, route template and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts a command the write side answered; a refusal is counted by its reason too. */
  recordCommand(kind: string, outcome: CommandOutcome): void {
    this.commands.inc({ kind, outcome: commandOutcomeLabel(outcome) });
    if (!outcome.ok) this.refusals.inc({ source: 'command', reason: outcome.refusal.code });
  }

  /** Counts a command that failed with an error instead of an outcome. */
  recordCommandError(kind: string): void {
    this.commands.inc({ kind, outcome: 'error' });
  }

  /** Counts a refusal of the access log: a refused token (by its code), a role, a rule of the object, a restricted consultation. */
  recordAccessRefusal(reason: string): void {
    this.refusals.inc({ source: 'access', reason });
  }

  /** Times an append to the event store. */
  recordAppend(outcome: AppendOutcomeLabel, seconds: number): void {
    this.appendDuration.observe({ outcome }, seconds);
  }
}

/**
 * One reading shared by every gauge it feeds: the registry collects its metrics all at once,
 * so the gauges of one scrape ask while the first reading is still under way and get it too.
 */
export function sharedReading<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  return () => {
    current ??= read().finally(() => {
      current = undefined;
    });
    return current;
  };
}
