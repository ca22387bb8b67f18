import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Actor,
  CONSULTATION_REGISTERED,
  ConsultationRegisteredV1,
  Phase,
  RecordedEvent,
  consultationStreamId,
  documentStreamId,
  upcast,
} from '#libs/contracts';
import { DocumentCommand, evolveDocument, initialDocumentState } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { createLogger } from '#libs/platform';
import { ResolutionDocument, importResolution, locateProvision, toInterchange } from '#libs/text';
import {
  GetContribution,
  GetContributionHandler,
  ListContributionRevisions,
  ListContributionRevisionsHandler,
  ListContributions,
  ListContributionsHandler,
  decodeContributionCursor,
} from '../apps/gateway/src/contributions';
import {
  GetAmendment,
  GetAmendmentHandler,
  GetDocument,
  GetDocumentHandler,
  GetDocumentVersion,
  GetDocumentVersionHandler,
  ListAmendmentsOfDocument,
  ListAmendmentsOfDocumentHandler,
  ListDecisionsOfDocument,
  ListDecisionsOfDocumentHandler,
  ListDocumentVersions,
  ListDocumentVersionsHandler,
  ListDocumentsOfConsultation,
  ListDocumentsOfConsultationHandler,
} from '../apps/gateway/src/documents';
import {
  GetStakeholder,
  GetStakeholderHandler,
  ListStakeholders,
  ListStakeholdersHandler,
  decodeStakeholderCursor,
} from '../apps/gateway/src/stakeholders';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import { ProjectedLedger, openProjectedLedger } from './support/projected-ledger';
import { LedgerSession, O1, R2, RES_1334, WorkflowNaming, chair, secretariat } from './support/recorded-workflow';

const TABLES: Record<string, string> = {
  consultations: 'id',
  stakeholders: 'id',
  documents: 'id',
  document_versions: 'document_id, number',
  amendments: 'id',
  contributions: 'id',
  contribution_revisions: 'contribution_id, revision',
  decisions: 'id',
  projection_checkpoints: 'name, version',
};

describe('the workflow read models, projected from the write side through the projection runner', () => {
  let ledger: ProjectedLedger;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let base: ResolutionDocument;
  const projections: Projection[] = [
    new ConsultationsProjection(),
    new StakeholdersProjection(),
    new DocumentsProjection(),
    new ContributionsProjection(),
  ];

  const naming: WorkflowNaming = {
    consultationId: randomUUID(),
    documentId: randomUUID(),
    contribution: { egyptAmendments: randomUUID(), africanAmendments: randomUUID(), isocReport: randomUUID(), egyptReport: randomUUID() },
    title: 'Revision of Resolution 1334 (Modified 2023)',
    deadlines: { 'open-for-contributions': '2099-03-01T00:00:00.000Z', adoption: '2099-06-30T00:00:00.000Z' },
    id: (name) => name,
    symbol: (symbol) => symbol,
  };
  const { consultationId, documentId, contribution } = naming;
  const legacyConsultationId = randomUUID();

  const onDocument = (actor: Actor, command: DocumentCommand) =>
    ledger.send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
  const phase = (to: Phase) => ledger.send(chair, { kind: 'ChangePhase', consultationId, to });
  const project = (batchSize = 4) => ledger.project(batchSize);
  const dump = () => ledger.dump(TABLES);

  async function documentStream(): Promise<RecordedEvent[]> {
    return (await store.readStream(documentStreamId(documentId))).map((event) => upcast(event));
  }

  async function row<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
    const [first] = await dataSource.query(sql, params);
    return first as T;
  }

  beforeAll(async () => {
    ledger = await openProjectedLedger('workflow_read_models', projections);
    ({ dataSource, store, runner } = ledger);
    base = importResolution(RES_1334).document;
    const session = new LedgerSession(ledger.ledger);

    // The registry and a consultation recorded by the first release, in schema version 1.
    await session.registerStakeholders();
    const legacy: ConsultationRegisteredV1 = {
      consultationId: legacyConsultationId,
      title: 'Resolution 1332',
      body: 'ITU Council',
      subject: 'WSIS follow-up',
      originalLanguage: 'ar',
    };
    await store.append(
      consultationStreamId(legacyConsultationId),
      0,
      [{ type: CONSULTATION_REGISTERED, schemaVersion: 1, payload: legacy }],
      {
        actor: secretariat,
        correlationId: randomUUID(),
        occurredAt: new Date().toISOString(),
      },
    );

    // The WSIS+20 consultation: contributions, a revision and a withdrawal, then the chair's rulings, a merge, settled brackets, a reservation and a corrected ruling.
    await session.negotiateUntilAdoption(naming);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  it('computes the working text exactly as the write side does, through every decision and correction', async () => {
    await project();
    const events = await documentStream();
    const domain = events.reduce(evolveDocument, initialDocumentState);
    const document = await row<{
      working: ResolutionDocument;
      applied: unknown[];
      stream_version: number;
      current_version: number;
      last_position: string;
    }>('SELECT working, applied, stream_version, current_version, last_position FROM documents WHERE id = $1', [documentId]);
    expect(document.working).toEqual(domain.working);
    expect(document.applied).toEqual(domain.applied);
    expect(domain.applied.map((change) => change.decisionId)).toEqual(['dec-1', 'dec-2', 'dec-3', 'dec-4', 'dec-6', 'dec-8']);
    expect(document.stream_version).toBe(events.length);
    expect(Number(document.last_position)).toBe(events[events.length - 1].position);
    expect(locateProvision(document.working, O1)!.provision.text).toBe(
      'to take all appropriate measures to encourage the full participation of all United Nations entities;',
    );
    expect(locateProvision(document.working, R2)!.provision.text).toBe(
      'the relevant resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
    );
    expect(locateProvision(document.working, 'op-1-report')!.provision.text).toBe(
      'to report to the Council at its 2026 and 2027 sessions;',
    );
  });

  it('records the adoption as version 2, and the working text starts again from it', async () => {
    await phase('adoption');
    await onDocument(chair, {
      kind: 'AdoptVersion',
      decisionId: 'dec-9',
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-06-12',
    });
    await project();

    const domain = (await documentStream()).reduce(evolveDocument, initialDocumentState);
    const document = await row<{
      working: ResolutionDocument;
      applied: unknown[];
      current_version: number;
      current_label: string;
      title: string;
    }>('SELECT working, applied, current_version, current_label, title FROM documents WHERE id = $1', [documentId]);
    expect(document).toEqual({
      working: domain.working,
      applied: [],
      current_version: 2,
      current_label: 'Modified 2026',
      title: base.title,
    });
    const versions = await dataSource.query(
      'SELECT number, label, text, adopted_meeting, adopted_date, decision_id FROM document_versions WHERE document_id = $1 ORDER BY number',
      [documentId],
    );
    expect(versions).toEqual([
      { number: 1, label: 'Modified 2023', text: base, adopted_meeting: null, adopted_date: null, decision_id: null },
      {
        number: 2,
        label: 'Modified 2026',
        text: domain.versions[1].text,
        adopted_meeting: 'sixth Plenary Meeting',
        adopted_date: '2026-06-12',
        decision_id: 'dec-9',
      },
    ]);
  });

  it('keeps the consultation, with a registration of schema version 1 read as version 2', async () => {
    const stream = await store.readStream(consultationStreamId(consultationId));
    const consultation = await row(
      'SELECT phase, chairs, deadlines, restricted, participants, event_count, last_position FROM consultations WHERE id = $1',
      [consultationId],
    );
    expect(consultation).toEqual({
      phase: 'adoption',
      chairs: ['chair-1'],
      deadlines: { 'open-for-contributions': '2099-03-01T00:00:00.000Z', adoption: '2099-06-30T00:00:00.000Z' },
      restricted: true,
      participants: ['egypt', 'kenya'],
      event_count: stream.length,
      last_position: String(stream[stream.length - 1].position),
    });
    expect(
      await row('SELECT title, phase, chairs, deadlines, restricted, participants, event_count FROM consultations WHERE id = $1', [
        legacyConsultationId,
      ]),
    ).toEqual({
      title: 'Resolution 1332',
      phase: 'drafting',
      chairs: [],
      deadlines: {},
      restricted: false,
      participants: [],
      event_count: 1,
    });
  });

  it('keeps each amendment with its sponsors, revision and the decision that ruled on it last', async () => {
    const amendments = await dataSource.query(
      `SELECT id, version_number, proposers, co_sponsors, on_behalf_of, contribution_id, status, revision, explanation, decision_id, ruling->>'ruling' AS ruling
         FROM amendments WHERE document_id = $1 ORDER BY proposed_position`,
      [documentId],
    );
    expect(amendments).toEqual([
      {
        id: 'a-1',
        version_number: 1,
        proposers: ['egypt'],
        co_sponsors: ['kenya'],
        on_behalf_of: null,
        contribution_id: contribution.egyptAmendments,
        status: 'accepted',
        revision: 0,
        explanation: null,
        decision_id: 'dec-1',
        ruling: 'accepted',
      },
      {
        id: 'a-2',
        version_number: 1,
        proposers: ['egypt'],
        co_sponsors: [],
        on_behalf_of: null,
        contribution_id: contribution.egyptAmendments,
        status: 'accepted',
        revision: 1,
        explanation: 'two sessions',
        decision_id: 'dec-8',
        ruling: 'accepted',
      },
      {
        id: 'a-3',
        version_number: 1,
        proposers: ['kenya'],
        co_sponsors: [],
        on_behalf_of: 'african-group',
        contribution_id: contribution.africanAmendments,
        status: 'accepted',
        revision: 0,
        explanation: null,
        decision_id: 'dec-2',
        ruling: 'accepted',
      },
      {
        id: 'a-4',
        version_number: 1,
        proposers: ['kenya'],
        co_sponsors: [],
        on_behalf_of: 'african-group',
        contribution_id: contribution.africanAmendments,
        status: 'accepted',
        revision: 0,
        explanation: null,
        decision_id: 'dec-3',
        ruling: 'accepted',
      },
      {
        id: 'a-5',
        version_number: 1,
        proposers: ['egypt'],
        co_sponsors: [],
        on_behalf_of: null,
        contribution_id: null,
        status: 'merged',
        revision: 0,
        explanation: null,
        decision_id: 'dec-6',
        ruling: null,
      },
      {
        id: 'a-6',
        version_number: 1,
        proposers: ['kenya'],
        co_sponsors: [],
        on_behalf_of: null,
        contribution_id: null,
        status: 'merged',
        revision: 0,
        explanation: null,
        decision_id: 'dec-6',
        ruling: null,
      },
    ]);
  });

  it("records the chair's decisions in order, the corrected one pointing at its correction", async () => {
    const decisions = await dataSource.query(
      'SELECT id, consultation_id, kind, amendment_ids, meeting, date, decided_by, corrected_by FROM decisions WHERE document_id = $1 ORDER BY position',
      [documentId],
    );
    const at44 = {
      consultation_id: consultationId,
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
      decided_by: 'chair-1',
      corrected_by: null,
    };
    expect(decisions).toEqual([
      { id: 'dec-1', kind: 'ruling', amendment_ids: ['a-1'], ...at44 },
      { id: 'dec-2', kind: 'ruling', amendment_ids: ['a-3'], ...at44 },
      { id: 'dec-3', kind: 'ruling', amendment_ids: ['a-4'], ...at44 },
      { id: 'dec-4', kind: 'brackets', amendment_ids: [], ...at44 },
      { id: 'dec-5', kind: 'ruling', amendment_ids: ['a-2'], ...at44, corrected_by: 'dec-8' },
      { id: 'dec-6', kind: 'merge', amendment_ids: ['a-5', 'a-6'], ...at44 },
      { id: 'dec-7', kind: 'reservation', amendment_ids: [], ...at44 },
      { id: 'dec-8', kind: 'correction', amendment_ids: ['a-2'], ...at44, meeting: 'CWG-WSIS&SDG-45', date: '2026-04-11' },
      { id: 'dec-9', kind: 'adoption', amendment_ids: [], ...at44, meeting: 'sixth Plenary Meeting', date: '2026-06-12' },
    ]);
    const adoption = await row<{ payload: Record<string, unknown> }>("SELECT payload FROM decisions WHERE id = 'dec-9'");
    expect(adoption.payload).toMatchObject({ versionNumber: 2, label: 'Modified 2026', leftOpen: { amendmentIds: [], brackets: 0 } });
    expect(adoption.payload).not.toHaveProperty('text');
  });

  it('keeps contributions at their latest revision, and every revision as submitted', async () => {
    const contributions = await dataSource.query(
      `SELECT id, symbol, title, revision, status, substance->>'kind' AS substance, withdrawal->>'reason' AS withdrawn_because
         FROM contributions WHERE consultation_id = $1 ORDER BY submitted_at, id`,
      [consultationId],
    );
    expect(contributions).toEqual([
      {
        id: contribution.egyptAmendments,
        symbol: 'C26/12-E',
        title: 'Proposed modifications to Resolution 1334',
        revision: 0,
        status: 'submitted',
        substance: 'amendments',
        withdrawn_because: null,
      },
      {
        id: contribution.africanAmendments,
        symbol: 'C26/15-E',
        title: 'African common proposals on Resolution 1334',
        revision: 0,
        status: 'submitted',
        substance: 'amendments',
        withdrawn_because: null,
      },
      {
        id: contribution.isocReport,
        symbol: 'C26/30(Rev.1)-E',
        title: 'Multistakeholder input to the WSIS+20 review (revised)',
        revision: 1,
        status: 'revised',
        substance: 'report',
        withdrawn_because: null,
      },
      {
        id: contribution.egyptReport,
        symbol: 'C26/20-E',
        title: 'National experience with WSIS action lines',
        revision: 0,
        status: 'withdrawn',
        substance: 'report',
        withdrawn_because: 'submitted to the wrong session',
      },
    ]);
    const revisions = await dataSource.query(
      `SELECT revision, cover->>'symbol' AS symbol, substance->>'text' AS text FROM contribution_revisions WHERE contribution_id = $1 ORDER BY revision`,
      [contribution.isocReport],
    );
    expect(revisions).toEqual([
      { revision: 0, symbol: 'C26/30-E', text: 'The technical community supports an open and inclusive review.' },
      { revision: 1, symbol: 'C26/30(Rev.1)-E', text: 'The technical community supports an open, inclusive and transparent review.' },
    ]);
  });

  it('keeps the stakeholder registry, and moves every checkpoint to the head of the log', async () => {
    expect(await dataSource.query('SELECT id, category, region, member_ids FROM stakeholders ORDER BY id')).toEqual([
      { id: 'african-group', category: 'member-state', region: 'africa', member_ids: ['kenya'] },
      { id: 'egypt', category: 'member-state', region: 'arab-states', member_ids: [] },
      { id: 'isoc', category: 'technical-community', region: 'global', member_ids: [] },
      { id: 'kenya', category: 'member-state', region: 'africa', member_ids: [] },
    ]);
    const head = String(await store.headPosition());
    expect(await dataSource.query('SELECT name, version, position FROM projection_checkpoints ORDER BY name, version')).toEqual([
      { name: 'consultations', version: 2, position: head },
      { name: 'contributions', version: 1, position: head },
      { name: 'documents', version: 1, position: head },
      { name: 'stakeholders', version: 1, position: head },
    ]);
  });

  it('changes nothing when the whole log is delivered again', async () => {
    const before = await dump();
    await runner.applyBatch(await store.readAll(0, 10_000));
    expect(await dump()).toEqual(before);
  });

  it('ends with the same rows when every projection is rebuilt under a new version over its old rows', async () => {
    const before = await dump();
    const rebuilt = projections.map((p): Projection => ({
      name: p.name,
      version: p.version + 1,
      tables: p.tables,
      handles: p.handles,
      apply: (events, manager) => p.apply(events, manager),
    }));
    const rebuilder = new ProjectionRunner(dataSource, rebuilt, createLogger('projector-test', 'error'));
    expect(await rebuilder.resumePosition()).toBe(0);
    for (const batch of [await store.readAll(0, 7), await store.readAll(7, 10_000)]) await rebuilder.applyBatch(batch);
    const after = await dump();
    const { projection_checkpoints: _before, ...rowsBefore } = before;
    const { projection_checkpoints: _after, ...rowsAfter } = after;
    expect(rowsAfter).toEqual(rowsBefore);
  });

  describe('the query handlers', () => {
    it('answers a document with its working text in the interchange format, and its versions', async () => {
      const document = await new GetDocumentHandler(dataSource).execute(new GetDocument(documentId));
      const domain = (await documentStream()).reduce(evolveDocument, initialDocumentState);
      expect(document).toMatchObject({
        id: documentId,
        consultationId,
        symbol: 'Resolution 1334',
        language: 'en',
        style: 'itu',
        currentVersion: 2,
        currentVersionLabel: 'Modified 2026',
        source: { kind: 'import', warnings: 0 },
        streamVersion: (await documentStream()).length,
        applied: [],
      });
      expect(document!.working).toEqual(toInterchange(domain.working!));
      expect(document!.working.operative[1].provisions.map((p) => p.label)).toEqual(['1', '2']);
      expect(JSON.parse(JSON.stringify(document))).toEqual(document);

      const versions = await new ListDocumentVersionsHandler(dataSource).execute(new ListDocumentVersions(documentId));
      expect(versions!.map((v) => [v.number, v.label, v.adoptedMeeting, v.decisionId])).toEqual([
        [1, 'Modified 2023', null, null],
        [2, 'Modified 2026', 'sixth Plenary Meeting', 'dec-9'],
      ]);
      const first = await new GetDocumentVersionHandler(dataSource).execute(new GetDocumentVersion(documentId, 1));
      expect(first!.text).toEqual(toInterchange(base));
      expect(await new GetDocumentVersionHandler(dataSource).execute(new GetDocumentVersion(documentId, 3))).toBeNull();

      const listed = await new ListDocumentsOfConsultationHandler(dataSource).execute(new ListDocumentsOfConsultation(consultationId));
      expect(listed!.map((d) => [d.id, d.currentVersion])).toEqual([[documentId, 2]]);
      expect(listed![0]).not.toHaveProperty('working');
    });

    it('answers amendments, filtered by status, and the decisions on a document', async () => {
      const merged = await new ListAmendmentsOfDocumentHandler(dataSource).execute(
        new ListAmendmentsOfDocument(documentId, { status: 'merged' }),
      );
      expect(merged!.items.map((a) => a.id)).toEqual(['a-5', 'a-6']);
      const amendment = await new GetAmendmentHandler(dataSource).execute(new GetAmendment('a-2'));
      expect(amendment).toMatchObject({
        id: 'a-2',
        status: 'accepted',
        revision: 1,
        decisionId: 'dec-8',
        ruling: { corrects: 'dec-5', ruling: 'accepted' },
      });
      expect(amendment!.proposedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      const decisions = await new ListDecisionsOfDocumentHandler(dataSource).execute(new ListDecisionsOfDocument(documentId));
      expect(decisions!.map((d) => [d.id, d.kind, d.correctedBy])).toContainEqual(['dec-5', 'ruling', 'dec-8']);
    });

    it('pages through the contributions of a consultation and reads back Rev.0 after Rev.1', async () => {
      const handler = new ListContributionsHandler(dataSource);
      const first = await handler.execute(new ListContributions(consultationId, 3));
      expect(first!.items.map((c) => c.symbol)).toEqual(['C26/12-E', 'C26/15-E', 'C26/30(Rev.1)-E']);
      const second = await handler.execute(new ListContributions(consultationId, 3, decodeContributionCursor(first!.next!)));
      expect(second).toEqual({ items: [expect.objectContaining({ symbol: 'C26/20-E', status: 'withdrawn' })] });
      expect(decodeContributionCursor('not a cursor')).toBeUndefined();

      const revisions = await new ListContributionRevisionsHandler(dataSource).execute(
        new ListContributionRevisions(contribution.isocReport),
      );
      expect(revisions!.map((r) => [r.revision, r.cover.symbol])).toEqual([
        [0, 'C26/30-E'],
        [1, 'C26/30(Rev.1)-E'],
      ]);
      const withdrawn = await new GetContributionHandler(dataSource).execute(new GetContribution(contribution.egyptReport));
      expect(withdrawn!.withdrawal).toMatchObject({ by: 'egypt', reason: 'submitted to the wrong session' });
    });

    it('pages through the stakeholders by name, of one region', async () => {
      const handler = new ListStakeholdersHandler(dataSource);
      const first = await handler.execute(new ListStakeholders(1, undefined, { region: 'africa' }));
      expect(first.items.map((s) => s.id)).toEqual(['african-group']);
      const second = await handler.execute(new ListStakeholders(1, decodeStakeholderCursor(first.next!), { region: 'africa' }));
      expect(second).toEqual({ items: [expect.objectContaining({ id: 'kenya', name: 'Republic of Kenya', memberIds: [] })] });
      expect(await new GetStakeholderHandler(dataSource).execute(new GetStakeholder('isoc'))).toMatchObject({
        category: 'technical-community',
      });
    });

    it('answers null for what is not there', async () => {
      expect(await new GetDocumentHandler(dataSource).execute(new GetDocument('no-such-document'))).toBeNull();
      expect(await new ListDocumentVersionsHandler(dataSource).execute(new ListDocumentVersions('no-such-document'))).toBeNull();
      expect(await new ListAmendmentsOfDocumentHandler(dataSource).execute(new ListAmendmentsOfDocument('no-such-document'))).toBeNull();
      expect(await new ListDecisionsOfDocumentHandler(dataSource).execute(new ListDecisionsOfDocument('no-such-document'))).toBeNull();
      expect(
        await new ListContributionRevisionsHandler(dataSource).execute(new ListContributionRevisions('no-such-contribution')),
      ).toBeNull();
      expect(await new ListDocumentsOfConsultationHandler(dataSource).execute(new ListDocumentsOfConsultation('not-a-uuid'))).toBeNull();
      expect(await new ListContributionsHandler(dataSource).execute(new ListContributions(randomUUID(), 10))).toBeNull();
      expect(
        await new ListDocumentsOfConsultationHandler(dataSource).execute(new ListDocumentsOfConsultation(legacyConsultationId)),
      ).toEqual([]);
    });
  });
});
