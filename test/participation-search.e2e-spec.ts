import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, ContributionCover } from '#libs/contracts';
import { LedgerCommand, DocumentCommand, SubmittedSubstance } from '#libs/domain';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, importResolution, locateProvision, searchQuery } from '#libs/text';
import { readFixture } from '../libs/text/src/import/fixtures/seeds';
import { GetParticipation, GetParticipationHandler } from '../apps/gateway/src/participation';
import type { GroupTally, ParticipationView, Tally } from '../apps/gateway/src/participation';
import { SearchKind, SearchPageView, SearchTexts, SearchTextsHandler, decodeSearchCursor } from '../apps/gateway/src/search';
import { ExecuteLedgerCommand, ExecuteLedgerCommandHandler } from '../apps/ledger/src/ledger-command-executor';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { ParticipationProjection } from '../apps/projector/src/projections/participation.projection';
import { SearchProjection } from '../apps/projector/src/projections/search.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import { createTestDatabase } from './support/test-database';

/*
 * The scenario. Consultation A works on the Arabic text of Resolution 1334 (Modified
 * 2023), consultation B on the English excerpt. Stakeholders of several categories and
 * regions contribute; the chair rules, merges, defers, records a reservation, corrects a
 * ruling and adopts version 2 of the Arabic text.
 *
 *   stakeholder     category             region       in A
 *   egypt           member-state         arab-states  C1 (with saudi-arabia co-sponsoring): a-1 accepted, a-2 accepted then corrected to rejected; a-5 merged
 *   saudi-arabia    member-state         arab-states  co-sponsors C1 (so a-1, a-2); a reservation on op-1-1
 *   kenya           member-state         africa       C2 on behalf of african-group: a-3 accepted as modified, a-4 pending; a-8 withdrawn
 *   nigeria         member-state         africa       a-6 merged
 *   african-group   member-state         africa       group of kenya and nigeria
 *   isoc            technical-community  global       C3 (a report in French, revised): a-7 deferred
 *   apc             civil-society        global       C5 (a report in Russian); co-sponsors a-7
 *   gsma            private-sector       europe       C4 (a report), withdrawn
 *   unesco          un-agency            global       C6 (a report in Chinese)
 *   oxford          academia             europe       nothing
 *   egypt, kenya and saudi-arabia are admitted as participants of A.
 *
 *   In B: egypt's C7 carries a-9, accepted.
 */

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const as = (id: string): Actor => ({ id, role: 'stakeholder' });

const STAKEHOLDERS = [
  ['egypt', 'Arab Republic of Egypt', 'member-state', 'arab-states', []],
  ['saudi-arabia', 'Kingdom of Saudi Arabia', 'member-state', 'arab-states', []],
  ['kenya', 'Republic of Kenya', 'member-state', 'africa', []],
  ['nigeria', 'Federal Republic of Nigeria', 'member-state', 'africa', []],
  ['african-group', 'African Group', 'member-state', 'africa', ['kenya', 'nigeria']],
  ['isoc', 'Internet Society', 'technical-community', 'global', []],
  ['apc', 'Association for Progressive Communications', 'civil-society', 'global', []],
  ['gsma', 'GSM Association', 'private-sector', 'europe', []],
  ['unesco', 'UNESCO', 'un-agency', 'global', []],
  ['oxford', 'Oxford Internet Institute', 'academia', 'europe', []],
] as const;

const MY_TABLES: Record<string, string> = {
  participation_facts: 'subject_kind, subject_id, stakeholder_id, role',
  participation_stakeholders: 'id',
  participation_consultations: 'id',
  participation_documents: 'document_id',
  search_entries: 'entry_key',
  search_documents: 'document_id',
};

function cover(symbol: string, title: string, submitters: string[], extra: Partial<ContributionCover> = {}): ContributionCover {
  return { symbol, date: '2026-02-20', agendaItem: 'PL 2', originalLanguage: 'ar', submitters, coSponsors: [], title, ...extra };
}

/** A tally written out, with zeros where the scenario has none. */
function tally(t: {
  contributions?: [total: number, submitted: number, coSponsored: number, withdrawn: number];
  amendments?: [total: number, proposed: number, coSponsored: number];
  outcomes?: Partial<Record<'accepted' | 'acceptedAsModified' | 'merged' | 'rejected' | 'deferred' | 'withdrawn' | 'pending', number>>;
  decided?: number;
  rate?: number | null;
  reservations?: number;
}): Tally {
  const [total, submitted, coSponsored, withdrawn] = t.contributions ?? [0, 0, 0, 0];
  const [amendments, proposed, amendmentsCoSponsored] = t.amendments ?? [0, 0, 0];
  return {
    contributions: { total, submitted, coSponsored, withdrawn },
    amendments: {
      total: amendments,
      proposed,
      coSponsored: amendmentsCoSponsored,
      outcomes: { accepted: 0, acceptedAsModified: 0, merged: 0, rejected: 0, deferred: 0, withdrawn: 0, pending: 0, ...t.outcomes },
      decided: t.decided ?? 0,
      acceptanceRate: t.rate ?? null,
    },
    reservations: t.reservations ?? 0,
  };
}

const group = (stakeholders: number, admitted: number, t: Tally = tally({})): GroupTally => ({ stakeholders, admitted, ...t });
const NOTHING = tally({});

describe('participation and search, projected from the write side through the projection runner', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let ledger: ExecuteLedgerCommandHandler;
  let runner: ProjectionRunner;
  let arabic: ResolutionDocument;
  let english: ResolutionDocument;
  const projections: Projection[] = [
    new ConsultationsProjection(),
    new StakeholdersProjection(),
    new DocumentsProjection(),
    new ContributionsProjection(),
    new ParticipationProjection(),
    new SearchProjection(),
  ];

  const consultationA = randomUUID();
  const consultationB = randomUUID();
  const documentA = randomUUID();
  const documentB = randomUUID();
  const C = { c1: randomUUID(), c2: randomUUID(), c3: randomUUID(), c4: randomUUID(), c5: randomUUID(), c6: randomUUID(), c7: randomUUID() };
  /** What a search for the interim report's words answered while the ruling that added it stood. */
  let beforeCorrection: SearchPageView;

  async function send(actor: Actor, command: LedgerCommand): Promise<void> {
    const metadata = { actor, correlationId: randomUUID(), requestedAt: new Date().toISOString() };
    const outcome = await ledger.execute(new ExecuteLedgerCommand({ command, metadata }));
    if (!outcome.ok) throw new Error(`${command.kind} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  }

  const onDocument = (documentId: string, actor: Actor, command: DocumentCommand) => send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });

  async function project(batchSize = 5): Promise<void> {
    let after = await runner.resumePosition();
    for (;;) {
      const batch = await store.readAll(after, batchSize);
      if (batch.length === 0) return;
      await runner.applyBatch(batch);
      after = batch[batch.length - 1].position;
    }
  }

  function search(q: string, filter: { consultationId?: string; kind?: SearchKind } = {}, limit = 100, cursor?: string): Promise<SearchPageView> {
    return new SearchTextsHandler(dataSource).execute(new SearchTexts(searchQuery(q), filter, limit, cursor ? decodeSearchCursor(cursor) : undefined));
  }

  const ids = (page: SearchPageView) => page.items.map((hit) => hit.id);

  async function participation(consultationId: string | null): Promise<ParticipationView> {
    return (await new GetParticipationHandler(dataSource).execute(new GetParticipation(consultationId)))!;
  }

  async function dumpMine(): Promise<Record<string, unknown[]>> {
    const tables: Record<string, unknown[]> = {};
    for (const [table, key] of Object.entries(MY_TABLES)) tables[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
    return tables;
  }

  beforeAll(async () => {
    database = await createTestDatabase('participation_search');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    dataSource = await createDataSource({ url: database.url, entities: READ_MODEL_ENTITIES, applicationName: 'participation-search-test' }).initialize();
    store = new PostgresEventStore(dataSource);
    ledger = new ExecuteLedgerCommandHandler(store);
    runner = new ProjectionRunner(dataSource, projections, createLogger('projector-test', 'error'));
    arabic = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
    english = importResolution(readFixture('itu-res1334-excerpt.en.txt')).document;
    const textA = (id: string) => locateProvision(arabic, id)!.provision.text;
    const modifyA = (id: string, from: string, to: string): AmendmentOperation => ({ kind: 'modify', provisionId: id, oldText: textA(id), newText: textA(id).replace(from, to) });
    const amendments = (documentId: string, list: { amendmentId: string; operation: AmendmentOperation }[]): SubmittedSubstance => ({
      kind: 'amendments',
      documentId,
      versionNumber: 1,
      amendments: list,
    });
    const report = (text: string): SubmittedSubstance => ({ kind: 'report', text });

    for (const [stakeholderId, name, category, region, memberIds] of STAKEHOLDERS) {
      await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId, name, category, region, memberIds } });
    }
    await send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId: consultationA,
        title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: ['chair-1'],
        deadlines: {},
        restricted: false,
      },
    });
    await send(secretariat, { kind: 'ChangePhase', consultationId: consultationA, to: 'open-for-contributions' });
    for (const stakeholderId of ['egypt', 'kenya', 'saudi-arabia']) await send(secretariat, { kind: 'AdmitParticipant', consultationId: consultationA, stakeholderId });
    await onDocument(documentA, secretariat, {
      kind: 'RegisterDocument',
      document: { documentId: documentA, consultationId: consultationA, symbol: 'القرار 1334', versionLabel: 'المعدَّل في 2023', text: arabic, source: { kind: 'import', warnings: 0 } },
    });

    // Contributions to A.
    await send(as('egypt'), {
      kind: 'SubmitContribution',
      contributionId: C.c1,
      consultationId: consultationA,
      cover: cover('C26/12-A', 'تعديلات مقترحة على القرار 1334', ['egypt'], { coSponsors: ['saudi-arabia'], purpose: 'تحديث ولاية الأمين العام' }),
      substance: amendments(documentA, [
        { amendmentId: 'a-1', operation: modifyA('op-1-1', 'الممكنة', 'المناسبة') },
        { amendmentId: 'a-2', operation: { kind: 'add', newId: 'op-1-interim', position: { after: 'op-1-12' }, text: 'بتقديم تقرير مرحلي إلى المجلس في دورته لعام 2026؛' } },
      ]),
    });
    await send(as('kenya'), {
      kind: 'SubmitContribution',
      contributionId: C.c2,
      consultationId: consultationA,
      cover: cover('C26/15-A', 'مقترحات أفريقية مشتركة', ['kenya'], { onBehalfOf: 'african-group' }),
      substance: amendments(documentA, [
        { amendmentId: 'a-3', operation: modifyA('op-3-4', 'مع أصحاب', 'مع جميع أصحاب') },
        { amendmentId: 'a-4', operation: { kind: 'add', newId: 'op-4-developing', position: { after: 'op-4-6' }, text: 'تيسير مشاركة البلدان النامية في عملية القمة؛' } },
      ]),
    });
    await send(as('isoc'), {
      kind: 'SubmitContribution',
      contributionId: C.c3,
      consultationId: consultationA,
      cover: cover('C26/30-F', 'Contribution de la communauté technique à la Résolution 1334', ['isoc'], { originalLanguage: 'fr' }),
      substance: report('La communauté technique soutient un examen ouvert.'),
    });
    await send(as('gsma'), {
      kind: 'SubmitContribution',
      contributionId: C.c4,
      consultationId: consultationA,
      cover: cover('C26/40-E', 'Private sector input to CWG-WSIS&SDG', ['gsma'], { originalLanguage: 'en' }),
      substance: report('Industry supports the WSIS+20 review.'),
    });
    await send(as('apc'), {
      kind: 'SubmitContribution',
      contributionId: C.c5,
      consultationId: consultationA,
      cover: cover('C26/50-R', 'Вклад гражданского общества в обзор ВВУИО', ['apc'], { originalLanguage: 'ru' }),
      substance: report('Гражданское общество поддерживает открытый и инклюзивный обзор.'),
    });
    await send(as('unesco'), {
      kind: 'SubmitContribution',
      contributionId: C.c6,
      consultationId: consultationA,
      cover: cover('C26/60-C', '信息社会世界峰会成果落实情况报告', ['unesco'], { originalLanguage: 'zh' }),
      substance: report('教科文组织支持信息社会世界峰会进程。'),
    });
    await send(as('isoc'), {
      kind: 'ReviseContribution',
      contributionId: C.c3,
      cover: cover('C26/30(Rev.1)-F', 'Contribution de la communauté technique à la Résolution 1334 (révisée)', ['isoc'], { originalLanguage: 'fr' }),
      substance: report('La communauté technique soutient un examen ouvert, inclusif et transparent.'),
    });
    await send(as('gsma'), { kind: 'WithdrawContribution', contributionId: C.c4, reason: 'submitted to the wrong meeting' });
    await onDocument(documentA, as('kenya'), { kind: 'ProposeAmendment', amendmentId: 'a-8', versionNumber: 1, proposers: ['kenya'], operation: modifyA('op-3-1', 'المساهمة في', 'المساهمة الفعالة في') });
    await onDocument(documentA, as('kenya'), { kind: 'WithdrawAmendment', amendmentId: 'a-8', reason: 'covered by the African common proposals' });

    // Negotiation of A.
    await send(chair, { kind: 'ChangePhase', consultationId: consultationA, to: 'negotiation' });
    const addToOp2 = (newId: string, text: string): AmendmentOperation => ({ kind: 'add', newId, position: { after: 'op-2-3' }, text });
    await onDocument(documentA, as('egypt'), { kind: 'ProposeAmendment', amendmentId: 'a-5', versionNumber: 1, proposers: ['egypt'], operation: addToOp2('op-2-egypt', 'بتشجيع تبادل أفضل الممارسات؛') });
    await onDocument(documentA, as('nigeria'), { kind: 'ProposeAmendment', amendmentId: 'a-6', versionNumber: 1, proposers: ['nigeria'], operation: addToOp2('op-2-nigeria', 'بتشجيع تبادل الخبرات الوطنية؛') });
    await onDocument(documentA, as('isoc'), {
      kind: 'ProposeAmendment',
      amendmentId: 'a-7',
      versionNumber: 1,
      proposers: ['isoc'],
      operation: modifyA('op-1-3', 'مع جميع أصحاب المصلحة', 'مع جميع أصحاب المصلحة ومنهم المجتمع التقني'),
    });
    await onDocument(documentA, as('apc'), { kind: 'CoSponsorAmendment', amendmentId: 'a-7', stakeholderId: 'apc' });
    const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
    await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', ...sitting });
    await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-2', ruling: 'accepted', ...sitting });
    await project();
    beforeCorrection = await search('مرحلي', { kind: 'provision' });
    await onDocument(documentA, chair, {
      kind: 'RuleOnAmendment',
      decisionId: 'dec-3',
      amendmentId: 'a-3',
      ruling: 'accepted-as-modified',
      compromise: modifyA('op-3-4', 'مع أصحاب المصلحة غير الحكوميين', 'مع أصحاب المصلحة كافة'),
      ...sitting,
    });
    await onDocument(documentA, chair, {
      kind: 'MergeAmendments',
      decisionId: 'dec-4',
      amendmentIds: ['a-5', 'a-6'],
      operation: addToOp2('op-2-merged', 'بتشجيع تبادل أفضل الممارسات والخبرات الوطنية؛'),
      ...sitting,
    });
    await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-5', amendmentId: 'a-7', ruling: 'deferred', ...sitting });
    await onDocument(documentA, chair, {
      kind: 'RecordReservation',
      decisionId: 'dec-6',
      stakeholderId: 'saudi-arabia',
      provisionId: 'op-1-1',
      text: 'تتحفظ المملكة العربية السعودية على عبارة "التدابير المناسبة".',
      ...sitting,
    });
    await onDocument(documentA, chair, { kind: 'CorrectDecision', decisionId: 'dec-7', corrects: 'dec-2', ruling: 'rejected', reason: 'لم توافق الجلسة العامة على التقرير المرحلي', ...sitting });
    await send(chair, { kind: 'ChangePhase', consultationId: consultationA, to: 'adoption' });
    await onDocument(documentA, chair, {
      kind: 'AdoptVersion',
      decisionId: 'dec-8',
      label: 'المعدَّل في 2026',
      meeting: 'الجلسة العامة السادسة',
      date: '2026-06-12',
      leaveOpen: { amendmentIds: ['a-4', 'a-7'] },
    });

    // Consultation B, on the English excerpt.
    await send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId: consultationB,
        title: 'Review of Resolution 1334 (Modified 2023)',
        body: 'CWG-WSIS&SDG',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: {},
        restricted: false,
      },
    });
    await send(secretariat, { kind: 'ChangePhase', consultationId: consultationB, to: 'open-for-contributions' });
    await onDocument(documentB, secretariat, {
      kind: 'RegisterDocument',
      document: { documentId: documentB, consultationId: consultationB, symbol: 'Resolution 1334', versionLabel: 'Modified 2023', text: english, source: { kind: 'import', warnings: 0 } },
    });
    const op11 = locateProvision(english, 'op-1-1')!.provision.text;
    await send(as('egypt'), {
      kind: 'SubmitContribution',
      contributionId: C.c7,
      consultationId: consultationB,
      cover: cover('C26/70-E', 'Proposed modifications to Resolution 1334', ['egypt'], { originalLanguage: 'en' }),
      substance: amendments(documentB, [{ amendmentId: 'a-9', operation: { kind: 'modify', provisionId: 'op-1-1', oldText: op11, newText: op11.replace('all possible', 'all appropriate') } }]),
    });
    await send(chair, { kind: 'ChangePhase', consultationId: consultationB, to: 'negotiation' });
    await onDocument(documentB, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b1', amendmentId: 'a-9', ruling: 'accepted', ...sitting });
    await project();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('participation', () => {
    it('counts each stakeholder of a consultation: contributions, amendments with their outcomes and acceptance rate, reservations', async () => {
      const answer = await participation(consultationA);
      expect(answer.consultationId).toBe(consultationA);
      expect(answer.consultationTitle).toBe('مراجعة القرار 1334 (المعدَّل في 2023)');
      const byId = Object.fromEntries(answer.stakeholders.map((s) => [s.id, s]));
      // Ordered by category, region, name; oxford took no part and was not admitted.
      expect(answer.stakeholders.map((s) => s.id)).toEqual(['african-group', 'nigeria', 'kenya', 'egypt', 'saudi-arabia', 'apc', 'gsma', 'isoc', 'unesco']);

      expect(byId.egypt.direct).toEqual(
        tally({ contributions: [1, 1, 0, 0], amendments: [3, 3, 0], outcomes: { accepted: 1, rejected: 1, merged: 1 }, decided: 3, rate: 0.6667 }),
      );
      expect(byId['saudi-arabia'].direct).toEqual(
        tally({ contributions: [1, 0, 1, 0], amendments: [2, 0, 2], outcomes: { accepted: 1, rejected: 1 }, decided: 2, rate: 0.5, reservations: 1 }),
      );
      expect(byId.kenya.direct).toEqual(
        tally({ contributions: [1, 1, 0, 0], amendments: [3, 3, 0], outcomes: { acceptedAsModified: 1, pending: 1, withdrawn: 1 }, decided: 1, rate: 1 }),
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
      const africanProposals = tally({ contributions: [1, 1, 0, 0], amendments: [2, 2, 0], outcomes: { acceptedAsModified: 1, pending: 1 }, decided: 1, rate: 1 });
      expect(byId['african-group']).toMatchObject({ isGroup: true, memberIds: ['kenya', 'nigeria'], direct: africanProposals, throughGroups: NOTHING });
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
      expect(direct['civil-society']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 0], amendments: [1, 0, 1], outcomes: { deferred: 1 } })));
      expect(direct['private-sector']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 1] })));
      expect(direct['technical-community']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 0], amendments: [1, 1, 0], outcomes: { deferred: 1 } })));
      expect(direct['un-agency']).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 0] })));
      for (const gap of ['sector-member', 'academia', 'international-organization']) expect(direct[gap]).toEqual(group(0, 0));

      expect(throughGroups['member-state']).toEqual(
        group(2, 0, tally({ contributions: [1, 1, 0, 0], amendments: [2, 2, 0], outcomes: { acceptedAsModified: 1, pending: 1 }, decided: 1, rate: 1 })),
      );
      for (const category of answer.byCategory.filter((c) => c.category !== 'member-state')) expect(category.throughGroups).toEqual(group(0, 0));
    });

    it('lists every region, those that took no part with zeros', async () => {
      const answer = await participation(consultationA);
      const direct = Object.fromEntries(answer.byRegion.map((r) => [r.region, r.direct]));
      expect(answer.byRegion.map((r) => r.region)).toEqual(['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe', 'global']);
      expect(direct.africa).toEqual(
        group(3, 1, tally({ contributions: [1, 1, 0, 0], amendments: [4, 4, 0], outcomes: { acceptedAsModified: 1, merged: 1, withdrawn: 1, pending: 1 }, decided: 2, rate: 1 })),
      );
      expect(direct['arab-states']).toEqual(
        group(2, 2, tally({ contributions: [1, 1, 1, 0], amendments: [3, 3, 2], outcomes: { accepted: 1, merged: 1, rejected: 1 }, decided: 3, rate: 0.6667, reservations: 1 })),
      );
      expect(direct.europe).toEqual(group(1, 0, tally({ contributions: [1, 1, 0, 1] })));
      expect(direct.global).toEqual(group(3, 0, tally({ contributions: [3, 3, 0, 0], amendments: [1, 1, 1], outcomes: { deferred: 1 } })));
      for (const gap of ['americas', 'asia-pacific', 'cis']) expect(direct[gap]).toEqual(group(0, 0));
      expect(answer.byRegion.find((r) => r.region === 'africa')!.throughGroups).toMatchObject({ stakeholders: 2, amendments: { total: 2 } });
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
      expect(all.totals).toMatchObject({ stakeholders: 9, contributions: { total: 7, submitted: 7 }, amendments: { total: 9, decided: 6, acceptanceRate: 0.8333 } });
      expect(all.stakeholders.find((s) => s.id === 'egypt')!.direct).toEqual(
        tally({ contributions: [2, 2, 0, 0], amendments: [4, 4, 0], outcomes: { accepted: 2, rejected: 1, merged: 1 }, decided: 4, rate: 0.75 }),
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
      expect(ids(await search('\uFE9F\uFEE8\uFEF4\uFED2', { consultationId: consultationA, kind: 'provision' }))).toEqual(ids(await search('جنيف', { consultationId: consultationA, kind: 'provision' })));
      expect(ids(await search('جنيف', { consultationId: consultationA, kind: 'provision' }))).toContain('pre-2-1');
    });

    it('finds a word with or without the article and the proclitics: "قرار" finds "بالقرار" as a whole word', async () => {
      const hits = (await search('قرار', { consultationId: consultationA, kind: 'provision' })).items;
      const words = hits.filter((hit) => hit.rank === 4).map((hit) => hit.id);
      expect(words).toEqual(expect.arrayContaining(['pre-1-1', 'pre-1-2', 'pre-1-3', 'pre-1-4', 'pre-1-5', 'pre-1-6', 'pre-1-7', 'pre-1-8']));
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
      expect(hits.items.filter((hit) => hit.rank === 4).map((hit) => hit.id)).toEqual(expect.arrayContaining(['pre-1-3', 'pre-1-4', 'pre-1-5']));
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
      const words = async (q: string) => (await search(q, { consultationId: consultationA, kind: 'provision' })).items.filter((hit) => hit.rank === 4);
      expect((await words('التدابير المناسبة')).map((hit) => [hit.id, hit.versions])).toEqual([['op-1-1', { working: true, numbers: [2] }]]);
      expect((await words('التدابير الممكنة')).map((hit) => [hit.id, hit.versions])).toEqual([['op-1-1', { working: false, numbers: [1] }]]);
      expect((await words('افضل الممارسات والخبرات')).map((hit) => [hit.id, hit.label, hit.versions])).toEqual([['op-2-merged', '4', { working: true, numbers: [2] }]]);
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
      expect((await search('Secretary-General', { kind: 'document' })).items.map((hit) => [hit.id, hit.label])).toEqual([[documentB, 'Resolution 1334 (Modified 2023)']]);
      expect((await search('يقرر أن يكلف الأمين العام', { kind: 'document' })).items.map((hit) => [hit.id, hit.label])).toEqual([[documentA, 'القرار 1334 (المعدَّل في 2026)']]);
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
