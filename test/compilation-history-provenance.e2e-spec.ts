import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordedEvent, documentStreamId } from '#libs/contracts';
import { createLogger } from '#libs/platform';
import { ResolutionDocument } from '#libs/text';
import { CompilationView, GetCompilation, GetCompilationHandler, ProposalView } from '../apps/gateway/src/compilation';
import {
  AmendmentListFilter,
  ListAmendmentsOfDocument,
  ListAmendmentsOfDocumentHandler,
  decodeAmendmentListCursor,
} from '../apps/gateway/src/documents/list-amendments-of-document';
import { AmendmentView } from '../apps/gateway/src/documents/amendment.view';
import {
  HistoryEntryView,
  HistoryFilter,
  ListConsultationHistory,
  ListConsultationHistoryHandler,
  parseHistoryRequest,
} from '../apps/gateway/src/history';
import { GetProvisionProvenance, GetProvisionProvenanceHandler, ProvisionProvenanceView } from '../apps/gateway/src/provenance';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { CompilationProjection } from '../apps/projector/src/projections/compilation.projection';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { HistoryProjection } from '../apps/projector/src/projections/history.projection';
import { ProvenanceProjection } from '../apps/projector/src/projections/provenance.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import {
  ADOPTION,
  FIRST_SITTING,
  SECOND_SITTING,
  compilationNegotiation,
  recordContributions,
  recordRulingsAndAdoption,
  secretariat,
} from './support/compilation-negotiation';
import { expectedCompilation, reduced } from './support/expected-compilation';
import { KIND_OF, eventsOfConsultation, involvement } from './support/history-involvement';
import { HttpClient } from './support/http';
import { NEGOTIATION_VIEW_TABLES, negotiationViews, startNegotiationViewsGateway } from './support/negotiation-views';
import { res1334 } from './support/negotiation-text';
import { ProjectedLedger, openProjectedLedger } from './support/projected-ledger';
import { saidOfProvision, whatTheEventsSay } from './support/said-by-events';

/*
 * The compilation of proposals, the consultation history and the provenance of provisions,
 * projected from a negotiation the real write side records on Council Resolution 1334
 * (Modified 2023), imported from its Arabic text. Every expectation is read off the
 * recorded events by the small folds of support/said-by-events.ts and
 * support/history-involvement.ts, never by the projections' own code.
 */

describe('the compilation of proposals, the consultation history and provenance, projected from a negotiation of Resolution 1334', () => {
  let ledger: ProjectedLedger;
  let dataSource: DataSource;
  let app: INestApplication;
  let http: HttpClient;
  let base: ResolutionDocument;
  const ours: Projection[] = [new CompilationProjection(), new HistoryProjection(), new ProvenanceProjection()];
  const projections: Projection[] = [
    new ConsultationsProjection(),
    new StakeholdersProjection(),
    new DocumentsProjection(),
    new ContributionsProjection(),
    ...ours,
  ];

  const negotiation = compilationNegotiation();
  const { consultationId, documentId, contribution, proposed } = negotiation;
  const project = (batchSize = 5) => ledger.project(batchSize);
  const events = () => ledger.events();
  const { compilation, provenance, history } = negotiationViews(() => dataSource, consultationId, documentId);

  beforeAll(async () => {
    ledger = await openProjectedLedger('negotiation_views', projections);
    dataSource = ledger.dataSource;
    base = res1334();

    ({ app, http } = await startNegotiationViewsGateway(dataSource));
    await recordContributions(ledger.send, negotiation, base);
  });

  afterAll(async () => {
    await app?.close();
    await ledger?.close();
  });

  describe('while the amendments are on the table', () => {
    it('lists every provision of the base text in order with its printed label, and every proposal beside the provision it bears on', async () => {
      await project();
      const said = whatTheEventsSay(await events());
      const view = (await compilation())!;
      const { expected, conflicts } = expectedCompilation(said, 1);
      expect(reduced(view)).toEqual(expected);
      expect(view).toMatchObject({
        documentId,
        consultationId,
        symbol: 'Resolution 1334',
        language: 'ar',
        direction: 'rtl',
        version: { number: 1, label: 'Modified 2023', current: true },
      });
      expect(view.title).toBe(base.title);

      // The whole text reads through, provisions with no amendment included.
      expect(expected.provisions.length).toBe(51);
      expect(expected.provisions.filter((p) => p.proposals.length === 0).length).toBeGreaterThan(40);
      const o11 = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-1')!;
      expect(o11.proposals.map((p) => [p.amendmentId, p.role, p.change.tag])).toEqual([
        ['egypt-mod', 'modify', 'MOD'],
        ['apc-mod', 'modify', 'MOD'],
      ]);
      expect(o11.proposals[0].change.segments).toEqual([
        { kind: 'equal', text: expect.stringContaining('باتخاذ جميع التدابير') },
        { kind: 'delete', text: 'الممكنة' },
        { kind: 'insert', text: 'المناسبة' },
        { kind: 'equal', text: expect.any(String) },
      ]);
      expect(o11.proposals[1].contribution).toEqual({ id: contribution.apc, symbol: 'C26/20(Rev.1)-E' });
      expect(o11.proposals[1].revision).toBe(1);

      // Section-level proposals stand under the heading; the withdrawn contribution's SUP stays, withdrawn.
      expect(view.sections.find((s) => s.id === 'pre-5')!.proposals.map((p) => [p.amendmentId, p.role])).toEqual([
        ['egypt-heading', 'change-heading'],
      ]);
      expect(view.sections.find((s) => s.id === 'op-3')!.proposals.map((p) => [p.amendmentId, p.role, p.change.text])).toEqual([
        ['kenya-add', 'add-at-end', proposed['kenya-add'].kind === 'add' && proposed['kenya-add'].text],
      ]);
      const o46 = view.sections.find((s) => s.id === 'op-4')!.provisions.find((p) => p.id === 'op-4-6')!;
      expect(o46.proposals).toEqual([
        expect.objectContaining({
          amendmentId: 'ericsson-sup',
          status: 'withdrawn',
          withdrawal: expect.objectContaining({ by: 'ericsson', reason: 'contribution withdrawn' }),
        }),
      ]);
      const o44 = view.sections.find((s) => s.id === 'op-4')!.provisions.find((p) => p.id === 'op-4-4')!;
      expect(o44.proposals[0]).toMatchObject({
        amendmentId: 'apc-footnote',
        role: 'footnote',
        coSponsors: [{ id: 'kenya', name: 'Republic of Kenya', category: 'member-state' }],
      });

      // The conflicts among pending amendments, found on the version's text, and shown where they stand.
      expect(view.conflicts).toEqual(
        conflicts.map((c) => ({ amendmentIds: [...c.amendmentIds], reason: c.reason, key: c.key, params: c.params, message: c.message })),
      );
      expect(view.conflicts).toContainEqual(
        expect.objectContaining({ amendmentIds: ['egypt-mod', 'apc-mod'], reason: 'overlapping-words' }),
      );
      expect(o11.conflicts).toEqual([expect.objectContaining({ amendmentIds: ['egypt-mod', 'apc-mod'] })]);
      expect(view.statusCounts).toEqual({ pending: 11, withdrawn: 1 });
    });
  });

  describe('after the rulings, a correction, a reservation and the adoption', () => {
    beforeAll(async () => {
      await recordRulingsAndAdoption(ledger.send, negotiation);
      await project(7);
    });

    it('shows each proposal on version 1 with its ruling, compromise, meeting and date, the corrected ruling kept beside its correction', async () => {
      const said = whatTheEventsSay(await events());
      const view = (await compilation(1))!;
      expect(reduced(view)).toEqual(expectedCompilation(said, 1).expected);
      expect(view.version).toMatchObject({ number: 1, current: false });
      expect(view.conflicts).toEqual([]);

      const o16 = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-6')!.proposals[0];
      expect(o16.decision).toMatchObject({ id: 'dec-14', kind: 'correction', ruling: 'accepted', corrects: 'dec-4', ...SECOND_SITTING });
      expect(o16.decisions.map((d) => [d.id, d.ruling, d.correctedBy])).toEqual([
        ['dec-4', 'rejected', 'dec-14'],
        ['dec-14', 'accepted', undefined],
      ]);
      const added = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-12')!.proposals[0];
      expect(added).toMatchObject({
        amendmentId: 'ericsson-add',
        role: 'add-after',
        status: 'accepted-as-modified',
        decision: { compromise: { kind: 'add', newId: 'op-1-ericsson' }, ...FIRST_SITTING },
      });
      expect(added.proposers).toEqual([
        { id: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe' },
      ]);
    });

    it('compiles the adopted version 2 with the amendment left open beside the provision it bears on', async () => {
      const said = whatTheEventsSay(await events());
      const view = (await compilation())!;
      expect(reduced(view)).toEqual(expectedCompilation(said, 2).expected);
      expect(view.version).toEqual({
        number: 2,
        label: 'Modified 2026',
        current: true,
        adoptedMeeting: ADOPTION.meeting,
        adoptedDate: ADOPTION.date,
        decisionId: 'dec-15',
      });
      const o21 = view.sections.find((s) => s.id === 'op-2')!.provisions.find((p) => p.id === 'op-2-1')!;
      expect(o21.proposals).toEqual([expect.objectContaining({ amendmentId: 'ericsson-mod', status: 'deferred', draftedAgainst: 1 })]);
      // The adopted text carries the accepted item first in its section, relettering the rest.
      const pre1 = view.sections.find((s) => s.id === 'pre-1')!.provisions;
      expect(pre1.slice(0, 2).map((p) => [p.id, p.label])).toEqual([
        ['pre-1-egypt', 'أ )'],
        ['pre-1-1', 'ب)'],
      ]);
      expect(await compilation(3)).toBeNull();
      expect(await new GetCompilationHandler(dataSource).execute(new GetCompilation(randomUUID()))).toBeNull();
    });
  });

  describe('the consultation history', () => {
    const ofTheConsultation = async (): Promise<RecordedEvent[]> => eventsOfConsultation(await events(), consultationId, documentId);

    it('tells everything that happened, in order, with the actor, the kind, who was involved and the provisions touched', async () => {
      const said = await ofTheConsultation();
      const items = await history({}, 7);
      expect(items.map((item) => item.position)).toEqual(said.map((e) => e.position));
      expect(items.map((item) => item.kind)).toEqual(said.map((e) => KIND_OF[e.type]));
      expect(items.map((item) => [item.actor.id, item.recordedAt])).toEqual(said.map((e) => [e.metadata.actor.id, e.recordedAt]));
      const involved = involvement(await events());
      expect(items.map((item) => [item.position, [...item.stakeholders].sort(), [...item.provisions].sort()])).toEqual(
        said.map((e) => [e.position, [...involved.get(e.position)!.stakeholders].sort(), [...involved.get(e.position)!.provisions].sort()]),
      );
      for (const kind of [
        'consultation-registered',
        'phase-changed',
        'participant-admitted',
        'document-registered',
        'contribution-submitted',
        'contribution-revised',
        'contribution-withdrawn',
        'amendment-proposed',
        'amendment-co-sponsored',
        'amendment-revised',
        'amendment-withdrawn',
        'amendment-ruled',
        'brackets-settled',
        'version-adopted',
        'reservation-recorded',
        'decision-corrected',
      ]) {
        expect(items.some((item) => item.kind === kind)).toBe(true);
      }
    });

    it('says in one line what happened, naming people, symbols, provisions by label, meetings and dates', async () => {
      const items = await history();
      const summaryOf = (kind: string, has: string) => items.find((item) => item.kind === kind && item.summary.includes(has))?.summary;
      expect(summaryOf('contribution-submitted', 'C26/12-A')).toBe(
        'Arab Republic of Egypt submitted C26/12-A "تعديلات مقترحة على القرار 1334": 4 amendments to Resolution 1334',
      );
      expect(summaryOf('contribution-revised', 'Rev.1')).toBe(
        'Association for Progressive Communications issued C26/20(Rev.1)-E, Rev.1 of C26/20-E "Multistakeholder participation beyond 2025": 3 amendments to Resolution 1334',
      );
      expect(summaryOf('amendment-ruled', 'MOD of op-1-1')).toBe(
        'Accepted at CWG-WSIS&SDG-44 on 2026-04-10: MOD of op-1-1 [1], proposed by Arab Republic of Egypt (C26/12-A)',
      );
      expect(summaryOf('decision-corrected', 'dec-4')).toBe(
        'Decision dec-4 corrected at CWG-WSIS&SDG-45 on 2026-04-11: rejected → accepted on SUP of op-1-6 [6], proposed by Arab Republic of Egypt (C26/12-A) (The updates until 2025 were delivered, as the secretariat confirmed.)',
      );
      expect(summaryOf('version-adopted', 'Modified 2026')).toMatch(
        /^Version 2 "Modified 2026" of Resolution 1334 adopted at seventh Plenary Meeting on 2026-06-18: 8 provisions and 1 heading changed since version 1; left open: 1 amendment, 0 bracket groups$/,
      );
      expect(summaryOf('amendment-co-sponsored', 'Kenya')).toBe(
        'Republic of Kenya co-sponsored ADD footnote to op-4-4 [4], proposed by Association for Progressive Communications (C26/20-E)',
      );
      const registration = items.find((item) => item.kind === 'document-registered')!;
      expect(registration.details).toMatchObject({
        event: { type: 'DocumentRegistered', streamId: documentStreamId(documentId) },
        payload: { symbol: 'Resolution 1334', text: { provisions: 51 } },
      });
    });

    it('filters by stakeholder involved, by provision, by kind and by period, each exactly as the events say', async () => {
      const said = await ofTheConsultation();
      const involved = involvement(await events());
      const positions = (items: HistoryEntryView[]) => items.map((item) => item.position);

      for (const stakeholder of ['apc', 'kenya', 'egypt']) {
        expect(positions(await history({ stakeholder }, 4))).toEqual(
          said.filter((e) => involved.get(e.position)!.stakeholders.has(stakeholder)).map((e) => e.position),
        );
      }
      for (const provision of ['op-1-1', 'op-4-5', 'op-1-ericsson', 'pre-5']) {
        const expected = said.filter((e) => involved.get(e.position)!.provisions.has(provision)).map((e) => e.position);
        expect(expected.length).toBeGreaterThan(1);
        expect(positions(await history({ provision }, 3))).toEqual(expected);
      }
      const decisions = ['amendment-ruled', 'decision-corrected'] as const;
      expect(positions(await history({ kinds: decisions }))).toEqual(
        said.filter((e) => decisions.includes(KIND_OF[e.type] as (typeof decisions)[number])).map((e) => e.position),
      );

      const middle = said[Math.floor(said.length / 3)].recordedAt;
      const late = said[Math.floor((2 * said.length) / 3)].recordedAt;
      const inPeriod = said.filter((e) => e.recordedAt >= middle && e.recordedAt < late).map((e) => e.position);
      expect(inPeriod.length).toBeGreaterThan(0);
      expect(positions(await history({ from: new Date(middle), to: new Date(late) }))).toEqual(inPeriod);
      expect(positions(await history({ stakeholder: 'egypt', provision: 'op-1-1', kinds: ['amendment-ruled'] }))).toEqual(
        said
          .filter(
            (e) =>
              e.type === 'AmendmentRuled' &&
              involved.get(e.position)!.stakeholders.has('egypt') &&
              involved.get(e.position)!.provisions.has('op-1-1'),
          )
          .map((e) => e.position),
      );
    });

    it('takes SQL metacharacters in a filter as plain characters of a value, and refuses what is not a valid filter', async () => {
      const countBefore = (await history()).length;
      for (const filter of [
        { stakeholder: "apc' OR '1'='1" },
        { provision: "op-1-1' OR '1'='1" },
        { provision: "op-1-1'); DROP TABLE consultation_history; --" },
        { provision: '%' },
        { provision: 'op-1-%' },
        { kinds: ["amendment-ruled' OR kind <> '"] as never },
      ]) {
        expect(await history(filter as HistoryFilter)).toEqual([]);
      }
      expect((await history()).length).toBe(countBefore);

      const refused = parseHistoryRequest({
        stakeholder: "apc' OR '1'='1",
        kind: "amendment-ruled,x'; DROP TABLE consultation_history; --",
        from: '2026-02-30',
        limit: '0',
        cursor: 'bm90IGEgY3Vyc29y',
        provision: 'op 1',
      });
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.errors.map((e) => e.field).sort()).toEqual([
        'cursor',
        'from',
        'kind',
        'limit',
        'provision',
        'stakeholder',
      ]);
      expect(parseHistoryRequest({ provision: "op-1-1'--", kind: 'amendment-ruled,decision-corrected', to: '2026-04-10' })).toEqual({
        ok: true,
        value: {
          filter: { provision: "op-1-1'--", kinds: ['amendment-ruled', 'decision-corrected'], to: new Date('2026-04-11T00:00:00.000Z') },
          limit: 20,
        },
      });
    });

    it('answers null for a consultation it does not know', async () => {
      expect(await new ListConsultationHistoryHandler(dataSource).execute(new ListConsultationHistory(randomUUID(), {}, 10))).toBeNull();
    });
  });

  describe('the provenance of a provision', () => {
    const saidOf = async (provisionId: string) => saidOfProvision(await events(), documentId, provisionId);

    const versionsOf = (view: ProvisionProvenanceView) => view.versions.map((v) => [v.versionNumber, v.versionLabel, v.label, v.position]);

    it('traces a provision of the base text through the MODs on it, their rulings and the adoption that carried it', async () => {
      const { said, versions, amendmentsOn, current } = await saidOf('op-1-1');
      const view = (await provenance('op-1-1'))!;
      expect(view.origin).toMatchObject({
        kind: 'base-text',
        versionNumber: 1,
        versionLabel: 'Modified 2023',
        source: { kind: 'import', warnings: 0 },
        registeredBy: secretariat.id,
        label: '1',
        position: said.versions.get(1)!.position,
      });
      expect(
        view.changes.map((c) => [
          c.amendment!.id,
          c.role,
          c.amendment!.status,
          c.decisions.map((d) => [d.id, d.ruling, d.meeting, d.date]),
        ]),
      ).toEqual(amendmentsOn.map((a) => [a.id, 'modify', a.status, a.decisions.map((d) => [d.id, d.ruling, d.meeting, d.date])]));
      expect(view.changes.map((c) => c.changedText)).toEqual(amendmentsOn.map((a) => a.status === 'accepted'));
      expect(view.changes[0].amendment!.proposers).toEqual([
        { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
      ]);
      expect(view.changes[0].decisions[0].effect).toBe('modify');
      expect(versionsOf(view)).toEqual(versions);
      expect(view.current).toMatchObject({ versionNumber: 2, label: current!.label, text: current!.text, sectionId: 'op-1' });
      expect(view.current!.text).toContain('جميع التدابير المناسبة');
      expect(view.reservations).toEqual([]);
    });

    it('traces a provision an amendment added: the contribution, the proposer, the compromise that put it there, the reservation on it', async () => {
      const { versions, amendmentsOn, current, reservations } = await saidOf('op-1-ericsson');
      const view = (await provenance('op-1-ericsson'))!;
      const [added] = amendmentsOn;
      expect(view.origin).toMatchObject({
        kind: 'amendment',
        amendments: [
          {
            id: 'ericsson-add',
            contribution: { id: contribution.ericsson, symbol: 'C26/22-E' },
            proposers: [{ id: 'ericsson', category: 'private-sector' }],
            status: 'accepted-as-modified',
          },
        ],
        decision: {
          id: added.decisions[0].id,
          ruling: 'accepted-as-modified',
          meeting: FIRST_SITTING.meeting,
          date: FIRST_SITTING.date,
          effect: 'create',
          compromise: { kind: 'add', newId: 'op-1-ericsson' },
        },
        position: added.decisions[0].position,
      });
      expect(view.changes).toEqual([]);
      expect(view.reservations.map((r) => [r.decisionId, r.stakeholder.name, r.text, r.meeting, r.date, r.position])).toEqual(
        reservations.map((r) => [r.decisionId, 'Arab Republic of Egypt', r.text, r.meeting, r.date, r.position]),
      );
      expect(versionsOf(view)).toEqual(versions);
      expect(versions.map((v) => v[0])).toEqual([2]);
      expect(view.current).toMatchObject({ label: current!.label, text: current!.text });
    });

    it('keeps a corrected ruling beside its correction, and shows a suppressed provision as no longer in the text', async () => {
      const { versions, amendmentsOn } = await saidOf('op-1-6');
      const view = (await provenance('op-1-6'))!;
      expect(view.origin).toMatchObject({ kind: 'base-text' });
      expect(view.current).toBeNull();
      expect(versionsOf(view)).toEqual(versions);
      expect(versions.map((v) => v[0])).toEqual([1]);
      const [sup] = view.changes;
      expect(sup.amendment!.id).toBe(amendmentsOn[0].id);
      expect(sup.decisions.map((d) => [d.id, d.kind, d.ruling, d.correctedBy ?? null, d.corrects ?? null, d.effect, d.meeting])).toEqual([
        ['dec-4', 'ruling', 'rejected', 'dec-14', null, null, FIRST_SITTING.meeting],
        ['dec-14', 'correction', 'accepted', null, 'dec-4', 'suppress', SECOND_SITTING.meeting],
      ]);
      expect(sup.changedText).toBe(true);
    });

    it('shows a footnote added, revised and co-sponsored, and brackets offered then settled', async () => {
      const footnoted = (await provenance('op-4-4'))!;
      expect(footnoted.changes).toEqual([
        expect.objectContaining({
          role: 'footnote',
          changedText: true,
          amendment: expect.objectContaining({
            id: 'apc-footnote',
            revision: 1,
            coSponsors: [expect.objectContaining({ id: 'kenya' })],
            contribution: { id: contribution.apc, symbol: 'C26/20(Rev.1)-E' },
          }),
        }),
      ]);
      expect(footnoted.current!.footnotes).toEqual(['بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.']);
      const { said } = await saidOf('op-3-4');
      const bracketed = (await provenance('op-3-4'))!;
      expect(bracketed.changes.map((c) => [c.amendment?.id ?? null, c.role, c.position])).toEqual([
        ['apc-brackets', 'brackets', said.amendments.get('apc-brackets')!.proposedPosition],
        [null, 'settle-brackets', said.settlements[0].position],
      ]);
      expect(bracketed.current!.text).toContain('من جميع الفئات');
      expect(bracketed.current!.text).not.toContain('[');
    });

    it('names a provision added before the first item with its label in the adopted text, and answers null for what is not there', async () => {
      const view = (await provenance('pre-1-egypt'))!;
      expect(view.origin).toMatchObject({ kind: 'amendment', decision: { id: 'dec-1', ruling: 'accepted', effect: 'create' } });
      expect(view.current).toMatchObject({ label: 'أ )', sectionId: 'pre-1' });
      expect((await provenance('pre-1-1'))!.current!.label).toBe('ب)');
      expect(await provenance('no-such-provision')).toBeNull();
      expect(await new GetProvisionProvenanceHandler(dataSource).execute(new GetProvisionProvenance(randomUUID(), 'op-1-1'))).toBeNull();
    });
  });

  describe('over HTTP', () => {
    it("answers the compilation as a two-column HTML table in the document's language and direction, its text escaped", async () => {
      const answer = await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=1`, undefined, { accept: 'text/html' });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(answer.text).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
      expect(answer.text).toContain(
        '<thead><tr><th scope="col" lang="en">Provision</th><th scope="col" lang="en">Proposals</th></tr></thead>',
      );
      // Provision texts carry "CWG-WSIS&SDG": escaped, never raw.
      expect(answer.text).toContain('CWG-WSIS&amp;SDG');
      expect(answer.text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      expect(answer.text).toContain(
        '<del><span class="visually-hidden">deleted: </span>الممكنة</del><ins><span class="visually-hidden">inserted: </span>المناسبة</ins>',
      );
      expect((answer.text.match(/<tr class="provision"/g) ?? []).length).toBe(51);

      const json = await http.request('GET', `/api/v1/documents/${documentId}/compilation`, undefined, { accept: 'application/json' });
      expect(json.status).toBe(200);
      expect(json.json).toMatchObject({ version: { number: 2 } });
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?format=html`)).headers.get('content-type')).toMatch(
        /^text\/html/,
      );
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation`, undefined, { accept: 'image/png' })).status).toBe(
        406,
      );
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=one`)).status).toBe(400);
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=9`)).status).toBe(404);
    });

    it('answers the compilation a page at a time, filtered by status, proposer or provision, with totals and links, as the whole one has it', async () => {
      const read = async (path: string) => {
        const answer = await http.request('GET', path, undefined, { accept: 'application/json' });
        expect(answer.status).toBe(200);
        return answer.json as CompilationView;
      };
      const whole = await read(`/api/v1/documents/${documentId}/compilation?version=1`);
      expect(whole.page).toBeUndefined();
      const everyPage = async (first: string) => {
        const pages = [await read(first)];
        while (pages[pages.length - 1].page!.links.next) pages.push(await read(pages[pages.length - 1].page!.links.next!));
        return pages;
      };
      const provisionsOf = (views: readonly CompilationView[]) =>
        views.flatMap((view) => view.sections.flatMap((s) => s.provisions.map((p) => [p.id, p.proposals.map((x) => x.amendmentId)])));
      const sectionProposalsOf = (views: readonly CompilationView[]) =>
        views.flatMap((view) => view.sections.flatMap((s) => s.proposals.map((x) => x.amendmentId)));

      // Pages of 10 paragraphs: every paragraph once, in order, with its proposals; totals and links on each.
      const pages = await everyPage(`/api/v1/documents/${documentId}/compilation?version=1&limit=10`);
      expect(pages.map((page) => page.page!.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(provisionsOf(pages)).toEqual(provisionsOf([whole]));
      expect(sectionProposalsOf(pages)).toEqual(sectionProposalsOf([whole]));
      const proposalCount = whole.sections.reduce(
        (sum, s) => sum + s.proposals.length + s.provisions.reduce((n, p) => n + p.proposals.length, 0),
        0,
      );
      expect(pages[1].page).toEqual({
        number: 2,
        pages: 6,
        limit: 10,
        paragraphs: 51,
        totalParagraphs: 51,
        proposals: proposalCount,
        links: {
          self: `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=2`,
          first: `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=1`,
          last: `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=6`,
          prev: `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=1`,
          next: `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=3`,
        },
      });
      expect(pages[0].page!.links.prev).toBeUndefined();
      expect(pages[5].page!.links.next).toBeUndefined();
      for (const page of pages) {
        const shown = new Set([...provisionsOf([page]).flatMap(([, ids]) => ids), ...sectionProposalsOf([page])]);
        expect(page.conflicts).toEqual(whole.conflicts.filter((c) => c.amendmentIds.some((id) => shown.has(id as string))));
        expect(page.statusCounts).toEqual(whole.statusCounts);
      }

      // A filter keeps the proposals it names and the paragraphs with one, as the web page's filter does.
      const keptBy = (keep: (proposal: ProposalView) => boolean) =>
        provisionsOf([whole]).flatMap(([id]) => {
          const provision = whole.sections.flatMap((s) => s.provisions).find((p) => p.id === id)!;
          const kept = provision.proposals.filter(keep).map((p) => p.amendmentId);
          return kept.length > 0 ? [[id, kept]] : [];
        });
      const accepted = await everyPage(`/api/v1/documents/${documentId}/compilation?version=1&status=accepted&limit=2`);
      expect(keptBy((p) => p.status === 'accepted').length).toBeGreaterThan(2);
      expect(provisionsOf(accepted)).toEqual(keptBy((p) => p.status === 'accepted'));
      const egypt = await everyPage(`/api/v1/documents/${documentId}/compilation?version=1&proposer=egypt`);
      const byEgypt = (p: ProposalView) => [...p.proposers, ...p.coSponsors].some((party) => party.id === 'egypt');
      expect(provisionsOf(egypt)).toEqual(keptBy(byEgypt));
      expect(provisionsOf(egypt).length).toBeGreaterThan(0);
      const o11 = await read(`/api/v1/documents/${documentId}/compilation?version=1&provision=op-1-1`);
      expect(provisionsOf([o11])).toEqual(provisionsOf([whole]).filter(([id]) => id === 'op-1-1'));
      expect(o11.page).toMatchObject({ number: 1, pages: 1, paragraphs: 1, totalParagraphs: 51 });

      // The HTML page shows the same page, with links to the others.
      const html = await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=1&limit=10&page=2`, undefined, {
        accept: 'text/html',
      });
      expect((html.text.match(/<tr class="provision"/g) ?? []).length).toBe(provisionsOf([pages[1]]).length);
      expect(html.text).toContain(`<a href="/api/v1/documents/${documentId}/compilation?version=1&amp;limit=10&amp;page=3" rel="next">`);

      for (const bad of ['limit=0', 'limit=101', 'page=first', 'status=approved', 'show=some', 'provision=%3Cb%3E']) {
        const refused = await http.request('GET', `/api/v1/documents/${documentId}/compilation?${bad}`);
        expect(refused.status).toBe(400);
        expect(refused.json).toMatchObject({ type: expect.stringContaining('validation'), errors: [{ field: bad.split('=')[0] }] });
      }
    });

    it('lists the amendments to a document a page at a time in the order proposed, filtered by provision, status and proposer', async () => {
      const list = new ListAmendmentsOfDocumentHandler(dataSource);
      const all = (await list.execute(new ListAmendmentsOfDocument(documentId)))!;
      expect(all.total).toBe(all.items.length);
      const everyPage = async (filter: AmendmentListFilter) => {
        const first = (await list.execute(new ListAmendmentsOfDocument(documentId, filter, { limit: 3 })))!;
        const pages = [first];
        while (pages[pages.length - 1].next) {
          const cursor = decodeAmendmentListCursor(pages[pages.length - 1].next!)!;
          pages.push((await list.execute(new ListAmendmentsOfDocument(documentId, filter, { limit: 3, cursor })))!);
        }
        for (const page of pages) expect(page.total).toBe(first.total);
        expect(pages.slice(0, -1).every((page) => page.items.length === 3)).toBe(true);
        return pages.flatMap((page) => page.items.map((a) => a.id));
      };
      expect(await everyPage({})).toEqual(all.items.map((a) => a.id));
      const bearsOn = (a: AmendmentView, id: string) => {
        const op = a.operation as unknown as Record<string, unknown> & { position?: Record<string, unknown> };
        return [op.provisionId, op.newId, op.sectionId, ...Object.values(op.position ?? {})].includes(id);
      };
      expect(await everyPage({ provision: 'op-1-1' })).toEqual(all.items.filter((a) => bearsOn(a, 'op-1-1')).map((a) => a.id));
      expect(await everyPage({ provision: 'op-1-1' })).toEqual(expect.arrayContaining(['egypt-mod', 'apc-mod']));
      expect(await everyPage({ status: 'accepted' })).toEqual(all.items.filter((a) => a.status === 'accepted').map((a) => a.id));
      const kenya = all.items.filter((a) => [...a.proposers, ...a.coSponsors].includes('kenya'));
      expect(kenya.length).toBeGreaterThan(1);
      expect(await everyPage({ proposer: 'kenya' })).toEqual(kenya.map((a) => a.id));
      expect(decodeAmendmentListCursor('not-a-cursor')).toBeUndefined();
    });

    it('refuses invalid history filters with problem details, and answers harmless ones', async () => {
      const refused = await http.get(
        `/api/v1/consultations/${consultationId}/history?stakeholder=${encodeURIComponent("egypt' OR 1=1 --")}&kind=${encodeURIComponent("amendment-ruled';DROP TABLE x")}&unknown=1`,
      );
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'stakeholder', 'unknown']);
      const harmless = await http.get(`/api/v1/consultations/${consultationId}/history?provision=${encodeURIComponent("op-1-1';--")}`);
      expect(harmless.status).toBe(200);
      expect(harmless.json).toEqual({ items: [] });
      const page = await http.get(`/api/v1/consultations/${consultationId}/history?kind=amendment-ruled,decision-corrected&limit=2`);
      expect(page.status).toBe(200);
      expect(page.json.items.map((item: HistoryEntryView) => item.kind)).toEqual(['amendment-ruled', 'amendment-ruled']);
      const next = await http.get(
        `/api/v1/consultations/${consultationId}/history?kind=amendment-ruled,decision-corrected&limit=2&cursor=${page.json.next}`,
      );
      expect(next.json.items[0].position).toBeGreaterThan(page.json.items[1].position);
      expect((await http.get(`/api/v1/consultations/${randomUUID()}/history`)).status).toBe(404);
    });

    it('answers provenance, and 400 or 404 for a provision id that is not one or not there', async () => {
      const answer = await http.get(`/api/v1/documents/${documentId}/provisions/op-1-1/provenance`);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ provisionId: 'op-1-1', origin: { kind: 'base-text' } });
      expect((await http.get(`/api/v1/documents/${documentId}/provisions/${encodeURIComponent('op 1')}/provenance`)).status).toBe(400);
      expect((await http.get(`/api/v1/documents/${documentId}/provisions/op-9-9/provenance`)).status).toBe(404);
    });
  });

  describe('as a projection', () => {
    const dump = () => ledger.dump(NEGOTIATION_VIEW_TABLES);

    it('moves each checkpoint to the head and changes nothing when the whole log is delivered again', async () => {
      const head = String(await ledger.store.headPosition());
      const checkpoints = await dataSource.query(
        "SELECT name, version, position FROM projection_checkpoints WHERE name IN ('compilation', 'history', 'provenance') ORDER BY name",
      );
      expect(checkpoints).toEqual([
        { name: 'compilation', version: 1, position: head },
        { name: 'history', version: new HistoryProjection().version, position: head },
        { name: 'provenance', version: 1, position: head },
      ]);
      const before = await dump();
      await ledger.runner.applyBatch(await ledger.store.readAll(0, 100_000));
      expect(await dump()).toEqual(before);
    });

    it('ends with the same rows when rebuilt under a new version over its old rows, in other batches', async () => {
      const before = await dump();
      const rebuilt = ours.map(
        (p): Projection =>
          ({ name: p.name, version: p.version + 1, tables: p.tables, apply: (event, manager) => p.apply(event, manager) }) as Projection,
      );
      const rebuilder = new ProjectionRunner(dataSource, rebuilt, createLogger('projector-test', 'error'));
      expect(await rebuilder.resumePosition()).toBe(0);
      for (const batch of [await ledger.store.readAll(0, 11), await ledger.store.readAll(11, 100_000)]) await rebuilder.applyBatch(batch);
      expect(await dump()).toEqual(before);
    });
  });
});
