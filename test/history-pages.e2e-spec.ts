/**
 * The pages of a consultation's history on a real PostgreSQL: read forward and back, 50 rows
 * at a time, under filters by kind of entry, stakeholder and dates, the way the history page
 * and the API read them; each row's line in the reader's language; and the same rows, keys
 * and parameters, whether the projection takes the events one at a time or in one batch.
 */
import { DataSource } from 'typeorm';
import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentProposed,
  amendmentRuled,
  consultationRegistered,
  documentRegistered,
  stakeholderRegistered,
} from '#libs/contracts';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { AmendmentOperation, importResolution } from '#libs/text';
import {
  HistoryCursor,
  HistoryEntryView,
  HistoryFilter,
  HistoryPage,
  ListConsultationHistory,
  ListConsultationHistoryHandler,
  decodeHistoryCursor,
} from '../apps/gateway/src/history';
import { LATEST, historyPageRequest } from '../apps/gateway/src/history/history-page-request';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { HistoryProjection } from '../apps/projector/src/projections/history.projection';
import { createTestDatabase } from './support/test-database';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council;
3	to report to the Plenipotentiary Conference.
`).document;
const PROVISIONS = TEXT.operative[0].provisions;
const CONSULTATION = '0b8a2f4c-6d1e-4f3a-9b7c-5e2d1a0f8c6b';
const DOCUMENT = '7c1e5f0a-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const secretariat: Actor = { id: 'sec', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const PROPOSALS = 120;

/** A consultation with 120 amendments by Kenya and Egypt in turn, over 12 days, each ruled on the day after it was proposed. */
function history(): RecordedEvent[] {
  const timed: [Actor, NewEvent, string][] = [];
  const at = (day: number, minute: number) => `2026-03-${String(day).padStart(2, '0')}T09:${String(minute).padStart(2, '0')}:00.000Z`;
  timed.push(
    [
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'kenya',
        name: 'Republic of Kenya',
        category: 'member-state',
        region: 'africa',
        memberIds: [],
      }),
      at(1, 0),
    ],
    [
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'egypt',
        name: 'جمهورية مصر العربية',
        category: 'member-state',
        region: 'arab-states',
        memberIds: [],
      }),
      at(1, 1),
    ],
    [
      secretariat,
      consultationRegistered({
        consultationId: CONSULTATION,
        title: 'WSIS+20',
        body: 'ITU Council',
        subject: 'Resolution 1334',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: {},
        restricted: false,
      }),
      at(1, 2),
    ],
    [
      secretariat,
      documentRegistered({
        documentId: DOCUMENT,
        consultationId: CONSULTATION,
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
      at(1, 3),
    ],
  );
  for (let i = 0; i < PROPOSALS; i++) {
    const provision = PROVISIONS[i % PROVISIONS.length];
    const proposer = i % 2 === 0 ? 'kenya' : 'egypt';
    const operation: AmendmentOperation = {
      kind: 'modify',
      provisionId: provision.id,
      oldText: provision.text,
      newText: `${provision.text} (${i})`,
    };
    const day = 2 + Math.floor(i / 10);
    timed.push([
      { id: proposer, role: 'stakeholder' },
      amendmentProposed({ documentId: DOCUMENT, amendmentId: `amd-${i}`, versionNumber: 1, operation, proposers: [proposer] }),
      at(day, (i % 10) * 2),
    ]);
    if (i % 3 === 0) {
      timed.push([
        chair,
        amendmentRuled({
          documentId: DOCUMENT,
          decisionId: `dec-${i}`,
          amendmentId: `amd-${i}`,
          ruling: i % 2 === 0 ? 'accepted' : 'rejected',
          ...(i % 2 === 0 ? { applied: operation } : {}),
          meeting: 'CWG-WSIS&SDG-44',
          date: '2026-03-20',
        }),
        at(day + 1, (i % 10) * 2 + 1),
      ]);
    }
  }
  return timed.map(([actor, event, recordedAt], i) => ({
    ...event,
    position: i + 1,
    eventId: `e-${i + 1}`,
    streamId: event.type.startsWith('Amendment') ? `document-${DOCUMENT}` : `s-${i + 1}`,
    streamVersion: i + 1,
    recordedAt,
    metadata: { actor, correlationId: `cmd-${i + 1}`, occurredAt: recordedAt },
  })) as RecordedEvent[];
}

describe('the pages of the consultation history on PostgreSQL', () => {
  const events = history();
  const databases: { drop: () => Promise<void> }[] = [];
  const sources: DataSource[] = [];
  let oneByOne: DataSource;
  let batched: DataSource;

  async function database(name: string): Promise<DataSource> {
    const created = await createTestDatabase(name);
    databases.push(created);
    await runMigrations(created.url, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
    const source = await createDataSource({
      url: created.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'history-pages-test',
    }).initialize();
    sources.push(source);
    return source;
  }

  beforeAll(async () => {
    oneByOne = await database('history_one');
    batched = await database('history_batch');
    const projection = new HistoryProjection();
    for (const event of events) await oneByOne.transaction((manager) => projection.apply([event], manager));
    await batched.transaction((manager) => projection.apply(events, manager));
  });

  afterAll(async () => {
    for (const source of sources) await source.destroy();
    for (const created of databases) await created.drop();
  });

  const page = (filter: HistoryFilter, cursor?: HistoryCursor, limit = 50, locale: 'ar' | 'en' = 'en'): Promise<HistoryPage> =>
    new ListConsultationHistoryHandler(batched)
      .execute(new ListConsultationHistory(CONSULTATION, filter, limit, cursor, locale))
      .then((answer) => answer!);
  const positions = (items: readonly HistoryEntryView[]) => items.map((item) => item.position);
  const recorded = events.filter((e) => e.type !== 'StakeholderRegistered');

  it('writes the same rows, keys and parameters whether the events come one at a time or in one batch', async () => {
    const rows = (source: DataSource) =>
      source.query('SELECT position, kind, summary, message, stakeholders, provisions FROM consultation_history ORDER BY position');
    const [one, all] = await Promise.all([rows(oneByOne), rows(batched)]);
    expect(all).toHaveLength(recorded.length);
    expect(one).toEqual(all);
    expect(all.every((row: { message: unknown }) => row.message !== null)).toBe(true);
  });

  it('reads every row once going forward 50 at a time, and the same pages coming back', async () => {
    const forward: HistoryPage[] = [await page({})];
    while (forward.at(-1)!.next) forward.push(await page({}, decodeHistoryCursor(forward.at(-1)!.next!)));
    expect(forward.map((p) => p.items.length)).toEqual([50, 50, 50, recorded.length - 150]);
    expect(forward.flatMap((p) => positions(p.items))).toEqual(recorded.map((e) => e.position));
    expect(forward[0].previous).toBeUndefined();

    const back: HistoryPage[] = [await page({}, { before: LATEST })];
    while (back.at(-1)!.previous) back.push(await page({}, decodeHistoryCursor(back.at(-1)!.previous!)));
    expect(back.at(0)!.next).toBeUndefined();
    expect(back.flatMap((p) => positions(p.items)).sort((a, b) => a - b)).toEqual(recorded.map((e) => e.position));
    // Coming back from the second page leads to the first, exactly.
    const second = await page({}, decodeHistoryCursor(forward[0].next!));
    expect(positions((await page({}, decodeHistoryCursor(second.previous!))).items)).toEqual(positions(forward[0].items));
  });

  it('filters by kind, stakeholder and period, and pages within the filter', async () => {
    const egyptRulings = recorded.filter((e) => {
      if (e.type !== 'AmendmentRuled') return false;
      const index = Number((e.payload as { amendmentId: string }).amendmentId.slice(4));
      return index % 2 === 1;
    });
    const rulings = await page({ kinds: ['amendment-ruled'], stakeholder: 'egypt' }, undefined, 10);
    expect(positions(rulings.items)).toEqual(egyptRulings.slice(0, 10).map((e) => e.position));
    const rest = await page({ kinds: ['amendment-ruled'], stakeholder: 'egypt' }, decodeHistoryCursor(rulings.next!), 10);
    expect(positions(rest.items)).toEqual(egyptRulings.slice(10, 20).map((e) => e.position));

    // The web page's own reading of its query: a date names the whole day.
    const asked = historyPageRequest({ kind: 'amendment-proposed', from: '2026-03-04', to: '2026-03-05' });
    expect(asked.invalid).toEqual([]);
    const inPeriod = recorded.filter((e) => e.type === 'AmendmentProposed' && e.recordedAt >= '2026-03-04' && e.recordedAt < '2026-03-06');
    expect(inPeriod).toHaveLength(20);
    expect(positions((await page(asked.filter, asked.cursor)).items)).toEqual(inPeriod.map((e) => e.position));
  });

  it('answers each line in the language asked, names as registered and provisions as printed, never an id', async () => {
    const latest = await page({ kinds: ['amendment-ruled'] }, { before: LATEST }, 5, 'ar');
    expect(latest.items).toHaveLength(5);
    for (const item of latest.items) {
      expect(item.language).toBe('ar');
      expect(item.text).toMatch(
        /^القرار: (قُبل|رُفض) في CWG-WSIS&SDG-44 بتاريخ 2026-03-20: تعديل resolves to instruct the Secretary-General, [123]، باقتراح من /u,
      );
      expect(item.text).not.toMatch(/amd-|dec-|op-\d|kenya|egypt/u);
      expect(item.summary).toMatch(/^(Accepted|Rejected) at CWG-WSIS&SDG-44 on 2026-03-20: MOD of op-/u);
    }
    const english = await page({ kinds: ['amendment-proposed'], stakeholder: 'egypt' }, undefined, 1, 'en');
    expect(english.items[0].text).toBe(
      'جمهورية مصر العربية proposed MOD of resolves to instruct the Secretary-General, 2 in Resolution 1334',
    );
  });
});
