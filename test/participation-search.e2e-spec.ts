import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#libs/eventstore';
import { createLogger } from '#libs/platform';
import { searchQuery } from '#libs/text';
import { GetParticipation, GetParticipationHandler } from '../apps/gateway/src/participation';
import type { ParticipationView } from '../apps/gateway/src/participation';
import { SearchKind, SearchPageView, SearchTexts, SearchTextsHandler, decodeSearchCursor } from '../apps/gateway/src/search';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { ParticipationProjection } from '../apps/projector/src/projections/participation.projection';
import { SearchProjection } from '../apps/projector/src/projections/search.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import {
  NOTHING,
  group,
  participationScenario,
  recordTheCorrectionAndConsultationB,
  recordUntilTheCorrection,
  tally,
} from './support/participation-scenario';
import { ProjectedLedger, openProjectedLedger } from './support/projected-ledger';

// The scenario, stakeholder by stakeholder, is told in support/participation-scenario.ts.

const MY_TABLES: Record<string, string> = {
  participation_facts: 'subject_kind, subject_id, stakeholder_id, role',
  participation_stakeholders: 'id',
  participation_consultations: 'id',
  participation_documents: 'document_id',
  search_entries: 'entry_key',
  search_documents: 'document_id',
};

describe('participation and search, projected from the write side through the projection runner', () => {
  let ledger: ProjectedLedger;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  const projections: Projection[] = [
    new ConsultationsProjection(),
    new StakeholdersProjection(),
    new DocumentsProjection(),
    new ContributionsProjection(),
    new ParticipationProjection(),
    new SearchProjection(),
  ];

  const scenario = participationScenario();
  const { consultationA, consultationB, documentA, documentB, C } = scenario;
  /** What a search for the interim report's words answered while the ruling that added it stood. */
  let beforeCorrection: SearchPageView;

  const project = (batchSize = 5) => ledger.project(batchSize);

  function search(
    q: string,
    filter: { consultationId?: string; kind?: SearchKind } = {},
    limit = 100,
    cursor?: string,
  ): Promise<SearchPageView> {
    return new SearchTextsHandler(dataSource).execute(
      new SearchTexts(searchQuery(q), filter, limit, cursor ? decodeSearchCursor(cursor) : undefined),
    );
  }

  const ids = (page: SearchPageView) => page.items.map((hit) => hit.id);

  async function participation(consultationId: string | null): Promise<ParticipationView> {
    return (await new GetParticipationHandler(dataSource).execute(new GetParticipation(consultationId)))!;
  }

  const dumpMine = () => ledger.dump(MY_TABLES);

  beforeAll(async () => {
    ledger = await openProjectedLedger('participation_search', projections);
    ({ dataSource, store, runner } = ledger);
    await recordUntilTheCorrection(ledger.send, scenario);
    await project();
    beforeCorrection = await search('مرحلي', { kind: 'provision' });
    await recordTheCorrectionAndConsultationB(ledger.send, scenario);
    await project();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  describe('participation', () => {
    it('counts each stakeholder of a consultation: contributions, amendments with their outcomes and acceptance rate, reservations', async () => {
      const answer = await participation(consultationA);
      expect(answer.consultationId).toBe(consultationA);
      expect(answer.consultationTitle).toBe('مراجعة القرار 1334 (المعدَّل في 2023)');
      const byId = Object.fromEntries(answer.stakeholders.map((s) => [s.id, s]));
      // Ordered by category, region, name; oxford took no part and was not admitted.
      expect(answer.stakeholders.map((s) => s.id)).toEqual([
        'african-group',
        'nigeria',
        'kenya',
        'egypt',
        'saudi-arabia',
        'apc',
        'gsma',
        'isoc',
        'unesco',
      ]);

      expect(byId.egypt.direct).toEqual(
        tally({
          contributions: [1, 1, 0, 0],
          amendments: [3, 3, 0],
          outcomes: { accepted: 1, rejected: 1, merged: 1 },
          decided: 3,
          rate: 0.6667,
        }),
      );
      expect(byId['saudi-arabia'].direct).toEqual(
        tally({
          contributions: [1, 0, 1, 0],
          amendments: [2, 0, 2],
          outcomes: { accepted: 1, rejected: 1 },
          decided: 2,
          rate: 0.5,
          reservations: 1,
        }),
      );
      expect(byId.kenya.direct).toEqual(
        tally({
          contributions: [1, 1, 0, 0],
          amendments: [3, 3, 0],
          outcomes: { acceptedAsModified: 1, pending: 1, withdrawn: 1 },
          decided: 1,
          rate: 1,
        }),
      );
      expect(byId.nigeria.direct).toEqual(tally({ amendments: [1, 1, 0], outcomes: { merged: 1 }, decided: 1, rate: 1 }));
      expect(byId.isoc.direct).toEqual(tally({ contributions: [1, 1, 0, 0], amendments: [1, 1, 0], outcomes: { deferred: 1 } }));
      expect(byId.apc.direct).toEqual(tally({ contributions: [1, 1, 0, 0], amendments: [1, 0, 1], outcomes: { deferred: 1 } }));
      expect(byId.gsma.direct).toEqual(tally({ contributions: [1, 1, 0, 1] }));
      expect(byId.unesco.direct).toEqual(tally({ contributions: [1, 1, 0, 0] }));
    });

    it('counts a group for itself and, separately, for its members', async () => {
      const answer = await participation(consultationA);
      const byId = Object.fromEntries(answer.stakeholders.map((s) => [s.id, s]));
      const africanProposals = tally({
        contributions: [1, 1, 0, 0],
        amendments: [2, 2, 0],
        outcomes: { acceptedAsModified: 1, pending: 1 },
        decided: 1,
        rate: 1,
      });
      expect(byId['african-group']).toMatchObject({
        isGroup: true,
        memberIds: ['kenya', 'nigeria'],
        direct: africanProposals,
        throughGroups: NOTHING,
      });
      expect(byId.kenya.throughGroups).toEqual(africanProposals);
      expect(byId.nigeria.throughGroups).toEqual(africanProposals);
      expect(byId.egypt.throughGroups).toEqual(NOTHING);
    });

    it('lists every category, those that took no part with zeros, counting each contribution and amendment once', async () => {
      const answer = await participation(consultationA);
      const direct = Object.fromEntries(answer.byCategory.map((c) => [c.category, c.direct]));
      const throughGroups = Object.fromEntries(answer.byCategory.map((c) => [c.category, c.throughGroups]));
      expect(answer.byCategory.map((c) => c.category)).toEqual([
        'member-state',
        'sector-member',
        'academia',
        'civil-society',
        'private-sector',
        'technical-community',
        'international-organization',
        'un-agency',
      ]);
      expect(direct['member-state']).toEqual(
        group(
          5,
          3,
          tally({
            contributions: [2, 2, 1, 0],
            amendments: [7, 7, 2],
            outcomes: { accepted: 1, acceptedAsModified: 1, merged: 2, rejected: 1, withdrawn: 1, pending: 1 },
            decided: 5,
            rate: 0.8,
            reservations: 1,
          }),
        ),
      );
      expect(direct['civil-society']).toEqual(
        group(1, 0, tally({ contributions: [1, 1, 0, 0], amendments: [1, 0, 1], outcomes: { deferred: 1 } })),
      );
      expect(direct['private-sector']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 1] })));
      expect(direct['technical-community']).toEqual(
        group(1, 0, tally({ contributions: [1, 1, 0, 0], amendments: [1, 1, 0], outcomes: { deferred: 1 } })),
      );
      expect(direct['un-agency']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 0] })));
      for (const gap of ['sector-member', 'academia', 'international-organization']) expect(direct[gap]).toEqual(group(0, 0));

      expect(throughGroups['member-state']).toEqual(
        group(
          2,
          0,
          tally({
            contributions: [1, 1, 0, 0],
            amendments: [2, 2, 0],
            outcomes: { acceptedAsModified: 1, pending: 1 },
            decided: 1,
            rate: 1,
          }),
        ),
      );
      for (const category of answer.byCategory.filter((c) => c.category !== 'member-state'))
        expect(category.throughGroups).toEqual(group(0, 0));
    });

    it('lists every region, those that took no part with zeros', async () => {
      const answer = await participation(consultationA);
      const direct = Object.fromEntries(answer.byRegion.map((r) => [r.region, r.direct]));
      expect(answer.byRegion.map((r) => r.region)).toEqual([
        'africa',
        'americas',
        'arab-states',
        'asia-pacific',
        'cis',
        'europe',
        'global',
      ]);
      expect(direct.africa).toEqual(
        group(
          3,
          1,
          tally({
            contributions: [1, 1, 0, 0],
            amendments: [4, 4, 0],
            outcomes: { acceptedAsModified: 1, merged: 1, withdrawn: 1, pending: 1 },
            decided: 2,
            rate: 1,
          }),
        ),
      );
      expect(direct['arab-states']).toEqual(
        group(
          2,
          2,
          tally({
            contributions: [1, 1, 1, 0],
            amendments: [3, 3, 2],
            outcomes: { accepted: 1, merged: 1, rejected: 1 },
            decided: 3,
            rate: 0.6667,
            reservations: 1,
          }),
        ),
      );
      expect(direct.europe).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 1] })));
      expect(direct.global).toEqual(group(3, 0, tally({ contributions: [3, 3, 0, 0], amendments: [1, 1, 1], outcomes: { deferred: 1 } })));
      for (const gap of ['americas', 'asia-pacific', 'cis']) expect(direct[gap]).toEqual(group(0, 0));
      expect(answer.byRegion.find((r) => r.region === 'africa')!.throughGroups).toMatchObject({
        stakeholders: 2,
        amendments: { total: 2 },
      });
    });

    it('answers the totals of a consultation, and of all consultations together', async () => {
      expect((await participation(consultationA)).totals).toEqual(
        group(
          9,
          3,
          tally({
            contributions: [6, 6, 1, 1],
            amendments: [8, 8, 3],
            outcomes: { accepted: 1, acceptedAsModified: 1, merged: 2, rejected: 1, deferred: 1, withdrawn: 1, pending: 1 },
            decided: 5,
            rate: 0.8,
            reservations: 1,
          }),
        ),
      );
      const all = await participation(null);
      expect(all.consultationId).toBeNull();
      expect(all.totals).toMatchObject({
        stakeholders: 9,
        contributions: { total: 7, submitted: 7 },
        amendments: { total: 9, decided: 6, acceptanceRate: 0.8333 },
      });
      expect(all.stakeholders.find((s) => s.id === 'egypt')!.direct).toEqual(
        tally({
          contributions: [2, 2, 0, 0],
          amendments: [4, 4, 0],
          outcomes: { accepted: 2, rejected: 1, merged: 1 },
          decided: 4,
          rate: 0.75,
        }),
      );
      expect((await participation(consultationB)).stakeholders.map((s) => s.id)).toEqual(['egypt']);
    });

    it('answers null for a consultation it never saw', async () => {
      expect(await new GetParticipationHandler(dataSource).execute(new GetParticipation(randomUUID()))).toBeNull();
    });
  });

  describe('search', () => {
    it('finds a provision of every version and of the working text as one hit while its wording is unchanged', async () => {
      const page = await search('مينيابوليس', { consultationId: consultationA, kind: 'provision' });
      expect(page.key).toBe('مينيابوليس');
      expect(page.items).toEqual([
        {
          kind: 'provision',
          id: 'pre-1-1',
          documentId: documentA,
          consultationId: consultationA,
          language: 'ar',
          label: 'أ )',
          title: 'إذ يذكّر',
          versions: { working: true, numbers: [1, 2] },
          snippet: expect.objectContaining({ html: expect.stringContaining('(<mark>مينيابوليس</mark>، 1998)') }),
          rank: 4,
          match: 'word',
        },
      ]);
      const { text, highlights } = page.items[0].snippet;
      expect(highlights.map((h) => text.slice(h.start, h.end))).toEqual(['مينيابوليس']);
    });

    it('ignores diacritics, tatweel and presentation forms in the query', async () => {
      const plain = ids(await search('مينيابوليس', { kind: 'provision' }));
      expect(ids(await search('مِينِيَابُولِيس', { kind: 'provision' }))).toEqual(plain);
      expect(ids(await search('مينيـــابوليس', { kind: 'provision' }))).toEqual(plain);
      // ﺟﻨﻴﻒ: جنيف in presentation forms, as in "إعلان مبادئ جنيف".
      expect(ids(await search('\uFE9F\uFEE8\uFEF4\uFED2', { consultationId: consultationA, kind: 'provision' }))).toEqual(
        ids(await search('جنيف', { consultationId: consultationA, kind: 'provision' })),
      );
      expect(ids(await search('جنيف', { consultationId: consultationA, kind: 'provision' }))).toContain('pre-2-1');
    });

    it('finds a word with or without the article and the proclitics: "قرار" finds "بالقرار" as a whole word', async () => {
      const hits = (await search('قرار', { consultationId: consultationA, kind: 'provision' })).items;
      const words = hits.filter((hit) => hit.rank === 4).map((hit) => hit.id);
      expect(words).toEqual(
        expect.arrayContaining(['pre-1-1', 'pre-1-2', 'pre-1-3', 'pre-1-4', 'pre-1-5', 'pre-1-6', 'pre-1-7', 'pre-1-8']),
      );
      expect(hits.find((hit) => hit.id === 'pre-1-2')!.snippet.html).toMatch(/^<mark>بالقرار<\/mark> 140/u);
      // "القرارات" and "القرارين" begin with the word: found after the whole words.
      expect(hits.find((hit) => hit.id === 'pre-3-2')).toMatchObject({ rank: 3, match: 'prefix' });
      expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => b - a));
      for (const written of ['القرار', 'بالقرار', 'وبالقرار', 'للقرار']) {
        expect(ids(await search(written, { consultationId: consultationA, kind: 'provision' }))).toEqual(hits.map((hit) => hit.id));
      }
    });

    it('meets the letters written several ways: teh marbuta, alef maksura, hamza on alef and its carriers', async () => {
      const hits = await search('للجمعيه العامه للامم المتحده', { consultationId: consultationA, kind: 'provision' });
      expect(hits.items.filter((hit) => hit.rank === 4).map((hit) => hit.id)).toEqual(
        expect.arrayContaining(['pre-1-3', 'pre-1-4', 'pre-1-5']),
      );
      expect(ids(await search('الرفيع المستوي', { consultationId: consultationA, kind: 'provision' }))).toContain('pre-4-2');
      // "الشؤون" in pre-4-2, "الاستئماني" in op-4-6.
      expect(ids(await search('الشئون', { consultationId: consultationA, kind: 'provision' }))).toEqual(['pre-4-2']);
      expect(ids(await search('الاستؤماني', { consultationId: consultationA, kind: 'provision' })).sort()).toEqual(['op-4-6', 'pre-5-3']);
    });

    it('reads Arabic-Indic digits as 0-9', async () => {
      const hits = await search('١٣٣٢', { consultationId: consultationA, kind: 'provision' });
      expect(ids(hits).sort()).toEqual(['pre-1-7', 'pre-5-2']);
      expect(hits.items.every((hit) => hit.rank === 4)).toBe(true);
    });

    it("follows the chair's decisions: the old wording stays in version 1, the new one is in version 2 and the working text", async () => {
      const words = async (q: string) =>
        (await search(q, { consultationId: consultationA, kind: 'provision' })).items.filter((hit) => hit.rank === 4);
      expect((await words('التدابير المناسبة')).map((hit) => [hit.id, hit.versions])).toEqual([
        ['op-1-1', { working: true, numbers: [2] }],
      ]);
      expect((await words('التدابير الممكنة')).map((hit) => [hit.id, hit.versions])).toEqual([
        ['op-1-1', { working: false, numbers: [1] }],
      ]);
      expect((await words('افضل الممارسات والخبرات')).map((hit) => [hit.id, hit.label, hit.versions])).toEqual([
        ['op-2-merged', '4', { working: true, numbers: [2] }],
      ]);
      expect((await words('مع اصحاب المصلحه كافه')).map((hit) => hit.id)).toEqual(['op-3-4']);
    });

    it('drops a wording a correction took out of the working text before any adoption', async () => {
      expect(beforeCorrection.items.map((hit) => [hit.id, hit.versions])).toEqual([['op-1-interim', { working: true, numbers: [] }]]);
      expect((await search('مرحلي', { kind: 'provision' })).items).toEqual([]);
    });

    it('finds contributions by their cover and report, case- and accent-insensitively in Latin and Cyrillic, and by characters in Chinese', async () => {
      const resolution = await search('resolution', { kind: 'contribution' });
      // Both whole words; C7 was submitted after C3's revision, so it is the more recent.
      expect(resolution.items.map((hit) => [hit.id, hit.label, hit.status, hit.rank])).toEqual([
        [C.c7, 'C26/70-E', 'submitted', 4],
        [C.c3, 'C26/30(Rev.1)-F', 'revised', 4],
      ]);
      expect(resolution.items[1].snippet.html).toContain('<mark>Résolution</mark> 1334');
      expect(resolution.items[1].title).toBe('Contribution de la communauté technique à la Résolution 1334 (révisée)');

      expect((await search('ОБЗОР', { kind: 'contribution' })).items.map((hit) => [hit.id, hit.language])).toEqual([[C.c5, 'ru']]);
      const chinese = await search('世界峰会', { kind: 'contribution' });
      expect(chinese.items.map((hit) => [hit.id, hit.rank])).toEqual([[C.c6, 4]]);
      expect(chinese.items[0].snippet.html).toContain('信息社会<mark>世界峰会</mark>成果');
      expect((await search('峰会世界', { kind: 'contribution' })).items).toEqual([]);
    });

    it('escapes the HTML of a snippet, and keeps a withdrawn contribution findable with its status', async () => {
      const [hit] = (await search('sdg', { kind: 'contribution' })).items;
      expect(hit).toMatchObject({ id: C.c4, status: 'withdrawn', label: 'C26/40-E' });
      expect(hit.snippet.html).toContain('CWG-WSIS&amp;<mark>SDG</mark>');
      expect(hit.snippet.text).toContain('CWG-WSIS&SDG');
    });

    it('finds documents by their title and headings, with the label of their latest version', async () => {
      expect((await search('Secretary-General', { kind: 'document' })).items.map((hit) => [hit.id, hit.label])).toEqual([
        [documentB, 'Resolution 1334 (Modified 2023)'],
      ]);
      expect((await search('يقرر أن يكلف الأمين العام', { kind: 'document' })).items.map((hit) => [hit.id, hit.label])).toEqual([
        [documentA, 'القرار 1334 (المعدَّل في 2026)'],
      ]);
    });

    it('filters by consultation and kind', async () => {
      expect(ids(await search('1334', { kind: 'contribution' })).sort()).toEqual([C.c1, C.c3, C.c7].sort());
      expect(ids(await search('1334', { kind: 'contribution', consultationId: consultationA })).sort()).toEqual([C.c1, C.c3].sort());
      const everything = await search('resolution', { consultationId: consultationB });
      expect(new Set(everything.items.map((hit) => hit.kind))).toEqual(new Set(['document', 'provision', 'contribution']));
      expect(everything.items.every((hit) => hit.consultationId === consultationB)).toBe(true);
    });

    it('pages through the hits with a cursor, in the same order as one long page', async () => {
      const whole = await search('قرار', { consultationId: consultationA }, 100);
      expect(whole.next).toBeUndefined();
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search('قرار', { consultationId: consultationA }, 4, cursor);
        expect(page.items.length).toBeLessThanOrEqual(4);
        paged.push(...page.items.map((hit) => `${hit.kind}:${hit.id}:${hit.versions?.numbers.join(',') ?? ''}`));
        cursor = page.next;
      } while (cursor);
      expect(paged).toEqual(whole.items.map((hit) => `${hit.kind}:${hit.id}:${hit.versions?.numbers.join(',') ?? ''}`));
      expect(new Set(paged).size).toBe(paged.length);
    });

    it('uses the trigram index where pg_trgm could be installed', async () => {
      const [index] = await dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entries_trigrams'`);
      const [extension] = await dataSource.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
      expect(Boolean(index)).toBe(Boolean(extension));
      if (!index) return;
      const plan = await dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        return manager.query(`EXPLAIN SELECT entry_key FROM search_entries WHERE search_text LIKE $1`, ['%مينيابوليس%']);
      });
      expect(JSON.stringify(plan)).toContain('search_entries_trigrams');
    });
  });

  describe('as projections', () => {
    it('changes nothing when the whole log is delivered again', async () => {
      const before = await dumpMine();
      await runner.applyBatch(await store.readAll(0, 10_000));
      expect(await dumpMine()).toEqual(before);
    });

    it('ends with the same rows when rebuilt under a new version over their old rows', async () => {
      const before = await dumpMine();
      const mine = projections.filter((p) => p instanceof ParticipationProjection || p instanceof SearchProjection);
      // A copy of each projection under the next version: the runner replays the log from 0 for it.
      const rebuilt = mine.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)), p, { version: p.version + 1 }) as Projection);
      const rebuilder = new ProjectionRunner(dataSource, rebuilt, createLogger('projector-test', 'error'));
      expect(await rebuilder.resumePosition()).toBe(0);
      for (const batch of [await store.readAll(0, 9), await store.readAll(9, 10_000)]) await rebuilder.applyBatch(batch);
      expect(await dumpMine()).toEqual(before);
    });
  });
});
