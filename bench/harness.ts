/**
 * The benchmark harness: suites of named cases, each timed as the median of several runs
 * after warm-up, with the memory it took. A new suite (HTTP throughput, projection
 * rebuild, audit verification...) is a `BenchSuite` registered in suites/index.ts.
 *
 * A case may also report figures of its own (a rate, a latency, a memory peak), each
 * optionally set against the physical limit it is a share of: another figure of the same
 * run, named by its key (the raw PostgreSQL insert rate, the bare Kafka consumer...).
 */

/**
 * One measured figure beyond the case's timing. `limitKey` names the figure of the same run
 * that is its physical limit (the ratio is computed when both ran); `aim` is an absolute
 * target in the figure's unit, `aimShareOfLimit` a target share of the limit (0.3 = 30 %).
 */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** Rates: higher; latencies and memory: lower. */
  readonly better: 'higher' | 'lower';
  readonly limitKey?: string;
  readonly aim?: number;
  readonly aimShareOfLimit?: number;
  /** How it was measured, in a few words, when the label does not say. */
  readonly note?: string;
}

/** Infrastructure a suite's cases expect: given by DATABASE_URL and KAFKA_BROKERS, or started once by the runner. */
export type Infrastructure = 'postgres' | 'kafka';

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
  /** Facts about the input and the runs worth printing beside the figures (sizes, counts), read after teardown. */
  facts?(state: State): Record<string, string | number>;
  /** Figures the runs measured (rates, latencies, memory of the processes it drove), read after teardown. */
  figures?(state: State): readonly Figure[];
  /** What this case needs, when not what its suite needs. */
  readonly needs?: readonly Infrastructure[];
}

export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  readonly cases: readonly BenchCase<any>[];
  readonly needs?: readonly Infrastructure[];
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
  readonly figures: readonly Figure[];
  /** Setup, warm-up, timed runs and teardown: what the case cost the whole benchmark. */
  readonly wallMs: number;
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
  const wallStarted = performance.now();
  const state = await benchmark.setup();
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
  const facts = benchmark.facts?.(state) ?? {};
  const figures = benchmark.figures?.(state) ?? [];

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
    figures,
    wallMs: Math.round(performance.now() - wallStarted),
  };
}

/** The p-quantile (0..1) of ascending values, interpolated between neighbours. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A figure with its limit looked up among the figures of the run. */
export interface ResolvedFigure extends Figure {
  readonly suite: string;
  readonly case: string;
  readonly limit?: { readonly label: string; readonly value: number; readonly unit: string };
  /** value / limit: a share for rates, a multiple for latencies. */
  readonly ratioToLimit?: number;
  readonly aimMet?: boolean;
}

/** Sets each figure beside its limit, when the limit was measured in the same run. */
export function resolveFigures(results: readonly CaseResult[]): ResolvedFigure[] {
  const byKey = new Map(results.flatMap((r) => r.figures.map((f) => [f.key, f] as const)));
  return results.flatMap((r) =>
    r.figures.map((figure): ResolvedFigure => {
      const limit = figure.limitKey === undefined ? undefined : byKey.get(figure.limitKey);
      const ratioToLimit = limit && limit.value > 0 ? figure.value / limit.value : undefined;
      const aims: boolean[] = [];
      if (figure.aim !== undefined) aims.push(figure.better === 'higher' ? figure.value >= figure.aim : figure.value <= figure.aim);
      if (figure.aimShareOfLimit !== undefined && ratioToLimit !== undefined) aims.push(ratioToLimit >= figure.aimShareOfLimit);
      return {
        ...figure,
        suite: r.suite,
        case: r.case,
        ...(limit && { limit: { label: limit.label, value: limit.value, unit: limit.unit } }),
        ...(ratioToLimit !== undefined && { ratioToLimit: Math.round(ratioToLimit * 10_000) / 10_000 }),
        ...(aims.length > 0 && { aimMet: aims.every(Boolean) }),
      };
    }),
  );
}

function formatValue(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return value.toLocaleString('en', { maximumFractionDigits: Math.abs(value) >= 10 ? 1 : 2 });
}

function formatRatio(figure: ResolvedFigure): string {
  if (figure.ratioToLimit === undefined) return '';
  return figure.better === 'higher' ? `${(figure.ratioToLimit * 100).toFixed(1)} %` : `${figure.ratioToLimit.toFixed(1)} ×`;
}

function formatAim(figure: ResolvedFigure): string {
  const parts: string[] = [];
  if (figure.aim !== undefined) parts.push(`${figure.better === 'higher' ? '≥' : '≤'} ${formatValue(figure.aim)} ${figure.unit}`);
  if (figure.aimShareOfLimit !== undefined) parts.push(`≥ ${Math.round(figure.aimShareOfLimit * 100)} % of limit`);
  if (parts.length === 0) return '';
  return `${parts.join(', ')}${figure.aimMet === undefined ? '' : figure.aimMet ? ' ✓' : ' ✗'}`;
}

/** A row of a figures table: one figure, or a p50 and its p99 side by side. */
interface FigureRow {
  readonly label: string;
  readonly figures: readonly ResolvedFigure[];
}

/** Pairs each `…p50` figure with its `…p99` sibling, keeping the order of the first. */
function figureRows(figures: readonly ResolvedFigure[]): FigureRow[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const paired = new Set<string>();
  const rows: FigureRow[] = [];
  for (const figure of figures) {
    if (paired.has(figure.key)) continue;
    const sibling = figure.key.endsWith('.p50') ? byKey.get(`${figure.key.slice(0, -4)}.p99`) : undefined;
    if (sibling) {
      paired.add(sibling.key);
      rows.push({ label: figure.label.replace(/\bp50\b/u, 'p50 / p99'), figures: [figure, sibling] });
    } else {
      rows.push({ label: figure.label, figures: [figure] });
    }
  }
  return rows;
}

function tableOf(rows: readonly FigureRow[], withLimits: boolean): string {
  const joined = (values: readonly string[]) => (values.every((v) => v === '') ? '' : values.join(' / '));
  const lines = [
    withLimits ? '| figure | value | physical limit (same run) | limit | ratio | aim |' : '| limit | value |',
    withLimits ? '|---|---:|---|---:|---:|---|' : '|---|---:|',
    ...rows.map(({ label, figures }) => {
      const first = figures[0];
      const note = figures.map((f) => f.note).find(Boolean);
      const value = `${figures.map((f) => formatValue(f.value)).join(' / ')} ${first.unit}`;
      const cells = [label + (note ? ` (${note})` : ''), value];
      if (withLimits) {
        const limitLabel =
          first.limit?.label.replace(/\bp50\b/u, figures.length > 1 ? 'p50 / p99' : 'p50') ??
          (first.limitKey ? `${first.limitKey} (not run)` : '');
        cells.push(
          limitLabel,
          first.limit ? `${joined(figures.map((f) => (f.limit ? formatValue(f.limit.value) : '')))} ${first.limit.unit}` : '',
          joined(figures.map(formatRatio)),
          figures.map(formatAim).filter(Boolean).join('; '),
        );
      }
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  return lines.join('\n') + '\n';
}

/**
 * The figures as Markdown: those set against a limit or an aim, each beside its limit, the
 * ratio and the aim; then the physical limits themselves. A p50 and its p99 share a row.
 */
export function figuresTable(figures: readonly ResolvedFigure[]): string {
  if (figures.length === 0) return '';
  const referenced = new Set(figures.flatMap((f) => (f.limitKey ? [f.limitKey] : [])));
  const isLimit = (f: ResolvedFigure) => referenced.has(f.key) || f.key.startsWith('limits.');
  const measured = figures.filter((f) => !isLimit(f));
  const limits = figures.filter(isLimit);
  return [
    measured.length > 0 ? tableOf(figureRows(measured), true) : '',
    limits.length > 0 ? `\n### Physical limits measured in this run\n\n${tableOf(figureRows(limits), false)}` : '',
  ].join('');
}

/** The results as a short Markdown table. */
export function markdownTable(results: readonly CaseResult[], header: string): string {
  const lines = [
    header,
    '',
    '| suite | case | median ms | p95 ms | budget ms | ops/s | peak RSS MB | peak heap MB | wall s | facts |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
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
        (r.wallMs / 1000).toFixed(1),
        Object.entries(r.facts)
          .map(([key, value]) => `${key}: ${value}`)
          .join(', '),
      ]
        .join(' | ')
        .replace(/^/u, '| ')
        .replace(/$/u, ' |'),
    ),
  ];
  return lines.join('\n') + '\n';
}

/** The run as Markdown: the figures beside their limits first, then the limits, then every case's timing. */
export function renderMarkdown(
  results: readonly CaseResult[],
  environment: {
    node: string;
    cores: number;
    cpu: string;
    platform: string;
    date: string;
    database?: string;
    kafka?: string;
    wallSeconds: number;
  },
): string {
  const header =
    `# Benchmarks — ${environment.date}\n\n` +
    `Node ${environment.node}, ${environment.cores} × ${environment.cpu} (${environment.platform}); ` +
    `PostgreSQL: ${environment.database ?? 'none'}; Kafka: ${environment.kafka ?? 'none'}. ` +
    `Total wall time ${formatDuration(environment.wallSeconds * 1000)}.\n`;
  const figures = figuresTable(resolveFigures(results));
  const cases = markdownTable(results, '## Cases\n\nMedian of the timed runs after warm-up; wall s: setup, runs and teardown of the case.');
  return [header, figures ? `## Figures beside their physical limits\n\n${figures}` : '', cases].filter(Boolean).join('\n');
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
