/**
 * The cost of the reads as a negotiation grows (issue 23, item 6): Council Resolution 1334
 * (Modified 2023, imported from its Arabic text, 51 provisions) with BENCH_SCALE_AMENDMENTS
 * (2,000) amendments pending from BENCH_SCALE_STATES (40) member states, all proposed through
 * the HTTP API of the embedded default, none ruled on. Then each read endpoint a chair or a
 * delegate opens is asked BENCH_SCALE_READS (20) times in turn, after one warm-up round, and
 * its p50 and p99 reported: the current text, the text as of a position halfway through,
 * the marked text, the marked text against everything pending, a page of the compilation
 * (JSON and HTML) and the whole one beside it, a page of the amendment list, a page of the
 * history, the provenance of a provision and a search.
 */
import { importResolution, toInterchange } from '#libs/text';
import { readFixture } from '../../libs/text/src/import/fixtures/seeds';
import { HttpClient } from '../../test/support/http';
import { pendingAmendments } from '../factories/pending-amendments';
import { BenchSuite, Figure, benchCase } from '../harness';
import { RunningLedger, startEmbeddedLedger } from '../http/ledger-services';
import { phaseConsultation, signActors } from '../http/negotiation-workload';
import { LatencySummary, summarizeLatencies } from '../latency';

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const AMENDMENTS = setting('BENCH_SCALE_AMENDMENTS', 2000);
const STATES = setting('BENCH_SCALE_STATES', 40);
const READS = setting('BENCH_SCALE_READS', 20);
const CONCURRENCY = 8;
/** Issue 23's aims, with 2,000 pending amendments on one document. */
const AIMS_MS: Readonly<Record<string, number>> = { 'compilation-page': 200, 'compilation-page-10': 200, 'pending-marked-text': 300 };

interface ScaleState {
  readonly ledger: RunningLedger;
  readonly reads: readonly { readonly name: string; readonly label: string; readonly path: string; readonly accept?: string }[];
  readonly reader: HttpClient;
  readonly proposed: number;
  readonly refused: number;
  readonly commandLatency: LatencySummary;
  readonly seedSeconds: number;
  latencies: Map<string, number[]>;
  bytes: Map<string, number>;
}

function expect(step: string, answer: { status: number; text: string; json: any }, status: number): any {
  if (answer.status !== status) throw new Error(`${step}: expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  return answer.json;
}

async function setup(): Promise<ScaleState> {
  // Fifty proposals from each delegation in a minute or two: above the per-actor limit meant for people.
  process.env.BENCH_SERVICE_RATE_LIMIT_ACTOR_PER_SECOND ??= '10000';
  process.env.BENCH_SERVICE_RATE_LIMIT_ACTOR_BURST ??= '10000';
  const ledger = await startEmbeddedLedger();
  try {
    const started = performance.now();
    const actors = await signActors(ledger.jwtSecret, STATES);
    const secretariat = new HttpClient(ledger.gatewayUrl, actors.secretariat);
    for (const [i, id] of actors.stakeholderIds.entries()) {
      expect(
        `register ${id}`,
        await secretariat.post('/api/v1/stakeholders', { id, name: `Member State ${i + 1}`, category: 'member-state', region: 'africa' }),
        201,
      );
    }
    const consultation = expect('open the consultation', await secretariat.post('/api/v1/consultations', phaseConsultation('scale')), 201);
    const base = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
    const document = expect(
      'register Resolution 1334',
      await secretariat.post(`/api/v1/consultations/${consultation.id}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        document: toInterchange(base),
      }),
      201,
    );
    expect(
      'open for contributions',
      await secretariat.post(`/api/v1/consultations/${consultation.id}/phase`, { to: 'open-for-contributions' }),
      200,
    );

    const amendments = pendingAmendments(base, AMENDMENTS, STATES, 1334);
    const latencies: number[] = [];
    let refused = 0;
    let next = 0;
    let middlePosition = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < amendments.length) {
          const index = next++;
          const { proposer, operation } = amendments[index];
          // The service names what an amendment adds.
          const { newId: _named, ...sent } = operation as typeof operation & { newId?: string };
          const client = secretariat.as(actors.stakeholderTokens[proposer]);
          const before = performance.now();
          const answer = await client.post(`/api/v1/documents/${document.id}/amendments`, {
            versionNumber: 1,
            operation: operation.kind === 'add' ? sent : operation,
          });
          latencies.push(performance.now() - before);
          if (answer.status !== 201) refused++;
          else if (index === Math.floor(amendments.length / 2)) middlePosition = answer.json.position;
        }
      }),
    );
    const proposed = amendments.length - refused;
    // Every proposal projected before the reads.
    for (;;) {
      const listed = await secretariat.request('GET', `/api/v1/documents/${document.id}/amendments?limit=1`);
      if (Number(listed.headers.get('x-total-count')) >= proposed) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const provision = [...base.operative[0].provisions][0].id;
    const d = `/api/v1/documents/${document.id}`;
    const reads = [
      { name: 'current-text', label: 'current text', path: `${d}/text` },
      { name: 'as-of-text', label: 'text as of a position', path: `${d}/text?position=${middlePosition}` },
      { name: 'marked-text', label: 'marked text (version 1 to working)', path: `${d}/marked?from=1&to=working` },
      { name: 'pending-marked-text', label: 'marked text against everything pending', path: `${d}/marked?from=1&to=pending` },
      { name: 'compilation-page', label: 'compilation, a page (40 paragraphs)', path: `${d}/compilation?page=1` },
      { name: 'compilation-page-10', label: 'compilation, a page of 10 paragraphs', path: `${d}/compilation?page=1&limit=10` },
      {
        name: 'compilation-page-filtered',
        label: 'compilation, one delegation',
        path: `${d}/compilation?proposer=${actors.stakeholderIds[0]}`,
      },
      { name: 'compilation-page-html', label: 'compilation, a page as HTML', path: `${d}/compilation?page=1&format=html` },
      { name: 'compilation-whole', label: 'compilation, whole (unpaged)', path: `${d}/compilation` },
      { name: 'amendment-list-page', label: 'amendment list, a page of 100', path: `${d}/amendments?limit=100` },
      { name: 'history-page', label: 'history, a page of 100', path: `/api/v1/consultations/${consultation.id}/history?limit=100` },
      { name: 'provenance', label: 'provenance of a provision', path: `${d}/provisions/${provision}/provenance` },
      { name: 'search', label: 'search', path: `/api/v1/search?q=${encodeURIComponent('المعلومات')}&consultation=${consultation.id}` },
    ];
    return {
      ledger,
      reads,
      reader: secretariat,
      proposed,
      refused,
      commandLatency: summarizeLatencies(latencies),
      seedSeconds: Math.round((performance.now() - started) / 100) / 10,
      latencies: new Map(),
      bytes: new Map(),
    };
  } catch (error) {
    await ledger.stop();
    throw error;
  }
}

async function readEach(state: ScaleState, rounds: number, record: boolean): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const read of state.reads) {
      const before = performance.now();
      const answer = await state.reader.request('GET', read.path);
      const elapsed = performance.now() - before;
      if (answer.status !== 200) throw new Error(`${read.name}: ${answer.status} ${answer.text.slice(0, 300)}`);
      if (!record) continue;
      state.latencies.set(read.name, [...(state.latencies.get(read.name) ?? []), elapsed]);
      state.bytes.set(read.name, Buffer.byteLength(answer.text));
    }
  }
}

export const negotiationScaleSuite: BenchSuite = {
  name: 'negotiation-scale',
  description: 'the read endpoints on Resolution 1334 with 2,000 pending amendments from 40 states, in the embedded default',
  cases: [
    benchCase({
      name: 'res1334-2000-pending',
      description: `each read endpoint, ${READS} times, on Resolution 1334 with ${AMENDMENTS} pending amendments from ${STATES} states (embedded default)`,
      runs: 1,
      warmupRuns: 0,
      setup,
      run: async (state: ScaleState) => {
        await readEach(state, 1, false);
        await readEach(state, READS, true);
      },
      teardown: async (state: ScaleState) => state.ledger.stop(),
      facts: (state: ScaleState) => ({
        amendments: state.proposed,
        refused: state.refused,
        'seeding s': state.seedSeconds,
        'proposal p50 ms': state.commandLatency.p50Ms,
        'proposal p99 ms': state.commandLatency.p99Ms,
        ...Object.fromEntries(state.reads.map((read) => [`${read.name} KB`, Math.round((state.bytes.get(read.name) ?? 0) / 1024)])),
      }),
      figures: (state: ScaleState) =>
        state.reads.flatMap((read): Figure[] => {
          const summary = summarizeLatencies(state.latencies.get(read.name) ?? []);
          const aim = AIMS_MS[read.name];
          return [
            { key: `scale.${read.name}.p50`, label: `${read.label}, p50`, value: summary.p50Ms, unit: 'ms', better: 'lower' },
            {
              key: `scale.${read.name}.p99`,
              label: `${read.label}, p99`,
              value: summary.p99Ms,
              unit: 'ms',
              better: 'lower',
              ...(aim !== undefined ? { aim } : {}),
            },
          ];
        }),
    }),
  ],
};
