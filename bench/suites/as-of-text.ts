/**
 * The as-of text read (`GetDocumentText` at a position) on a long text history: an 80 KB
 * resolution registered, then 600 rulings each modifying a provision, projected by the
 * document_texts projection in batches of 50 as the live projector would. Each run reads
 * the text at 100 random positions of the history; the case reports the table's bytes
 * beside the events' (payload bytes as JSON).
 */
import { DataSource } from 'typeorm';
import { NewEvent, RecordedEvent } from '#libs/contracts';
import { replay } from '#libs/domain';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { GetDocumentText, GetDocumentTextHandler } from '../../apps/gateway/src/texts/get-document-text';
import { DocumentTextsProjection } from '../../apps/projector/src/projections/document-texts.projection';
import { generatePhrase, generateResolution } from '../factories/resolution-factory';
import { SeededRandom } from '../factories/random';
import { BenchSuite, benchCase } from '../harness';
import { createScratchDatabase } from '../infrastructure';

const RULINGS = 600;
const READS_PER_RUN = 100;
const BATCH = 50;

interface AsOfState {
  readonly drop: () => Promise<void>;
  readonly dataSource: DataSource;
  readonly handler: GetDocumentTextHandler;
  readonly positions: readonly number[];
  readonly random: SeededRandom;
  readonly tableBytes: number;
  readonly eventBytes: number;
  readonly textBytes: number;
}

/** The registration and the rulings, as the write side records them. */
function textHistory(random: SeededRandom): NewEvent[] {
  const text = generateResolution({ seed: 7, language: 'en', targetBytes: 80_000 });
  const events: NewEvent[] = [
    {
      type: 'DocumentRegistered',
      schemaVersion: 1,
      payload: {
        documentId: 'd-1',
        consultationId: 'c-1',
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text,
        source: { kind: 'import', warnings: 0 },
      },
    } as NewEvent,
  ];
  let working: ResolutionDocument = text;
  for (let i = 1; i <= RULINGS; i++) {
    const provisions = [...working.preamble, ...working.operative].flatMap((section) => section.provisions);
    const target = random.pick(provisions);
    const words = target.text.split(' ');
    words[random.int(0, words.length - 1)] = generatePhrase(random, 'en', random.int(1, 3));
    const applied: AmendmentOperation = { kind: 'modify', provisionId: target.id, oldText: target.text, newText: words.join(' ') };
    working = replay(working, [{ decisionId: `dec-${i}`, operation: applied }]);
    events.push({
      type: 'AmendmentRuled',
      schemaVersion: 1,
      payload: { documentId: 'd-1', decisionId: `dec-${i}`, amendmentId: `a-${i}`, ruling: 'accepted', applied },
    } as NewEvent);
  }
  return events;
}

const asOfText = benchCase<AsOfState>({
  name: 'as-of-text',
  description: `the text of an 80 KB resolution as of a random position of a history of ${RULINGS} rulings, ${READS_PER_RUN} reads per run`,
  operationsPerRun: READS_PER_RUN,
  runs: 5,
  warmupRuns: 1,
  async setup() {
    const database = await createScratchDatabase(process.env.DATABASE_URL!, 'bench_as_of');
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    const dataSource = await createDataSource({
      url: database.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'bench-as-of',
    }).initialize();
    const random = new SeededRandom(23);
    const at = '2026-11-24T09:00:00.000Z';
    const events: RecordedEvent[] = textHistory(random).map((event, i) => ({
      ...event,
      position: i + 1,
      eventId: `e-${i + 1}`,
      streamId: 'document-d-1',
      streamVersion: i + 1,
      recordedAt: at,
      metadata: { actor: { id: 'chair-1', role: 'chair' }, correlationId: `c-${i + 1}`, occurredAt: at },
    }));
    const projection = new DocumentTextsProjection();
    for (let start = 0; start < events.length; start += BATCH)
      await dataSource.transaction((manager) => projection.apply(events.slice(start, start + BATCH), manager));
    await dataSource.query(`INSERT INTO projection_checkpoints (name, version, position) VALUES ($1, $2, $3)`, [
      projection.name,
      projection.version,
      events.length,
    ]);
    await dataSource.query('VACUUM ANALYZE document_text_history');
    const [{ bytes }] = await dataSource.query(`SELECT pg_total_relation_size('document_text_history') AS bytes`);
    return {
      drop: async () => {
        await dataSource.destroy();
        await database.drop();
      },
      dataSource,
      handler: new GetDocumentTextHandler(dataSource),
      positions: events.map((event) => event.position),
      random,
      tableBytes: Number(bytes),
      eventBytes: events.reduce((sum, event) => sum + JSON.stringify(event.payload).length, 0),
      textBytes: JSON.stringify(events[0].payload).length,
    };
  },
  async run(state) {
    for (let i = 0; i < READS_PER_RUN; i++) {
      const position = state.random.pick(state.positions);
      const answer = await state.handler.execute(new GetDocumentText('d-1', { kind: 'position', position }));
      if (!answer.ok) throw new Error(`no text at position ${position}: ${answer.detail}`);
    }
  },
  teardown: (state) => state.drop(),
  facts: (state) => ({
    'text KB': Math.round(state.textBytes / 1024),
    'document_text_history KB': Math.round(state.tableBytes / 1024),
    'event payloads KB': Math.round(state.eventBytes / 1024),
    'table / payload bytes': Number((state.tableBytes / state.eventBytes).toFixed(2)),
  }),
});

export const asOfTextSuite: BenchSuite = {
  name: 'as-of-text',
  description: 'the as-of text read on a long text history, and the bytes the history takes',
  cases: [asOfText],
  needs: ['postgres'],
};
