/**
 * Commands through the HTTP API, as stakeholders send them (bench/http/negotiation-workload):
 * in the embedded default (one process, its own embedded PostgreSQL, in-process transport)
 * and in the full mode (ledger, projector and gateway as three processes on the run's
 * PostgreSQL and Kafka). Each case starts the services, registers the stakeholders (each
 * with its own token), then runs, each phase in a consultation of its own with fresh
 * draft resolutions:
 *
 * 1. a warm-up (BENCH_HTTP_WARMUP_SECONDS at concurrency 8), not counted;
 * 2. closed-loop throughput at each of BENCH_HTTP_CONCURRENCY (1, 8, 64) for
 *    BENCH_HTTP_SECONDS: commands recorded per second, p50 and p99 latency;
 * 3. the lag phase: BENCH_LAG_RATE (500) commands/s on a fixed schedule for
 *    BENCH_LAG_SECONDS; for each command, the time from its 201 to the projections'
 *    checkpoint passing its position (every read model shows it then), and for one in
 *    BENCH_LAG_READ_SAMPLE_EVERY, to the read endpoint answering 200. When the services
 *    cannot carry that rate (half their best closed-loop rate is lower), a second lag
 *    phase at that half: the lag of a lighter load beside one they cannot carry;
 *
 * and reads each service process's peak RSS (VmHWM) before stopping it. The projections
 * catch up between phases (how long they take is a fact of the case), so a phase does not
 * pay for the last one's backlog.
 */
import { HttpClient } from '../../test/support/http';
import { Figure, BenchSuite, benchCase } from '../harness';
import { ClosedLoopResult, runClosedLoop } from '../http/closed-loop';
import { LedgerMode, RunningLedger, startEmbeddedLedger, startFullLedger } from '../http/ledger-services';
import {
  Actors,
  CommandStream,
  DraftResolution,
  documentRegistration,
  draftOf,
  draftResolution,
  phaseConsultation,
  signActors,
  stakeholderRegistrations,
} from '../http/negotiation-workload';
import { ProjectionWatch } from '../http/projection-watch';
import { SteadyRateResult, runSteadyRate } from '../http/steady-rate';
import { databaseServerUrl, kafkaBrokers } from '../infrastructure';
import { PostgresLimits, measurePostgresLimits } from '../limits/postgres-rates';
import { ProcessMemory } from '../process-memory';
import { benchSettings } from '../settings';
import { RUN_SERVER, limitKeys, postgresLimitFigures, rawRow } from './limits';

/** The limit figures of the embedded default's own PostgreSQL server, measured in its case. */
const EMBEDDED_SERVER = 'embedded-postgres';
/** The full mode aims at this share of the raw single-row insert rate. */
const FULL_MODE_AIM_SHARE = 0.3;
/** Issue 5: a command shows in the read models within 100 ms at the 99th percentile. */
const LAG_P99_AIM_MS = 100;
const SETUP_CONCURRENCY = 8;

interface HttpState {
  readonly mode: LedgerMode;
  readonly ledger: RunningLedger;
  readonly secretariat: HttpClient;
  readonly actors: Actors;
  readonly watch: ProjectionWatch;
  readonly serverLimits?: PostgresLimits;
  readonly phases: ClosedLoopResult[];
  readonly documentsPerPhase: number;
  /** The lag phases: at the aim's rate, then at half the best closed-loop rate when that is lower. */
  readonly steady: SteadyRateResult[];
  /** Seconds the projections took to catch up after each throughput phase. */
  readonly catchUpSeconds: number[];
  /** Commands recorded per commit of the event store, each closed-loop phase. */
  readonly commandsPerCommit: number[];
  memory?: Record<string, ProcessMemory | undefined>;
  eventBytes?: number;
  seedSeconds: number;
}

function created(step: string, answer: { status: number; text: string; json: any }, status = 201): any {
  if (answer.status !== status) throw new Error(`${step}: expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  return answer.json;
}

/** Runs `task` over `items`, `concurrency` at a time. */
async function inParallel<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}

/** A consultation of its own for one phase: its draft resolutions registered and open for contributions. The highest position recorded. */
async function openPhase(state: HttpState, phase: string, seedBase: number): Promise<{ drafts: DraftResolution[]; position: number }> {
  const consultation = created(
    `${phase}: open the consultation`,
    await state.secretariat.post('/api/v1/consultations', phaseConsultation(phase)),
  );
  const consultationId: string = consultation.id;
  const registered = await inParallel(
    Array.from({ length: state.documentsPerPhase }, (_, i) => seedBase + i),
    SETUP_CONCURRENCY,
    async (seed) => {
      const document = draftResolution(seed);
      const answer = created(
        `${phase}: register draft ${seed}`,
        await state.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, documentRegistration(seed, document)),
      );
      return { draft: draftOf(answer.id, consultationId, document), position: answer.position as number };
    },
  );
  const opened = created(
    `${phase}: open for contributions`,
    await state.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
    200,
  );
  return { drafts: registered.map((r) => r.draft), position: Math.max(opened.position, ...registered.map((r) => r.position)) };
}

async function setup(mode: LedgerMode): Promise<HttpState> {
  const ledger = mode === 'embedded' ? await startEmbeddedLedger() : await startFullLedger(databaseServerUrl(), kafkaBrokers());
  try {
    const seedStarted = performance.now();
    const actors = await signActors(ledger.jwtSecret, benchSettings.httpStakeholders);
    const secretariat = new HttpClient(ledger.gatewayUrl, actors.secretariat);
    await inParallel(stakeholderRegistrations(actors), SETUP_CONCURRENCY, async (stakeholder) => {
      created(`register ${stakeholder.id}`, await secretariat.post('/api/v1/stakeholders', stakeholder));
    });
    const watch = await ProjectionWatch.connect(ledger.databaseUrl);
    // The embedded default runs on a PostgreSQL of its own: its limits are measured there, while the services idle.
    const serverLimits =
      mode === 'embedded'
        ? await measurePostgresLimits(ledger.databaseUrl, rawRow(), benchSettings.httpConcurrencies, benchSettings.limitSeconds * 1000)
        : undefined;
    return {
      mode,
      ledger,
      secretariat,
      actors,
      watch,
      serverLimits,
      phases: [],
      steady: [],
      catchUpSeconds: [],
      commandsPerCommit: [],
      documentsPerPhase: benchSettings.httpDocuments,
      seedSeconds: Math.round((performance.now() - seedStarted) / 1000),
    };
  } catch (error) {
    await ledger.stop();
    throw error;
  }
}

async function run(state: HttpState): Promise<void> {
  const log = (message: string) => console.error(`http-commands/${state.mode}: ${message}`);
  let seedBase = 0;
  const nextPhase = async (name: string) => {
    const phase = await openPhase(state, name, seedBase);
    seedBase += state.documentsPerPhase;
    // The last phase's backlog is the projector's to clear first, not this phase's to pay for.
    await state.watch.waitFor(phase.position, 600_000);
    return new CommandStream(state.actors, phase.drafts, seedBase);
  };

  const warmup = await runClosedLoop(state.ledger.gatewayUrl, await nextPhase('warm-up'), 8, benchSettings.httpWarmupSeconds);
  log(`warm-up: ${warmup.recorded} commands recorded, refused ${JSON.stringify(warmup.refused)} ${warmup.refusalSamples.join(' | ')}`);

  for (const concurrency of benchSettings.httpConcurrencies) {
    const commands = await nextPhase(`c${concurrency}`);
    const headBefore = await state.watch.headPosition();
    const phase = await runClosedLoop(state.ledger.gatewayUrl, commands, concurrency, benchSettings.httpSeconds);
    state.phases.push(phase);
    state.commandsPerCommit.push(Math.round((phase.recorded / Math.max(1, await state.watch.transactionsAfter(headBefore))) * 10) / 10);
    // How long the projections take to show what the phase recorded: whether they keep up with the write side.
    const caughtUp = performance.now();
    await state.watch.waitFor(await state.watch.headPosition(), 600_000);
    state.catchUpSeconds.push(Math.round((performance.now() - caughtUp) / 100) / 10);
    log(
      `concurrency ${concurrency}: ${phase.commandsPerSecond} commands/s, p50 ${phase.latency.p50Ms} ms, p99 ${phase.latency.p99Ms} ms, refused ${JSON.stringify(phase.refused)} ${phase.refusalSamples.join(' | ')}`,
    );
  }

  // The aim's rate, and, when the services cannot keep it up, half the best closed-loop rate:
  // the lag of a lighter load beside the lag of one they cannot carry.
  const best = Math.max(0, ...state.phases.map((p) => p.commandsPerSecond));
  const rates = [benchSettings.lagRatePerSecond];
  const sustainable = Math.max(1, Math.round(best / 2));
  if (state.phases.length > 0 && sustainable < benchSettings.lagRatePerSecond) rates.push(sustainable);
  for (const ratePerSecond of rates) {
    const commands = await nextPhase(`steady ${ratePerSecond}/s`);
    const steady = await runSteadyRate({
      gatewayUrl: state.ledger.gatewayUrl,
      commands,
      watch: state.watch,
      ratePerSecond,
      durationSeconds: benchSettings.lagSeconds,
      // Enough for 500/s at 250 ms a command; an overloaded service drains fewer at the end.
      maxInFlight: 128,
      readSampleEvery: benchSettings.lagReadSampleEvery,
    });
    state.steady.push(steady);
    log(
      `steady ${ratePerSecond}/s: achieved ${steady.achievedRatePerSecond}/s, lag p50 ${steady.lag.p50Ms} ms p99 ${steady.lag.p99Ms} ms, ` +
        `read p50 ${steady.readLag.p50Ms} ms p99 ${steady.readLag.p99Ms} ms, shed ${steady.shed}, refused ${JSON.stringify(steady.refused)}, never shown ${steady.neverShown}`,
    );
  }

  state.eventBytes = await state.watch.meanEventBytes('AmendmentProposed');
  state.memory = state.ledger.memory();
}

function figures(state: HttpState): Figure[] {
  const mode = state.mode;
  const server = mode === 'embedded' ? EMBEDDED_SERVER : RUN_SERVER;
  const modeName = mode === 'embedded' ? 'embedded default' : 'full mode';
  const out: Figure[] = [];
  if (state.serverLimits) out.push(...postgresLimitFigures(EMBEDDED_SERVER, "Embedded default's own PostgreSQL", state.serverLimits));
  for (const phase of state.phases) {
    const c = phase.concurrency;
    out.push(
      {
        key: `http.${mode}.c${c}.commands-per-second`,
        label: `HTTP commands, ${modeName}, concurrency ${c}`,
        value: phase.commandsPerSecond,
        unit: 'commands/s',
        better: 'higher',
        limitKey: limitKeys.postgresSingleRow(server, c),
        ...(mode === 'full' && { aimShareOfLimit: FULL_MODE_AIM_SHARE }),
      },
      {
        key: `http.${mode}.c${c}.latency.p50`,
        label: `HTTP command latency p50, ${modeName}, concurrency ${c}`,
        value: phase.latency.p50Ms,
        unit: 'ms',
        better: 'lower',
        limitKey: limitKeys.postgresSingleRowLatency(server, c, 'p50'),
      },
      {
        key: `http.${mode}.c${c}.latency.p99`,
        label: `HTTP command latency p99, ${modeName}, concurrency ${c}`,
        value: phase.latency.p99Ms,
        unit: 'ms',
        better: 'lower',
        limitKey: limitKeys.postgresSingleRowLatency(server, c, 'p99'),
      },
    );
  }
  for (const steady of state.steady) {
    const at = `${modeName}, steady ${steady.targetRatePerSecond}/s`;
    const tag = `steady-${steady.targetRatePerSecond}`;
    out.push(
      {
        key: `http.${mode}.${tag}.achieved`,
        label: `Commands recorded, ${at}`,
        value: steady.achievedRatePerSecond,
        unit: 'commands/s',
        better: 'higher',
        aim: steady.targetRatePerSecond * 0.98,
      },
      {
        key: `http.${mode}.${tag}.ack.p99`,
        label: `HTTP acknowledgement p99, ${at}`,
        value: steady.acknowledgement.p99Ms,
        unit: 'ms',
        better: 'lower',
      },
      {
        key: `http.${mode}.${tag}.lag.p50`,
        label: `Command-to-read-model lag p50, ${at}`,
        note: '201 to projection checkpoint, polled every 5 ms',
        value: steady.lag.p50Ms,
        unit: 'ms',
        better: 'lower',
        ...(mode === 'full' && { limitKey: limitKeys.kafkaLatency('p50') }),
      },
      {
        key: `http.${mode}.${tag}.lag.p99`,
        label: `Command-to-read-model lag p99, ${at}`,
        value: steady.lag.p99Ms,
        unit: 'ms',
        better: 'lower',
        aim: LAG_P99_AIM_MS,
        ...(mode === 'full' && { limitKey: limitKeys.kafkaLatency('p99') }),
      },
      {
        key: `http.${mode}.${tag}.read-lag.p50`,
        label: `Command-to-read-endpoint lag p50, ${at}`,
        note: `1 in ${benchSettings.lagReadSampleEvery} read back until 200`,
        value: steady.readLag.p50Ms,
        unit: 'ms',
        better: 'lower',
      },
      {
        key: `http.${mode}.${tag}.read-lag.p99`,
        label: `Command-to-read-endpoint lag p99, ${at}`,
        value: steady.readLag.p99Ms,
        unit: 'ms',
        better: 'lower',
        aim: LAG_P99_AIM_MS,
      },
    );
  }
  for (const [service, memory] of Object.entries(state.memory ?? {})) {
    if (memory)
      out.push({
        key: `memory.${mode}.${service}`,
        label: service === 'all' ? "Peak RSS, the embedded default's one process" : `Peak RSS, ${service} process (full mode)`,
        note: 'VmHWM',
        value: memory.peakRssMb,
        unit: 'MB',
        better: 'lower',
      });
  }
  return out;
}

function facts(state: HttpState): Record<string, string | number> {
  const refusals = [
    ...state.phases.map((p) => [`c${p.concurrency}`, p.refused] as const),
    ...state.steady.map((s) => [`steady ${s.targetRatePerSecond}/s`, s.refused] as const),
  ]
    .filter(([, refused]) => Object.keys(refused).length > 0)
    .map(
      ([phase, refused]) =>
        `${phase} ${Object.entries(refused)
          .map(([status, n]) => `${n}×${status}`)
          .join(' ')}`,
    );
  return {
    'services start s': Math.round(state.ledger.startMs / 100) / 10,
    stakeholders: state.actors.stakeholderIds.length,
    'drafts per phase': state.documentsPerPhase,
    'phase s': benchSettings.httpSeconds,
    ...(state.phases.length > 0 && {
      'amendments per draft at the end of a phase': state.phases
        .map((p) => `c${p.concurrency} ${Math.round(p.recorded / state.documentsPerPhase)}`)
        .join(' '),
    }),
    ...(state.steady.length > 0 && {
      'steady: sent, shed, not shown': state.steady
        .map((s) => `${s.targetRatePerSecond}/s ${s.sent}, ${s.shed}, ${s.neverShown}`)
        .join('; '),
    }),
    ...(refusals.length > 0 && { refused: refusals.join('; ') }),
    ...(state.catchUpSeconds.length > 0 && {
      'projections catch-up after each phase s': state.phases.map((p, i) => `c${p.concurrency} ${state.catchUpSeconds[i]}`).join(' '),
    }),
    ...(state.commandsPerCommit.length > 0 && {
      'commands per commit': state.phases.map((p, i) => `c${p.concurrency} ${state.commandsPerCommit[i]}`).join(' '),
    }),
    ...(state.eventBytes !== undefined && { 'AmendmentProposed payload + metadata bytes': state.eventBytes }),
  };
}

function httpCase(mode: LedgerMode, description: string) {
  return benchCase<HttpState>({
    name: mode,
    description,
    runs: 1,
    warmupRuns: 0,
    setup: () => setup(mode),
    run,
    async teardown(state) {
      state.memory ??= state.ledger.memory();
      await state.watch.close();
      await state.ledger.stop();
    },
    facts,
    figures,
    // The embedded default brings its own PostgreSQL and needs no broker.
    needs: mode === 'embedded' ? [] : ['postgres', 'kafka'],
  });
}

export const httpCommandsSuite: BenchSuite = {
  name: 'http-commands',
  description:
    'commands through the HTTP API as many stakeholders send them: throughput at concurrency 1, 8, 64, command-to-read-model lag at a steady rate, peak memory of each service',
  cases: [
    httpCase('embedded', 'the embedded default: one process, its own embedded PostgreSQL, in-process transport'),
    httpCase('full', "the full mode: ledger, projector and gateway processes on the run's PostgreSQL and Kafka"),
  ],
  needs: ['postgres', 'kafka'],
};
