/**
 * The language-versions projection on a real PostgreSQL: the rows a history of a document
 * with a French version leaves (its versions, texts per version and tasks), the same whether
 * the events come one at a time or in one batch; and the search index finding a provision
 * by its French words, with the provision in both languages.
 */
import { DataSource } from 'typeorm';
import {
  Actor,
  NewEvent,
  RecordedEvent,
  adoptedVersionAligned,
  amendmentProposed,
  documentRegistered,
  languageVersionAdded,
  translationRecorded,
  translationTasksOpened,
  versionAdopted,
} from '#libs/contracts';
import { createDataSource, runMigrations } from '#libs/platform';
import {
  LanguageVersionRow,
  LanguageVersionSnapshotRow,
  READ_MODEL_ENTITIES,
  READ_MODEL_MIGRATIONS,
  TranslationTaskRow,
} from '#libs/read-models';
import { importResolution, languageVersionOf, searchQuery } from '#libs/text';
import { SearchTexts, SearchTextsHandler } from '../apps/gateway/src/search/search-texts';
import { SearchProjection } from '../apps/projector/src/projections/search.projection';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { LanguageVersionsProjection } from '../apps/projector/src/projections/language-versions.projection';
import { tableRows } from './support/read-model-tables';
import { createTestDatabase } from './support/test-database';

const ORIGINAL = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council.
`).document;
const [FIRST, SECOND] = ORIGINAL.operative[0].provisions.map((p) => p.id);
const FRENCH = {
  ...languageVersionOf(ORIGINAL),
  language: 'fr' as const,
  title: 'Résolution 1334',
  body: 'Le Conseil de l’UIT,',
  headings: { [ORIGINAL.operative[0].id]: 'charge le Secrétaire général' },
  provisions: {
    [FIRST]: { text: 'de prendre toutes les mesures possibles;', footnotes: [] },
    [SECOND]: { text: 'de soumettre un rapport annuel au Conseil.', footnotes: [] },
  },
};
const DOCUMENT = '5f0a7c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const secretariat: Actor = { id: 'sec', role: 'secretariat' };

function history(): RecordedEvent[] {
  const events: NewEvent[] = [
    documentRegistered({
      documentId: DOCUMENT,
      consultationId: 'c1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: ORIGINAL,
      source: { kind: 'import', warnings: 0 },
    }),
    languageVersionAdded({
      documentId: DOCUMENT,
      versionNumber: 1,
      text: FRENCH,
      source: { format: 'plain', importWarnings: 1 },
      alignment: { matched: 2, acceptedDoubtful: [] },
    }),
    // Not one of its events: the projection passes it by.
    amendmentProposed({
      documentId: DOCUMENT,
      amendmentId: 'a1',
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: FIRST },
      proposers: ['s1'],
    }),
    translationTasksOpened({
      documentId: DOCUMENT,
      decisionId: 'dec-1',
      tasks: [
        {
          taskId: 't1',
          language: 'fr',
          provisionId: SECOND,
          reason: 'changed',
          originalBefore: 'to submit an annual report to the Council.',
          originalAfter: 'to submit a biennial report to the Council.',
          currentWording: 'de soumettre un rapport annuel au Conseil.',
        },
      ],
      replaces: [],
    }),
    versionAdopted({
      documentId: DOCUMENT,
      decisionId: 'adopt-2',
      versionNumber: 2,
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-12-05',
      leftOpen: { amendmentIds: [], brackets: 0 },
      text: ORIGINAL,
      languages: { inStep: [], provisional: ['fr'] },
    }),
    translationRecorded({
      documentId: DOCUMENT,
      language: 'fr',
      provisions: [{ provisionId: SECOND, text: 'de soumettre un rapport biennal au Conseil.' }],
      closes: ['t1'],
      translatorId: 'tr-1',
    }),
    adoptedVersionAligned({ documentId: DOCUMENT, versionNumber: 2, language: 'fr', text: FRENCH }),
  ];
  return events.map(
    (event, index) =>
      ({
        ...event,
        position: index + 1,
        eventId: `e-${index + 1}`,
        streamId: `document-${DOCUMENT}`,
        streamVersion: index + 1,
        recordedAt: `2026-12-0${index + 1}T10:00:00.000Z`,
        metadata: { actor: secretariat, correlationId: 'c', occurredAt: `2026-12-0${index + 1}T10:00:00.000Z` },
      }) as RecordedEvent,
  );
}

describe('the language-versions projection on PostgreSQL', () => {
  const databases: { url: string; drop: () => Promise<void> }[] = [];
  const sources: DataSource[] = [];

  async function migrated(): Promise<DataSource> {
    const database = await createTestDatabase('languages');
    databases.push(database);
    await runMigrations(database.url, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
    const source = await createDataSource({
      url: database.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'language-versions-test',
    }).initialize();
    sources.push(source);
    return source;
  }

  afterAll(async () => {
    for (const source of sources) await source.destroy();
    for (const database of databases) await database.drop();
  });

  it('keeps the versions, the provisional adoption filled once aligned, and the task done with its wording, one batch or event by event', async () => {
    const projection = new LanguageVersionsProjection();
    const [oneByOne, batched] = await Promise.all([migrated(), migrated()]);
    for (const event of history()) await oneByOne.transaction((manager) => projection.apply([event], manager));
    await batched.transaction((manager) => projection.apply(history(), manager));

    const versions = await batched.getRepository(LanguageVersionRow).find({ where: { documentId: DOCUMENT }, order: { language: 'ASC' } });
    expect(versions.map((v) => [v.language, v.original, v.alignedToVersion])).toEqual([
      ['en', true, null],
      ['fr', false, 1],
    ]);
    expect(versions[1].text!.provisions[SECOND].text).toBe('de soumettre un rapport biennal au Conseil.');
    expect(versions[1].position).toBe(6);

    const [task] = await batched.getRepository(TranslationTaskRow).findBy({ documentId: DOCUMENT });
    expect(task).toMatchObject({
      taskId: 't1',
      status: 'done',
      wording: 'de soumettre un rapport biennal au Conseil.',
      translatorId: 'tr-1',
    });
    expect(task.closedAt?.toISOString()).toBe('2026-12-06T10:00:00.000Z');

    const [snapshot] = await batched.getRepository(LanguageVersionSnapshotRow).findBy({ documentId: DOCUMENT });
    expect(snapshot).toMatchObject({ versionNumber: 2, language: 'fr', provisional: false, awaiting: [], decisionId: 'adopt-2' });
    expect(snapshot.alignedAt?.toISOString()).toBe('2026-12-07T10:00:00.000Z');

    expect(await tableRows(batched, projection.tables)).toEqual(await tableRows(oneByOne, projection.tables));
  }, 60_000);

  it('finds a provision by the words of its French version, and answers it in English and in French', async () => {
    const source = await migrated();
    const search = new SearchProjection();
    const events = history().filter((event) => search.handles.includes(event.type));
    await source.transaction((manager) => search.apply(events, manager));
    const handler = new SearchTextsHandler(source);

    const french = await handler.execute(new SearchTexts(searchQuery('rapport biennal'), {}, 10));
    expect(french.items.map((hit) => [hit.kind, hit.id, hit.language, hit.label])).toEqual([['provision', SECOND, 'fr', '2']]);
    expect(french.items[0].languages).toEqual([
      {
        language: 'en',
        label: '2',
        title: 'resolves to instruct the Secretary-General',
        text: 'to submit an annual report to the Council.',
      },
      { language: 'fr', label: '2', title: 'charge le Secrétaire général', text: 'de soumettre un rapport biennal au Conseil.' },
    ]);
    // The words the translator replaced are no longer found.
    expect((await handler.execute(new SearchTexts(searchQuery('rapport annuel'), {}, 10))).items).toEqual([]);
    const english = await handler.execute(new SearchTexts(searchQuery('annual report'), {}, 10));
    expect(english.items.map((hit) => [hit.language, hit.languages?.map((l) => l.language)])).toEqual([['en', ['en', 'fr']]]);
  }, 60_000);
});
