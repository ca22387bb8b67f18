/**
 * Every projection applies a run of events in one `apply` call, given only the events of the
 * types it handles. That must leave exactly the rows `apply` leaves given every event, one at
 * a time, whatever the batches' sizes (so the types a projection declares are all it reads):
 * both are run over the same seeded history into two databases and compared row for row.
 */
import { DataSource } from 'typeorm';
import { RecordedEvent, upcast } from '#libs/contracts';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { generateEventHistory } from '../bench/factories/event-history';
import { SeededRandom } from '../bench/factories/random';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { applyToProjection } from '../apps/projector/src/projection-runner';
import { projectorProjections, tableRows } from './support/read-model-tables';
import { createTestDatabase } from './support/test-database';

const HISTORY_EVENTS = Number(process.env.TEST_BATCH_HISTORY_EVENTS ?? 4000);

/** Runs of the history in the sizes a live projector and a rebuild see: single events, small deliveries, big rebuild batches. */
function batchesOf(events: readonly RecordedEvent[], seed: number): RecordedEvent[][] {
  const random = new SeededRandom(seed);
  const sizes = [1, 2, 7, 40, 500, 2000];
  const batches: RecordedEvent[][] = [];
  for (let start = 0; start < events.length;) {
    const size = random.pick(sizes);
    batches.push(events.slice(start, start + size));
    start += size;
  }
  return batches;
}

describe('projections applied in batches', () => {
  const history = [...generateEventHistory({ events: HISTORY_EVENTS, stakeholders: 60, concurrentConsultations: 5 })]
    .flat()
    .map((event) => upcast(event));
  const databases: { url: string; drop: () => Promise<void> }[] = [];
  let oneByOne: DataSource;
  let batched: DataSource;

  async function migratedDatabase(): Promise<DataSource> {
    const database = await createTestDatabase('batches');
    databases.push(database);
    await runMigrations(database.url, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
    return createDataSource({ url: database.url, entities: READ_MODEL_ENTITIES, applicationName: 'projection-batches-test' }).initialize();
  }

  beforeAll(async () => {
    oneByOne = await migratedDatabase();
    batched = await migratedDatabase();
  }, 60_000);

  afterAll(async () => {
    await oneByOne?.destroy();
    await batched?.destroy();
    for (const database of databases) await database.drop();
  });

  const names = [
    'consultations',
    'stakeholders',
    'documents',
    'contributions',
    'document_texts',
    'participation',
    'search',
    'compilation',
    'history',
    'provenance',
    'meetings',
    'state_of_play',
    'silences',
    'stakeholder-inputs',
    'explanations',
    'language_versions',
    'comments',
    'notifications',
  ];

  it('runs every projection the projector runs', () => {
    expect(
      projectorProjections(oneByOne)
        .map((p) => p.name)
        .sort(),
    ).toEqual([...names].sort());
  });

  it.each(names)(
    '%s: a batch of the events it handles leaves the rows that every event applied one at a time leaves, whatever the batch sizes',
    async (name) => {
      const single = projectorProjections(oneByOne).find((p) => p.name === name)!;
      const bulk = projectorProjections(batched).find((p) => p.name === name)!;
      for (const batch of batchesOf(history, 7)) {
        await oneByOne.transaction(async (manager) => {
          for (const event of batch) await single.apply([event], manager);
        });
      }
      for (const batch of batchesOf(history, name.length)) {
        await batched.transaction((manager) => applyToProjection(bulk, batch, manager));
      }
      const expected = await tableRows(oneByOne, single.tables);
      expect(Object.values(expected).some((rows) => rows.length > 0)).toBe(true);
      expect(await tableRows(batched, bulk.tables)).toEqual(expected);
    },
    300_000,
  );
});
