/**
 * The benchmark harness: suites of named cases, each timed as the median of several runs
 * after warm-up, with the memory it took. A new suite (HTTP throughput, projection
 * rebuild, audit verification...) is a `BenchSuite` registered in suites/index.ts.
 */

/** One measured thing. `setup` builds its input outside the timing; `run` is timed. */
export interface BenchCase<State = unknown> {
  readonly name: string;
  readonly description: string;
  setup(): State | Promise<State>;
  run(state: State): unknown;
  teardown?(state: State): void | Promise<void>;
  /** The aim for one run's median, when there is one. */
  readonly budgetMs?: number;
  /** Work done per run (amendments applied, requests served...), for a throughput figure. */
  readonly operationsPerRun?: number;
  readonly runs?: number;
  readonly warmupRuns?: number;
  /** Facts about the input worth printing beside the figures (sizes, counts), computed after setup. */
  facts?(state: State): Record<string, string | number>;
}

export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  readonly cases: readonly BenchCase<any>[];
}

/** Declares a case with its state type inferred from `setup`. */
export function benchCase<State>(definition: BenchCase<State>): BenchCase<State> {
  return definition;
}

export interface CaseResult {
  readonly suite: string;
  readonly case: string;
  readonly description: string;
  readonly runs: number;
  readonly warmupRuns: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly budgetMs?: number;
  readonly withinBudget?: boolean;
  readonly operationsPerSecond?: number;
  /** Resident set size after setup, before the timed runs. */
  readonly rssAfterSetupMb: number;
  /** The process's peak resident set size (setup included), from the kernel. Only meaningful when the case ran in its own process. */
  readonly peakRssMb: number;
  /** The largest heap in use seen after a run. */
  readonly peakHeapUsedMb: number;
  readonly isolated: boolean;
  readonly facts: Record<string, string | number>;
}

export interface MeasureOptions {
  readonly runs?: number;
  readonly warmupRuns?: number;
  readonly isolated: boolean;
}

const MB = 1024 * 1024;

/** Runs one case: setup, warm-up, timed runs, teardown. */
export async function measureCase(suite: BenchSuite, benchmark: BenchCase<any>, options: MeasureOptions): Promise<CaseResult> {
  const runs = options.runs ?? benchmark.runs ?? 15;
  const warmupRuns = options.warmupRuns ?? benchmark.warmupRuns ?? 5;
  const state = await benchmark.setup();
  const facts = benchmark.facts?.(state) ?? {};
  global.gc?.();
  const rssAfterSetup = process.memoryUsage().rss;

  for (let i = 0; i < warmupRuns; i++) await benchmark.run(state);
  const times: number[] = [];
  let peakHeapUsed = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const outcome = benchmark.run(state);
    if (outcome instanceof Promise) await outcome;
    times.push(performance.now() - started);
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  }
  await benchmark.teardown?.(state);

  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = percentile(sorted, 0.5);
  return {
    suite: suite.name,
    case: benchmark.name,
    description: benchmark.description,
    runs,
    warmupRuns,
    medianMs: round(medianMs),
    minMs: round(sorted[0]),
    p95Ms: round(percentile(sorted, 0.95)),
    maxMs: round(sorted[sorted.length - 1]),
    meanMs: round(times.reduce((sum, t) => sum + t, 0) / times.length),
    ...(benchmark.budgetMs !== undefined && { budgetMs: benchmark.budgetMs, withinBudget: medianMs <= benchmark.budgetMs }),
    ...(benchmark.operationsPerRun !== undefined && { operationsPerSecond: Math.round((benchmark.operationsPerRun * 1000) / medianMs) }),
    rssAfterSetupMb: round(rssAfterSetup / MB),
    // maxRSS is in kilobytes.
    peakRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
    peakHeapUsedMb: round(peakHeapUsed / MB),
    isolated: options.isolated,
    facts,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The results as a short Markdown table. */
export function markdownTable(results: readonly CaseResult[], header: string): string {
  const lines = [
    header,
    '',
    '| suite | case | median ms | p95 ms | budget ms | ops/s | peak RSS MB | peak heap MB | facts |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) =>
      [
        r.suite,
        r.case,
        r.medianMs.toFixed(2),
        r.p95Ms.toFixed(2),
        r.budgetMs === undefined ? '' : `${r.budgetMs}${r.withinBudget ? ' ✓' : ' ✗'}`,
        r.operationsPerSecond?.toLocaleString('en') ?? '',
        r.peakRssMb.toFixed(1),
        r.peakHeapUsedMb.toFixed(1),
        Object.entries(r.facts).map(([key, value]) => `${key}: ${value}`).join(', '),
      ].join(' | ').replace(/^/u, '| ').replace(/$/u, ' |'),
    ),
  ];
  return lines.join('\n') + '\n';
}
